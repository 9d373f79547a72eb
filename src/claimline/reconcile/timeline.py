"""A place's control timeline: segments ``[start, end)`` with a state and its reasons.

How a timeline is built (every step is listed in the segments' ``why``):

1. Each claim becomes a :class:`~claimline.reconcile.evidence.Reading` (what it
   says, over which days, reported when) and gets a weight from the rules in
   :mod:`~claimline.reconcile.weights`; copies count once, stale claims are
   marked superseded.
2. The days are cut into elementary intervals wherever a reading starts or ends.
   In each, every reading that covers it votes: for a side holding the place,
   for a side inside it, encircling it, or for fighting; negated claims vote
   *against* the content they deny.  The state of the interval before carries on
   as a prior that fades without new evidence.
3. The votes decide one state: the leading holder; ``contested`` when the other
   side is close behind or fighting outweighs both; ``presence`` or ``encircled``
   when the other side is inside or around a place the leader holds.
4. Consecutive intervals with the same state and extent merge into a segment;
   days without claims carry the last state forward.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from claimline.model import Contradiction, ControlState, Segment
from claimline.reconcile import weights as W
from claimline.reconcile.evidence import Form, Sides, side_state
from claimline.reconcile.weights import Weighted


@dataclass(frozen=True, slots=True)
class ClaimWeight:
    """One claim's part in a segment: its weight, role and the rules behind it."""

    claim_id: str
    role: str  # supporting, contradicting, other, or zero (weighs nothing here: copy, coarse...)
    weight: float
    factors: tuple[tuple[str, float, str], ...]
    text: str


@dataclass(frozen=True, slots=True)
class Explanation:
    """The audit trail of one segment: per-interval decisions and per-claim weights."""

    decisions: tuple[str, ...]
    evidence: tuple[ClaimWeight, ...]
    rules: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Timeline:
    """The reconciled history of one place."""

    place_id: str
    canonical: str
    segments: tuple[Segment, ...]
    contradictions: tuple[Contradiction, ...]
    explanations: tuple[Explanation, ...] = ()
    ignored: tuple[tuple[str, str], ...] = ()  # (claim id, why it took no part)

    def state_on(self, day: date) -> Segment | None:
        """The segment covering ``day``, if any."""
        for s in self.segments:
            if (s.start is None or s.start <= day) and (s.end is None or day < s.end):
                return s
        return None


@dataclass(slots=True)
class _Decision:
    state: ControlState
    holder: str | None
    pressure: str | None  # the side inside/around a place the holder keeps
    extent: str | None
    confidence: float
    scores: dict[str, float]
    chosen: tuple[str, ...]
    supporting: set[str]
    contradicting: set[str]
    line: str
    rules: set[str] = field(default_factory=set)
    prior: dict[str, float] = field(default_factory=dict)


def _votes(w: Weighted, sides: Sides) -> list[tuple[str, float]]:
    """The (score key, signed weight) votes of one weighted reading.

    A denial that side X holds the place counts for its opponent holding it
    (with two sides, "RU did not take it" means UA still holds it); with more
    sides, or for other contents, a denial subtracts from what it denies.
    """
    r, wt = w.reading, w.weight
    sign = -1.0 if r.negated else 1.0
    if r.form in (Form.HOLD, Form.PART):
        other = sides.other(r.side)
        if r.negated and other is not None:
            return [(f"hold:{other}", wt)]
        return [(f"hold:{r.side}", sign * wt)]
    if r.form is Form.FIGHT:
        return [("fight", sign * wt)]
    key = {Form.INSIDE: "inside", Form.ENCIRCLE: "encircle", Form.ADVANCE: None}[r.form]
    out = [] if key is None else [(f"{key}:{r.side}", sign * wt)]
    if not r.negated:
        out.append((f"{_HINT}hold:{r.holder}", W.HOLDER_HINT * wt))
    return out


#: Marks a vote implied for the holder (entering/encircling/advancing on a place
#: the other side holds): counted for the holder, never as corroboration.
_HINT = "hint:"


