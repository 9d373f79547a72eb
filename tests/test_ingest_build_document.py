"""build_document: date basis order, language, ids, hashes, errors."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.errors import EmptyInput, NoContent
from claimline.ingest.base import RawRecord
from claimline.ingest.build import build_document, content_hash
from claimline.model import DateBasis, Precision

BODY = "Engineers restored the water supply to the northern districts on Sunday, the mayor said."


def raw(**kw) -> RawRecord:  # type: ignore[no-untyped-def]
    kw.setdefault("source", "t")
    kw.setdefault("source_format", "text")
    return RawRecord(**kw)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            raw(text=BODY, published="2025-03-02", url="https://a.example/2024/01/01/x"),
            (date(2025, 3, 2), Precision.DAY, DateBasis.METADATA),
        ),
        (
            raw(text=f"Date: 2025-03-05\n\n{BODY}", url="https://a.example/2024/01/01/x"),
            (date(2025, 3, 5), Precision.DAY, DateBasis.HEADER),
        ),
        (
            raw(text=BODY, published="not a date", url="https://a.example/2024/01/01/x"),
            (date(2024, 1, 1), Precision.DAY, DateBasis.URL),
        ),
        (
            raw(text=f"URL: https://a.example/2023/07/x\n\n{BODY}"),
            (date(2023, 7, 1), Precision.MONTH, DateBasis.URL),
        ),
        (
            raw(text=BODY, published="2022-09"),
            (date(2022, 9, 1), Precision.MONTH, DateBasis.METADATA),
        ),
        (raw(text=BODY), (None, Precision.NONE, DateBasis.NONE)),
    ],
)
def test_publication_date_basis(record: RawRecord, expected: tuple) -> None:
    doc = build_document(record)
    assert (doc.published, doc.published_precision, doc.date_basis) == expected
    assert (doc.date_confidence is None) == (doc.published is None)


def test_language_given_by_the_input_wins() -> None:
    assert build_document(raw(text=BODY, language="uk")).language == "uk"
    assert build_document(raw(text=BODY)).language == "en"
    text = "Инженеры восстановили водоснабжение в северных районах в воскресенье, сообщил мэр."
    assert build_document(raw(text=text), languages=("en", "ru", "uk")).language == "ru"


def test_ids_hash_and_sentences() -> None:
    doc = build_document(raw(text=f"  {BODY}  \n\n\n{BODY.upper()}. Second.", id="given"))
    assert doc.id == "given"
    assert doc.content_hash == content_hash(doc.text)
    assert content_hash("a  b\n\nc") == content_hash("a b\n\n c ")
    assert content_hash("A b") != content_hash("a b")  # case is kept
    for s, e in doc.sentences:
        assert doc.text[s:e].strip() == doc.text[s:e]
    no_id = build_document(raw(text=BODY, url="https://a.example/p"))
    assert no_id.id and no_id.id == build_document(raw(text=BODY, url="https://a.example/p")).id


def test_titles_are_kept() -> None:
    doc = build_document(raw(text=f"Water back in the north\n\n{BODY}", title="Given title"))
    assert doc.title == "Given title"
    assert doc.metadata["header_title"] == "Water back in the north"


@pytest.mark.parametrize(
    ("record", "error"),
    [
        (raw(text="   "), EmptyInput),
        (raw(), EmptyInput),
        (raw(text="SHARE TWEET EMAIL\n\nSubscribe to our newsletter"), NoContent),
        (
            raw(source_format="html", html="<html><body><script>x()</script></body></html>"),
            NoContent,
        ),
    ],
)
def test_no_text_raises(record: RawRecord, error: type) -> None:
    with pytest.raises(error):
        build_document(record)
