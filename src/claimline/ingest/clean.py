"""Remove page furniture from article text, keeping a record of every cut.

The cleaner works on *units*: paragraphs (blocks between blank lines) or, where
a block is a list of separate lines rather than one hard-wrapped paragraph,
single lines.  Each unit is judged by its shape — length, share of uppercase
letters, sentence punctuation, a leading label such as "SEE ALSO:" — and by a
small multilingual lexicon of furniture cue words (cues.py).  Blocks introduced
by a "related articles" heading are dropped together with the teasers that
follow.  Nothing here knows any particular article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from claimline.ingest import cues
from claimline.model import RemovedSpan


@dataclass(frozen=True, slots=True)
class CleanResult:
    """Clean text (paragraphs joined by a blank line) and what was dropped.

    ``removed`` offsets index the text given to :func:`clean_text`.
    """

    text: str
    removed: tuple[RemovedSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class Unit:
    start: int  # offsets into the input text
    end: int
    text: str  # whitespace-normalised

    @property
    def words(self) -> list[str]:
        return self.text.split()


_TERMINAL = re.compile(r"[.!?…](?:[\"'”’»)\]]*)\s*$")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)[\"'”’»)\]]*\s*$")
_WRAP_MIN, _WRAP_MAX = 30, 110  # line lengths typical of hard-wrapped plain text


def normalise_ws(text: str) -> str:
    """Collapse runs of whitespace (including NBSP and zero-width spaces) to one space."""
    text = text.replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())


def _looks_wrapped(lines: list[tuple[int, int, str]]) -> bool:
    """Whether the lines of a block are one hard-wrapped paragraph, not separate items."""
    if len(lines) < 2:
        return False
    body = lines[:-1]
    for _, _, line in body:
        s = line.strip()
        if not (_WRAP_MIN <= len(s) <= _WRAP_MAX) or _TERMINAL.search(s) and len(s) < 60:
            return False
        if s.endswith(":"):
            return False
    # Wrapped prose rarely ends a line with sentence punctuation on most lines,
    # and most wrapped lines go on mid-sentence, in lowercase; a list of
    # headlines starts every line with a capital.
    ended = sum(1 for _, _, line in body if _TERMINAL.search(line.strip()))
    nexts = [line.strip()[:1] for _, _, line in lines[1:]]
    goes_on = sum(1 for c in nexts if c.islower() or c.isdigit() or c in "(«“\"'-–—")
    return ended <= len(body) // 2 and goes_on * 2 >= len(nexts)


def split_units(text: str, *, join_wrapped: bool = True) -> list[Unit]:
    """Cut ``text`` into units with offsets (see the module docstring).

    With ``join_wrapped=False`` every non-blank line is its own unit (for text
    that comes from HTML extraction, where a line is already a paragraph).
    """
    units: list[Unit] = []
    block: list[tuple[int, int, str]] = []

    def flush() -> None:
        if not block:
            return
        if join_wrapped and _looks_wrapped(block):
            start, end = block[0][0], block[-1][1]
            units.append(Unit(start, end, normalise_ws(" ".join(b[2] for b in block))))
        else:
            for s, e, line in block:
                units.append(Unit(s, e, normalise_ws(line)))
        block.clear()

    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            # Trim the unit's offsets to its visible text.
            s = pos + (len(line) - len(line.lstrip()))
            e = end - (len(line) - len(line.rstrip()))
            block.append((s, e, line))
        else:
            flush()
        pos = end + 1
    flush()
    return [u for u in units if u.text]


# ---------------------------------------------------------------- features


def letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def upper_ratio(text: str) -> float:
    """Share of cased letters that are uppercase (0 when there are none)."""
    cased = [c for c in text if c.isalpha() and (c.isupper() or c.islower())]
    if not cased:
        return 0.0
    return sum(1 for c in cased if c.isupper()) / len(cased)


def has_terminal(text: str) -> bool:
    return bool(_TERMINAL.search(text))


def is_headline_like(text: str) -> bool:
    """Short, capitalised, and not ending like a sentence."""
    words = text.split()
    return (
        2 <= len(words) <= 22
        and not text.rstrip().endswith((".", ",", ";", ":"))
        and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘«'")
    )


def is_teaser_summary(text: str) -> bool:
    """A one-paragraph teaser: cut off with an ellipsis, or one short sentence."""
    return bool(_ELLIPSIS_END.search(text)) and len(text.split()) <= 60


def _is_quote_paragraph(text: str) -> bool:
    return text[:1] in "\"“‘«'„" or text.rstrip()[-1:] in "\"”’»'"


# ---------------------------------------------------------------- rules


def classify(unit: Unit) -> str | None:
    """The furniture reason code of a single unit, or ``None`` for article text."""
    text = unit.text
    low = text.lower()
    words = unit.words
    n = len(words)
    label, rest = cues.split_label(text)

    if label is not None:
        kind = cues.label_kind(label)
        if kind == "related" and len(rest.split()) <= 40:
            return "related_link"
        if kind == "promo" and (upper_ratio(rest) >= 0.6 or not rest or not has_terminal(rest)):
            if len(rest.split()) <= 40:
                return "promo_caps"
        if kind == "source" and len(rest.split()) <= 40:
            return "source_line"
        if kind == "caption" and n <= 50:
            return "caption"
        if kind == "byline" and n <= 12:
            return "byline"
    if cues.is_cookie_notice(low) and n <= 80:
        return "cookie_notice"
    if n <= 30 and cues.is_app_prompt(text):
        return "app_prompt"
    if n <= 12 and cues.is_share_widget(text):
        return "share_widget"
    if n <= 45 and cues.is_credit(text):
        return "caption"
    if n <= 25 and cues.is_comment_widget(text):
        return "share_widget"
    if n <= 25 and cues.is_copyright(text):
        return "copyright"
    if n <= 15 and cues.is_ticker(text):
        return "ticker"
    if n <= 12 and cues.is_byline(text):
        return "byline"
    if n <= 6 and cues.is_navigation(low):
        return "navigation"
    if n <= 12 and cues.is_timestamp(text):
        return "timestamp"
    if len(text) <= 40 and len(letters(text)) < 0.4 * len(text.replace(" ", "")):
        return "symbol_noise"
    # Shouting lines are headlines and promos, never long paragraphs.
    if (
        4 <= n <= 40
        and upper_ratio(text) >= 0.75
        and len(letters(text)) >= 15
        and not _is_quote_paragraph(text)
    ):
        return "promo_caps"
    return None


def _related_heading(unit: Unit) -> bool:
    return len(unit.words) <= 8 and cues.is_related_heading(unit.text)


def _teaser_run(units: list[Unit], i: int, *, strict: bool = False) -> int:
    """Index just past the teasers that follow a related heading at ``i - 1``.

    A quoted paragraph ends the run (a short quote is article text, not a link).
    ``strict`` (used before the article has started, where the title and lead
    sit) takes only furniture and headline + "…"-summary pairs.
    """
    j = i
    while j < len(units):
        t = units[j].text
        if classify(units[j]) is not None:
            j += 1
            continue
        if _is_quote_paragraph(t):
            break
        if strict:
            if j + 1 < len(units) and is_headline_like(t) and is_teaser_summary(units[j + 1].text):
                j += 2
                continue
            break
        if is_teaser_summary(t) or is_headline_like(t):
            j += 1
            continue
        if len(t.split()) <= 35 and j > i and is_headline_like(units[j - 1].text):
            j += 1  # a one-line summary under a teaser headline
            continue
        break
    return j


def _teaser_pairs(units: list[Unit], i: int) -> int:
    """Number of units in a headline + "…"-summary run starting at ``i`` (0 if < 2 pairs)."""
    j, pairs = i, 0
    while (
        j + 1 < len(units)
        and is_headline_like(units[j].text)
        and is_teaser_summary(units[j + 1].text)
    ):
        j += 2
        pairs += 1
    return j - i if pairs >= 2 else 0


def clean_text(text: str, *, title: str | None = None, join_wrapped: bool = True) -> CleanResult:
    """Drop page furniture from ``text``; keep every article paragraph.

    The clean text has one paragraph per unit, separated by ``"\\n\\n"``, with
    whitespace normalised.  A paragraph that repeats the one before it (a title
    printed twice, a caption repeated) is dropped as ``duplicate``.
    """
    text = unicodedata.normalize("NFC", text)
    units = split_units(text, join_wrapped=join_wrapped)
    removed: list[RemovedSpan] = []
    kept: list[str] = []
    seen: set[str] = set()
    title_key = normalise_ws(title).casefold() if title else None
    i = 0
    while i < len(units):
        unit = units[i]
        if _related_heading(unit):
            # Until a real paragraph has been kept, the title and lead may follow.
            started = any(len(k.split()) >= 20 for k in kept)
            j = _teaser_run(units, i + 1, strict=not started)
            removed.append(_span(text, units, i, j, "related_block"))
            i = j
            continue
        run = _teaser_pairs(units, i)
        if run:
            removed.append(_span(text, units, i, i + run, "teaser_block"))
            i += run
            continue
        reason = classify(unit)
        key = unit.text.casefold()
        if reason is None and key in seen and (len(unit.words) >= 4 or key == title_key):
            reason = "duplicate"
        # A bare name is a byline or picture label, except in the headline slot.
        if reason is None and kept and key != title_key and cues.is_name_only(unit.text):
            reason = "byline"
        if reason is not None:
            removed.append(RemovedSpan(unit.start, unit.end, text[unit.start : unit.end], reason))
        else:
            kept.append(unit.text)
            seen.add(key)
        i += 1
    return CleanResult("\n\n".join(kept), tuple(removed))


def _span(text: str, units: list[Unit], i: int, j: int, reason: str) -> RemovedSpan:
    start, end = units[i].start, units[j - 1].end
    return RemovedSpan(start, end, text[start:end], reason)


__all__ = ["CleanResult", "classify", "clean_text", "normalise_ws", "split_units", "upper_ratio"]
