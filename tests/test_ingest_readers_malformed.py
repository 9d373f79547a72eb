"""The malformed-input set: what is valid is read, the rest is reported with reasons.

The files in tests/data/ingest/bad/ are made by tests/make_ingest_fixtures.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimline.errors import InputError
from claimline.ingest.build import build_document
from claimline.ingest.readers import iter_records
from claimline.model import Document, Rejection

BAD = Path(__file__).resolve().parent / "data" / "ingest" / "bad"


def _ingest(paths: list[str]) -> tuple[dict[str, Document], dict[str, Rejection]]:
    docs: dict[str, Document] = {}
    rejected: dict[str, Rejection] = {}
    for item in iter_records(paths):
        if isinstance(item, Rejection):
            rejected[item.source] = item
            continue
        try:
            doc = build_document(item)
        except InputError as exc:
            rejected[item.source] = Rejection(item.source, exc.code, str(exc))
            continue
        docs[doc.id] = doc
    return docs, rejected


def test_bad_folder_ingests_the_valid_part_and_reports_the_rest() -> None:
    docs, rejected = _ingest([str(BAD)])
    assert set(docs) == {
        "ru-cp1251",
        "ru-koi8r",
        "truncated",
        "jl-good-1",
        "jl-good-2",
        *(d for d in docs if docs[d].source_format == "warc"),
    }
    assert sum(1 for d in docs.values() if d.source_format == "warc") == 2
    codes = {Path(src).name: r.code for src, r in rejected.items()}
    assert codes == {
        "picture.png": "E102",  # binary
        "nul-bytes.txt": "E102",
        "empty.txt": "E101",
        "blank.txt": "E101",
        "mixed.jsonl:2": "E105",  # broken JSON line
        "mixed.jsonl:3": "E105",  # no text field
        "mixed.jsonl:4": "E105",  # not an object
        "no-text.html": "E106",
        "broken.warc:2": "E105",  # corrupt WARC record
    }
    for r in rejected.values():
        assert r.reason  # every rejection says why


def test_rejection_reasons_are_specific() -> None:
    _, rejected = _ingest([str(BAD)])
    by_name = {Path(src).name: r.reason for src, r in rejected.items()}
    assert "PNG" in by_name["picture.png"]
    assert "line 2" in by_name["mixed.jsonl:2"] and "invalid JSON" in by_name["mixed.jsonl:2"]
    assert "WARC record" in by_name["broken.warc:2"]


def test_cyrillic_codepages_decode_to_russian() -> None:
    docs, _ = _ingest([str(BAD / "ru-cp1251.txt"), str(BAD / "ru-koi8r.txt")])
    assert {d: len(doc.sentences) for d, doc in docs.items()} == {"ru-cp1251": 3, "ru-koi8r": 2}
    for doc in docs.values():
        assert doc.language == "ru"
        assert sum("а" <= c <= "я" for c in doc.text) > 0.6 * sum(c.isalpha() for c in doc.text)


def test_truncated_html_keeps_what_is_there() -> None:
    docs, _ = _ingest([str(BAD / "truncated.html")])
    doc = docs["truncated"]
    assert doc.text.startswith("The library reopened its reading room on Monday")
    assert doc.title == "Half a page"


def test_broken_warc_reads_records_around_the_corrupt_one() -> None:
    docs, rejected = _ingest([str(BAD / "broken.warc")])
    assert sorted(d.url for d in docs.values()) == [
        "https://harbour-news.example/2025/05/06/pier/",
        "https://harbour-news.example/2025/05/08/market/",
    ]
    assert list(rejected) == [f"{BAD / 'broken.warc'}:2"]


def _three_page_warc(gzip: bool) -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for i in range(3):
        html = f"<html><body><p>Page {i}: the night train arrived on time.</p></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            f"https://rail.example/{i}",
            "response",
            payload=io.BytesIO(html.encode()),
            http_headers=headers,
        )
        writer.write_record(rec)
        rec.raw_stream.close()
    return buf.getvalue()


def _corrupt(data: bytes, how: str) -> bytes:
    marker = b"\x1f\x8b\x08" if how == "gzip-member" else b"WARC/1."
    second = data.index(marker, 1)
    if how == "content-length":  # claims more bytes than the record holds
        return data[:second] + data[second:].replace(b"Content-Length: ", b"Content-Length: 9", 1)
    if how == "gzip-member":  # garbage inside the second compressed record
        return data[: second + 20] + b"garbage" + data[second + 27 :]
    return data[: second + 100]  # truncated in the middle of the second record


@pytest.mark.parametrize(
    ("how", "gzip", "urls"),
    [
        ("content-length", False, ["https://rail.example/0", "https://rail.example/2"]),
        ("gzip-member", True, ["https://rail.example/0", "https://rail.example/2"]),
        ("truncated", False, ["https://rail.example/0"]),
    ],
)
def test_corrupt_warc_records_are_rejected_and_reading_goes_on(
    tmp_path: Path, how: str, gzip: bool, urls: list[str]
) -> None:
    path = tmp_path / ("bad.warc.gz" if gzip else "bad.warc")
    path.write_bytes(_corrupt(_three_page_warc(gzip), how))
    items = list(iter_records([str(path)]))
    assert [r.url for r in items if not isinstance(r, Rejection)] == urls
    rejected = [r for r in items if isinstance(r, Rejection)]
    assert [r.code for r in rejected] == ["E105"]
    assert rejected[0].source == f"{path}:2" and rejected[0].reason.isprintable()
