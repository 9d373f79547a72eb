"""What one claim says about a place's state: a :class:`Reading`.

A claim names an event or a state in words ("captured by RU", "UA repelled an
attack").  Reconciliation needs it in one shape: *which side holds the place,
or what else is going on there* (a side inside it, encircling it, advancing on
it, fighting in it), over *which days*, reported *when*.  This module does that
translation and nothing else; weighing is :mod:`.weights`, the timeline is
:mod:`.timeline`.

Claim types map onto readings as follows (``other(X)`` is the opposing side,
found from the profile's side codes, never hard-coded)::

    captured by X     HOLD X      a change: X holds from the event on
    withdrew X        HOLD other  a change: the other side holds after it
    controls by X     HOLD X      (PART X when the extent is partial)
    repelled by X     HOLD X      X still holds
    entered by X      INSIDE X    holder: other(X)
    encircled by X    ENCIRCLE X  holder: other(X)
    advancing X       ADVANCE X   holder: other(X), weak
    contested         FIGHT       no holder

Windows.  A state claim asserts its own interval ``[start, end]`` (an open end
-- "since February" -- runs to the day the claim was reported).  A change event
asserts the new state from the *end* of its window for
:data:`EVENT_HORIZON_DAYS` days: a capture dated only "in 2022" does not say who
held the town in March 2022, only that by the end of 2022 it had changed hands.
Beyond the horizon the state is carried forward by the timeline.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from claimline.model import Claim, ClaimType, ControlState, Modality, Polarity, Side, StrEnum

#: How long a change event ("captured on 20 November") directly asserts the new
#: state; after that the timeline carries the state forward as a prior.
EVENT_HORIZON_DAYS = 14

#: Extents that mean the whole place; anything else is partial.
_FULL_EXTENTS = frozenset(
    {
        "full",
        "all",
        "entire",
        "whole",
        "complete",
        "fully",
        "completely",
        "entirely",
        "100%",
        "total",
        "totally",
    }
)

_NON_SIDES = frozenset({str(Side.UNKNOWN), str(Side.NEUTRAL), ""})


class Form(StrEnum):
    """The shape of what a claim says about a place."""

    HOLD = "hold"  # side holds the (whole) place
    PART = "part"  # side holds part of it
    INSIDE = "inside"  # side is present inside a place the other holds
    ENCIRCLE = "encircle"  # side encircles a place the other holds
    ADVANCE = "advance"  # side advances toward a place the other holds
    FIGHT = "fight"  # fighting in or for it, nobody said to hold it


@dataclass(frozen=True, slots=True)
class Sides:
    """The side codes of one conflict, and who is whose opponent.

    With exactly two sides the opponent is unambiguous; with more, ``other``
    returns None and the reading that needs it is dropped (and said so).
    """

    codes: tuple[str, ...]

    def other(self, code: str | None) -> str | None:
        if code is None or code not in self.codes or len(self.codes) != 2:
            return None
        return self.codes[1] if self.codes[0] == code else self.codes[0]

    def is_side(self, code: str | None) -> bool:
        return code is not None and code in self.codes


def resolve_sides(claims: Iterable[Claim], profile: object = None) -> Sides:
    """The sides to reason with: the profile's codes, else those the claims use.

    ``profile`` may be a :class:`~claimline.profiles.Profile`, a sequence of
    side codes or None.  Without one, the sides are the actor and speaker side
    codes seen in ``claims``; if fewer than two appear, the default profile's
    sides are added (a place mentioned by one side only still has an opponent).
    """
    if profile is not None:
        codes = getattr(profile, "side_codes", None)
        if codes is None:
            codes = tuple(str(c) for c in profile)  # type: ignore[attr-defined]
        return Sides(tuple(sorted(dict.fromkeys(codes))))
    seen: set[str] = set()
    for c in claims:
        for code in (c.actor, c.speaker.side if c.speaker else None):
            if code and str(code) not in _NON_SIDES:
                seen.add(str(code))
    if len(seen) < 2:
        from claimline.errors import ProfileError
        from claimline.profiles import load_profile

        try:
            default = set(load_profile().side_codes)
        except ProfileError:  # no usable default profile: reason with what we have
            default = set()
        if seen <= default:
            seen |= default
    return Sides(tuple(sorted(seen)))


def side_state(code: str | None, sides: Sides) -> ControlState:
    """The :class:`ControlState` for "side ``code`` holds the place".

    The enum has members for the default profile's codes only; a side of
    another profile without a member maps to ``UNKNOWN`` (the segment's
    ``why`` still names the holder).
    """
    if code is None or not sides.is_side(code):
        return ControlState.UNKNOWN
    try:
        return ControlState(code)
    except ValueError:
        return ControlState.UNKNOWN


def is_partial(extent: str | None) -> bool:
    """Whether an extent phrase means less than the whole place."""
    if not extent:
        return False
    return extent.strip().lower() not in _FULL_EXTENTS


def claim_extent(claim: Claim) -> str | None:
    """The claim's extent, or the named part of the town it is about."""
    return claim.extent or claim.place.part


