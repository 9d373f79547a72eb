""" "By mid-July" is a deadline even when the tokenizer splits it, never the agent of a
state; "under assault" is a fight for the town."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.ingest.dedup import content_hash
from claimline.ingest.segment import split_sentences
from claimline.model import Document
from claimline.nlp.claims import extract_claims


def _tuples(text: str) -> set[tuple[str, str, str | None]]:
    doc = Document(
        id="t",
        content_hash=content_hash(text),
        text=text,
        published=date(2024, 9, 1),
        language="en",
        outlet="Reuters",
        sentences=split_sentences(text),
    )
    return {(c.place.canonical, c.type.value, c.actor) for c in extract_claims(doc)}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Siversk was shelled daily. By mid-July, Russian units controlled most of the town, "
            "Haidai told reporters.",
            "RU",
        ),
        (
            "Siversk was shelled daily. By mid-May, Ukrainian troops controlled the centre of "
            "the town, Kyrylenko said.",
            "UA",
        ),
    ],
)
def test_a_split_deadline_is_no_agent(text, actor):
    found = _tuples(text)
    assert ("Siversk", "controls", actor) in found, found
    assert not any(t == "controls" and a != actor for _p, t, a in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Since the spring Siversk has been under repeated assault by Russian infantry.",
        "Siversk has been under constant assault for three months, the mayor said.",
        "Siversk remains under heavy assault, Ukrainian officials said.",
    ],
)
def test_under_assault_is_contested(text):
    assert any(p == "Siversk" and t == "contested" for p, t, _a in _tuples(text))
