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
    Span,
    TimeInterval,
)

__version__ = "0.1.0"

# The library's jobs, loaded on first use so that importing the records stays cheap.
_LAZY = {
    "analyse": ("claimline.api", "analyse"),
    "extract_stored": ("claimline.api", "extract_stored"),
    "open_store": ("claimline.store", "open_store"),
    "build_timeline": ("claimline.reconcile", "build_timeline"),
    "status_as_of": ("claimline.reconcile", "status_as_of"),
    "changes_since": ("claimline.reconcile", "changes_since"),
    "Reconciler": ("claimline.reconcile", "Reconciler"),
    "extract_claims": ("claimline.nlp.claims", "extract_claims"),
    "find_places": ("claimline.nlp.places", "find_places"),
    "find_times": ("claimline.nlp.timex", "find_times"),
    "load_profile": ("claimline.profiles", "load_profile"),
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'claimline' has no attribute {name!r}")


__all__ = [
    "Actor",
    "Reconciler",
    "analyse",
    "build_timeline",
    "changes_since",
    "extract_claims",
    "extract_stored",
    "find_places",
    "find_times",
    "load_profile",
    "open_store",
    "status_as_of",
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
    "Span",
    "TimeInterval",
    "__version__",
]
