"""Publication-date inference for documents that carry no date.

Two sources of evidence, each recorded with basis ``inferred``, a confidence
below 1 and a ``why`` that says what it rests on:

* :func:`infer_from_text` reads the document alone: the latest explicit date
  it mentions is a lower bound (and, in the lead, usually the day itself);
  dates without a year ("on July 28") mean the document appeared within weeks
  after such a day, and a weekday attached to one ("on Thursday, December 24")
  leaves only the years where that day fell on that weekday; "since"/"after"
  references and reference events are lower bounds too.
* :func:`infer_from_corpus` and :func:`date_undated` link the document to
  dated stories that report the same events (features:
  :mod:`claimline.nlp.dating_features`; stories and weights:
  :mod:`claimline.nlp.dating_index`).  A story whose date contradicts the
  text's own evidence is discarded before ranking; a clear best match places
  the document near that story's date, cut to the text's own bounds.

Nothing here reads the clock: a document with no usable evidence gets None.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from claimline.model import DateBasis, Document, Precision, TimeInterval
from claimline.nlp.dating_features import LinkDoc, TextFeatures, link_doc, link_features
from claimline.nlp.dating_index import RIVAL_SPREAD, LinkIndex, distinct_evidence
from claimline.nlp.timex import TimeMention, find_times

__all__ = [
    "DateEstimate",
    "LinkDoc",
    "LinkIndex",
    "date_undated",
    "link_doc",
    "infer_from_corpus",
    "infer_from_text",
    "link_features",
]

#: How long after a day a report still names it without a year.
YEARLESS_WINDOW = timedelta(days=40)
#: How far from a linked document's date the undated one may lie.
LINK_WINDOW = timedelta(days=30)
#: A yearless day this close to a full date in the same text shares its year.
ANCHOR_REACH = timedelta(days=31)
#: How long after the date its lead names a report may still appear.
LEAD_DAY_SLACK = timedelta(days=6)
#: The share of the text, from its start, that counts as the lead.
LEAD_CHARS = 450


@dataclass(frozen=True, slots=True)
class DateEstimate:
    """An inferred publication date: never certain.

    ``interval`` bounds the date (``end`` None: no upper bound found),
    ``best`` is the single most likely day inside it, ``confidence`` is in
    (0, 1), and ``why`` explains the evidence in words.
    """

    interval: TimeInterval
    confidence: float
    basis: str = "inferred"
    why: str = ""
    best: date | None = None


@dataclass(frozen=True, slots=True)
class _Bounds:
    lower: date | None
    lower_why: str
    lead_day: bool  # the lower bound is a full date in the lead
    windows: tuple[tuple[date, date], ...]  # allowed stretches from yearless dates
    pinned: bool  # a weekday/date pair fixed the year
    notes: tuple[str, ...]


# --- text-only -------------------------------------------------------------------


def _yearless(mentions: Sequence[TimeMention]) -> list[tuple[TimeMention, int | None]]:
    """The past days named without a year ("on July 28"), each with the year
    the text itself fixes for it, if any.

    Not those after "since"/"until"/"before"/"after": a report names such a
    day long after it.  A yearless day within ``ANCHOR_REACH`` of a full
    date the text names ("as of Mar. 4, 2023 … late on Mar. 4") is read
    in that date's year: the year was said once.
    """
    full = [
        date(m.year, m.month, m.day)
        for m in mentions
        if m.year is not None and m.month is not None and m.day is not None
        and m.interval.basis == "explicit"
    ]  # fmt: skip
    out = []
    for m in mentions:
        if m.year is not None or m.month is None or m.day is None or m.forward:
            continue
        if m.kind not in ("date", "range") or m.relation is not None:
            continue
        fixed = None
        for anchor in full:
            for year in (anchor.year - 1, anchor.year, anchor.year + 1):
                try:
                    day = date(year, m.month, m.day)
                except ValueError:
                    continue
                if abs(day - anchor) <= ANCHOR_REACH:
                    fixed = year
        out.append((m, fixed))
    return out


def _yearless_windows(
    mentions: Sequence[TimeMention], lower: date | None, years: range | None = None
) -> tuple[list[tuple[date, date]] | None, bool, list[str]]:
    """Where the publication may lie given the dates named without a year.

    Returns None when there are no such dates (no constraint).  Each date
    allows ``[day, day + YEARLESS_WINDOW]`` in every year from the lower
    bound's year on; a weekday named with it keeps only the matching years.
    """
    allowed: list[tuple[date, date]] | None = None
    pinned = False
    notes: list[str] = []
    if years is None:
        if lower is None:
            return None, False, notes
        years = range(lower.year - 1, lower.year + 40)
    for m, fixed in _yearless(mentions):
        spans = []
        for year in [fixed] if fixed is not None else years:
            try:
                day = date(year, m.month, m.day)  # type: ignore[arg-type]
            except ValueError:
                continue
            if m.weekday is not None and day.weekday() != m.weekday:
                continue
            if lower is None or day + YEARLESS_WINDOW >= lower:
                spans.append((max(day, lower) if lower else day, day + YEARLESS_WINDOW))
        if fixed is not None:
            pinned = True
            notes.append(f"'{m.text}' shares the year of a full date in the text")
        elif m.weekday is not None:
            pinned = True
            notes.append(
                f"'{m.text}' names a weekday that fits {spans[0][0].year}" if spans else ""
            )
        allowed = spans if allowed is None else _intersect(allowed, spans)
    return allowed, pinned, [n for n in notes if n]


def _intersect(a: list[tuple[date, date]], b: list[tuple[date, date]]) -> list[tuple[date, date]]:
    out = []
    for s1, e1 in a:
        for s2, e2 in b:
            s, e = max(s1, s2), min(e1, e2)
            if s <= e:
                out.append((s, e))
    return sorted(out)


def _bounds_from(mentions: Sequence[TimeMention]) -> _Bounds:
    """The text's own evidence: its lower bound and the windows its yearless dates allow."""
    lower: date | None = None
    lower_why = ""
    lead_day = False
    for m in mentions:
        if m.forward or m.relation in ("until", "before"):
            continue
        start = m.interval.start
        # "since its recapture in May 2024" is a lower bound too; a "since" without a
        # year has no start here (no anchor), so it never counts.
        if start is None or m.interval.basis not in ("explicit", "anchor", "event", "since"):
            continue
        if lower is None or start > lower:
            lower = start
            lower_why = f"mentions '{m.text}'"
            lead_day = m.interval.precision is Precision.DAY and m.start < LEAD_CHARS
        elif start == lower and m.start < LEAD_CHARS and m.interval.precision is Precision.DAY:
            lead_day = True
    windows, pinned, notes = _yearless_windows(mentions, lower)
    bounds = _Bounds(lower, lower_why, lead_day, tuple(windows or ()), pinned, tuple(notes))
    if windows is not None and not windows:  # contradictory: fall back to the lower bound
        bounds = _Bounds(lower, lower_why, lead_day, (), False, ("yearless dates did not fit",))
    return bounds


