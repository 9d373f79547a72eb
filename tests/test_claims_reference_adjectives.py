""" "The entire town", "the occupied city", "the mining town" refer to the last named
settlement like "the town" does."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_rows


def _tuples(text: str) -> set[tuple[str, str, str, str]]:
    return gazetteer_rows(text)


@pytest.mark.parametrize(
    "reference",
    ["the entire town", "the occupied city", "the mining town", "the devastated town"],
)
def test_a_qualified_reference_is_the_last_settlement(reference):
    text = (
        "Siversk was shelled overnight. Pro-Russian war correspondents wrote that "
        + reference
        + " had been surrounded. Ukrainian commanders called the report false."
    )
    found = _tuples(text)
    assert ("Siversk", "encircled", "RU", "affirmed") in found, found
    assert ("Siversk", "encircled", "RU", "negated") in found, found
