"""Cheap filters the English claim finder applies to places and claim nouns.

- :func:`is_landmark`: a place that only locates another noun ("a town 17 km
  south-east of X", "Verbove, east of X") is no claim place;
- :data:`NOT_PLACE_HEADS`: a settlement name qualifying a clock, a region, a
  sector or a geographic feature ("Kyiv time", "the X reservoir");
- :func:`nominal_under`: a claim noun that is the object of a verb of a given
  set ("denied the capture of X", "has not confirmed the loss of X");
- :data:`APPOSITIVE_DISTANCE_RX`: a distance that describes a town in an
  apposition ("X, a town 5 km from the border") rather than an advance.

All work on the text or one token's head chain: no per-token loops.
"""

from __future__ import annotations

import re
from typing import Any

# Verbs whose negation over a claim noun is silence, not a claim ("did not confirm the loss").
ADMIT_LEMMAS = frozenset(
    {
        "confirm",
        "acknowledge",
        "admit",
        "claim",
        "announce",
        "report",
        "verify",
        "recognise",
        "recognize",
        "comment",
    }
)


def nominal_under(tok: Any, lemmas: frozenset[str], *, negated: bool = False) -> Any:
    """The verb of ``lemmas`` whose object is the claim noun ``tok`` ("denied the
    capture of X"); with ``negated``, only a verb under a negation."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    head = tok.head
    if head.lemma_.lower() not in lemmas or head.pos_ not in ("VERB", "AUX"):
        return None
    if negated and not any(c.dep_ == "neg" for c in head.children):
        return None
    return head


NOT_PLACE_HEADS = frozenset(
    {
        "time",
        "oblast",
        "region",
        "direction",
        "reservoir",
        "river",
        "highway",
        "road",
        "railway",
        "dam",
        "canal",
        "bridge",
        "axis",
    }
)
# "…, a town 17 km south-east of X", "Verbove, east of X": X only locates the noun before it.
_LANDMARK_RX = re.compile(
    r"(?P<pre>\S+)\s+(?:(?:about|some|roughly|around|nearly|almost|just|only)\s+)?"
    r"(?:(?:\d+(?:[.,]\d+)?|a\s+few|several)\s*(?:km|kilomet(?:re|er)s?|miles?)\s+)?(?:to\s+the\s+)?"
    r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:ern)?\s+of\s+"
    r"(?:the\s+\w+\s+of\s+|(?:occupied|embattled|besieged|[\w]+-(?:held|controlled))\s+)?$",
    re.IGNORECASE,
)
_LANDMARK_DISTANCE_RX = re.compile(
    r"(?P<pre>\S+)\s+(?:(?:about|some|roughly|around|nearly|almost)\s+)?"
    r"\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:from|of)\s+$",
    re.IGNORECASE,
)
APPOSITIVE_DISTANCE_RX = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|settlement|hub)\s+"
    r"(?:(?:of\s+)?[^,]{0,40}?\s+)?(?:(?:about|some|roughly|around|just|only)\s+)?$",
    re.IGNORECASE,
)
_LANDMARK_NOUN_RX = re.compile(
    r"(?:town|city|village|settlement|hub|residents|people|inhabitants|population|community)$",
    re.IGNORECASE,
)


def is_landmark(t: Any) -> bool:
    """A place that only locates another noun: "a town 17 km south-east of X",
    "Verbove, east of X", "a village 5 km from X".  A verb's own distance phrase
    ("advanced to within 5 km of X", "are now 3 km east of X") is kept."""
    before = t.doc.text[max(0, t.idx - 90) : t.idx]
    m = _LANDMARK_RX.search(before) or _LANDMARK_DISTANCE_RX.search(before)
    if m is None:
        return False
    pre = m.group("pre")
    # "X, now in ruins and just 5 km west of Y": the description goes on after "and"
    return (
        pre.endswith(",") or pre.lower() == "and" or bool(_LANDMARK_NOUN_RX.search(pre.rstrip(",")))
    )


__all__ = [
    "ADMIT_LEMMAS",
    "APPOSITIVE_DISTANCE_RX",
    "NOT_PLACE_HEADS",
    "is_landmark",
    "nominal_under",
]
