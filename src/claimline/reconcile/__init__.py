"""Reconciliation: per-place control timelines, typed contradictions, confidence.

Public entry points are plain functions over a list of
:class:`~claimline.model.Claim` records, plus :class:`Reconciler` for the
incremental case::

    >>> tl = build_timeline(claims, "704508")          # or a canonical name
    >>> for seg in tl.segments: print(seg.start, seg.end, seg.state, seg.confidence)
    >>> print(tl.segments[-1].why)                     # the audit trail
    >>> status_as_of(claims, date(2025, 12, 1))        # [(place, state, confidence), ...]
    >>> changes_since(claims, date(2025, 11, 1))       # [Change(...), ...]
    >>> rec = Reconciler(claims); rec.update(new_claims)   # -> places recomputed

Everything is deterministic: inputs are sorted by stable keys (claim id), and
no step depends on the order claims arrive in or on the clock.  How claims are
read, weighed and decided is described in :mod:`.evidence`, :mod:`.weights`,
:mod:`.timeline` and :mod:`.contradictions`, and for users in docs/reconcile.md.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from claimline.errors import NotFound
from claimline.model import Claim, ControlState, Place, PlaceKind, Segment
from claimline.reconcile.contradictions import find_contradictions, incompatible, relation
from claimline.reconcile.evidence import (
    Reading,
    Sides,
    clip_before_changes,
    infer_report_dates,
    place_key,
    read_claim,
    resolve_sides,
    side_state,
    weightless,
)
from claimline.reconcile.timeline import ClaimWeight, Explanation, Timeline, build_segments
from claimline.reconcile.weights import Weighted, coarse_dating, independence, supersede, weigh


class PlaceStatus(NamedTuple):
    """The state of one place on a day."""

    place: Place
    state: ControlState
    confidence: float


@dataclass(frozen=True, slots=True)
class Change:
    """A place whose state changed on ``day`` (the start of a new segment)."""

    place: Place
    day: date
    before: ControlState | None
    after: ControlState
    confidence: float
    segment: Segment
    before_extent: str | None = None
    extent: str | None = None


def places(claims: Iterable[Claim]) -> dict[str, str]:
    """Every place key the claims name → its canonical name (the most frequent spelling)."""
    names: dict[str, Counter[str]] = {}
    for c in claims:
        key = place_key(c)
        if key is not None:
            names.setdefault(key, Counter())[c.place.canonical or c.place.text or key] += 1
    return {k: sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for k, v in names.items()}


def _place_record(key: str, canonical: str, claims: Sequence[Claim]) -> Place:
    kind = claims[0].place.kind if claims else PlaceKind.SETTLEMENT
    return Place(id=key, name=canonical, kind=kind)


def _resolve_key(claims: Sequence[Claim], place: str) -> str:
    """The place key for an id or a canonical name (case-insensitive)."""
    known = places(claims)
    if place in known:
        return place
    low = place.strip().lower()
    hits = sorted(k for k, name in known.items() if name.lower() == low)
    if hits:
        return hits[0]
    return place


def _timeline_for(
    key: str,
    canonical: str,
    place_claims: Sequence[Claim],
    report_dates: Mapping[str, date],
    profile: object,
    as_of: date | None,
) -> Timeline:
    claims = sorted(place_claims, key=lambda c: c.id)
    ignored: list[tuple[str, str]] = []
    sides: Sides = resolve_sides(claims, profile)
    readings: list[Reading] = []
    for c in claims:
        r = read_claim(c, sides, report_dates)
        if isinstance(r, str):
            ignored.append((c.id, r))
            continue
        if as_of is not None and (r.reported > as_of or (r.event_start or r.start) > as_of):
            ignored.append((c.id, f"made or dated after {as_of.isoformat()}"))
            continue
        if weightless(c):
            ignored.append((c.id, f"{c.modality}: carries no weight"))
        readings.append(r)
    clipped = clip_before_changes(readings)
    readings = [
        dataclasses.replace(r, end=clipped[r.id]) if r.id in clipped else r for r in readings
    ]
    weighted: list[Weighted] = [weigh(r, sides) for r in readings]
    weighted = supersede(coarse_dating(independence(weighted)), incompatible)
    segments, explanations = build_segments(weighted, key, sides)
    contradictions = find_contradictions(weighted, key, canonical, sides)
    if as_of is not None:
        keep = [i for i, s in enumerate(segments) if s.start is None or s.start <= as_of]
        segments = tuple(segments[i] for i in keep)
        explanations = tuple(explanations[i] for i in keep)
        if segments and segments[-1].end is not None and segments[-1].end > as_of:
            segments = segments[:-1] + (dataclasses.replace(segments[-1], end=None),)
    return Timeline(key, canonical, segments, contradictions, explanations, tuple(ignored))


def build_timeline(
    claims: Sequence[Claim],
    place_id: str,
    *,
    profile: object = None,
    as_of: date | None = None,
    published: Mapping[str, date] | None = None,
) -> Timeline:
    """The control timeline of one place from all claims about it.

    ``place_id`` is the place's id (or canonical name).  ``profile`` gives the
    side codes (a :class:`~claimline.profiles.Profile` or a sequence of codes;
    default: the sides the claims use).  ``as_of`` leaves out claims made or
    dated after that day, as an analyst would have seen it then.
    ``published`` maps doc id → publication date; without it a document's date
    is taken from its "as of publication" claims.  A place no claim names gets
    an empty timeline.
    """
    key = _resolve_key(claims, place_id)
    report_dates = infer_report_dates(claims, published)
    mine = [c for c in claims if place_key(c) == key]
    canonical = places(mine).get(key, place_id)
    return _timeline_for(key, canonical, mine, report_dates, profile, as_of)


def _status(
    timelines: Iterable[Timeline], day: date, kinds: Mapping[str, Place]
) -> list[PlaceStatus]:
    out = []
    for tl in timelines:
        seg = tl.state_on(day)
        place = kinds[tl.place_id]
        out.append(
            PlaceStatus(
                place, seg.state if seg else ControlState.UNKNOWN, seg.confidence if seg else 0.0
            )
        )
    return sorted(out, key=lambda s: (s.place.name.lower(), s.place.id))


def _changes(timelines: Iterable[Timeline], day: date, kinds: Mapping[str, Place]) -> list[Change]:
    out = []
    for tl in timelines:
        prev: Segment | None = None
        for seg in tl.segments:
            if seg.start is not None and seg.start >= day:
                out.append(Change(
                    kinds[tl.place_id], seg.start, prev.state if prev else None, seg.state,
                    seg.confidence, seg, prev.extent if prev else None, seg.extent,
                ))  # fmt: skip
            prev = seg
    return sorted(out, key=lambda c: (c.day, c.place.name.lower(), c.place.id))


def status_as_of(
    claims: Sequence[Claim],
    day: date,
    *,
    profile: object = None,
    published: Mapping[str, date] | None = None,
) -> list[PlaceStatus]:
    """Every place's (place, state, confidence) on ``day``, from what was known then.

    Places whose first claim comes later are left out; a place with claims but
    no state yet on that day is ``unknown`` with confidence 0.
    """
    rec = Reconciler(claims, profile=profile, published=published)
    return rec.status_as_of(day)


def changes_since(
    claims: Sequence[Claim],
    day: date,
    *,
    profile: object = None,
    published: Mapping[str, date] | None = None,
) -> list[Change]:
    """Every change of state (a new segment) starting on or after ``day``, by date."""
    return Reconciler(claims, profile=profile, published=published).changes_since(day)


class Reconciler:
    """Per-place results that recompute only where the claims changed.

    >>> rec = Reconciler(claims)
    >>> rec.update([new_claim])      # {'704508'}: only that place was rebuilt
    >>> rec.timeline("Kupiansk").segments

    A claim with a known id replaces the old one (a place it moved away from is
    recomputed too); a change in a document's publication date recomputes the
    places its claims name.  ``recomputed`` counts rebuilds per place (for tests
    and logs).
    """

    def __init__(
        self,
        claims: Iterable[Claim] = (),
        *,
        profile: object = None,
        published: Mapping[str, date] | None = None,
    ) -> None:
        self._profile = profile
        self._published: dict[str, date] = dict(published or {})
        self._claims: dict[str, Claim] = {}
        self._timelines: dict[str, Timeline] = {}
        self._report: dict[str, date] = {}
        self.recomputed: Counter[str] = Counter()
        self.update(claims)

    def update(
        self, new_claims: Iterable[Claim], published: Mapping[str, date] | None = None
    ) -> set[str]:
        """Add or replace claims; rebuild and return the place keys that were affected."""
        touched: set[str] = set()
        for c in sorted(new_claims, key=lambda c: c.id):
            old = self._claims.get(c.id)
            if old == c:
                continue
            if old is not None and place_key(old) is not None:
                touched.add(place_key(old))  # type: ignore[arg-type]
            self._claims[c.id] = c
            if place_key(c) is not None:
                touched.add(place_key(c))  # type: ignore[arg-type]
        if published:
            self._published.update(published)
        return self._refresh(touched)

    def remove(self, claim_ids: Iterable[str]) -> set[str]:
        """Drop claims by id; rebuild and return the affected place keys."""
        touched = set()
        for cid in claim_ids:
            c = self._claims.pop(cid, None)
            if c is not None and place_key(c) is not None:
                touched.add(place_key(c))
        return self._refresh(touched)  # type: ignore[arg-type]

    def _refresh(self, touched: set[str]) -> set[str]:
        report = infer_report_dates(self._claims.values(), self._published)
        moved = {d for d in set(report) | set(self._report) if report.get(d) != self._report.get(d)}
        self._report = report
        if moved:
            touched |= {
                place_key(c)
                for c in self._claims.values()
                if c.doc_id in moved and place_key(c) is not None
            }  # type: ignore[misc]
        by_place: dict[str, list[Claim]] = {}
        for c in self._claims.values():
            k = place_key(c)
            if k in touched:
                by_place.setdefault(k, []).append(c)  # type: ignore[arg-type]
        for key in sorted(touched):
            mine = by_place.get(key, [])
            if not mine:
                self._timelines.pop(key, None)
                continue
            name = places(mine)[key]
            self._timelines[key] = _timeline_for(key, name, mine, report, self._profile, None)
            self.recomputed[key] += 1
        return touched

    @property
    def claims(self) -> list[Claim]:
        return [self._claims[k] for k in sorted(self._claims)]

    def place_keys(self) -> list[str]:
        return sorted(self._timelines, key=lambda k: (self._timelines[k].canonical.lower(), k))

    def timeline(self, place: str, *, as_of: date | None = None) -> Timeline:
        """One place's timeline by id or canonical name; raises :class:`NotFound`."""
        key = place if place in self._timelines else None
        if key is None:
            low = place.strip().lower()
            hits = sorted(k for k, t in self._timelines.items() if t.canonical.lower() == low)
            key = hits[0] if hits else None
        if key is None:
            raise NotFound(
                f"no claims about a place called {place!r}",
                hint="list places with `claimline status --as-of DATE`",
            )
        if as_of is None:
            return self._timelines[key]
        mine = [c for c in self._claims.values() if place_key(c) == key]
        return _timeline_for(
            key, self._timelines[key].canonical, mine, self._report, self._profile, as_of
        )

    def timelines(self) -> list[Timeline]:
        return [self._timelines[k] for k in self.place_keys()]

    def _places(self) -> dict[str, Place]:
        out = {}
        for key, tl in self._timelines.items():
            mine = [c for c in self._claims.values() if place_key(c) == key][:1]
            out[key] = _place_record(key, tl.canonical, mine)
        return out

    def status_as_of(self, day: date) -> list[PlaceStatus]:
        """Every place's state on ``day``, from the claims made by then."""
        tls = [self.timeline(k, as_of=day) for k in self.place_keys()]
        return _status([t for t in tls if t.segments], day, self._places())

    def changes_since(self, day: date) -> list[Change]:
        return _changes(self.timelines(), day, self._places())

    def contradictions(self, place: str | None = None, since: date | None = None):  # type: ignore[no-untyped-def]
        """Every contradiction record (of one place, if given), ending on or after ``since``."""
        tls = [self.timeline(place)] if place else self.timelines()
        return [
            c
            for t in tls
            for c in t.contradictions
            if since is None or c.end is None or c.end >= since
        ]


__all__ = [
    "Change",
    "ClaimWeight",
    "Explanation",
    "PlaceStatus",
    "Reconciler",
    "Sides",
    "Timeline",
    "Weighted",
    "build_timeline",
    "changes_since",
    "find_contradictions",
    "places",
    "relation",
    "resolve_sides",
    "side_state",
    "status_as_of",
]