def _text_estimate(b: _Bounds) -> DateEstimate | None:
    if b.lower is None:
        return None
    if b.windows:
        first = b.windows[0]
        why = f"{b.lower_why} (lower bound); dates without a year put it within weeks after them"
        if b.pinned:
            interval = TimeInterval(first[0], first[1], Precision.MONTH, "inferred")
            return DateEstimate(interval, 0.45, why="; ".join([why, *b.notes]), best=first[0])
        interval = TimeInterval(first[0], None, Precision.OPEN, "inferred")
        return DateEstimate(interval, 0.2, why=why + "; the year is not fixed", best=first[0])
    if b.lead_day:
        # Usually that day; a report may follow by a few days (a weekly, a repost).
        interval = TimeInterval(b.lower, b.lower + LEAD_DAY_SLACK, Precision.DAY, "inferred")
        why = (
            f"the lead {b.lower_why}, the latest date in the text: reports usually appear that day"
        )
        return DateEstimate(interval, 0.6, why=why, best=b.lower)
    interval = TimeInterval(b.lower, None, Precision.OPEN, "inferred")
    return DateEstimate(interval, 0.15, why=f"{b.lower_why}: a lower bound only", best=b.lower)


def _lead_weekday(mentions: Sequence[TimeMention]) -> int | None:
    """The weekday the lead names for its news ("this Saturday"), if any."""
    for m in mentions:
        if m.start >= LEAD_CHARS:
            break
        if m.kind == "weekday" and m.weekday is not None and not m.forward:
            return m.weekday
    return None


def infer_from_text(text: str, *, events: Iterable[Any] | None = None) -> DateEstimate | None:
    """Estimate when an undated ``text`` was published from its own content.

    Returns None when the text names no dated fact.  ``events`` are reference
    events (default: the profile's).
    """
    return _text_estimate(_bounds_from(find_times(text, None, events=events)))


# --- event linking ---------------------------------------------------------------

#: A match at least this share of the best one is a rival: it must agree in time.
RIVAL_SHARE = 0.8
#: The score a story needs when no day the text names corroborates its date.
MIN_SCORE_ALONE = 0.2
#: A link needs at least this many distinct specific shared things.
MIN_SPECIFIC = 2


