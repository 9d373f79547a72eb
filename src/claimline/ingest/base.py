"""What readers hand to the document builder."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One article as a reader found it, before cleaning.

    A reader fills what its format knows; the builder does the rest (decoding
    has already happened: ``text``/``html`` are ``str``).
    """

    source: str  # file path, URL or "<stdin>", with ":N" for a line or record number
    source_format: str  # text, html, jsonl, feed, warc
    id: str | None = None  # the input's own id, or the file stem
    text: str | None = None  # plain text body (may still hold furniture and a header block)
    html: str | None = None  # an HTML page, to be extracted
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # as given by the input, parsed by the builder
    language: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
