"""Settlements the gazetteer lacks, found by a strong cue (for :mod:`claimline.nlp.places`).

"the village of X", "X, a village ...", "в селе X", "у селі X": a capitalised
name in that slot is a settlement even when no gazetteer entry is called so
(a hamlet below GeoNames' threshold, a spelling no alias rule reaches).  Such
a mention keeps the name as written as its canonical form and no ``place_id``,
so the claims about it are not lost and nothing pretends to know where it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimline.model import PlaceKind, PlaceMention
from claimline.nlp._place_scan import _sentence_initial
from claimline.nlp.aliases import normalize, strip_possessive
from claimline.nlp.common_words import COMMON_WORDS

_LAT_NAME = r"[A-Z][a-z]+(?:[’'-][A-Za-z][a-z]+)?"
_CYR_NAME = r"[А-ЯЁІЇЄҐ][а-яёіїєґ’'ʼ]+(?:-[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ’'ʼ]+)?"
#: "the village of X", "the town of X Y": the name right after the cue.
_BEFORE_LATIN = re.compile(
    rf"\bthe\s+(?:(?:small|frontline|front-line|border|nearby|neighbouring|neighboring)\s+)?"
    rf"(?:village|town|settlement|hamlet)\s+of\s+({_LAT_NAME}(?:[ -]{_LAT_NAME}){{0,2}})"
    rf"(?![ -]?[A-Z\d])"
)
#: "X, a village ...": the name before the cue.
_AFTER_LATIN = re.compile(
    rf"(?<![A-Za-z’'-])({_LAT_NAME}(?: {_LAT_NAME}){{0,2}}),\s+a\s+"
    rf"(?:(?:small|frontline|front-line|border|nearby)\s+)?(?:village|town|settlement|hamlet)\b"
)
#: "в селе X", "у селі X", "в посёлке X": Russian and Ukrainian keep the name in
#: the nominative after the noun, so the word as written is the name.
_BEFORE_CYR = re.compile(
    rf"(?<!\w)(?i:в|у|во|на|под|біля|возле|около|из|із|з)\s+"
    rf"(?i:селе|селі|селищі|посёлке|поселке|деревне|хуторе|села|селища|посёлка|поселка)\s+"
    rf"({_CYR_NAME})(?![\w-]|\s+[А-ЯЁІЇЄҐ])"
)
#: Words that follow such cues as something other than a name.
_NOT_NAMES = frozenset(
    "the a an its his her their our this that which where when while after before "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)


def _ok(name: str) -> bool:
    key = normalize(name)
    first = key.split(" ")[0]
    return len(key) >= 3 and first not in _NOT_NAMES and key not in COMMON_WORDS


def unlinked_settlements(
    text: str,
    taken: Sequence[tuple[int, int]],
    exclude: Sequence[tuple[int, int]] = (),
) -> list[PlaceMention]:
    """Cued settlement names in ``text`` that overlap no span in ``taken``
    (the linked mentions) or ``exclude``."""
    blocked = [*taken, *exclude]
    out: list[PlaceMention] = []
    for rx in (_BEFORE_LATIN, _AFTER_LATIN, _BEFORE_CYR):
        for m in rx.finditer(text):
            start, end = m.span(1)
            name = m.group(1)
            if rx is not _BEFORE_CYR:
                base = strip_possessive(name)
                if base:
                    name, end = base, start + len(base)
            if not _ok(name) or any(s < end and start < e for s, e in blocked):
                continue
            if rx is _AFTER_LATIN and " " not in name and _sentence_initial(text, start):
                continue  # a sentence-initial single word may be any capitalised word
            blocked.append((start, end))
            out.append(
                PlaceMention(
                    text=name,
                    start=start,
                    end=end,
                    place_id=None,
                    canonical=name,
                    kind=PlaceKind.SETTLEMENT,
                    score=0.5,
                    why="unlinked: a settlement cue names it, the gazetteer has no entry",
                )
            )
    return out
