"""Main text and metadata of HTML pages (trafilatura), and HTML fragments to text.

trafilatura is tried first; when it finds nothing (truncated, garbled or very
short pages, feed-entry fragments) a plain lxml walk over the block elements is
used instead, so what is there is still read.  Only when neither yields text is
the page rejected with ``NoContent``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimline.errors import NoContent

_BLOCK_TAGS = frozenset(
    "p div section article header footer aside li ul ol h1 h2 h3 h4 h5 h6 blockquote "
    "pre table tr td th br figure figcaption dd dt dl main nav form".split()
)
_DROP_TAGS = frozenset("script style noscript template svg iframe head button select".split())


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # as the page gives it (ISO from trafilatura)
    url: str | None = None
    language: str | None = None
    author: str | None = None
    method: str = "trafilatura"  # or "fallback"


def _clean_ws(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


def html_fragment_to_text(html: str) -> str:
    """Text of an HTML fragment with one paragraph per block element ("\\n\\n" between).

    Never raises on broken markup; returns "" when there is no text.
    """
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _DROP_TAGS or not isinstance(el.tag, str):
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return _clean_ws("".join(parts))


def _fallback(html: str) -> HtmlExtract:
    text = html_fragment_to_text(html)
    title = None
    m = re.search(r"<title[^>]*>(.*?)(?:</title>|<)", html, re.I | re.S)
    if m:
        title = " ".join(m.group(1).split()) or None
    return HtmlExtract(text=text, title=title, method="fallback")


def extract_html(html: str, *, url: str | None = None, source: str = "<html>") -> HtmlExtract:
    """Extract the article text and metadata of a page.

    Paragraphs in ``text`` are separated by newlines.  Raises ``NoContent``
    when the page holds no readable text at all.
    """
    import trafilatura

    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=False,
            as_dict=True,
        )
    except Exception:  # noqa: BLE001 - trafilatura raises many types on broken markup
        doc = None
    fallback = _fallback(html)
    if not doc or not (doc.get("text") or "").strip():
        if not fallback.text:
            raise NoContent(f"{source}: the HTML page holds no readable text")
        return fallback
    text = _clean_ws(doc.get("text") or "")
    # trafilatura drops short pages' only paragraphs; prefer the fuller reading
    # when it found markedly less than the markup holds and the markup is tiny.
    if len(text) < 0.3 * len(fallback.text) and len(fallback.text) < 2000:
        text = fallback.text
    return HtmlExtract(
        text=text,
        title=(doc.get("title") or None) or fallback.title,
        outlet=doc.get("sitename") or None,
        published=doc.get("date") or None,
        url=doc.get("url") or url,
        language=doc.get("language") or None,
        author=doc.get("author") or None,
    )


__all__ = ["HtmlExtract", "extract_html", "html_fragment_to_text"]
