"""The one-pass grouping pattern finds what the per-grouping patterns find."""

from __future__ import annotations

import pytest

from claimline.nlp._actor_lexicon import lexicon_for
from claimline.nlp.actors import find_actors
from claimline.profiles import load_profile

TEXTS = [
    "The Vostok group of forces reported gains, and the Dnepr grouping shelled the bank.",
    "A spokesman for the operational-strategic group Khortytsia spoke on Sunday.",
    "Группировка войск «Запад» сообщила об успехах, угруповання військ «Хортиця» — ні.",
    "The Eastern grouping and the 'Centre' battle group were both named in the summary.",
    "No grouping is named here, only a group of journalists near the West Bank.",
    "",
]


def _one_by_one(lexicon, text: str) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return sorted(
        (m.start(), m.end(), entry.canonical)
        for rx, entry in lexicon.groupings
        for m in rx.finditer(text)
    )


def _one_pass(lexicon, text: str) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    out = []
    for m in lexicon.grouping_rx.finditer(text):
        k = next(int(n[1:]) for n, v in m.groupdict().items() if v is not None)
        out.append((m.start(), m.end(), lexicon.grouping_entries[k].canonical))
    return sorted(out)


@pytest.mark.parametrize("text", TEXTS)
def test_one_pass_equals_one_pattern_a_grouping(text: str) -> None:
    lexicon = lexicon_for(load_profile("ru_ua"))
    assert lexicon.grouping_rx is not None
    assert _one_pass(lexicon, text) == _one_by_one(lexicon, text)


def test_groupings_are_found_as_units() -> None:
    mentions = find_actors(TEXTS[0], "ru_ua")
    units = [m for m in mentions if m.actor.kind == "unit"]
    assert [m.text for m in units] == ["Vostok group of forces", "Dnepr grouping"]
    assert {str(m.actor.side) for m in units} == {"RU"}
