"""Find inputs (files, folders, globs, stdin) and read them into RawRecords.

Every problem becomes a :class:`Rejection` with the error's code and a reason;
the iteration always goes on to the next input, line, entry or record.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from claimline.errors import EmptyInput, InputError, MalformedRecord, NoContent, TooLarge
from claimline.ingest.base import RawRecord
from claimline.ingest.encoding import declared_charset, decode_bytes
from claimline.ingest.feeds import looks_like_feed, read_feed
from claimline.ingest.warc import is_warc, read_warc
from claimline.model import Rejection

DEFAULT_MAX_BYTES = 20_000_000
TEXT_EXTENSIONS = (".txt", ".text", ".md")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
JSONL_EXTENSIONS = (".jsonl", ".ndjson", ".json")
FEED_EXTENSIONS = (".xml", ".rss", ".atom")
WARC_EXTENSIONS = (".warc", ".warc.gz", ".arc.gz")

# JSON field names as datasets spell them -> RawRecord field.
_JSON_FIELDS: dict[str, str] = {
    "id": "id",
    "doc_id": "id",
    "article_id": "id",
    "url": "url",
    "link": "url",
    "source_url": "url",
    "outlet": "outlet",
    "source": "outlet",
    "site": "outlet",
    "publisher": "outlet",
    "site_name": "outlet",
    "published": "published",
    "date": "published",
    "published_at": "published",
    "publish_date": "published",
    "pubdate": "published",
    "date_publish": "published",
    "title": "title",
    "headline": "title",
    "text": "text",
    "content": "text",
    "body": "text",
    "maintext": "text",
    "html": "html",
    "raw_html": "html",
    "language": "language",
    "lang": "language",
}


def _rejection(source: str, exc: InputError) -> Rejection:
    msg = str(exc)
    prefix = f"[{exc.code}] "
    return Rejection(
        source=source, code=exc.code, reason=msg[len(prefix) :] if msg.startswith(prefix) else msg
    )


def expand_inputs(inputs: Iterable[str]) -> Iterator[str | Rejection]:
    """Paths to read, in a stable order: folders recursively (sorted, hidden entries
    skipped), globs expanded and sorted, "-" kept for stdin; a missing path is a Rejection."""
    for item in inputs:
        if item == "-":
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and not _is_project_file(name):
                        yield str(Path(root) / name)
        elif path.exists():
            yield str(path)
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            files = [m for m in matches if Path(m).is_file() and not Path(m).name.startswith(".")]
            dirs_ = [m for m in matches if Path(m).is_dir()]
            if not files and not dirs_:
                yield Rejection(item, NoContent.code, f"{item}: the pattern matches no file")
            yield from files
            for d in dirs_:
                yield from expand_inputs([d])
        else:
            yield Rejection(item, "E100", f"{item}: no such file or folder")


#: Files a folder walk leaves out: a corpus folder's own documentation is not an
#: article.  Named explicitly on the command line, such a file is still read.
_PROJECT_FILES = frozenset(
    {"readme", "license", "licence", "changelog", "contributing", "notice", "copying", "authors"}
)


def _is_project_file(name: str) -> bool:
    return name.split(".", 1)[0].casefold() in _PROJECT_FILES


def _read_bytes(path: str, max_bytes: int, stdin: BinaryIO | None) -> bytes:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLarge(f"<stdin>: more than {max_bytes} bytes", hint="raise --max-bytes")
        return data
    size = os.path.getsize(path)
    if size > max_bytes:
        raise TooLarge(
            f"{path}: {size} bytes, more than the limit of {max_bytes}", hint="raise --max-bytes"
        )
    with open(path, "rb") as fh:
        return fh.read()


def _maybe_stream_warc(
    path: str, kind: str | None, max_bytes: int
) -> Generator[RawRecord | Rejection, None, bool]:
    """Stream ``path`` as a WARC file if it is one (any size: the limit is per page).

    Returns whether the path was handled here; a ``.warc`` name on a file that
    is not a WARC file is reported as malformed.
    """
    try:
        with open(path, "rb") as fh:
            if not is_warc(fh.read(4096)):
                if kind != "warc":
                    return False
                fh.seek(0)
                empty = not fh.read(1)
                code = EmptyInput.code if empty else MalformedRecord.code
                why = "empty input" if empty else "not a WARC file (no WARC/ record header)"
                yield Rejection(path, code, f"{path}: {why}")
                return True
            yield from read_warc(fh, source=path, max_record_bytes=max_bytes)
    except OSError as exc:
        yield Rejection(path, "E100", f"{path}: cannot read: {exc.strerror or exc}")
    return True


def _kind_by_extension(path: str) -> str | None:
    low = path.lower()
    for exts, kind in (
        (WARC_EXTENSIONS, "warc"),
        (JSONL_EXTENSIONS, "jsonl"),
        (HTML_EXTENSIONS, "html"),
        (FEED_EXTENSIONS, "feed"),
        (TEXT_EXTENSIONS, "text"),
    ):
        if low.endswith(exts):
            return kind
    return None


def _sniff_text_kind(text: str) -> str:
    head = text.lstrip()[:2048].lower()
    if looks_like_feed(head):
        return "feed"
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "<" == head[:1]):
        return "html"
    if head.startswith("{"):
        first = head.split("\n", 1)[0]
        try:
            json.loads(text.lstrip().split("\n", 1)[0])
            return "jsonl"
        except ValueError:
            if first.rstrip().endswith("}"):
                return "jsonl"
    return "text"


def document_stem(path: str) -> str:
    """The id a file's single article gets: its name without extension(s)."""
    name = Path(path).name
    for ext in (".warc.gz", ".arc.gz"):
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return Path(name).stem


