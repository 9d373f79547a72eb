"""A place that owns an event noun ("Kherson's capture", "Lyman's liberation",
"Avdiivka's fall") is the place the event happened to, not its actor."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_claims


def _tuples(text: str) -> set[tuple[str, str, str]]:
    claims = gazetteer_claims(text)
    return {(c.place.canonical, c.type.value, c.actor) for c in claims}


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        ("Kherson's capture by Russian forces came within a week.", "Kherson", "RU"),
        ("Lyman's liberation by Ukrainian troops was announced on Saturday.", "Lyman", "UA"),
        ("Izium's recapture by Ukrainian units surprised Moscow.", "Izium", "UA"),
        ("Avdiivka's fall to Russian forces ended a four-month battle.", "Avdiivka", "RU"),
    ],
)
def test_the_owner_of_an_event_noun_is_its_place(text, place, actor):
    assert (place, "captured", actor) in _tuples(text)


def test_the_owner_of_an_event_noun_with_an_object_is_its_actor():
    found = _tuples("Kyiv's recapture of Izium surprised Moscow.")
    assert ("Izium", "captured", "UA") in found
    assert not any(p == "Kyiv" for p, _t, _a in found), found
