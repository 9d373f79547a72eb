"""The pre-filter's trigger matcher answers exactly as the triggers one by one."""

from __future__ import annotations

import re

import pytest

from claimline.model import ClaimType
from claimline.nlp.claim_lexicon import CYR_TRIGGERS, EN_TRIGGERS, Trigger
from claimline.nlp.claims import _any_trigger

TEXTS = [
    "Ukrainian troops recaptured the village on Tuesday.",
    "Russian forces were pushed out of the town after a week.",
    "The mayor opened a new school and thanked volunteers.",
    "Shelling damaged a hospital in the city overnight.",
    "The flag was raised over the administration building.",
    "Войска освободили посёлок к северу от города.",
    "Сили оборони відбили штурм села.",
    "Prices of bread rose by a tenth in the regional markets.",
    "Fighting continues on the approaches to the station.",
    "THE BRIGADE HAS LIBERATED TWO HAMLETS.",
    "",
]


@pytest.mark.parametrize("triggers", [EN_TRIGGERS, CYR_TRIGGERS], ids=["en", "cyr"])
@pytest.mark.parametrize("text", TEXTS)
def test_matcher_matches_where_any_trigger_does(triggers, text: str) -> None:  # type: ignore[no-untyped-def]
    expected = any(t.pattern.search(text) for t in triggers)
    assert bool(_any_trigger(triggers).search(text)) is expected


def test_some_texts_match_and_some_do_not() -> None:
    matcher = _any_trigger(EN_TRIGGERS)
    hits = [bool(matcher.search(t)) for t in TEXTS]
    assert any(hits) and not all(hits)


def test_triggers_with_different_flags_keep_their_own() -> None:
    mixed = (
        Trigger(ClaimType.CAPTURED, re.compile(r"\bseized\b", re.IGNORECASE)),
        Trigger(ClaimType.CONTROLS, re.compile(r"\bHOLDS\b")),
    )
    matcher = _any_trigger(mixed)
    assert matcher.search("They SEIZED it")
    assert not matcher.search("it holds")
    assert matcher.search("it HOLDS")
    assert _any_trigger(mixed) is matcher  # built once per trigger set
