"""Turn a :class:`RawRecord` into a :class:`Document`.

Order of work: HTML extraction or plain-text header parsing, furniture
cleaning, publication date (metadata > header > URL > none, never today),
language (the input's own, else detected), sentences, content hash.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from claimline.errors import EmptyInput, NoContent
from claimline.ingest.base import RawRecord
from claimline.ingest.clean import clean_text, normalise_ws
from claimline.ingest.dates import date_from_url, parse_published
from claimline.ingest.html import extract_html, html_fragment_to_text
from claimline.ingest.language import DEFAULT_LANGUAGES, detect_language, normalise_language
from claimline.ingest.segment import split_sentences
from claimline.ingest.textheader import parse_text_header
from claimline.model import DateBasis, Document, Precision, RemovedSpan


def content_hash(text: str) -> str:
    """sha256 hex digest of ``text`` with whitespace normalised (case kept)."""
    norm = "\n\n".join(normalise_ws(p) for p in text.split("\n\n") if p.strip())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def short_hash(value: str, length: int = 16) -> str:
    """A stable short id from ``value`` (used for feed and WARC entries without an id)."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:length]


def _first(*values: str | None) -> str | None:
    for v in values:
        if v is not None and str(v).strip():
            return " ".join(str(v).split())
    return None


def build_document(raw: RawRecord, *, languages: Sequence[str] = DEFAULT_LANGUAGES) -> Document:
    """Build the clean, dated, segmented document for ``raw``.

    Raises ``EmptyInput`` when the record has no text at all and ``NoContent``
    when nothing survives extraction and cleaning.  ``removed`` spans index the
    text after decoding and HTML extraction (the header block included, so a
    header is listed there with reason ``header``).
    """
    source = raw.source
    metadata = dict(raw.metadata)
    header_fields: dict[str, str] = {}
    html_published = html_title = html_outlet = html_url = html_lang = None
    removed: list[RemovedSpan] = []

    if raw.html is not None and raw.html.strip():
        if raw.source_format == "feed":
            source_text = html_fragment_to_text(raw.html)
            if not source_text:
                raise NoContent(f"{source}: the feed entry holds no text")
        else:
            ext = extract_html(raw.html, url=raw.url, source=source)
            source_text = ext.text
            html_title, html_outlet, html_url = ext.title, ext.outlet, ext.url
            html_published, html_lang = ext.published, ext.language
            if ext.author:
                metadata.setdefault("author", ext.author)
            metadata.setdefault("extraction", ext.method)
        body, body_start = source_text, 0
    elif raw.text is not None and raw.text.strip():
        source_text = raw.text
        header = parse_text_header(source_text)
        header_fields = dict(header.fields)
        for key, value in header.extra.items():
            metadata.setdefault(f"header:{key}", value)
        if "author" in header_fields:
            metadata.setdefault("author", header_fields["author"])
        if header.header_text:
            removed.append(RemovedSpan(0, len(header.header_text), header.header_text, "header"))
        body, body_start = header.body, header.body_start
    else:
        raise EmptyInput(f"{source}: the record has no text or html")

    title = _first(raw.title, header_fields.get("title"), html_title)
    # Extracted HTML and feed text has one paragraph per line: never join lines.
    cleaned = clean_text(body, title=title, join_wrapped=raw.html is None)
    for span in cleaned.removed:
        removed.append(
            RemovedSpan(span.start + body_start, span.end + body_start, span.text, span.reason)
        )
    text = cleaned.text
    if not text.strip():
        raise NoContent(f"{source}: no article text left after removing page furniture")

    url = _first(raw.url, header_fields.get("url"), html_url)
    published, precision, basis = _publication_date(
        raw, header_fields, html_published, url, languages
    )

    language = normalise_language(raw.language) or normalise_language(header_fields.get("language"))
    if language is None:
        language = detect_language(text, languages)
    if html_lang:
        metadata.setdefault("html_language", html_lang)
    if header_fields.get("title") and header_fields.get("title") != raw.title:
        metadata.setdefault("header_title", header_fields["title"])

    digest = content_hash(text)
    doc_id = raw.id or (short_hash(url) if url else digest[:16])
    return Document(
        id=doc_id,
        content_hash=digest,
        text=text,
        title=title,
        url=url,
        outlet=_first(raw.outlet, header_fields.get("outlet"), html_outlet),
        published=published,
        published_precision=precision,
        date_basis=basis,
        date_confidence=None if published is None else _CONFIDENCE[basis],
        language=language,
        source=source,
        source_format=raw.source_format,
        removed=tuple(sorted(removed, key=lambda s: (s.start, s.end))),
        sentences=split_sentences(text),
        metadata=metadata,
    )


_CONFIDENCE = {DateBasis.METADATA: 0.95, DateBasis.HEADER: 0.9, DateBasis.URL: 0.8}


def _publication_date(raw, header_fields, html_published, url, languages):  # type: ignore[no-untyped-def]
    """(date, precision, basis) from the strongest source available, or none."""
    from_url = date_from_url(url)
    for value, basis in (
        (raw.published, DateBasis.METADATA),
        (html_published, DateBasis.METADATA),
        (header_fields.get("published"), DateBasis.HEADER),
    ):
        parsed = parse_published(value, languages=languages) if value else None
        if parsed is not None:
            if value is html_published and from_url is not None and parsed[0] == from_url[0]:
                basis = DateBasis.URL  # trafilatura read it off the URL itself
            return parsed[0], parsed[1], basis
    parsed = from_url
    if parsed is not None:
        return parsed[0], parsed[1], DateBasis.URL
    return None, Precision.NONE, DateBasis.NONE


__all__ = ["build_document", "content_hash", "short_hash"]
