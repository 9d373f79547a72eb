"""Evidence weighting rules, each a named function an analyst can audit.

A claim's weight is the product of the factors its rules return, starting at
1.0.  Every rule is a plain function that returns a :class:`Factor` (its name,
the multiplier and a reason in words) or None when it does not apply, so the
``why`` of a segment can list exactly which rules moved which claim and by how
much.  The numbers are module constants, documented next to the rule.

Rules on one claim (applied by :func:`weigh`):

=====================  ======  ====================================================
rule                   weight  when
=====================  ======  ====================================================
``unreal``             0       intended, predicted or conditional: no evidence
``background``         0.8     context about an earlier phase ("had been held")
``reported``           0.7     reported speech ("X said", "media reports say")
``hedged``             0.5     reportedly, allegedly, unconfirmed, "would show"
``precision``          0.3-1   dated to a day 1.0, week 0.9, month 0.7, season 0.5,
                               year 0.3: a coarse date says less about any one day
``against_interest``   2.5     a side concedes its own loss or the other's gain
                               (not for background, nor for a denial of one's own gain)
``self_serving``       0.75    a side claims its own gain ("claimed")
``unknown_source``     0.9     nobody, or a speaker of unknown side
=====================  ======  ====================================================

Rules between claims (applied by :func:`independence` and :func:`supersede`):

- ``duplicate`` (0): the same content from the same story cluster, the same
  speaker or the same document, overlapping in time, counts once -- the
  strongest copy stays, the others are listed as counted with it;
- ``coarse`` (0): a change of hands dated only to a season or year, where
  claims dated more finely fall inside that period;
- ``superseded`` (0.25): a claim about the same days, reported at least
  :data:`STALE_AFTER_DAYS` before an incompatible one, is stale; it stays
  visible in the segment's ``why`` and in a ``temporal`` contradiction.

Rules in a segment (applied by :mod:`.timeline`): ``corroborated`` (×1.25 when
sources of at least two different sides -- neutral counts as one -- support
the same state: "assessed" rather than "claimed") and ``prior`` (the previous
state carries on with :data:`PRIOR_WEIGHT` × its confidence, halving every
:data:`PRIOR_HALF_LIFE_DAYS` days without new evidence).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimline.model import Modality, Precision, Side
from claimline.reconcile.evidence import Form, Reading, Sides, favoured_side

BACKGROUND = 0.8
REPORTED = 0.7
HEDGED = 0.5
AGAINST_INTEREST = 2.5
SELF_SERVING = 0.75
UNKNOWN_SOURCE = 0.9
SUPERSEDED = 0.25
STALE_AFTER_DAYS = 30
CORROBORATED = 1.25
PRIOR_WEIGHT = 0.8
PRIOR_HALF_LIFE_DAYS = 30.0

#: How much a claim dated only to this precision says about a given day.
PRECISION = {
    Precision.DAY: 1.0,
    Precision.WEEK: 0.9,
    Precision.MONTH: 0.7,
    Precision.OPEN: 0.7,  # "since February": the start is as precise as its month
    Precision.SEASON: 0.5,
    Precision.YEAR: 0.3,
    Precision.NONE: 0.5,
}


_RANK = {Precision.DAY: 0, Precision.WEEK: 1, Precision.MONTH: 2, Precision.OPEN: 2,
         Precision.SEASON: 3, Precision.YEAR: 4, Precision.NONE: 5}  # fmt: skip


def precision_rank(r: Reading) -> int:
    """0 for a day-precise claim, up to 5 for an undated one: lower is finer."""
    t = r.claim.time
    return _RANK.get(t.precision if t is not None else Precision.NONE, 5)


def can_supersede(newer: Reading, older: Reading) -> bool:
    """A later report replaces an earlier one about the same days if it is at least as precise."""
    return (newer.reported - older.reported).days >= STALE_AFTER_DAYS and precision_rank(
        newer
    ) <= precision_rank(older)


@dataclass(frozen=True, slots=True)
class Factor:
    """One rule applied to one claim: ``value`` multiplies its weight."""

    rule: str
    value: float
    reason: str

    def __str__(self) -> str:
        return f"{self.value:g} {self.rule} ({self.reason})"


@dataclass(frozen=True, slots=True)
class Weighted:
    """A reading with its weight and the factors that made it."""

    reading: Reading
    factors: tuple[Factor, ...]
    weight: float = field(init=False, compare=False)  # the product of the factors

    def __post_init__(self) -> None:
        w = 1.0
        for f in self.factors:
            w *= f.value
        object.__setattr__(self, "weight", w)  # frozen: computed once, here

    @property
    def id(self) -> str:
        return self.reading.id

    def with_factor(self, factor: Factor) -> Weighted:
        return Weighted(self.reading, self.factors + (factor,))

    def explain(self) -> str:
        """One line: id, speaker and side, content, dates, each factor, the product."""
        r, c = self.reading, self.reading.claim
        who = c.speaker.name if c.speaker else (c.outlet or "no speaker")
        side = r.speaker_side or "unknown"
        parts = " × ".join(str(f) for f in self.factors) or "1 (no rule applied)"
        return (
            f"{c.id} ({who}, {side}; reported {r.reported.isoformat()}): {r.describe()}, "
            f"{_when(r)}: {parts} = {self.weight:.2f}"
        )


def _when(r: Reading) -> str:
    t = r.claim.time
    if t is None:
        return "undated"
    a = t.start.isoformat() if t.start else "…"
    b = t.end.isoformat() if t.end else "…"
    return a if a == b else f"{a}..{b}"


# -- rules on one claim ------------------------------------------------------


def unreal(r: Reading) -> Factor | None:
    """Intended, predicted and conditional claims carry no weight at all."""
    m = r.claim.modality
    if m in (Modality.INTENDED, Modality.PREDICTED, Modality.CONDITIONAL):
        return Factor("unreal", 0.0, f"{m} statements are not evidence of the state")
    return None


def background(r: Reading) -> Factor | None:
    """Background context describes its own past interval, a little less firmly."""
    if r.claim.modality is Modality.BACKGROUND:
        return Factor("background", BACKGROUND, "context about an earlier phase")
    return None


def reported(r: Reading) -> Factor | None:
    """Reported speech ("X said", "media reports say") weighs less than a direct account."""
    if r.claim.modality is Modality.REPORTED:
        return Factor("reported", REPORTED, "reported speech, not the outlet's own account")
    return None


def hedged(r: Reading) -> Factor | None:
    """Hedged claims (reportedly, allegedly, unconfirmed) weigh half."""
    if r.claim.hedged or r.claim.modality is Modality.HEDGED:
        return Factor("hedged", HEDGED, "the source keeps its distance")
    return None


def precision(r: Reading) -> Factor | None:
    """A claim dated only to a month or a year says less about any given day."""
    t = r.claim.time
    p = t.precision if t is not None else Precision.NONE
    value = PRECISION.get(p, PRECISION[Precision.NONE])
    if value == 1.0:
        return None
    what = "only by its start ('since')" if p is Precision.OPEN else f"to a {p}"
    return Factor("precision", value, f"dated {what}")


def stance(r: Reading, sides: Sides) -> Factor | None:
    """Against interest weighs most, self-serving least, unknown sources a little less.

    The speaker's side is compared with the side the claim is good news for
    (:func:`~claimline.reconcile.evidence.favoured_side`).  Background claims
    get no stance factor: recalling an old defeat is common knowledge, not a
    concession; nor do denials of one's own gain: a concession is an admission.
    """
    if r.claim.modality is Modality.BACKGROUND:
        return None
    speaker = r.speaker_side
    favoured = favoured_side(r, sides)
    if speaker is None or speaker == str(Side.UNKNOWN) or not speaker:
        return Factor("unknown_source", UNKNOWN_SOURCE, "no speaker of known side")
    if speaker == str(Side.NEUTRAL) or favoured is None or not sides.is_side(speaker):
        return None
    if speaker == favoured:
        return Factor("self_serving", SELF_SERVING, f"{speaker} claims its own gain")
    if r.negated:  # a concession is an admission, not a denial of one's own gain
        return None
    return Factor(
        "against_interest", AGAINST_INTEREST, f"{speaker} concedes what favours {favoured}"
    )


def weigh(r: Reading, sides: Sides) -> Weighted:
    """Apply every one-claim rule to a reading, in a fixed order."""
    factors = [
        f
        for f in (unreal(r), background(r), reported(r), hedged(r), precision(r), stance(r, sides))
        if f is not None
    ]
    return Weighted(r, tuple(factors))


# -- rules between claims ------------------------------------------------------


def _content(r: Reading) -> tuple[object, ...]:
    return (r.form, r.side, r.holder, r.negated, r.extent if r.form is Form.PART else None)


def _speaker_key(r: Reading) -> str | None:
    s = r.claim.speaker
    if s is None:
        return None
    name = (s.canonical or s.name or "").strip().lower()
    return name or None


def independence(items: Sequence[Weighted]) -> list[Weighted]:
    """Count the same content once per story cluster, per speaker and per document.

    Two claims are copies when they say the same thing (form, side, polarity,
    partial extent) about overlapping days and share a story cluster (syndicated
    copies), a speaker (one official quoted by ten outlets) or a document.  In
    each group of copies the heaviest (then the smallest id) keeps its weight;
    the others get the ``duplicate`` factor 0 and name the one they count with.
    """
    order = sorted(items, key=lambda w: (-w.weight, w.id))
    kept: dict[tuple[object, ...], list[Weighted]] = {}  # by content: only like compares with like
    out: dict[str, Weighted] = {}
    for w in order:
        r = w.reading
        twin, why = None, ""
        same = kept.setdefault(_content(r), [])
        for k in same:
            kr = k.reading
            if not kr.overlaps(r):
                continue
            if r.claim.cluster_id and r.claim.cluster_id == kr.claim.cluster_id:
                twin, why = k, f"same story cluster {r.claim.cluster_id}"
            elif _speaker_key(r) and _speaker_key(r) == _speaker_key(kr):
                twin, why = k, f"same speaker {r.claim.speaker.name}"  # type: ignore[union-attr]
            elif r.claim.doc_id == kr.claim.doc_id:
                twin, why = k, f"same document {r.claim.doc_id}"
            if twin is not None:
                break
        if twin is None or w.weight == 0.0:
            if w.weight > 0:
                same.append(w)
            out[w.id] = w
        else:
            out[w.id] = w.with_factor(
                Factor("duplicate", 0.0, f"counted once with {twin.id}: {why}")
            )
    return [out[w.id] for w in items]


def coarse_dating(items: Sequence[Weighted]) -> list[Weighted]:
    """Drop changes of hands dated only to a season or year where finer claims exist.

    "Captured in 2022" cannot say on which day the place changed hands; when
    claims dated more finely fall inside that year, they say more, and the
    coarse change gets the factor ``coarse`` 0 (it stays listed).  Alone, it
    keeps its (precision-reduced) weight.
    """
    out = []
    for w in items:
        r, t = w.reading, w.reading.claim.time
        if (
            w.weight > 0
            and r.change
            and t is not None
            and r.event_start is not None
            and t.precision in (Precision.SEASON, Precision.YEAR)
        ):
            finer = sorted(
                o.id
                for o in items
                if o is not w
                and o.weight > 0
                and o.reading.claim.time is not None
                and o.reading.claim.time.precision not in (Precision.SEASON, Precision.YEAR)
                and r.event_start <= o.reading.start <= r.start
            )
            if finer:
                w = w.with_factor(
                    Factor(
                        "coarse",
                        0.0,
                        f"dated only to a {t.precision}; "
                        f"{len(finer)} finer claims in it, first {finer[0]}",
                    )
                )
        out.append(w)
    return out


def supersede(items: Sequence[Weighted], incompatible) -> list[Weighted]:  # type: ignore[no-untyped-def]
    """Mark stale claims: incompatible with one about the same days reported much later.

    "About the same days": the newer claim's window covers the older one's start;
    the newer claim must be dated at least as precisely (a background line
    "in the spring of 2023" does not replace a report from the day).

    ``incompatible(a, b)`` tells whether two readings disagree about the state.
    The older claim keeps :data:`SUPERSEDED` of its weight and names the newer
    one; both stay in the evidence lists.
    """
    out = []
    by_report = sorted((w for w in items if w.weight > 0), key=lambda w: w.reading.reported)
    days = [w.reading.reported.toordinal() for w in by_report]
    for w in items:
        r = w.reading
        first = bisect.bisect_left(days, r.reported.toordinal() + STALE_AFTER_DAYS)
        newer = [
            o for o in by_report[first:]
            if o.reading.start <= r.start <= o.reading.end
            and can_supersede(o.reading, r) and incompatible(r, o.reading)
        ]  # fmt: skip
        if newer and w.weight > 0:
            n = min(newer, key=lambda o: (o.reading.reported, o.id))
            w = w.with_factor(
                Factor(
                    "superseded",
                    SUPERSEDED,
                    f"stale: {n.id} about the same days was reported "
                    f"{n.reading.reported.isoformat()}",
                )
            )
        out.append(w)
    return out


# -- rules of the estimate -------------------------------------------------------

#: Entering, encircling or advancing on a place implies the other side still
#: holds it: a weak vote for that holder.
HOLDER_HINT = 0.3
#: The runner-up side needs this share of the leader's score to make it "contested".
CONTEST_RATIO = 0.75
#: Scores below this are too faint to hold a place or to contest it.
MIN_SCORE = 0.05
#: The other side's presence or encirclement needs this share of the holder's
#: score to show as ``presence`` or ``encircled``.
PRESSURE_RATIO = 0.5
