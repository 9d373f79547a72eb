"""Rule-based sentence segmentation with character offsets.

Fast and dependency-free: a boundary is terminal punctuation (. ! ? …), then
optional closing quotes/brackets, then whitespace, then something that can
start a sentence (an uppercase letter in any script, a digit, an opening quote
or a dash).  A full stop after a known abbreviation, an initial or a dotted
acronym is not a boundary.  Paragraph breaks (a newline) always are.
"""

from __future__ import annotations

import re

# Abbreviations that are followed by a full stop inside a sentence, lowercased
# and without the final dot.  Titles and ranks matter most in war reporting; a
# language before a name's other spelling ("рос. Улаклы", "укр. Торецьк") continues.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof rev sr jr st mt ft gen lt col maj capt cpt sgt cpl pvt adm brig
    cmdr cdr gov sen rep pres amb hon sec dept govt insp supt
    no nos nr vol vols art fig figs pp ch sec para approx est ca cf vs etc al
    inc ltd co corp bros dist reg ave blvd rd hwy km
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    г гг ул пос пгт обл р-н тыс млн млрд ген полк подп им ст с смт м вул див напр см тел
    нр др проф акад
    рос укр рус англ нем нім пол
    """.split()
)
# Abbreviations that never end a sentence even before a capitalised word.
_STRONG = frozenset(
    "mr mrs ms dr prof rev gen lt col maj capt cpt sgt cpl pvt adm brig cmdr cdr gov sen rep "
    "pres amb hon st mt ft no nos vs ген полк ул пос им".split()
)
# After a dotted acronym (U.S.), these words signal a new sentence.
_STARTERS = frozenset(
    "the a an but he she it they we in on at this that these those there however meanwhile "
    "according earlier later its his her their".split()
)

_BOUNDARY = re.compile(r"(?:[.!?…]+|\.\.\.)[\"'”’»)\]]*(?=\s+[\"'“‘«(\[—–-]?\s*[\w])", re.UNICODE)
# A wire dateline: an uppercase city, a date, and/or the agency between slashes.
_DATELINE = re.compile(
    r"(?:[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’ .-]{1,30},\s+[A-Za-zА-Яа-яіїє]+\.?\s+\d{1,2}\."
    r"(?:\s*/[A-ZА-Я-]+/\.)?"
    r"|/[A-ZА-ЯІЇЄҐ][\w-]{1,15}/\."
    r"|\(?\d{1,2}\.)$"  # a list number at the start of a paragraph
)
_WORD_BEFORE = re.compile(r"([\w.\-]+)$", re.UNICODE)
_WORD_REACH = 64


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``text[dot]`` belongs to an abbreviation."""
    # The word is short: look at the last stretch before the dot, and at the whole
    # text only when the run of word characters fills that stretch (the regex would
    # otherwise try every earlier position of the paragraph, once a full stop).
    low_bound = max(0, dot - _WORD_REACH)
    m = _WORD_BEFORE.search(text, low_bound, dot)
    if m is not None and m.start() == low_bound and low_bound > 0:
        m = _WORD_BEFORE.search(text, 0, dot)
    if not m:
        return False
    word = m.group(1)
    low = word.lower().rstrip(".")
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "J. Smith", "В. Ганчев"
    if "." in word.strip("."):
        return True  # dotted acronym or "e.g": the caller checks the next word
    return low in _ABBREVIATIONS


def _next_word(text: str, pos: int) -> str:
    m = re.compile(r"\s*[\"'“‘«(\[]?\s*([\w]+)", re.UNICODE).match(text, pos)
    return m.group(1) if m else ""


def _split_paragraph(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    sent_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct = text[m.start() : m.end()]
        nxt = _next_word(text, m.end())
        if not nxt:
            continue
        first = nxt[0]
        if first.isalpha() and not first.isupper():
            continue  # "...said Gen. smith" is rare; lowercase almost always continues
        if punct.startswith(".") and not punct.startswith("..."):
            if _is_abbreviation(text, m.start()):
                word = _WORD_BEFORE.search(text, 0, m.start())
                low = word.group(1).lower().rstrip(".") if word else ""
                dotted = word is not None and "." in word.group(1).strip(".")
                if dotted:
                    if nxt.lower() not in _STARTERS:
                        continue
                elif low in _STRONG or len(low) == 1 or first.isdigit():
                    continue
                elif low in _ABBREVIATIONS and nxt.lower() not in _STARTERS:
                    continue
        if _DATELINE.match(text, sent_start, m.end()):
            continue  # "KYIV, March 3." or "/TASS/." opens the first sentence, it is not one
        out.append((sent_start, m.end()))
        ws = m.end()
        while ws < end and text[ws].isspace():
            ws += 1
        sent_start = ws
    if sent_start < end:
        out.append((sent_start, end))


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Half-open ``(start, end)`` offsets of the sentences of ``text``.

    Offsets point into ``text`` itself; spans never include the surrounding
    whitespace and never cross a newline.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        s, e = pos, line_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            _split_paragraph(text, s, e, out)
        pos = line_end + 1
    return tuple(out)


__all__ = ["split_sentences"]
