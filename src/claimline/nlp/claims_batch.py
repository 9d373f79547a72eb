"""Ingest-and-extract over many inputs, and the claims JSON of the contract.

:func:`extract_inputs` runs the ingest pipeline over files, folders, JSON
Lines, feeds or WARC files (so documents are cleaned, deduplicated, clustered
and dated exactly as ``claimline ingest`` does) and extracts every document's
claims; a bad input becomes a rejection, an unsupported language a
``skipped`` status, and a document whose extraction failed an ``error: ...``
status, never an exception.  :func:`claim_json` is the output
record DESIGN.md describes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimline.model import Claim, Document, Rejection
from claimline.store.base import Store


@dataclass
class Extracted:
    """One document and what extraction made of it."""

    document: Document
    claims: list[Claim] = field(default_factory=list)
    status: str = "ok"


def extract_inputs(
    inputs: Iterable[str],
    *,
    profile: Any = None,
    infer_dates: bool = True,
    store: Store | None = None,
    n_process: int = 1,
) -> tuple[list[Extracted], list[Rejection]]:
    """Ingest ``inputs`` and extract the claims of every document they hold.

    Ingestion is the pipeline's (cleaning, deduplication and story clusters,
    date inference), into ``store`` when one is given — its documents and
    claims are then kept — or into a throwaway in-memory store.  A document
    already stored is extracted again, so its claims follow the current rules.
    ``n_process`` worker processes build the documents and extract the claims
    (the same claims, in the same order, as one process).
    """
    from claimline.api import extract_stored
    from claimline.ingest.pipeline import ingest
    from claimline.store import SQLiteStore

    target = store if store is not None else SQLiteStore(":memory:")
    try:
        report = ingest(target, list(inputs), infer_dates=infer_dates, n_process=n_process)
        ids = list(dict.fromkeys([*report.ingested, *(d for _src, d in report.duplicates)]))
        results: list[Extracted] = []
        extracted = extract_stored(
            target, ids, profile=profile, n_process=n_process,
            on_claims=lambda doc, claims: results.append(Extracted(doc, list(claims))),
        )  # fmt: skip
        for doc_id, status in sorted(extracted.skipped.items()):
            results.append(Extracted(target.get_document(doc_id), [], status))
        for doc_id, error in sorted(extracted.errors.items()):
            results.append(Extracted(target.get_document(doc_id), [], f"error: {error}"))
        return results, list(report.rejected)
    finally:
        if store is None:
            target.close()


def claim_json(c: Claim) -> dict[str, Any]:
    """The claims-output record of DESIGN.md for one claim."""
    p = c.place
    t = c.time
    return {
        "id": c.id,
        "doc_id": c.doc_id,
        "place": {
            "name": p.text,
            "canonical": p.canonical,
            "id": p.place_id,
            "kind": p.kind.value,
            "lat": p.lat,
            "lon": p.lon,
            "part": p.part,
            "ambiguous": p.ambiguous,
        },
        "type": c.type.value,
        "actor": c.actor,
        "time": None
        if t is None
        else {
            "start": t.start.isoformat() if t.start else None,
            "end": t.end.isoformat() if t.end else None,
            "precision": str(t.precision),
            "basis": t.basis,
            "text": t.text,
        },
        "speaker": None
        if c.speaker is None
        else {
            "name": c.speaker.name,
            "side": str(c.speaker.side),
            "kind": c.speaker.kind,
            "role": c.speaker.role,
        },
        "channel": c.channel,
        "outlet": c.outlet,
        "modality": c.modality.value,
        "polarity": c.polarity.value,
        "hedged": c.hedged,
        "extent": c.extent,
        "framing": c.framing,
        "denies": c.denies,
        "evidence": {"text": c.evidence.text, "start": c.evidence.start, "end": c.evidence.end},
        "confidence": c.confidence,
    }


__all__ = [
    "Extracted",
    "claim_json",
    "extract_inputs",
]
