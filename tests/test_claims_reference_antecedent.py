""" "The town" in a later sentence never refers to a name that only named a front sector
("the X direction") or located another place ("a town south-east of X")."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_claims

from claimline.nlp.claim_filters import locator_only


def _places(text: str, ctype: str) -> set[str]:
    claims = gazetteer_claims(text)
    return {c.place.canonical for c in claims if c.type.value == ctype}


@pytest.mark.parametrize(
    "middle",
    [
        "The Kramatorsk direction remains the hardest sector of the front.",
        "The village lies 12 km from Kramatorsk.",
        "Siversk is a small town north-east of Kramatorsk.",
    ],
)
def test_the_town_skips_sector_and_locator_names(middle):
    text = (
        "Russia's defence ministry said its forces had captured Siversk on Monday. "
        + middle
        + " Ukraine's army reported heavy fighting inside the town on Tuesday."
    )
    assert _places(text, "contested") == {"Siversk"}


def test_the_town_still_refers_to_a_town_named_in_its_own_right():
    text = (
        "Russia's defence ministry said its forces had captured Siversk on Monday. "
        "Ukrainian troops still hold Kramatorsk. "
        "Ukraine's army reported heavy fighting inside the town on Tuesday."
    )
    assert _places(text, "contested") == {"Kramatorsk"}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("the Pokrovsk direction is hot", "Pokrovsk", True),
        ("a town south-east of Pokrovsk", "Pokrovsk", True),
        ("a village 10 km from Pokrovsk", "Pokrovsk", True),
        ("troops entered Pokrovsk", "Pokrovsk", False),
    ],
)
def test_locator_only(text, name, expected):
    start = text.index(name)
    assert locator_only(text, start, start + len(name)) is expected
