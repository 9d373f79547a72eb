"""iter_records over each supported format, folders, globs and stdin."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimline.errors import TooLarge
from claimline.ingest.build import build_document, short_hash
from claimline.ingest.readers import iter_records
from claimline.model import DateBasis, Rejection

DATA = Path(__file__).resolve().parent / "data" / "ingest"


def _records(*inputs: str, **kw):  # type: ignore[no-untyped-def]
    return list(iter_records(list(inputs), **kw))


def make_warc(path: Path, pages: list[tuple[str, str]], *, gzip: bool = False) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        records.append(writer.create_warcinfo_record(path.name, {"software": "claimline tests"}))
        for url, body in pages:
            html = (
                "<html><head><title>Dispatch</title></head><body>"
                f"<article>{body}</article></body></html>"
            )
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            rec = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
            )
            records.append(rec)
        redirect = StatusAndHeaders("301 Moved", [("Location", "/x")], protocol="HTTP/1.1")
        records.append(
            writer.create_warc_record(
                "https://port.example/old",
                "response",
                payload=io.BytesIO(b""),
                http_headers=redirect,
            )
        )
        for rec in records:
            writer.write_record(rec)
            rec.raw_stream.close()  # warcio spools some payloads to temporary files
    return path


def test_plain_text_file_uses_stem_as_id_and_header_fields() -> None:
    (raw,) = _records(str(DATA / "page.txt"))
    assert raw.id == "page" and raw.source_format == "text"
    doc = build_document(raw)
    assert doc.title == "Defenders report quiet night near Vovchansk"
    assert doc.outlet == "Steppe Herald"
    assert (doc.published.isoformat(), doc.date_basis) == ("2025-10-14", DateBasis.HEADER)
    assert doc.language == "en"
    assert doc.removed[0].reason == "header"


def test_html_file_metadata_through_trafilatura() -> None:
    (raw,) = _records(str(DATA / "page.html"))
    doc = build_document(raw)
    assert doc.id == "page" and doc.source_format == "html"
    assert doc.title == "Ferry service resumes on the Dnipro"
    assert doc.outlet == "River Gazette"
    assert doc.published is not None and doc.published.isoformat() == "2025-06-03"
    assert doc.text.startswith("Ferry service resumes on the Dnipro\n\nThe passenger ferry")


def test_jsonl_fields_unknown_keys_and_ids(tmp_path: Path) -> None:
    lines = [
        {
            "id": "a1",
            "url": "https://x.example/2024/02/17/a",
            "outlet": "X",
            "published": "2024-02-17",
            "title": "T",
            "text": "The first line of text is here.",
            "section": "world",
            "views": 3,
        },
        {
            "url": "https://x.example/b",
            "html": "<html><body><p>The bridge reopened to traffic on Friday.</p></body></html>",
        },
        {"text": "No id and no url here, but text.", "language": "en-GB"},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    r1, r2, r3 = _records(str(path))
    assert (r1.id, r1.metadata) == ("a1", {"section": "world", "views": 3})
    assert r1.source == f"{path}:1"
    assert r2.id == short_hash("https://x.example/b") and r2.html
    assert r3.id == "batch-3"
    d1, d2, d3 = (build_document(r) for r in (r1, r2, r3))
    assert (d1.published.isoformat(), d1.date_basis) == ("2024-02-17", DateBasis.METADATA)
    assert d2.text == "The bridge reopened to traffic on Friday."
    assert d3.language == "en"  # the input's language is respected


def test_jsonl_epoch_published(tmp_path: Path) -> None:
    path = tmp_path / "epoch.jsonl"
    path.write_text(json.dumps({"id": "e", "published": 1700000000, "text": "Words here."}))
    (raw,) = _records(str(path))
    assert build_document(raw).published.isoformat() == "2023-11-14"


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"id": "x", "text": "Some text."}, {"id": "y", "text": "More."}]))
    assert [r.id for r in _records(str(path))] == ["x", "y"]


def test_rss_entries_with_feed_title_as_outlet() -> None:
    items = _records(str(DATA / "feed.rss"))
    records = [r for r in items if not isinstance(r, Rejection)]
    rejections = [r for r in items if isinstance(r, Rejection)]
    assert len(records) == 2 and len(rejections) == 1
    assert rejections[0].source.endswith("feed.rss:3") and rejections[0].code == "E106"
    d1, d2 = (build_document(r) for r in records)
    assert d1.outlet == "Frontier Wire" and d1.title == "Grain convoy reaches the port"
    assert d1.id == short_hash("https://frontier-wire.example/2025/08/02/grain-convoy/")
    assert (d1.published.isoformat(), d1.date_basis) == ("2025-08-02", DateBasis.METADATA)
    assert d1.text.count("\n\n") == 1  # two <p> become two paragraphs
    assert d1.language == "en"  # from <language>en-gb</language>
    assert d2.published is None and d2.date_basis is DateBasis.NONE


def test_atom_entry() -> None:
    (raw,) = _records(str(DATA / "feed.atom"))
    doc = build_document(raw)
    assert doc.outlet == "Grenzbote" and doc.language == "de"
    assert doc.published.isoformat() == "2025-09-12"
    assert doc.url == "https://grenzbote.example/artikel/neue-bruecke"
    assert len(doc.sentences) == 3


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_responses_become_documents_with_crawl_date_only_in_metadata(
    tmp_path: Path, gzip: bool
) -> None:
    pages = [
        (
            "https://port.example/news/2025/04/01/cranes/",
            "<p>Two new cranes arrived at the port on Tuesday.</p>",
        ),
        (
            "https://port.example/news/cranes-update",
            "<p>The cranes began work on Thursday, the operator said.</p>",
        ),
    ]
    path = make_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), pages, gzip=gzip)
    items = _records(str(path))
    assert all(not isinstance(r, Rejection) for r in items)
    assert [r.url for r in items] == [u for u, _ in pages]  # warcinfo and the redirect skipped
    d1, d2 = (build_document(r) for r in items)
    assert d1.id == short_hash(pages[0][0])
    assert "crawl_date" in d1.metadata
    assert (d1.published.isoformat(), d1.date_basis) == ("2025-04-01", DateBasis.URL)
    assert d2.published is None  # the WARC-Date is never the publication date


def test_warc_is_streamed_so_the_size_limit_applies_per_page(tmp_path: Path) -> None:
    small = "<p>" + "The ferry ran on time. " * 3 + "</p>"
    big = "<p>" + "The ferry ran on time. " * 40 + "</p>"
    pages = [(f"https://port.example/p{i}", small) for i in range(5)]
    pages.insert(2, ("https://port.example/big", big))
    path = make_warc(tmp_path / "many.warc.gz", pages, gzip=True)
    assert path.stat().st_size > 600
    items = _records(str(path), max_bytes=600)
    rejected = [r for r in items if isinstance(r, Rejection)]
    assert [r.code for r in rejected] == [TooLarge.code] and "big" in rejected[0].reason
    assert len([r for r in items if not isinstance(r, Rejection)]) == 5


def test_warc_name_on_something_else_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("just some text, not an archive")
    (rej,) = _records(str(path))
    assert isinstance(rej, Rejection) and rej.code == "E105"


def test_warc_is_sniffed_without_extension(tmp_path: Path) -> None:
    path = make_warc(
        tmp_path / "archive.bin", [("https://a.example/p", "<p>A short page of text.</p>")]
    )
    (raw,) = _records(str(path))
    assert raw.source_format == "warc"


def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second file text.")
    (tmp_path / "a-one.txt").write_text("First file text.")
    (tmp_path / ".hidden.txt").write_text("Never read.")
    (tmp_path / ".git" / "x.txt").write_text("Never read.")
    assert [r.id for r in _records(str(tmp_path))] == ["a-one", "two"]


def test_glob_and_missing_path(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "y.md"):
        (tmp_path / name).write_text(f"Text of {name}.")
    assert [r.id for r in _records(str(tmp_path / "x*.txt"))] == ["x1", "x2"]
    (missing,) = _records(str(tmp_path / "nope.txt"))
    assert isinstance(missing, Rejection) and "no such file" in missing.reason
    (nomatch,) = _records(str(tmp_path / "z*.txt"))
    assert isinstance(nomatch, Rejection)


def test_stdin_is_sniffed() -> None:
    line = json.dumps({"id": "s1", "text": "From standard input."})
    (raw,) = _records("-", stdin=io.BytesIO(line.encode()))
    assert raw.id == "s1" and raw.source == "<stdin>:1"
    (raw,) = _records("-", stdin=io.BytesIO("Plain words from a pipe.".encode("cp1251")))
    assert raw.source_format == "text" and raw.source == "<stdin>"


def test_too_large_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    (rej,) = _records(str(path), max_bytes=100)
    assert isinstance(rej, Rejection) and rej.code == TooLarge.code