def _decide(active: Sequence[Weighted], prior: dict[str, float], sides: Sides) -> _Decision:
    scores: dict[str, float] = defaultdict(float)
    by_key: dict[str, list[tuple[Weighted, float]]] = defaultdict(list)
    hinted: set[tuple[str, str]] = set()
    for w in active:
        for key, v in _votes(w, sides):
            if key.startswith(_HINT):
                key = key.removeprefix(_HINT)
                hinted.add((key, w.id))
            scores[key] += v
            by_key[key].append((w, v))
    rules: set[str] = set()
    notes: list[str] = []
    for key, votes in by_key.items():  # cross-side corroboration: "assessed", not "claimed"
        known = {
            w.reading.speaker_side
            for w, v in votes
            if v > 0
            and (key, w.id) not in hinted
            and w.reading.speaker_side not in (None, "unknown")
        }
        if len(known) >= 2 and scores[key] > 0:
            scores[key] *= W.CORROBORATED
            rules.add("corroborated")
            notes.append(
                f"{key} assessed: supported by {', '.join(sorted(known))} (×{W.CORROBORATED:g})"
            )
    for key, v in prior.items():
        scores[key] += v
    if prior:
        rules.add("prior")
    for key in list(scores):
        scores[key] = max(0.0, scores[key])
    holds = sorted(
        ((scores.get(f"hold:{s}", 0.0), s) for s in sides.codes), key=lambda t: (-t[0], t[1])
    )
    best, holder = holds[0] if holds else (0.0, None)
    runner, second = holds[1] if len(holds) > 1 else (0.0, None)
    fight = scores.get("fight", 0.0)
    other = sides.other(holder)
    pressure = None
    if runner >= W.MIN_SCORE and runner >= W.CONTEST_RATIO * best:
        state, chosen = ControlState.CONTESTED, (f"hold:{holder}", f"hold:{second}", "fight")
        reason = f"contested: {second} {runner:.2f} ≥ {W.CONTEST_RATIO:g} × {holder} {best:.2f}"
        holder = None
    elif fight >= W.MIN_SCORE and fight >= best:
        state, chosen = ControlState.CONTESTED, ("fight", f"hold:{holder}")
        reason = f"contested: fighting {fight:.2f} outweighs {holder or 'any holder'} {best:.2f}"
        holder = holder if best >= W.MIN_SCORE else None
    elif best >= W.MIN_SCORE:
        inside = scores.get(f"inside:{other}", 0.0)
        ring = scores.get(f"encircle:{other}", 0.0)
        if max(inside, ring) >= W.PRESSURE_RATIO * best and other is not None:
            pressure = other
            if inside >= ring:
                state, chosen = ControlState.PRESENCE, (f"hold:{holder}", f"inside:{other}")
                reason = (
                    f"presence: {other} inside {inside:.2f} ≥ {W.PRESSURE_RATIO:g} × "
                    f"{holder} {best:.2f}"
                )
            else:
                state, chosen = ControlState.ENCIRCLED, (f"hold:{holder}", f"encircle:{other}")
                reason = (
                    f"encircled: {other} around {ring:.2f} ≥ {W.PRESSURE_RATIO:g} × "
                    f"{holder} {best:.2f}"
                )
        else:
            state, chosen = side_state(holder, sides), (f"hold:{holder}",)
            reason = f"{holder} holds: {best:.2f} against {second or '-'} {runner:.2f}"
    else:
        lone = sorted((v, k) for k, v in scores.items() if v > 0 and not k.startswith("hold:"))
        if lone:
            v, k = lone[-1]
            kind, _, side = k.partition(":")
            pressure = side or None
            state = {"inside": ControlState.PRESENCE, "encircle": ControlState.ENCIRCLED}.get(
                kind, ControlState.CONTESTED
            )
            chosen, reason = (k,), f"{state}: only {k} {v:.2f}, nobody said to hold it"
        else:
            state, chosen, holder = ControlState.UNKNOWN, (), None
            reason = "unknown: the claims here only deny, and nothing is affirmed"
    chosen_mass = sum(scores.get(k, 0.0) for k in set(chosen))
    total = sum(v for v in scores.values() if v > 0)
    share = chosen_mass / total if total else 0.0
    strength = 1.0 - math.exp(-chosen_mass)
    conf = round(share * strength, 2)
    support, against = set(), set()
    chosen_set = set(chosen)
    for key, votes in by_key.items():
        for w, v in votes:
            if key in chosen_set and v > 0:
                support.add(w.id)
            elif (key in chosen_set and v < 0) or (
                key.startswith("hold:")
                and v > 0
                and state not in (ControlState.CONTESTED,)
                and key != f"hold:{holder}"
            ):
                against.add(w.id)
    against -= support
    shown = (
        ", ".join(f"{k} {v:.2f}" for k, v in sorted(scores.items()) if v > 0) or "no positive score"
    )
    prior_txt = (
        " (prior: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(prior.items())) + ")"
        if prior
        else ""
    )
    line = (
        f"{shown}{prior_txt} → {reason}; confidence {conf:.2f} = share {share:.2f} "
        f"× strength {strength:.2f} (1 − e^−{chosen_mass:.2f})"
    )
    if notes:
        line += "; " + "; ".join(notes)
    return _Decision(
        state,
        holder,
        pressure,
        _extent(state, holder, pressure, active),
        conf,
        dict(scores),
        chosen,
        support,
        against,
        line,
        rules,
        dict(prior),
    )


