"""Typed contradictions between the claims about one place.

Nothing is voted away: every disagreement becomes a
:class:`~claimline.model.Contradiction` record with its claims, sides, days and
a paragraph in plain words.  Types:

``direct``
    same place, overlapping days, incompatible states (RU holds it / UA holds it;
    "captured" vs "fighting continues"; "X holds it" vs "X is still advancing").
``denial``
    a negated claim whose content matches an affirmed one ("RU did not capture
    it" vs "RU captured it").
``granularity``
    the same side holding part vs all of it: a difference of how much, not of who.
``temporal``
    a disagreement with a stale claim only: either one reported at least
    :data:`~claimline.reconcile.weights.STALE_AFTER_DAYS` later about the same
    days and dated at least as precisely, or a state claim whose only
    counterpart is an older claim with nothing in between.  Recorded, and said
    not to be a contradiction.
``claim_about_claim``
    a claim about another claim: one whose ``denies`` names the claim it rebuts,
    when it affirms a different state ("it remains under Ukrainian control" as
    a rebuttal of a capture claim) or when the claim it rebuts is not itself
    in the ledger.  A negated claim that matches its original is a ``denial``.

Not contradictions: two change events (captured, withdrew) -- a place can
change hands twice in one year; a change dated only to a season or a year
against anything (it may have happened on another day of it); two claims of
one speaker in one document (one account, several aspects).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from claimline.model import ClaimType, Contradiction, Precision
from claimline.reconcile.evidence import Form, Reading, Sides
from claimline.reconcile.weights import Weighted, can_supersede

DIRECT, DENIAL, GRANULARITY, TEMPORAL, ABOUT = (
    "direct", "denial", "granularity", "temporal", "claim_about_claim")  # fmt: skip


def relation(a: Reading, b: Reading) -> str | None:
    """How two readings relate: ``direct``, ``denial``, ``granularity`` or None (compatible).

    Time is not looked at here; callers check that the windows overlap.
    """
    if a.negated and b.negated:
        return None
    if a.negated or b.negated:
        neg, pos = (a, b) if a.negated else (b, a)
        same = neg.side == pos.side and (
            neg.form == pos.form or (neg.form is Form.PART and pos.form is Form.HOLD)
        )
        return DENIAL if same else None
    if a.change and b.change:
        return None
    return _affirmed(a, b) or _affirmed(b, a)


def _affirmed(a: Reading, b: Reading) -> str | None:
    x, y = a.side, b.side
    if a.form is Form.HOLD:
        if b.form is Form.HOLD:
            return DIRECT if x != y else None
        if b.form is Form.PART:
            return GRANULARITY if x == y else DIRECT
        if b.form in (Form.ENCIRCLE, Form.ADVANCE):
            return DIRECT if x == y else None
        if b.form is Form.FIGHT:
            # a capture says the fight is over; "it holds" while fighting goes on is fine
            return DIRECT if a.claim.type is ClaimType.CAPTURED else None
    return None


def incompatible(a: Reading, b: Reading) -> bool:
    """Whether two readings disagree about the state (direct or denial)."""
    return relation(a, b) in (DIRECT, DENIAL)


def _is_about(a: Reading) -> bool:
    """A claim that names the claim it rebuts (``denies``: "captured (claimed by X)")."""
    return bool(a.claim.denies)


def find_contradictions(
    items: Sequence[Weighted], place_id: str, place_name: str, sides: Sides
) -> tuple[Contradiction, ...]:
    """Every typed contradiction among one place's weighted readings, deterministic.

    Intended, predicted and conditional claims (weight factor ``unreal``) take
    no part.  Pairs of one type that share a claim are merged into one record.
    """
    live = sorted(
        (w for w in items if not any(f.rule == "unreal" for f in w.factors)), key=lambda w: w.id
    )
    pairs: dict[str, list[tuple[Reading, Reading]]] = {}
    in_pair: set[str] = set()

    def add(kind: str, a: Reading, b: Reading) -> None:
        pairs.setdefault(kind, []).append((a, b))
        in_pair.update((a.id, b.id))

    by_start = sorted(live, key=lambda w: (w.reading.start, w.id))
    for i, wa in enumerate(by_start):
        a = wa.reading
        for wb in by_start[i + 1 :]:
            b = wb.reading
            if b.start > a.end:  # sorted by start: nothing later overlaps a
                break
            if _one_account(a, b) or _coarse_change(a) or _coarse_change(b):
                continue
            rel = relation(a, b)
            if rel is None:
                continue
            old, new = sorted((a, b), key=lambda r: (r.reported, r.id))
            if rel in (DIRECT, DENIAL) and can_supersede(new, old):
                add(TEMPORAL, old, new)
            elif rel == DIRECT and (a.claim.denies or b.claim.denies):
                orig, about = (b, a) if a.claim.denies else (a, b)
                add(ABOUT, orig, about)
            else:
                add(rel, *(sorted((a, b), key=lambda r: (r.reported, r.id))))
    for w in live:  # a rebuttal of a claim that is not itself in the ledger
        if _is_about(w.reading) and w.id not in in_pair:
            pairs.setdefault(ABOUT, []).append((w.reading, w.reading))
            in_pair.add(w.id)
    _stale_predecessors(live, in_pair, add)
    records = []
    for kind, kind_pairs in pairs.items():
        # one record per disagreement: "RU holds vs UA holds" apart from "RU holds vs fighting"
        by_what: dict[tuple[str, str], list[tuple[Reading, Reading]]] = {}
        for a, b in kind_pairs:
            by_what.setdefault(tuple(sorted((_label(a), _label(b)))), []).append((a, b))  # type: ignore[arg-type]
        for what in sorted(by_what):
            for group in _components(by_what[what]):
                records.append(_record(kind, group, place_id, place_name))
    records.sort(key=lambda c: (c.start or date.min, c.type, c.claim_ids))
    return tuple(records)


def _label(r: Reading) -> str:
    """What a reading says, for grouping: "hold:RU", "not inside:RU", "fight"."""
    what = f"{r.form}:{r.side}" if r.side else str(r.form)
    return f"not {what}" if r.negated else what


def _one_account(a: Reading, b: Reading) -> bool:
    """One speaker in one document is one account: its parts are aspects, not a dispute."""
    sa, sb = a.claim.speaker, b.claim.speaker
    return (
        a.claim.doc_id == b.claim.doc_id
        and sa is not None
        and sb is not None
        and (sa.canonical or sa.name) == (sb.canonical or sb.name)
    )


def _coarse_change(r: Reading) -> bool:
    """A change of hands dated only to a season or a year may have happened on any day of it."""
    t = r.claim.time
    return r.change and t is not None and t.precision in (Precision.SEASON, Precision.YEAR)


def _stale_predecessors(live: Sequence[Weighted], in_pair: set[str], add) -> None:  # type: ignore[no-untyped-def]
    """A state claim contradicted only by the claims just before it is a change, not a conflict."""
    affirmed = [
        w.reading
        for w in live
        if w.weight > 0 and not w.reading.negated and not _coarse_change(w.reading)
    ]
    for n in affirmed:
        if n.change or n.id in in_pair:
            continue
        before = [p for p in affirmed if p.end < n.start]
        if not before:
            continue
        last = max(p.end for p in before)
        latest = [p for p in before if p.end == last]
        if all(relation(n, p) == DIRECT for p in latest):
            for p in latest:
                add(TEMPORAL, p, n)


def _components(pairs: list[tuple[Reading, Reading]]) -> list[list[tuple[Reading, Reading]]]:
    """Group pairs that share a claim (union-find over claim ids), in a stable order."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a.id), find(b.id)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[tuple[Reading, Reading]]] = {}
    for a, b in pairs:
        groups.setdefault(find(a.id), []).append((a, b))
    return [groups[k] for k in sorted(groups)]


