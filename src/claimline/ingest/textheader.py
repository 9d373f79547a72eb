"""The optional header of a plain-text article: ``Key: value`` lines, or a headline.

A header block is a run of ``Key: value`` lines at the very top (at least one
with a known key) that ends at a blank line or at the end of the file.  Without
one, a short first line with no final full stop that is followed by a blank line
(or by a list/another paragraph in a single-newline text) is taken as the title;
it stays in the body, because the headline is part of what the outlet said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Known keys, lowercased, mapped to the RawRecord field they fill.  English plus
# the Russian and Ukrainian words that news exports and scrapers commonly use.
HEADER_KEYS: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "заголовок": "title",
    "назва": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "издание": "outlet",
    "источник": "outlet",
    "сми": "outlet",
    "видання": "outlet",
    "джерело": "outlet",
    "url": "url",
    "link": "url",
    "ссылка": "url",
    "посилання": "url",
    "published": "published",
    "date": "published",
    "pubdate": "published",
    "publication date": "published",
    "published at": "published",
    "дата": "published",
    "опубликовано": "published",
    "опубліковано": "published",
    "дата публикации": "published",
    "дата публікації": "published",
    "language": "language",
    "lang": "language",
    "язык": "language",
    "мова": "language",
    "author": "author",
    "by": "author",
    "byline": "author",
    "автор": "author",
}

_KEY_LINE = re.compile(r"^\s*([^\W\d_][\w \-]{0,30}?)\s*:\s*(.*?)\s*$", re.UNICODE)
_TERMINAL = re.compile(r"[.;:,]\s*$")
_MAX_HEADLINE_CHARS = 200


@dataclass(frozen=True, slots=True)
class TextHeader:
    """What the top of a plain-text file says about the article.

    ``body`` is ``text[body_start:]``: the header block is cut off, nothing else
    is changed, so offsets into ``body`` shift by ``body_start`` into ``text``.
    """

    fields: dict[str, str] = field(
        default_factory=dict
    )  # title, outlet, url, published, language, author
    extra: dict[str, str] = field(default_factory=dict)  # unknown keys inside a header block
    body: str = ""
    body_start: int = 0
    header_text: str = ""  # the header block as written, "" if none
    title_from_headline: bool = False


def _header_block(text: str) -> tuple[dict[str, str], dict[str, str], int] | None:
    pos = len(text) - len(text.lstrip("\n"))
    fields: dict[str, str] = {}
    extra: dict[str, str] = {}
    known = 0
    end = pos
    while end < len(text):
        nl = text.find("\n", end)
        line_end = len(text) if nl < 0 else nl
        line = text[end:line_end]
        if not line.strip():
            break
        m = _KEY_LINE.match(line)
        if not m or not m.group(2):
            return None
        key = " ".join(m.group(1).lower().split())
        target = HEADER_KEYS.get(key)
        if target is not None:
            known += 1
            fields.setdefault(target, m.group(2))
        elif len(key.split()) <= 3 and m.group(1)[:1].isupper():
            extra[m.group(1).strip()] = m.group(2)
        else:
            return None
        end = line_end if nl < 0 else nl + 1
    if known == 0 or end == pos:
        return None
    # A block of one unknown-heavy line is more likely a promo line ("UPDATE: ...").
    if known < len(extra):
        return None
    return fields, extra, end


def _headline(body: str) -> str | None:
    stripped = body.lstrip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not first or len(first) > _MAX_HEADLINE_CHARS or len(first.split()) < 3:
        return None
    if _TERMINAL.search(first) or first.endswith("."):
        return None
    if not sep:
        return None
    nxt = rest.lstrip(" \t")
    if nxt.startswith("\n"):
        return first
    # Single-newline texts: accept when the next line is a list item or the
    # first line is clearly shorter than a paragraph.
    if re.match(r"^[-*•–]\s", nxt) or len(first.split()) <= 16:
        return first
    return None


def parse_text_header(text: str) -> TextHeader:
    """Split ``text`` into header fields and body.

    Field values are returned as written; dates are parsed later.  The
    ``title`` field comes from a ``Title:`` line, else from a headline line.
    """
    block = _header_block(text)
    if block is not None:
        fields, extra, end = block
        # Skip the blank line(s) that close the block.
        body_start = end
        while body_start < len(text) and text[body_start] in "\n \t":
            body_start += 1
        header = TextHeader(
            fields=fields,
            extra=extra,
            body=text[body_start:],
            body_start=body_start,
            header_text=text[:end].rstrip("\n"),
        )
    else:
        header = TextHeader(body=text, body_start=0)
    if "title" not in header.fields:
        headline = _headline(header.body)
        if headline is not None:
            fields = dict(header.fields)
            fields["title"] = headline
            header = TextHeader(
                fields=fields,
                extra=header.extra,
                body=header.body,
                body_start=header.body_start,
                header_text=header.header_text,
                title_from_headline=True,
            )
    return header


__all__ = ["HEADER_KEYS", "TextHeader", "parse_text_header"]