def _fit(
    linked: date,
    bounds: _Bounds,
    yearless: Sequence[tuple[TimeMention, int | None]],
    firm: DateEstimate | None,
) -> tuple[date, date, list[str]] | None:
    """Where the undated document lies if it reports the story of ``linked``,
    or None when that contradicts the text's own evidence.

    The document lies within ``LINK_WINDOW`` of the story, not before its
    lower bound, and within ``YEARLESS_WINDOW`` after each date it names
    without a year; each such date (with its weekday, if named) must itself
    fall within ``LINK_WINDOW`` of the story: a report of July 26 and 28 fits
    a story of mid-July in some year, not one of September.
    """
    lo, hi = linked - LINK_WINDOW, linked + LINK_WINDOW
    notes: list[str] = []
    if bounds.lower is not None:
        if hi < bounds.lower:
            return None
        lo = max(lo, bounds.lower)
    for m, fixed in yearless:
        near = []
        for year in (
            [fixed] if fixed is not None else (linked.year - 1, linked.year, linked.year + 1)
        ):
            try:
                day = date(year, m.month, m.day)  # type: ignore[arg-type]
            except ValueError:
                continue
            if m.weekday is not None and day.weekday() != m.weekday:
                continue
            if abs(day - linked) <= LINK_WINDOW:
                near.append(day)
        if not near:
            return None
        day = min(near, key=lambda d: abs(d - linked))
        lo, hi = max(lo, day), min(hi, day + YEARLESS_WINDOW)
        notes.append(f"'{m.text}' read as {day.isoformat()}")
    if firm is not None and firm.interval.start is not None and firm.interval.end is not None:
        lo, hi = max(lo, firm.interval.start), min(hi, firm.interval.end)
    if lo > hi:
        return None
    return lo, hi, notes


def _link(
    query: LinkDoc,
    mentions: Sequence[TimeMention],
    bounds: _Bounds,
    index: LinkIndex,
    min_score: float,
) -> DateEstimate | None:
    """The event-linking estimate for one undated document (see infer_from_corpus)."""
    text_only = _text_estimate(bounds)
    firm = text_only if text_only is not None and text_only.confidence >= 0.5 else None
    yearless = _yearless(mentions)
    fits = []
    for score, i, shared in index.score(query):
        story = index.stories[i]
        fit = _fit(story.published, bounds, yearless, firm)
        same_story = query.cluster_id is not None and story.cluster_id == query.cluster_id
        if not same_story and distinct_evidence(shared, index) < MIN_SPECIFIC:
            continue  # one shared governor or town is no story
        if fit is not None:  # a contradicted story is discarded before ranking
            fits.append((score, story, shared, fit))
    # A story whose date the text's own days corroborate needs less likeness than one
    # that merely does not contradict them.
    eligible = [
        f for f in fits
        if f[0] >= (min_score if f[3][2] or firm is not None else max(min_score, MIN_SCORE_ALONE))
    ]  # fmt: skip
    if not eligible:
        return text_only
    score, story, shared, (lo, hi, notes) = eligible[0]
    rivals = [s.published for sc, s, _, _ in fits if sc >= max(min_score, RIVAL_SHARE * score)]
    if max(rivals) - min(rivals) > RIVAL_SPREAD:
        return text_only  # near-equal matches at different times: no single story
    linked = story.published
    names = ", ".join(index.label(f) for f in shared[:6])
    why = (
        f"reports the same events as {'+'.join(story.ids)} of {linked.isoformat()} "
        f"(score {score:.2f}; shared {names})"
    )
    if notes:
        why += "; " + ", ".join(notes)
    best = min(max(linked, lo), hi)
    lead_weekday = _lead_weekday(mentions)
    if lead_weekday is not None:
        # "announced this Saturday" in the lead names the day of the news, and
        # reports usually appear that day: the latest such weekday not after the guess.
        day = best - timedelta(days=(best.weekday() - lead_weekday) % 7)
        if lo <= day <= hi:
            best = day
            why += "; the lead's weekday picks the day"
    if firm is not None:
        best = min(max(firm.best or lo, lo), hi)
        why = f"{firm.why}; {why}"
    elif bounds.lower is not None:
        why += f"; {bounds.lower_why} (lower bound)"
    confidence = round(min(0.85, 0.35 + score), 2)
    precision = Precision.DAY if (hi - lo).days <= 3 else Precision.MONTH
    return DateEstimate(TimeInterval(lo, hi, precision, "inferred"), confidence, why=why, best=best)


