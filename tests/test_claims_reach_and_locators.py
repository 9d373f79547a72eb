"""Reaching a town's centre or a district is an entry; "pressing on X" is an advance;
"a Washington-based institute" and "the town hall" name no place of fighting."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_claims


def _tuples(text: str) -> set[tuple[str, str, str]]:
    claims = gazetteer_claims(text)
    return {(c.place.canonical, c.type.value, c.actor) for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        "A Russian blogger wrote that marines reached the centre of Siversk on Sunday.",
        "Russian units reached a railway microdistrict in northern Siversk.",
        "Russian assault units are reaching the central districts of Siversk, bloggers say.",
        "By Friday Russian troops had reached the heart of Siversk.",
    ],
)
def test_reaching_the_centre_or_a_district_is_an_entry(text):
    assert ("Siversk", "entered", "RU") in _tuples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian brigades kept pressing on Siversk from two sides.",
        "Russian units pressed toward Siversk throughout the week.",
    ],
)
def test_pressing_on_a_town_is_an_advance(text):
    assert ("Siversk", "advancing", "RU") in _tuples(text)


def test_pressing_on_with_a_plan_is_no_advance():
    found = _tuples("Russian officials are pressing on with the annexation of Kherson.")
    assert not any(t == "advancing" for _p, t, _a in found), found


def test_a_city_before_based_locates_an_institution():
    text = (
        "Russian forces pushed into the Donetsk region, said an analyst at a Washington-based "
        "research centre."
    )
    assert not any(p == "Washington" for p, _t, _a in _tuples(text))


def test_the_town_hall_is_no_reference_to_the_last_town():
    text = (
        "Ukrainian officials said Izium was liberated on Saturday. On Friday Ukrainian "
        "paratroopers hoisted the national flag above the town hall of Kupiansk."
    )
    claims = gazetteer_claims(text)
    flags = {c.place.canonical for c in claims if "flag" in c.framing}
    assert flags == {"Kupiansk"}, flags
