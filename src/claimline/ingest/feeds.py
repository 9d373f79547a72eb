"""RSS and Atom feeds: one RawRecord per entry (feedparser)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from claimline.errors import MalformedRecord, NoContent
from claimline.ingest.base import RawRecord
from claimline.model import Rejection

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)\b", re.I)


def looks_like_feed(head: str) -> bool:
    """Whether the start of a document is an RSS, Atom or RDF feed."""
    return bool(_FEED_ROOT.search(head[:2048])) and "<html" not in head[:512].lower()


def _entry_body(entry: Any) -> tuple[str | None, str | None]:
    """(html, text) of an entry: the fullest content, else the summary."""
    best = None
    for content in entry.get("content") or ():
        value = content.get("value") or ""
        if best is None or len(value) > len(best.get("value") or ""):
            best = content
    if best is None and entry.get("summary"):
        best = {
            "value": entry.get("summary"),
            "type": (entry.get("summary_detail") or {}).get("type", "text/html"),
        }
    if best is None:
        return None, None
    value = best.get("value") or ""
    if "html" in (best.get("type") or "text/html"):
        return value, None
    return None, value


def read_feed(data: bytes, *, source: str) -> Iterator[RawRecord | Rejection]:
    """Entries of the feed in ``data``; the feed title becomes each entry's outlet.

    A feed that does not parse at all is one Rejection; an entry without any
    text is one Rejection, the other entries go on.
    """
    import feedparser

    from claimline.ingest.build import short_hash

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        why = parsed.get("bozo_exception")
        reason = f"{source}: not a readable RSS/Atom feed" + (
            f" ({why})" if why else " (no entries)"
        )
        yield Rejection(source, MalformedRecord.code, reason)
        return
    feed = parsed.get("feed") or {}
    outlet = feed.get("title") or None
    language = feed.get("language") or None
    for i, entry in enumerate(entries, 1):
        where = f"{source}:{i}"
        html, text = _entry_body(entry)
        if not (html or text or "").strip():
            yield Rejection(where, NoContent.code, f"feed entry {i}: no content or summary")
            continue
        link = entry.get("link") or None
        key = link or entry.get("id") or f"{source}#{i}"
        metadata: dict[str, Any] = {"feed_entry": i}
        if entry.get("id"):
            metadata["entry_id"] = entry.get("id")
        if entry.get("author"):
            metadata["author"] = entry.get("author")
        if feed.get("link"):
            metadata["feed_link"] = feed.get("link")
        tags = [t.get("term") for t in entry.get("tags") or () if t.get("term")]
        if tags:
            metadata["tags"] = tags
        yield RawRecord(
            source=where,
            source_format="feed",
            id=short_hash(key),
            html=html,
            text=text,
            title=entry.get("title") or None,
            url=link,
            outlet=outlet,
            published=entry.get("published") or entry.get("updated") or None,
            language=language,
            metadata=metadata,
        )


__all__ = ["looks_like_feed", "read_feed"]
