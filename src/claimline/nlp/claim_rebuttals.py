"""Which earlier claims a rebuttal sentence rejects.

A sentence such as "Kyiv dismissed the claims." or «Киев опроверг эти
сообщения.» has no claim of its own; it negates what an earlier sentence
said.  :func:`rebuttal_targets` links each such sentence to the claims it is
about:

- a rebuttal that names a place ("rejected the report about X") rejects the
  latest earlier sentence (within a few sentences) holding a claim about that
  place, and only the claims about the places it names;
- a rebuttal that names none ("these reports", "the claim") rejects the
  sentence right before it, or the one before that when the sentence in
  between holds no claim and only comments on it (a hedge such as "The
  account could not be verified", more of the same reported speech, or a
  forecast about the place).

The claims engine adds the negated copies, attributed to the rebuttal's
speaker (:meth:`claimline.nlp.claim_speakers.SpeakerTrack.rebuttal_speaker`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from claimline.model import PlaceMention
from claimline.nlp.rx_screen import fold, might_match

# How far back (in sentences) a rebuttal that names its place may reach.
_NAMED_REACH = 6
# A sentence between a claim and its rebuttal that only comments on the claim.
_BRIDGE_RX = re.compile(
    r"\b(?:could|can|has|have|had|was|were)\s+not\s+(?:be\s+|been\s+)?(?:independently\s+)?"
    r"(?:verif|confirm)\w*|\bunable\s+to\s+(?:independently\s+)?(?:verify|confirm)\b|"
    r"\b(?:unverified|unconfirmed)\b|не\s+удалось\s+проверить|не\s+вдалося\s+перевірити|"
    # more reported speech of the same account: "According to him, …", «По словам Х, …»
    r"\baccording\s+to\b|\b(?:he|she|they)\s+(?:said|added)\b|по\s+словам|за\s+словами",
    re.IGNORECASE,
)


# A place name right before a verb of saying or denying is a government speaking
# ("Kyiv denied the report", "Moscow has rejected these claims"), not a place.
_SPEAKING_VERB_RX = re.compile(
    r"\s*(?:has\s+|had\s+|have\s+|also\s+|quickly\s+|later\s+)?(?:denied|rejected|dismissed|"
    r"refuted|disputed|rebutted|called|branded|described|said|says|insisted|responded|replied|"
    r"опроверг\w*|отверг\w*|заяви\w*|спростува\w*|відкину\w*)\b",
    re.IGNORECASE,
)


def _speaks(text: str, end: int) -> bool:
    return _SPEAKING_VERB_RX.match(text, end) is not None


@dataclass(frozen=True, slots=True)
class Rebuttal:
    """A rebuttal sentence ``sentence`` and the places it limits itself to (``None``: all)."""

    sentence: int
    places: frozenset[str] | None


def rebuttal_targets(
    text: str,
    spans: Sequence[tuple[int, int]],
    places: Sequence[PlaceMention],
    claim_places: Mapping[int, set[str]],
    rx: re.Pattern[str],
    topical: frozenset[int] = frozenset(),
) -> dict[int, list[Rebuttal]]:
    """For each claim sentence index, the rebuttals that reject its claims.

    ``claim_places`` maps a sentence index to the canonical places of the
    factual claims found in it (sentences without claims are absent or empty);
    ``topical`` holds sentences with only forecasts or intentions about places,
    which a rebuttal of the claim before them reaches across.
    """
    out: dict[int, list[Rebuttal]] = {}
    for j, (s, e) in enumerate(spans):
        # on the slice: the pattern's "^" must mean the sentence's own start
        if j == 0:
            continue
        chunk = text[s:e]
        if not might_match(rx, fold(chunk)) or not rx.search(chunk):
            continue
        named = frozenset(
            p.canonical
            for p in places
            if s <= p.start < e and p.canonical is not None and not _speaks(text, p.end)
        )
        ps, pe = spans[j - 1]
        bridge = (j - 1) in topical or bool(_BRIDGE_RX.search(text, ps, pe))
        target = _target(j, named, claim_places, bridge)
        if target is not None:
            out.setdefault(target, []).append(Rebuttal(j, named or None))
    return out


def _target(
    j: int, named: frozenset[str], claim_places: Mapping[int, set[str]], bridge: bool
) -> int | None:
    if named:
        for i in range(j - 1, max(-1, j - 1 - _NAMED_REACH), -1):
            if claim_places.get(i, set()) & named:
                return i
        return None
    if claim_places.get(j - 1):
        return j - 1
    if j >= 2 and bridge and not claim_places.get(j - 1) and claim_places.get(j - 2):
        return j - 2
    return None


def applies(rebuttal: Rebuttal, canonical: str | None) -> bool:
    """Whether ``rebuttal`` rejects a claim about the place ``canonical``."""
    return rebuttal.places is None or canonical in rebuttal.places


def opposed(denier: Any, speaker: Any) -> bool:
    """A rebuttal speaks against a claim unless both come from the same known side."""
    a = getattr(denier, "side", None)
    b = getattr(speaker, "side", None)
    known = ("unknown", "neutral", None)
    return not (a not in known and b not in known and str(a) == str(b))


__all__ = ["Rebuttal", "applies", "opposed", "rebuttal_targets"]
