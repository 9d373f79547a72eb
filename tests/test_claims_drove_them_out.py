""" "Drove them out" after a clause naming who held a town is that town taken by the side
that drove them out."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_claims


def _tuples(text: str) -> set[tuple[str, str, str]]:
    claims = gazetteer_claims(text)
    return {(c.place.canonical, c.type.value, c.actor) for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops held Siversk from April until late August, when a Ukrainian offensive "
        "drove them out.",
        "Russian troops held Siversk for six months before Ukrainian forces drove them out.",
        "Russian troops seized Siversk in May, but Ukrainian units pushed the occupiers out in "
        "October.",
    ],
)
def test_driving_the_holders_out_is_a_capture_of_their_town(text):
    found = _tuples(text)
    assert ("Siversk", "captured", "UA") in found, found
    assert any(t in ("controls", "captured") and a == "RU" for _p, t, a in found), found


def test_driving_them_out_of_a_named_town_stays_one_claim():
    assert ("Siversk", "captured", "UA") in _tuples("Ukrainian troops drove them out of Siversk.")