def _who(r: Reading) -> str:
    c = r.claim
    name = c.speaker.name if c.speaker else (c.outlet or "an unattributed source")
    return f"{c.id} ({name}, {r.speaker_side or 'side unknown'}, reported {r.reported.isoformat()})"


def _says(r: Reading) -> str:
    return f"{_who(r)} says {r.describe()}"


def _record(
    kind: str, group: list[tuple[Reading, Reading]], place_id: str, name: str
) -> Contradiction:
    readings: dict[str, Reading] = {}
    for a, b in group:
        readings[a.id] = a
        readings[b.id] = b
    ordered = sorted(readings.values(), key=lambda r: (r.reported, r.id))
    sides = sorted({r.speaker_side or r.claim.actor or "unknown" for r in ordered})
    if kind == TEMPORAL:
        start = min(min(a.end, b.end) for a, b in group)
        end = max(max(a.start, b.start) for a, b in group)
        if start > end:
            start, end = end, start
    else:
        start = min(max(a.start, b.start) for a, b in group)
        end = max(min(a.end, b.end) for a, b in group)
    listing = "; ".join(_says(r) for r in ordered)
    span = start.isoformat() if start == end else f"{start.isoformat()} to {end.isoformat()}"
    if kind == DIRECT:
        text = (
            f"Claims about {name} for {span} disagree: {listing}. These states cannot all "
            f"be true for the same days, so this is a direct contradiction; the timeline "
            f"weighs the claims against each other and lists them in its why."
        )
    elif kind == DENIAL:
        deniers = sorted({r.speaker_side or "an unknown side" for r in ordered if r.negated})
        text = (
            f"A denial about {name} for {span}: {listing}. The denial by "
            f"{', '.join(deniers)} rebuts the affirmed claim and counts as explicit "
            f"counter-evidence to it."
        )
    elif kind == GRANULARITY:
        text = (
            f"Claims about {name} for {span} differ in how much, not in who: {listing}. "
            f"Part of the place against all of it is a difference of granularity, "
            f"not a contradiction of state."
        )
    elif kind == TEMPORAL:
        old, new = ordered[0], ordered[-1]
        gap = abs((new.reported - old.reported).days) or abs((new.start - old.end).days)
        text = (
            f"Claims about {name} differ across time: {listing}. The older claim, "
            f"{old.claim.id}, is {gap} days older than {new.claim.id} and stale; the newer "
            f"claim describes a later state or supersedes it. Both stay in the record, but "
            f"this is not a contradiction."
        )
    else:
        about = [r for r in ordered if r.claim.denies]
        originals = [r for r in ordered if r not in about]
        what = " and ".join(f"{r.claim.id} ({r.speaker_side or 'side unknown'})" for r in about)
        if originals:
            of = " and ".join(
                f"{r.claim.id} ({r.speaker_side or 'side unknown'})" for r in originals
            )
            rel = f"is a statement about the claim of {of}"
        else:
            rel = "rebuts a claim that is not itself in the ledger"
        text = (
            f"A claim about a claim concerning {name} for {span}: {listing}. {what} {rel}, "
            f"not independent evidence about who holds the place."
        )
    return Contradiction(
        type=kind,
        place_id=place_id,
        claim_ids=tuple(r.id for r in ordered),
        sides=tuple(sides),
        explanation=text,
        start=start,
        end=end,
    )
