"""A participle after "as" describes the object of the verb above it: "maps showed most
of X as occupied", "listed X as liberated"."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_claims


def _tuples(text: str) -> set[tuple[str, str, str]]:
    claims = gazetteer_claims(text)
    return {(c.place.canonical, c.type.value, c.actor) for c in claims}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Volunteer mappers who are close to the Ukrainian army marked most of Siversk as "
            "occupied on Thursday.",
            ("Siversk", "controls", "RU"),
        ),
        (
            "Ukrainian maps listed Siversk as liberated on Friday, while Russian bloggers were "
            "close to despair.",
            ("Siversk", "captured", "UA"),
        ),
    ],
)
def test_a_participle_after_as_describes_the_object(text, claim):
    assert claim in _tuples(text)
