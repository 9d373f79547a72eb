"""A relative clause with a "that" the parser reads as a conjunction still describes its
noun ("X, a town that Ukrainian marines had defended and held"); "occupied for months" is
a state."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_claims


def _tuples(text: str) -> set[tuple[str, str, str]]:
    claims = gazetteer_claims(text)
    return {(c.place.canonical, c.type.value, c.actor) for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow announced that its paratroopers had seized Siversk, a small mining town that "
        "Ukrainian marines had held since 2022.",
        "Moscow said it had taken Siversk, a town that Ukrainian forces had controlled since "
        "the spring.",
    ],
)
def test_the_holder_in_a_that_clause_holds_the_noun_it_describes(text):
    found = _tuples(text)
    assert ("Siversk", "captured", "RU") in found, found
    assert ("Siversk", "controls", "UA") in found, found


def test_occupied_for_months_is_a_state():
    found = _tuples(
        "Ukrainian units recaptured Siversk, a town that Russian forces had occupied for months."
    )
    assert ("Siversk", "controls", "RU") in found, found
    assert ("Siversk", "captured", "RU") not in found, found
