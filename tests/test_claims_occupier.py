"""Who occupied a place: the side the sentence names as its holder, else the other side."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.ingest.dedup import content_hash
from claimline.ingest.segment import split_sentences
from claimline.model import Document
from claimline.nlp.claims import extract_claims


def _claims(text: str):
    doc = Document(
        id="t",
        content_hash=content_hash(text),
        text=text,
        published=date(2022, 10, 1),
        language="en",
        sentences=split_sentences(text),
    )
    return [(c.place.canonical, c.type.value, c.actor) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "The river port of Kherson had been held by Russian troops since March, when it was "
        "occupied in the first weeks of the invasion.",
        "Russian units held Kherson from early March, after it was occupied without a long "
        "battle.",
    ],
)
def test_claims_occupier_is_the_holder_the_sentence_names(text):
    found = _claims(text)
    assert ("Kherson", "captured", "RU") in found
    assert not any(actor == "UA" for _place, _type, actor in found)
