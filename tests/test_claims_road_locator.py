"""A town named as where a road leads only locates; profile spellings of Sudanese towns."""

from __future__ import annotations

import pytest

from claimline.nlp.claim_filters import locator_only
from claimline.nlp.places import find_places


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Officials in Lyman, on the road north toward Kreminna, said", "Kreminna", True),
        ("the highway to Kramatorsk was cut", "Kramatorsk", True),
        ("the railway linking Pokrovsk to Kostiantynivka", "Kostiantynivka", True),
        ("Russian troops entered Kramatorsk", "Kramatorsk", False),
        ("the town of Kreminna", "Kreminna", False),
    ],
)
def test_locator_only_roads(text: str, name: str, expected: bool) -> None:
    i = text.index(name)
    assert locator_only(text, i, i + len(name)) is expected


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("Bara", "Bara"), ("Barah", "Bara"), ("Umm Ruwaba", "Um Rawaba"), ("Um Rawaba", "Um Rawaba")],
)
def test_sudan_profile_spellings(written: str, canonical: str) -> None:
    text = f"Fighting was reported near {written} on Monday."
    found = [p.canonical for p in find_places(text, profile="sudan")]
    assert canonical in found
