"""A second participle coordinated with a passive shares it: "troops were bypassed and
cut off" has the troops as the patient, so the other side encircled them."""

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
    ("text", "actor"),
    [
        ("Russian troops in Siversk were bypassed and cut off.", "UA"),
        (
            "Ukrainian units near Siversk were outflanked and surrounded, Russian officials said.",
            "RU",
        ),
        ("Russian soldiers in Siversk had been pinned down and encircled by the weekend.", "UA"),
    ],
)
def test_a_coordinated_participle_shares_the_passive_patient(text, actor):
    found = _tuples(text)
    assert ("Siversk", "encircled", actor) in found, found
