"""Publication-date inference for documents that carry no date.

Two sources of evidence, each recorded with basis ``inferred``, a confidence
below 1 and a ``why`` that says what it rests on:

* :func:`infer_from_text` reads the document alone: the latest explicit date
  it mentions is a lower bound (and, in the lead, usually the day itself);
  dates without a year ("on July 28") mean the document appeared within weeks
  after such a day, and a weekday attached to one ("on Thursday, December 24")
  leaves only the years where that day fell on that weekday; "since"/"after"
  references and reference events are lower bounds too.
* :func:`infer_from_corpus` links the document to dated ones that report the
  same events: shared rare names, numbers ("27,000"), quoted phrases and
  day-month mentions, weighted like TF-IDF.  A close match places the
  document near that document's date; the text's own bounds always win.

Nothing here reads the clock: a document with no usable evidence gets None.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from anyascii import anyascii

from claimline.model import DateBasis, Document, Precision, TimeInterval
from claimline.nlp.timex import TimeMention, find_times

__all__ = [
    "DateEstimate",
    "date_undated",
    "infer_from_corpus",
    "infer_from_text",
    "link_features",
]

#: How long after a day a report still names it without a year.
YEARLESS_WINDOW = timedelta(days=40)
#: How far from a linked document's date the undated one may lie.
LINK_WINDOW = timedelta(days=30)
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
    for m in mentions:
        if m.year is not None or m.month is None or m.day is None or m.forward:
            continue
        if m.kind not in ("date", "range"):
            continue
        spans = []
        for year in years:
            try:
                day = date(year, m.month, m.day)
            except ValueError:
                continue
            if m.weekday is not None and day.weekday() != m.weekday:
                continue
            if lower is None or day + YEARLESS_WINDOW >= lower:
                spans.append((max(day, lower) if lower else day, day + YEARLESS_WINDOW))
        if m.weekday is not None:
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


def _bounds(text: str, events: Iterable[Any] | None) -> tuple[_Bounds, list[TimeMention]]:
    mentions = find_times(text, None, events=events)
    lower: date | None = None
    lower_why = ""
    lead_day = False
    for m in mentions:
        if m.forward or m.relation in ("until", "before"):
            continue
        start = m.interval.start
        if start is None or m.interval.basis not in ("explicit", "anchor", "event"):
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
    return bounds, mentions


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
        interval = TimeInterval(b.lower, b.lower + timedelta(days=2), Precision.DAY, "inferred")
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
    bounds, _ = _bounds(text, events)
    return _text_estimate(bounds)


# --- event linking ---------------------------------------------------------------

_NAME = re.compile(r"(?<![\w'’])[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]{2,}")
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[,  ]\d{3})+(?![\d])|(?<![\w.,])\d{2,}(?![\d,.]\d)")
_QUOTE = re.compile(r"[“«\"]([^”»\"]{12,400})[”»\"]")
_STOP_NAMES = {
    "the", "this", "that", "these", "those", "there", "they", "their", "then", "than",
    "and", "but", "for", "with", "from", "into", "after", "before", "since", "while",
    "when", "where", "what", "which", "who", "its", "his", "her", "our", "some", "many",
    "also", "however", "according", "meanwhile", "earlier", "later", "today", "yesterday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "read", "more", "see", "photo", "update",
    "latest", "news", "related", "articles", "original", "source", "download",
    "как", "что", "это", "при", "для", "его", "так", "але", "що", "такое", "ранее",
}  # fmt: skip


def _name_key(word: str) -> str | None:
    """A spelling-tolerant key for a name: romanised, y/i merged, inflection cut."""
    low = anyascii(word).lower()
    low = re.sub(r"[^a-z]", "", low)
    if len(low) < 3 or low in _STOP_NAMES or anyascii(word).lower() in _STOP_NAMES:
        return None
    low = low.replace("kh", "h").replace("y", "i").replace("j", "i")
    return low[:5]


def link_features(text: str, mentions: Sequence[TimeMention] | None = None) -> Counter[str]:
    """The rare-feature bag used for event linking: names, numbers, quoted
    word triples and day-month mentions, each as a prefixed string."""
    feats: Counter[str] = Counter()
    for m in _NAME.finditer(text):
        key = _name_key(m.group(0))
        if key:
            feats["n:" + key] += 1
    for m in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        value = int(digits)
        if value < 10 or (1900 <= value <= 2099 and len(digits) == 4):
            continue
        feats["#:" + str(value)] += 1
    for m in _QUOTE.finditer(text):
        words = re.findall(r"\w+", anyascii(m.group(1)).lower())
        for i in range(len(words) - 2):
            feats["q:" + " ".join(words[i : i + 3])] += 1
    for t in mentions if mentions is not None else find_times(text, None, events=()):
        if t.month is not None and t.day is not None:
            feats[f"d:{t.month}-{t.day}"] += 1
    return feats


def _weights(bags: list[Counter[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    return {f: math.log((n + 1) / c) for f, c in df.items()}


def _vector(bag: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    return {f: (1 + math.log(c)) * idf.get(f, 0.0) for f, c in bag.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b[f] for f, v in a.items() if f in b)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def infer_from_corpus(
    text: str,
    dated: Sequence[tuple[str, date]],
    *,
    min_score: float = 0.04,
    events: Iterable[Any] | None = None,
) -> DateEstimate | None:
    """Place an undated ``text`` next to the dated documents that report the
    same events; fall back to :func:`infer_from_text` when none does.

    ``dated`` holds ``(text, published)`` pairs.  The linked document's date
    gives an interval of ``LINK_WINDOW`` either side, cut to the text's own
    bounds (its lower bound, the windows its yearless dates allow); the
    confidence grows with the similarity score but stays below 1.
    """
    bounds, mentions = _bounds(text, events)
    text_only = _text_estimate(bounds)
    if not dated:
        return text_only
    query = link_features(text, mentions)
    bags = [link_features(doc) for doc, _ in dated]
    idf = _weights([query, *bags])
    qv = _vector(query, idf)
    scored = sorted(
        ((_cosine(qv, _vector(bag, idf)), i) for i, bag in enumerate(bags)), reverse=True
    )
    score, best_i = scored[0]
    if score < min_score:
        return text_only
    linked = dated[best_i][1]
    # Several near-equal matches from different times mean no story was recognised.
    rivals = [dated[i][1] for sc, i in scored if sc >= max(min_score, 0.8 * score)]
    if (max(rivals) - min(rivals)).days > 45:
        return text_only
    windows = list(bounds.windows)
    if not windows and bounds.lower is None:
        found, _pinned, _notes = _yearless_windows(
            mentions, None, range(linked.year - 1, linked.year + 2)
        )
        windows = found or []
    shared = sorted(set(query) & set(bags[best_i]), key=lambda f: -idf.get(f, 0.0))[:5]
    lo, hi = linked - LINK_WINDOW, linked + LINK_WINDOW
    if bounds.lower is not None:
        lo = max(lo, bounds.lower)
    spans = [(max(s, lo), min(e, hi)) for s, e in windows if max(s, lo) <= min(e, hi)]
    why = (
        f"reports the same events as a document of {linked.isoformat()} "
        f"(score {score:.2f}; shared {', '.join(shared)})"
    )
    if windows and not spans:
        # The text's own windows exclude the neighbourhood: take the one closest to it.
        near = min(windows, key=lambda w: min(abs((w[0] - linked).days), abs((w[1] - linked).days)))
        spans = [near]
        why += "; moved to the nearest stretch its own dates allow"
    if spans:
        lo, hi = spans[0] if len(spans) == 1 else (spans[0][0], spans[-1][1])
        why += "; cut to the weeks after the dates it names without a year"
    if lo > hi:  # the text's lower bound lies after the whole neighbourhood
        return text_only
    best = min(max(linked, lo), hi)
    lead_weekday = _lead_weekday(mentions)
    if lead_weekday is not None:
        # "announced this Saturday" in the lead names the day of the news, and
        # reports usually appear that day: the latest such weekday not after the guess.
        day = best - timedelta(days=(best.weekday() - lead_weekday) % 7)
        if lo <= day <= hi:
            best = day
            why += "; the lead's weekday picks the day"
    if text_only is not None and text_only.interval.end is not None and text_only.confidence >= 0.5:
        t_lo, t_hi = text_only.interval.start, text_only.interval.end
        if (
            t_lo is not None and t_lo <= hi and t_hi >= lo
        ):  # both agree: keep the tighter text estimate
            lo, hi = max(lo, t_lo), min(hi, t_hi)
            best = min(max(text_only.best or lo, lo), hi)
            why = f"{text_only.why}; {why}"
    if bounds.lower is not None:
        why += f"; {bounds.lower_why} (lower bound)"
    confidence = round(min(0.85, 0.35 + score), 2)
    precision = Precision.DAY if (hi - lo).days <= 3 else Precision.MONTH
    return DateEstimate(TimeInterval(lo, hi, precision, "inferred"), confidence, why=why, best=best)


def date_undated(
    documents: Sequence[Document], *, events: Iterable[Any] | None = None
) -> list[Document]:
    """The documents, with every undated one given an inferred date.

    Dated documents come back unchanged and form the corpus for event linking.
    An undated one gets ``published`` = the estimate's best day,
    ``date_basis`` inferred, ``date_confidence`` and ``published_precision``
    from the estimate, and ``metadata["date_inferred"]`` with the interval and
    the reason.  One with no usable evidence stays undated (basis none).
    """
    event_list = tuple(events) if events is not None else None
    dated = [(d.text, d.published) for d in documents if d.published is not None]
    out: list[Document] = []
    for doc in documents:
        if doc.published is not None:
            out.append(doc)
            continue
        est = infer_from_corpus(doc.text, dated, events=event_list)  # type: ignore[arg-type]
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
