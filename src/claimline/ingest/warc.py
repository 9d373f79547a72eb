"""WARC files (web archives, Common Crawl news): HTML responses as RawRecords.

A record that warcio cannot parse becomes a Rejection and reading resumes at
the next record boundary, so one corrupt record does not cost the file.
WARC-Date is when the page was *crawled*, not published: it goes into
metadata as ``crawl_date`` and never becomes the publication date.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from claimline.errors import InputError, MalformedRecord, NoContent
from claimline.ingest.base import RawRecord
from claimline.ingest.encoding import declared_charset, decode_bytes
from claimline.model import Rejection

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)


class _Overrun(Exception):
    """A record whose Content-Length is too large: it swallowed the records after it."""

    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


def is_warc(data: bytes) -> bool:
    """Whether ``data`` is a WARC file, plain or gzipped record by record."""
    if data.startswith(_WARC_MAGIC):
        return True
    if data.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 16)
        except zlib.error:
            return False
        return head.startswith(_WARC_MAGIC)
    return False


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _decode(payload: bytes, content_type: str, source: str) -> str:
    charset = _charset(content_type)
    if charset:
        try:
            return payload.decode(charset).replace("\r\n", "\n")
        except (LookupError, UnicodeDecodeError):
            pass  # the declared charset is wrong more often than one would hope
    return decode_bytes(payload, source=source, declared=declared_charset(payload))


def _to_raw(
    record: Any, *, source: str, number: int, offset_of: Callable[[], int]
) -> RawRecord | Rejection | None:
    """The article in one WARC record; ``None`` for records without a page (requests, metadata)."""
    rec_type = record.rec_type
    if rec_type not in ("response", "resource", "conversion"):
        return None
    if rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None  # redirects and errors carry no article
        content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    else:
        content_type = (record.rec_headers.get_header("Content-Type") or "").lower()
    is_html = content_type.startswith(_HTML_TYPES)
    if not is_html and not content_type.startswith(_TEXT_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    where = f"{source}:{number}"
    payload = record.content_stream().read()
    offset = offset_of()  # warcio computes it by reading the record, so only after the payload
    if b"\r\nWARC-Type:" in payload or b"\r\nWARC-Record-ID:" in payload:
        raise _Overrun(offset)
    try:
        text = _decode(payload, content_type, where)
    except InputError as exc:
        return Rejection(where, exc.code, f"WARC record {number} ({url}): {exc}")
    metadata: dict[str, Any] = {"warc_offset": offset}
    crawl = record.rec_headers.get_header("WARC-Date")
    if crawl:
        metadata["crawl_date"] = crawl  # not a publication date
    rid = record.rec_headers.get_header("WARC-Record-ID")
    if rid:
        metadata["warc_record_id"] = rid
    from claimline.ingest.build import short_hash

    return RawRecord(
        source=where,
        source_format="warc",
        id=short_hash(url) if url else f"{source}#{number}",
        html=text if is_html else None,
        text=None if is_html else text,
        url=url,
        metadata=metadata,
    )


def _next_record(it: Any) -> tuple[Any, bool]:
    """The next record (or ``None`` at the end) and whether warcio warned that the
    record before it was cut short (a wrong Content-Length)."""
    sink = io.StringIO()
    with contextlib.redirect_stderr(sink):
        record = next(it, None)
    return record, "not followed by newline" in sink.getvalue()


def read_warc(data: bytes, *, source: str) -> Iterator[RawRecord | Rejection]:
    """Articles of a WARC file; each unreadable record is one Rejection.

    After a parse failure reading resumes at the next record boundary (the next
    ``WARC/`` line, or the next gzip member of a .warc.gz).
    """
    from warcio.archiveiterator import ArchiveIterator

    gz = data.startswith(_GZIP_MAGIC)
    marker = _GZIP_MAGIC if gz else _WARC_MAGIC
    pos, number, seen = 0, 0, 0
    while pos < len(data):
        archive = ArchiveIterator(io.BytesIO(data[pos:]))
        it = iter(archive)
        pending: RawRecord | Rejection | None = None
        pending_no = 0
        fail_from = pos
        resync = -1
        try:
            while True:
                fail_from = pos + getattr(archive, "offset", 0)
                record, cut_short = _next_record(it)
                if cut_short and pending_no:
                    pending = Rejection(
                        f"{source}:{pending_no}",
                        MalformedRecord.code,
                        f"WARC record {pending_no}: its Content-Length does not match its content",
                    )
                if pending is not None:
                    yield pending
                pending = None
                if record is None:
                    break
                number += 1
                seen += 1
                base = pos
                try:
                    pending = _to_raw(
                        record,
                        source=source,
                        number=number,
                        offset_of=lambda a=archive, b=base: b + a.get_record_offset(),
                    )
                except _Overrun as over:
                    pending = None
                    yield Rejection(
                        f"{source}:{number}",
                        MalformedRecord.code,
                        f"WARC record {number} at byte {over.offset}: its Content-Length runs into "
                        "the next record",
                    )
                    resync = data.find(marker, over.offset + 1)
                    break
                except Exception as exc:  # noqa: BLE001 - a broken payload must not stop the file
                    pending = Rejection(
                        f"{source}:{number}",
                        MalformedRecord.code,
                        f"WARC record {number}: unreadable content ({exc})",
                    )
                pending_no = number
            if resync < 0:
                break
            pos = resync
            continue
        except Exception as exc:  # noqa: BLE001 - warcio raises ArchiveLoadFailed and others
            if pending is not None:
                yield pending
            number += 1
            first = str(exc).strip().split("\n", 1)[0][:160]
            if type(exc).__name__ != "ArchiveLoadFailed":
                first = f"truncated or corrupt record ({type(exc).__name__})"
            yield Rejection(
                f"{source}:{number}",
                MalformedRecord.code,
                f"invalid WARC record at byte {fail_from}: {first}",
            )
            nxt = data.find(marker, fail_from + 1)
            if nxt < 0:
                break
            pos = nxt
    if seen == 0 and number == 0:
        yield Rejection(source, NoContent.code, f"{source}: the WARC file holds no records")


__all__ = ["is_warc", "read_warc"]
