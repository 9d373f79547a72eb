"""claimline: a claim ledger and per-place control timelines from conflict news."""

from __future__ import annotations

from claimline.errors import ClaimlineError
from claimline.model import (
    Actor,
    Claim,
    ClaimType,
    Contradiction,
    ControlState,
    DateBasis,
    Document,
    Evidence,
    Modality,
    Place,
    PlaceKind,
    PlaceMention,
    Polarity,
    Precision,
    Rejection,
    RemovedSpan,
    Segment,
    TimeInterval,
)

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Claim",
    "ClaimType",
    "ClaimlineError",
    "Contradiction",
    "ControlState",
    "DateBasis",
    "Document",
    "Evidence",
    "Modality",
    "Place",
    "PlaceKind",
    "PlaceMention",
    "Polarity",
    "Precision",
    "Rejection",
    "RemovedSpan",
    "Segment",
    "TimeInterval",
    "__version__",
]
