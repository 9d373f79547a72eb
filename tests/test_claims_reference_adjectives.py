""" "The entire town", "the occupied city", "the mining town" refer to the last named
settlement like "the town" does."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.ingest.dedup import content_hash
from claimline.ingest.segment import split_sentences
from claimline.model import Document
from claimline.nlp.claims import extract_claims


def _tuples(text: str) -> set[tuple[str, str, str, str]]:
    doc = Document(
        id="t",
        content_hash=content_hash(text),
        text=text,
        published=date(2024, 6, 1),
        language="en",
        outlet="Reuters",
        sentences=split_sentences(text),
    )
    return {
        (c.place.canonical, c.type.value, c.actor, c.polarity.value) for c in extract_claims(doc)
    }


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
