"""A failed attempt coordinated with a passive repulsion: "tried to break into X but were
pushed back" is X repelled by the other side; "held back by Y" names the defender."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_claims


def _claims(text: str):
    claims = gazetteer_claims(text)
    return claims


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        (
            "Russian infantry attempted to force their way into Siversk on Monday but were "
            "pushed back, the governor said.",
            "Siversk",
            "UA",
        ),
        (
            "Ukrainian sabotage groups pushed into Tetkino at dawn but were soon driven back "
            "by Russian border guards.",
            "Tetkino",
            "RU",
        ),
        (
            "Russian assault groups attempted to storm Vuhledar on Monday and were driven back.",
            "Vuhledar",
            "UA",
        ),
        (
            "Ukrainian marines have tried to cross into Krynky several times but have been "
            "thrown back each time, Russian bloggers say.",
            "Krynky",
            "RU",
        ),
    ],
)
def test_a_passive_repulsion_after_an_attempt_is_repelled_at_its_target(text, place, actor):
    found = [c for c in _claims(text) if c.type.value == "repelled"]
    assert any(c.place.canonical == place and c.actor == actor for c in found), [
        (c.place.canonical, c.actor) for c in found
    ]
    # the attempt was the attacker's intention; the repulsion itself is reported
    assert all(c.modality.value != "intended" for c in found)


def test_a_forecast_repulsion_stays_a_forecast():
    found = [
        c
        for c in _claims("Russian troops plan to storm Siversk and will be beaten back.")
        if c.type.value == "repelled"
    ]
    assert all(c.modality.value == "predicted" for c in found)
