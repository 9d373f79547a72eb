"""Scoring homonyms for :mod:`claimline.nlp.places`.

Each candidate gets a population prior, the trust of the alias it matched by,
a penalty outside the profile's countries, and bonuses for being in an oblast
or raion the text names and for being near the text's unambiguous places.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from claimline.nlp._place_scan import _Match
from claimline.nlp.aliases import normalize
from claimline.nlp.gazetteer import AliasHit, Entry

#: Below this score gap between the two best candidates, a mention is ambiguous.
AMBIGUITY_GAP = 1.0


def _prior(h: AliasHit) -> float:
    return math.log10(h.entry.importance() + 1.0) + (h.rank - 1.0) * 3.0


def _disambiguate(matches: list[_Match], countries: Sequence[str] | None) -> None:
    def base(h: AliasHit) -> float:
        s = _prior(h)
        if countries and h.entry.country and h.entry.country not in countries:
            s -= 1.5
        return s

    # Pass 1: anchors are mentions that need no context.
    # Each anchor keeps the key of its mention: a name never supports its own
    # homonyms (a second "Druzhkovka" must not pull in the village next door).
    anchors: list[tuple[str, Entry]] = []
    for m in matches:
        ranked = sorted(((base(h), h) for h in m.hits), key=lambda x: -x[0])
        m.scores = [(s, h.entry, f"{h.source} alias, prior") for s, h in ranked]
        uniq = {e.id for _, e, _ in m.scores}
        if len(uniq) == 1 or ranked[0][0] - ranked[1][0] >= AMBIGUITY_GAP + 0.5:
            m.chosen = ranked[0][1].entry
            if m.chosen.kind in ("settlement", "part") and m.chosen.lat is not None:
                anchors.append((normalize(m.text), m.chosen))
    areas = {m.chosen.name for m in matches if m.chosen and m.chosen.kind == "admin_area"}
    # The region most of the document's unambiguous mentions lie in: a homonym there
    # beats an equally supported one across a border ("Поповка" in a report
    # from Belgorod Oblast's border villages that also names the Sumy region).
    per_area = Counter(e.admin1 for _, e in anchors if e.admin1)
    home = None
    if per_area:
        (top, n), *rest = per_area.most_common(2)
        if n >= 2 and (not rest or rest[0][1] < n):
            home = top
    # Pass 2: context from the other places of the document.
    for m in matches:
        if len({e.id for _, e, _ in m.scores}) == 1:
            continue
        rescored = []
        key = normalize(m.text)
        for s, e, why in m.scores:
            reasons = [why]
            if e.admin1 in areas or e.admin2 in areas:
                s += 2.0
                reasons.append(
                    f"in {e.admin2 if e.admin2 in areas else e.admin1}, named in the text"
                )
            if home is not None and e.admin1 == home:
                s += 0.5
                reasons.append(f"in {home}, where most of the text's places are")
            d = _nearest(e, [a for k, a in anchors if k != key])
            if d is not None:
                bonus = 2.5 if d < 25 else 1.5 if d < 60 else 0.7 if d < 150 else 0.0
                if bonus:
                    s += bonus
                    reasons.append(f"{d:.0f} km from another place in the text")
            rescored.append((s, e, "; ".join(reasons)))
        rescored.sort(key=lambda x: -x[0])
        m.scores = rescored
        m.chosen = rescored[0][1]


def _nearest(e: Entry, others: list[Entry]) -> float | None:
    if e.lat is None or e.lon is None or not others:
        return None
    best = None
    for o in others:
        if o.lat is None or o.lon is None:
            continue
        x = math.radians(o.lon - e.lon) * math.cos(math.radians((o.lat + e.lat) / 2))
        d = 6371.0 * math.hypot(x, math.radians(o.lat - e.lat))
        best = d if best is None or d < best else best
    return best