def _extent(
    state: ControlState, holder: str | None, pressure: str | None, active: Sequence[Weighted]
) -> str | None:
    """The extent shown: partial wins over full when partial claims weigh at least as much."""
    if state in (ControlState.PRESENCE, ControlState.ENCIRCLED):
        form = Form.INSIDE if state is ControlState.PRESENCE else Form.ENCIRCLE
        cands = [
            w
            for w in active
            if w.reading.form is form
            and w.reading.side == pressure
            and not w.reading.negated
            and w.reading.extent
            and w.weight > 0
        ]
        return max(cands, key=lambda w: (w.weight, w.id)).reading.extent if cands else None
    if holder is None or state is ControlState.CONTESTED:
        return None
    mine = [
        w
        for w in active
        if w.reading.side == holder
        and not w.reading.negated
        and w.reading.form in (Form.HOLD, Form.PART)
        and w.weight > 0
    ]
    part = [w for w in mine if w.reading.form is Form.PART]
    full = sum(w.weight for w in mine if w.reading.form is Form.HOLD)
    if part and sum(w.weight for w in part) >= full:
        return max(part, key=lambda w: (w.weight, w.id)).reading.extent
    return None


@dataclass(slots=True)
class _Part:
    start: date
    end: date | None  # exclusive
    d: _Decision
    active: list[Weighted]
    carried_from: date | None = None


def _prior(
    prev: _Part, active: Sequence[Weighted], day: date, last_evidence: date | None, sides: Sides
) -> dict[str, float]:
    """The previous state, carried into the interval starting on ``day``.

    Its mass is :data:`~claimline.reconcile.weights.PRIOR_WEIGHT` × the previous
    confidence, halving every ``PRIOR_HALF_LIFE_DAYS`` since the last evidence,
    spread over the previous state's keys.  Only the part of each key's support
    that has *ended* is carried: a claim still active is counted directly, not
    twice.
    """
    if prev.d.confidence <= 0:
        return {}
    age = (day - last_evidence).days if last_evidence else 0
    mass = W.PRIOR_WEIGHT * prev.d.confidence * 0.5 ** (age / W.PRIOR_HALF_LIFE_DAYS)
    base = {k: prev.d.scores.get(k, 0.0) for k in set(prev.d.chosen)}
    tot = sum(base.values())
    if mass < 0.005 or tot <= 0:
        return {}
    still = {w.id for w in active}
    support: dict[str, float] = defaultdict(float)
    ended: dict[str, float] = defaultdict(float)
    for w in prev.active:
        for key, v in _votes(w, sides):
            key = key.removeprefix(_HINT)
            if v > 0:
                support[key] += v
                if w.id not in still:
                    ended[key] += v
    out = {}
    for k, v in base.items():
        carried = prev.d.prior.get(k, 0.0)
        share = (carried + ended[k]) / (carried + support[k]) if carried + support[k] else 0.0
        if v > 0 and share > 0:
            out[k] = mass * v / tot * share
    return out


def build_segments(
    items: Sequence[Weighted], place_id: str, sides: Sides
) -> tuple[tuple[Segment, ...], tuple[Explanation, ...]]:
    """Segments and their explanations from one place's weighted readings."""
    live = sorted((w for w in items if w.weight > 0), key=lambda w: (w.reading.start, w.id))
    if not live:
        return (), ()
    cuts = sorted(
        {w.reading.start for w in live} | {w.reading.end + timedelta(days=1) for w in live}
    )
    parts: list[_Part] = []
    prev: _Part | None = None
    last_evidence: date | None = None
    current: list[Weighted] = []
    j = 0
    for s, e in zip(cuts, cuts[1:], strict=False):
        while j < len(live) and live[j].reading.start <= s:  # live is sorted by start
            current.append(live[j])
            j += 1
        current = [w for w in current if w.reading.end >= s]
        active = current
        if not active:
            if prev is not None and prev.carried_from is None:
                prev.carried_from = s
            continue
        prior = _prior(prev, active, s, last_evidence, sides) if prev is not None else {}
        d = _decide(active, prior, sides)
        part = _Part(s, e, d, active)
        parts.append(part)
        prev, last_evidence = part, e
    for i, p in enumerate(parts):  # days without claims carry the state to the next evidence
        p.end = parts[i + 1].start if i + 1 < len(parts) else None
    if parts and parts[-1].carried_from is None:
        parts[-1].carried_from = cuts[-1]
    return _merge(parts, place_id, {w.id: w for w in items})


