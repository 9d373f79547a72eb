"""Immutable records shared by every stage of claimline.

Records carry data, not behaviour: stages are plain functions over them.  Every
record is a frozen dataclass that pickles, so the same stage can run in-process,
in a process pool or inside a Spark task.  Offsets are always character offsets
into the document's *clean* text unless a field says otherwise.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

#: Enums whose members compare equal to, and serialise as, their values.
StrEnum = enum.StrEnum


class DateBasis(StrEnum):
    """How a document's publication date was obtained."""

    METADATA = "metadata"  # a field of the input record (JSON, feed entry, HTML meta)
    HEADER = "header"  # a ``Date:`` line in a plain-text header block
    URL = "url"  # a /YYYY/MM/DD/ path in the URL
    INFERRED = "inferred"  # estimated from the content (see nlp.time)
    NONE = "none"  # unknown: never silently replaced by today's date


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    OPEN = "open"
    NONE = "none"


class Side(StrEnum):
    """Side codes are profile data; these constants are the conventional extras."""

    UNKNOWN = "unknown"
    NEUTRAL = "neutral"


class ClaimType(StrEnum):
    CAPTURED = "captured"
    ENTERED = "entered"
    CONTROLS = "controls"
    ENCIRCLED = "encircled"
    ADVANCING = "advancing"
    WITHDREW = "withdrew"
    REPELLED = "repelled"
    CONTESTED = "contested"


class Polarity(StrEnum):
    AFFIRMED = "affirmed"
    NEGATED = "negated"


class Modality(StrEnum):
    ASSERTED = "asserted"
    HEDGED = "hedged"
    REPORTED = "reported"
    INTENDED = "intended"
    PREDICTED = "predicted"
    CONDITIONAL = "conditional"
    BACKGROUND = "background"


class PlaceKind(StrEnum):
    SETTLEMENT = "settlement"
    PART = "part"
    ADMIN_AREA = "admin_area"
    SECTOR = "sector"
    FEATURE = "feature"
    COUNTRY = "country"


class ControlState(StrEnum):
    UA = "UA"
    RU = "RU"
    CONTESTED = "contested"
    PRESENCE = "presence"
    ENCIRCLED = "encircled"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` with the text it covers."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class RemovedSpan:
    """Page furniture dropped by the cleaner.

    ``start``/``end`` index the *source* text (after decoding and HTML
    extraction, before cleaning), so a user can see exactly what was dropped.
    """

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Document:
    """One article after ingestion and cleaning."""

    id: str
    content_hash: str
    text: str  # clean text: every offset in the system points into this
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_precision: Precision = Precision.NONE
    date_basis: DateBasis = DateBasis.NONE
    date_confidence: float | None = None
    language: str | None = None
    source: str | None = None  # path, URL or "<stdin>" it came from
    source_format: str | None = None  # text, html, jsonl, feed, warc
    removed: tuple[RemovedSpan, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    cluster_id: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def sentence_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.sentences]


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that was set aside, with a stable code and a readable reason."""

    source: str
    code: str
    reason: str


@dataclass(frozen=True, slots=True)
class TimeInterval:
    """A closed interval of days ``[start, end]``; ``None`` marks an open side."""

    start: date | None
    end: date | None
    precision: Precision = Precision.DAY
    basis: str = "none"  # explicit, relative, since, anchor, publication, none
    text: str | None = None

    def contains(self, day: date) -> bool:
        if self.start is not None and day < self.start:
            return False
        if self.end is not None and day > self.end:
            return False
        return True


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    id: str
    name: str  # canonical English name (KMU 2010 romanization for Ukraine)
    kind: PlaceKind = PlaceKind.SETTLEMENT
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    approximate: bool = False
    population: int | None = None
    feature_code: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place found in a text, linked (or not) to the gazetteer."""

    text: str
    start: int
    end: int
    place_id: str | None
    canonical: str | None
    kind: PlaceKind = PlaceKind.SETTLEMENT
    part: str | None = None  # "northern districts" for a part of a town
    score: float = 1.0
    why: str = ""
    candidates: tuple[str, ...] = ()
    ambiguous: bool = False
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """Someone who acts or speaks, resolved to a side where the evidence allows."""

    name: str
    side: str = Side.UNKNOWN
    kind: str = "unknown"  # person, body, unit, media, osint, forces, generic
    role: str | None = None
    canonical: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    doc_id: str
    type: ClaimType
    place: PlaceMention
    evidence: Evidence
    actor: str | None = None
    time: TimeInterval | None = None
    polarity: Polarity = Polarity.AFFIRMED
    modality: Modality = Modality.ASSERTED
    hedged: bool = False
    extent: str | None = None
    framing: str | None = None
    speaker: Actor | None = None
    channel: str | None = None
    outlet: str | None = None
    denies: str | None = None  # what content a denial rebuts, in words
    confidence: float = 0.5
    cluster_id: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """One stretch of a place's control timeline, ``[start, end)``."""

    place_id: str
    start: date | None
    end: date | None
    state: ControlState
    confidence: float
    extent: str | None = None
    supporting: tuple[str, ...] = ()
    contradicting: tuple[str, ...] = ()
    why: str = ""
    # Side codes from the conflict profile, so that any conflict's sides can be
    # told apart (``state`` names only the default profile's): who holds the
    # place, and who is present in or around it against the holder.
    holder: str | None = None
    pressing: str | None = None


@dataclass(frozen=True, slots=True)
class Contradiction:
    type: str  # direct, denial, granularity, temporal, claim_about_claim
    place_id: str
    claim_ids: tuple[str, ...]
    sides: tuple[str, ...]
    explanation: str
    start: date | None = None
    end: date | None = None


def to_dict(record: Any) -> Any:
    """Turn a record (or a structure of records) into JSON-ready data."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, Enum):
        return record.value
    if isinstance(record, date):
        return record.isoformat()
    if isinstance(record, Mapping):
        return {str(k): to_dict(v) for k, v in record.items()}
    if isinstance(record, (list, tuple)):
        return [to_dict(v) for v in record]
    return record
