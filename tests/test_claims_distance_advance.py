"""A distance to a town is an advance by the side that moved, however vague the
distance; a push made is no intention."""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_claims


def _claims(text: str):  # type: ignore[no-untyped-def]
    return pipeline_claims(text, published="2024-08-20")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Pro-Kremlin bloggers said Ukrainian units had pushed to within a few "
            "kilometres of Lgov.",
            "UA",
        ),
        ("Russian troops are now several miles from Myrnohrad, analysts said.", "RU"),
        ("Ukrainian assault groups got within a couple of kilometres of Rylsk.", "UA"),
    ],
)
def test_a_vague_distance_is_an_advance_by_the_side_that_moved(text: str, actor: str) -> None:
    advancing = [c for c in _claims(text) if c.type.value == "advancing"]
    assert advancing, _claims(text)
    assert {c.actor for c in advancing} == {actor}
    assert all(c.modality.value not in ("intended", "predicted") for c in advancing)


def test_a_push_to_take_a_town_stays_an_intention() -> None:
    claims = _claims("Russian forces are pushing to take Myrnohrad, officials said.")
    assert claims and all(c.modality.value == "intended" for c in claims)


def test_a_distance_in_a_description_is_no_advance() -> None:
    text = "Rylsk, a district town a few kilometres from the border, was shelled overnight."
    assert not [c for c in _claims(text) if c.type.value == "advancing"]


def test_a_described_towns_distance_with_a_population_is_no_advance() -> None:
    text = (
        "Russian forces entered Kurakhove, a mining town of roughly 18,000 residents "
        "about 30 km from Donetsk."
    )
    rows = {(c.place.canonical, c.type.value) for c in _claims(text)}
    assert ("Kurakhove", "entered") in rows
    assert ("Kurakhove", "advancing") not in rows