def place_key(claim: Claim) -> str | None:
    """The key a claim's place is reconciled under: its id, else its canonical name."""
    if claim.place.place_id:
        return claim.place.place_id
    if claim.place.canonical:
        return "name:" + claim.place.canonical
    return None


@dataclass(frozen=True, slots=True)
class Reading:
    """One claim, read as a statement about the place's state over a window."""

    claim: Claim
    form: Form
    side: str | None  # the acting side of the form (who holds, enters, encircles...)
    holder: str | None  # who holds the place on this reading
    negated: bool
    change: bool  # a captured/withdrew event rather than a state
    start: date  # asserted window, closed
    end: date
    event_start: date | None  # a change event's own window start
    reported: date  # when the claim was made (publication of its document)
    extent: str | None
    speaker_side: str | None

    @property
    def id(self) -> str:
        return self.claim.id

    def overlaps(self, other: Reading) -> bool:
        return self.start <= other.end and other.start <= self.end

    def describe(self) -> str:
        """The content in plain words: "RU captured it", "UA holds half of it"."""
        c = self.claim
        actor = c.actor or "an unnamed side"
        ext = f" ({self.extent})" if self.extent else ""
        text = {
            ClaimType.CAPTURED: f"{actor} captured it{ext}",
            ClaimType.WITHDREW: f"{actor} withdrew from it{ext}",
            ClaimType.CONTROLS: f"{actor} controls it{ext}",
            ClaimType.REPELLED: f"{actor} repelled an attack there{ext}",
            ClaimType.ENTERED: f"{actor} forces are inside it{ext}",
            ClaimType.ENCIRCLED: f"{actor} encircles it{ext}",
            ClaimType.ADVANCING: f"{actor} is advancing toward it{ext}",
            ClaimType.CONTESTED: f"fighting is going on in it{ext}",
        }[c.type]
        return f"it is not true that {text}" if self.negated else text


def infer_report_dates(
    claims: Iterable[Claim], published: Mapping[str, date] | None = None
) -> dict[str, date]:
    """When each document's claims were made, by doc id.

    ``published`` (doc id → publication date, e.g. from the store) wins; for
    other documents the date of their "as of publication" claims (time basis
    ``publication``) stands in.  Documents with neither are left out: their
    claims fall back to their own time.
    """
    out: dict[str, date] = {}
    for c in claims:
        if published and c.doc_id in published:
            continue
        t = c.time
        # An open "as of publication" interval means the document's date is
        # known only as a lower bound: that bound is not the day it was reported.
        if t is not None and t.basis == "publication" and t.end is not None:
            day = t.start or t.end  # a month-precise "as of publication": its first day
            if day is not None and (c.doc_id not in out or day > out[c.doc_id]):
                out[c.doc_id] = day
    if published:
        out.update({k: v for k, v in published.items() if v is not None})
    return out


def weightless(claim: Claim) -> bool:
    """Intended, predicted and conditional claims say nothing about the state."""
    return claim.modality in (Modality.INTENDED, Modality.PREDICTED, Modality.CONDITIONAL)


