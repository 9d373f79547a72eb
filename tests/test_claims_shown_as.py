"""A participle after "as" describes the object of the verb above it: "maps showed most
of X as occupied", "listed X as liberated"."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.ingest.dedup import content_hash
from claimline.ingest.segment import split_sentences
from claimline.model import Document
from claimline.nlp.claims import extract_claims


def _tuples(text: str) -> set[tuple[str, str, str]]:
    doc = Document(
        id="t",
        content_hash=content_hash(text),
        text=text,
        published=date(2024, 6, 1),
        language="en",
        outlet="Reuters",
        sentences=split_sentences(text),
    )
    return {(c.place.canonical, c.type.value, c.actor) for c in extract_claims(doc)}


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