def iter_records(
    inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[RawRecord | Rejection]:
    """Read every input; yield one RawRecord per article and one Rejection per failure.

    Never raises for a bad input.  The format comes from the extension, else
    from sniffing the content (WARC, feed, HTML, JSON Lines, plain text).
    """
    for item in expand_inputs(inputs):
        if isinstance(item, Rejection):
            yield item
            continue
        source = "<stdin>" if item == "-" else item
        kind = None if item == "-" else _kind_by_extension(item)
        if item != "-" and kind in (None, "warc"):
            streamed = yield from _maybe_stream_warc(item, kind, max_bytes)
            if streamed:
                continue
        try:
            data = _read_bytes(item, max_bytes, stdin)
        except InputError as exc:
            yield _rejection(source, exc)
            continue
        except OSError as exc:
            yield Rejection(source, "E100", f"{source}: cannot read: {exc.strerror or exc}")
            continue
        if kind is None and is_warc(data):  # stdin
            yield from read_warc(data, source=source, max_record_bytes=max_bytes)
            continue
        try:
            text = decode_bytes(data, source=source, declared=declared_charset(data))
        except InputError as exc:
            yield _rejection(source, exc)
            continue
        if kind is None:
            kind = _sniff_text_kind(text)
        stem = "stdin" if item == "-" else document_stem(item)
        if kind == "jsonl":
            yield from read_jsonl(text, source=source, stem=stem)
        elif kind == "feed":
            yield from read_feed(data, source=source)
        elif kind == "html":
            yield RawRecord(
                source=source, source_format="html", id=stem if item != "-" else None, html=text
            )
        else:
            yield RawRecord(
                source=source, source_format="text", id=stem if item != "-" else None, text=text
            )


def _epoch_to_iso(value: float) -> str:
    """A Unix timestamp (seconds or milliseconds) as an ISO UTC datetime."""
    from datetime import UTC, datetime

    seconds = value / 1000 if value > 1e11 else value
    return datetime.fromtimestamp(seconds, tz=UTC).isoformat()


def _record_from_json(obj: dict[str, Any], *, source: str, fallback_id: str) -> RawRecord:
    values: dict[str, Any] = {}
    metadata: dict[str, Any] = {}
    for key, value in obj.items():
        target = _JSON_FIELDS.get(key.lower()) if isinstance(key, str) else None
        if target is None or target in values:
            metadata[key] = value
            continue
        if value is not None and not isinstance(value, str):
            if target == "id" and isinstance(value, int):
                value = str(value)
            elif target == "published" and isinstance(value, (int, float)) and value > 0:
                value = _epoch_to_iso(value)
            elif target == "outlet" and isinstance(value, dict):
                value = value.get("name") or value.get("title")
            else:
                metadata[key] = value
                continue
        values[target] = value
    if not (values.get("text") or "").strip() and not (values.get("html") or "").strip():
        raise _NoArticleText(f"{source}: the record has no 'text' or 'html' field with content")
    if not values.get("id"):
        from claimline.ingest.build import short_hash

        values["id"] = short_hash(values["url"]) if values.get("url") else fallback_id
    return RawRecord(source=source, source_format="jsonl", metadata=metadata, **values)


def read_jsonl(text: str, *, source: str, stem: str) -> Iterator[RawRecord | Rejection]:
    """One article per line; a JSON array file is read as a list of articles.

    A broken line is one Rejection naming its line number; the rest go on.  A
    file none of whose records holds article text (an annotation or metadata
    file) is one Rejection for the whole file rather than one per line.
    """
    held: list[Rejection] = []
    any_article = False
    for item in _read_jsonl_lines(text, source=source, stem=stem):
        if isinstance(item, _TextlessLine):
            if any_article:
                yield item.rejection
            else:
                held.append(item.rejection)
            continue
        if isinstance(item, RawRecord) and not any_article:
            any_article = True
            yield from held
            held.clear()
        yield item
    if held:
        yield Rejection(
            source,
            NoContent.code,
            f"{source}: none of its {len(held)} records has a 'text' or 'html' field: "
            "not a file of articles",
        )


class _NoArticleText(MalformedRecord):
    """A JSON record that parses but carries no article text."""


@dataclass(frozen=True)
class _TextlessLine:
    rejection: Rejection


def _read_jsonl_lines(text: str, *, source: str, stem: str) -> Iterator[RawRecord | Rejection]:
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except ValueError as exc:
            yield Rejection(source, MalformedRecord.code, f"{source}: invalid JSON array: {exc}")
            return
        lines: Iterable[tuple[int, Any]] = enumerate(items, 1)
        parsed = True
    else:
        lines = enumerate(text.split("\n"), 1)
        parsed = False
    for lineno, line in lines:
        where = f"{source}:{lineno}"
        if not parsed:
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield Rejection(where, MalformedRecord.code, f"line {lineno}: invalid JSON ({exc})")
                continue
        else:
            obj = line
        if not isinstance(obj, dict):
            yield Rejection(where, MalformedRecord.code, f"line {lineno}: not a JSON object")
            continue
        try:
            yield _record_from_json(obj, source=where, fallback_id=f"{stem}-{lineno}")
        except _NoArticleText as exc:
            yield _TextlessLine(_rejection(where, exc))
        except InputError as exc:
            yield _rejection(where, exc)


__all__ = ["DEFAULT_MAX_BYTES", "document_stem", "expand_inputs", "iter_records", "read_jsonl"]