def read_claim(claim: Claim, sides: Sides, report_dates: Mapping[str, date]) -> Reading | str:
    """The :class:`Reading` of one claim, or a short reason why it has none."""
    if claim.time is None or (claim.time.start is None and claim.time.end is None):
        return "undated: its time is unknown"
    actor = str(claim.actor) if claim.actor else None
    t, other = claim.type, sides.other(actor)
    extent = claim_extent(claim)
    if t is ClaimType.CONTESTED:
        form, side, holder = Form.FIGHT, actor, None
    elif actor is None or not sides.is_side(actor):
        return f"its actor {actor!r} is not a side of this conflict"
    elif t is ClaimType.CAPTURED or t is ClaimType.REPELLED:
        form, side, holder = Form.HOLD, actor, actor
    elif t is ClaimType.CONTROLS:
        form = Form.PART if is_partial(extent) else Form.HOLD
        side, holder = actor, actor
    elif other is None:
        return f"the opponent of {actor} is ambiguous among sides {', '.join(sides.codes)}"
    elif t is ClaimType.WITHDREW:
        form, side, holder = Form.HOLD, other, other
    else:
        form = {
            ClaimType.ENTERED: Form.INSIDE,
            ClaimType.ENCIRCLED: Form.ENCIRCLE,
            ClaimType.ADVANCING: Form.ADVANCE,
        }[t]
        side, holder = actor, other
    if t in (ClaimType.CAPTURED, ClaimType.WITHDREW) and form is Form.HOLD and is_partial(extent):
        form = Form.PART  # "cleared a number of northern neighbourhoods"
    start = claim.time.start or claim.time.end
    end = claim.time.end
    reported = report_dates.get(claim.doc_id)
    if claim.time.basis == "publication" and end is None and reported is None:
        # "As of publication" in a document dated only "not before X": reading
        # it as a state from X on, or on X, would date the news by its bound.
        return "as of publication, but its document's date is only a lower bound"
    if end is None:  # "since February": the state runs to the day it was reported
        end = reported if reported is not None and reported >= start else start  # type: ignore[operator]
    assert start is not None
    if end < start:
        start, end = end, start
    change = t in (ClaimType.CAPTURED, ClaimType.WITHDREW)
    event_start = None
    if change:
        event_start = start
        start, end = end, end + timedelta(days=EVENT_HORIZON_DAYS)
    speaker_side = str(claim.speaker.side) if claim.speaker and claim.speaker.side else None
    return Reading(
        claim=claim, form=form, side=side, holder=holder,
        negated=claim.polarity is Polarity.NEGATED, change=change,
        start=start, end=end, event_start=event_start,
        reported=reported or (claim.time.end or claim.time.start or start),
        extent=extent if (form is Form.PART or extent) else None, speaker_side=speaker_side,
    )  # fmt: skip


def favoured_side(r: Reading, sides: Sides) -> str | None:
    """The side a claim is good news for (None when it favours nobody).

    A capture, hold, entry, encirclement or advance favours its acting side; a
    denial of one favours the opponent; fighting favours nobody.
    """
    if r.form is Form.FIGHT:
        return None
    base = r.side if r.form in (Form.INSIDE, Form.ENCIRCLE, Form.ADVANCE) else r.holder
    return sides.other(base) if r.negated else base


def clip_before_changes(readings: Sequence[Reading]) -> dict[str, date]:
    """New window ends for state claims that end inside a change of hands.

    "It had been held by RU since February" in an article about the Ukrainian
    recapture describes the state *before* the change: its window ends where
    the capture's window begins, so the two do not collide on the day itself.
    Returns claim id → clipped end for the readings that need it.
    """
    clipped: dict[str, date] = {}
    events = [r for r in readings if r.change and not r.negated]
    for r in readings:
        if r.change or r.negated:
            continue
        for ev in events:
            assert ev.event_start is not None
            if ev.holder == r.holder and r.form in (Form.HOLD, Form.PART):
                continue
            if r.start < ev.event_start <= r.end <= ev.end:
                new_end = ev.event_start - timedelta(days=1)
                if new_end >= r.start and new_end < clipped.get(r.id, r.end):
                    clipped[r.id] = new_end
    return clipped