def _last_day(end: date | None) -> str:
    return (end - timedelta(days=1)).isoformat() if end else "open"


def _merge(
    parts: list[_Part], place_id: str, weighted: dict[str, Weighted]
) -> tuple[tuple[Segment, ...], tuple[Explanation, ...]]:
    groups: list[list[_Part]] = []
    for p in parts:
        key = (p.d.state, p.d.holder, p.d.pressure, p.d.extent)
        if (
            groups
            and (lambda q: (q.state, q.holder, q.pressure, q.extent))(groups[-1][-1].d) == key
        ):
            groups[-1].append(p)
        else:
            groups.append([p])
    segments, explanations = [], []
    for g in groups:
        first, last = g[0], g[-1]
        support = sorted(set().union(*(p.d.supporting for p in g)))
        against = sorted(set().union(*(p.d.contradicting for p in g)) - set(support))
        span = [((p.end - p.start).days if p.end else 1, p.d.confidence) for p in g]
        conf = round(sum(n * c for n, c in span) / sum(n for n, _ in span), 2)
        seg_ids = {w.id for p in g for w in p.active}
        # claims that count for nothing here (copies, coarse, unreal...) stay visible
        seg_end = last.end or date.max
        dups = sorted(
            i
            for i, w in weighted.items()
            if w.weight == 0 and w.reading.start < seg_end and w.reading.end >= first.start
        )
        evidence = []
        for role, ids in (
            ("supporting", support),
            ("contradicting", against),
            ("other", sorted(seg_ids - set(support) - set(against))),
            ("zero", dups),
        ):
            for cid in ids:
                w = weighted[cid]
                evidence.append(
                    ClaimWeight(
                        cid,
                        role,
                        round(w.weight, 3),
                        tuple((f.rule, f.value, f.reason) for f in w.factors),
                        w.explain(),
                    )
                )
        rules = sorted(
            {f[0] for e in evidence for f in e.factors} | set().union(*(p.d.rules for p in g))
        )
        decisions = tuple(
            f"{p.start.isoformat()}..{_last_day(p.end)}: {p.d.line}"
            + (
                f"; no new claims from {p.carried_from.isoformat()}, state carried forward"
                if p.carried_from
                else ""
            )
            for p in g
        )
        head = f"{first.d.state}"
        if first.d.pressure and first.d.holder:
            head += f" ({first.d.pressure} pressing on a place held by {first.d.holder})"
        elif first.d.holder and head != first.d.holder:
            head += f" (held by {first.d.holder})"
        if first.d.extent:
            head += f", extent {first.d.extent}"
        label = "assessed" if "corroborated" in rules else "claimed"
        why_lines = [
            f"{head}; {label}; confidence {conf:.2f} (mean over {len(g)} interval(s)). "
            f"Rules: {', '.join(rules) or 'none'}."
        ]
        shown = (
            decisions
            if len(decisions) <= 8
            else decisions[:4] + (f"... {len(decisions) - 8} more intervals ...",) + decisions[-4:]
        )
        why_lines += [f"  {d}" for d in shown]
        mark = {"supporting": "+", "contradicting": "-", "other": "·", "zero": "0"}
        why_lines += [f"  {mark[e.role]} {e.text}" for e in evidence]
        segments.append(
            Segment(
                place_id=place_id,
                start=first.start,
                end=last.end,
                state=first.d.state,
                confidence=conf,
                extent=first.d.extent,
                supporting=tuple(support),
                contradicting=tuple(against),
                why="\n".join(why_lines),
                holder=first.d.holder,
                pressing=first.d.pressure,
            )
        )
        explanations.append(Explanation(decisions, tuple(evidence), tuple(rules)))
    return tuple(segments), tuple(explanations)