def _as_link_docs(dated: Sequence[tuple[str, date] | LinkDoc]) -> list[LinkDoc]:
    return [
        d if isinstance(d, LinkDoc) else link_doc(f"doc{i}", d[0], d[1])
        for i, d in enumerate(dated)
    ]


def infer_from_corpus(
    text: str,
    dated: Sequence[tuple[str, date] | LinkDoc] | LinkIndex,
    *,
    min_score: float = 0.04,
    events: Iterable[Any] | None = None,
) -> DateEstimate | None:
    """Place an undated ``text`` next to the dated documents that report the
    same events; fall back to :func:`infer_from_text` when none does.

    ``dated`` holds ``(text, published)`` pairs, :class:`LinkDoc` records or a
    prebuilt :class:`LinkIndex`.  Stories whose date contradicts the text's
    own evidence (its lower bound, its dates without a year, a weekday named
    with one, a firm date in its lead) are discarded before ranking.  The best
    story must score at least ``min_score``, and every near-equal one must lie
    within ``RIVAL_SPREAD`` of it; otherwise the text-only estimate stands.
    The linked story's date gives an interval of ``LINK_WINDOW`` either side,
    cut to the text's own bounds; the confidence grows with the score but
    stays below 1.
    """
    mentions = find_times(text, None, events=events)
    bounds = _bounds_from(mentions)
    if not isinstance(dated, LinkIndex):
        if not dated:
            return _text_estimate(bounds)
        dated = LinkIndex(_as_link_docs(dated))
    query = link_doc("query", text, None, mentions=mentions)
    return _link(query, mentions, bounds, dated, min_score)


def date_undated(
    documents: Sequence[Document],
    *,
    events: Iterable[Any] | None = None,
    dated: Sequence[LinkDoc] | LinkIndex | None = None,
    min_score: float = 0.04,
    features: Callable[[Document, bool], TextFeatures] | None = None,
) -> list[Document]:
    """The documents, with every undated one given an inferred date.

    Dated documents come back unchanged and form the corpus for event linking,
    unless ``dated`` supplies it (precomputed :class:`LinkDoc` records or a
    :class:`LinkIndex`).  Copies of one syndicated story (same ``cluster_id``)
    are one candidate.  Features are computed once per document.  An undated
    one gets ``published`` = the estimate's best day, ``date_basis``
    inferred, ``date_confidence`` and ``published_precision`` from the
    estimate, and ``metadata["date_inferred"]`` with the interval and the
    reason.  One with no usable evidence stays undated (basis none).

    ``features(doc, dated)`` supplies a document's :class:`TextFeatures` from
    a cache (with ``days`` for a dated document, ``mentions`` for an undated
    one); the result is the same as without it.
    """
    event_list = tuple(events) if events is not None else None
    undated = [d for d in documents if d.published is None]
    if not undated:
        return list(documents)
    queries = {}
    for doc in undated:
        known = features(doc, False) if features is not None else None
        if known is not None and known.mentions is not None and event_list is None:
            mentions: Sequence[TimeMention] = known.mentions  # find_times(text, None) once
        else:
            mentions = find_times(doc.text, None, events=event_list)
        query = link_doc(
            doc.id, doc.text, None, cluster_id=doc.cluster_id, mentions=mentions, features=known
        )
        queries[doc.id] = (query, mentions)
    if isinstance(dated, LinkIndex):
        index = dated
    else:
        corpus = list(dated) if dated is not None else [
            link_doc(
                d.id, d.text, d.published, cluster_id=d.cluster_id,
                features=features(d, True) if features is not None else None,
            )
            for d in documents if d.published is not None
        ]  # fmt: skip
        index = LinkIndex(corpus, extra_lower=[q.lower for q, _ in queries.values()])
    out: list[Document] = []
    for doc in documents:
        if doc.published is not None:
            out.append(doc)
            continue
        query, mentions = queries[doc.id]
        est = _link(query, mentions, _bounds_from(mentions), index, min_score)
        if est is None or est.best is None:
            out.append(doc)
            continue
        iv = est.interval
        note = {
            "start": iv.start.isoformat() if iv.start else None,
            "end": iv.end.isoformat() if iv.end else None,
            "why": est.why,
        }
        out.append(
            dataclasses.replace(
                doc,
                published=est.best,
                published_precision=Precision.DAY
                if iv.precision is Precision.DAY
                else Precision.MONTH,
                date_basis=DateBasis.INFERRED,
                date_confidence=est.confidence,
                metadata={**doc.metadata, "date_inferred": note},
            )
        )
    return out
