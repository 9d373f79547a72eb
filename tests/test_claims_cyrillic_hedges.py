"""Russian and Ukrainian distance words hedge a claim: unverified data, reports that
were not confirmed, a party that "claims" (стверджують, утверждают)."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.ingest.dedup import content_hash
from claimline.ingest.segment import split_sentences
from claimline.model import Document
from claimline.nlp.claims import extract_claims


def _hedged(text: str, language: str) -> list[bool]:
    doc = Document(
        id="t",
        content_hash=content_hash(text),
        text=text,
        published=date(2024, 3, 1),
        language=language,
        outlet="Test Wire",
        sentences=split_sentences(text),
    )
    return [c.hedged for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("За неперевіреними даними, ЗСУ вже увійшли до Мар'їнки.", "uk"),
        ("Російські блогери стверджують, що ЗСУ увійшли до Мар'їнки.", "uk"),
        ("Российские блогеры утверждают, что ВСУ вошли в Марьинку.", "ru"),
        (
            "По данным украинской стороны, российские войска вошли в Марьинку, однако эти "
            "сведения не подтверждались.",
            "ru",
        ),
    ],
)
def test_cyrillic_distance_words_hedge(text, language):
    found = _hedged(text, language)
    assert found and all(found), found


def test_a_plain_cyrillic_report_is_not_hedged():
    found = _hedged("Генштаб ЗСУ повідомив, що ЗСУ увійшли до Мар'їнки.", "uk")
    assert found and not any(found), found
