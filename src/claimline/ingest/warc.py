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
from typing import Any, BinaryIO

from claimline.errors import InputError, MalformedRecord, NoContent, TooLarge
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


def _read_upto(stream: Any, limit: int | None) -> bytes:
    """Read a warcio stream to its end, or to ``limit`` bytes (reads return short blocks)."""
    parts: list[bytes] = []
    total = 0
    while limit is None or total < limit:
        block = stream.read(65536 if limit is None else min(65536, limit - total))
        if not block:
            break
        parts.append(block)
        total += len(block)
    return b"".join(parts)


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
    record: Any,
    *,
    source: str,
    number: int,
    offset_of: Callable[[], int],
    max_bytes: int | None = None,
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
    payload = _read_upto(record.content_stream(), None if max_bytes is None else max_bytes + 1)
    if max_bytes is not None and len(payload) > max_bytes:
        return Rejection(
            where, TooLarge.code, f"WARC record {number} ({url}): page over {max_bytes} bytes"
        )
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


def _find(fh: BinaryIO, marker: bytes, start: int) -> int:
    """Offset of the next ``marker`` at or after ``start`` in a seekable file, or -1."""
    chunk = 1 << 20
    fh.seek(start)
    pos, tail = start, b""
    while True:
        block = fh.read(chunk)
        if not block:
            return -1
        buf = tail + block
        i = buf.find(marker)
        if i >= 0:
            return pos - len(tail) + i
        tail = buf[-(len(marker) - 1) :]
        pos += len(block)


def read_warc(
    data: bytes | BinaryIO, *, source: str, max_record_bytes: int | None = None
) -> Iterator[RawRecord | Rejection]:
    """Articles of a WARC file (bytes, or a seekable binary file read as a stream).

    Each unreadable record is one Rejection; after a parse failure reading
    resumes at the next record boundary (the next ``WARC/`` line, or the next
    gzip member of a .warc.gz).  A page larger than ``max_record_bytes`` is
    rejected as ``TooLarge``; the file itself may be of any size.
    """
    from warcio.archiveiterator import ArchiveIterator

    fh: BinaryIO = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data
    fh.seek(0)
    gz = fh.read(3).startswith(_GZIP_MAGIC)
    size = fh.seek(0, io.SEEK_END)
    marker = _GZIP_MAGIC if gz else _WARC_MAGIC
    pos, number, seen = 0, 0, 0
    while pos < size:
        fh.seek(pos)
        archive = ArchiveIterator(fh)
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
                        max_bytes=max_record_bytes,
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
                    resync = _find(fh, marker, over.offset + 1)
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
            first = str(exc).strip().split("\n", 1)[0][:120]
            first = "".join(c if c.isprintable() and ord(c) < 0x2000 else "?" for c in first)
            if type(exc).__name__ != "ArchiveLoadFailed":
                first = f"truncated or corrupt record ({type(exc).__name__})"
            yield Rejection(
                f"{source}:{number}",
                MalformedRecord.code,
                f"invalid WARC record at byte {fail_from}: {first}",
            )
            nxt = _find(fh, marker, fail_from + 1)
            if nxt < 0:
                break
            pos = nxt
    if seen == 0 and number == 0:
        yield Rejection(source, NoContent.code, f"{source}: the WARC file holds no records")


__all__ = ["is_warc", "read_warc"]
