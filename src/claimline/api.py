"""The library's main jobs as plain functions: what the CLI and other programs call.

::

    from claimline import api
    from claimline.store import open_store

    with open_store("claimline.db") as store:
        report = api.analyse(store, ["articles.jsonl", "pages/"])  # ingest, date, extract
        print(report.summary())
        timeline = api.timeline(store, "Kupiansk")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimline.ingest.pipeline import IngestReport, ingest
from claimline.model import Claim, DateBasis, Document
from claimline.store.base import ClaimFilter, Store


@dataclass
class ExtractReport:
    """Claims extracted per document, and the documents extraction skipped (with why)."""

    claims: dict[str, int] = field(default_factory=dict)  # doc id -> claims stored
    skipped: dict[str, str] = field(default_factory=dict)  # doc id -> reason
    errors: dict[str, str] = field(default_factory=dict)  # doc id -> what failed

    @property
    def total(self) -> int:
        return sum(self.claims.values())


@dataclass
class AnalysisReport:
    ingest: IngestReport
    extract: ExtractReport

    def summary(self) -> str:
        lines = [
            self.ingest.summary(),
            f"claims extracted: {self.extract.total} from {len(self.extract.claims)} documents",
        ]
        for doc_id, why in sorted(self.extract.skipped.items()):
            lines.append(f"  - {doc_id}: {why}")
        if self.extract.errors:
            lines.append(f"extraction failed: {len(self.extract.errors)} documents")
            for doc_id, why in sorted(self.extract.errors.items()):
                lines.append(f"  ! {doc_id}: {why}")
        return "\n".join(lines)


def extract_stored(
    store: Store,
    doc_ids: Iterable[str] | None = None,
    *,
    profile: Any = None,
    on_claims: Callable[[Document, list[Claim]], None] | None = None,
    n_process: int = 1,
    batch_size: int = 32,
) -> ExtractReport:
    """Extract the claims of stored documents (all of them by default) and store them.

    A document's claims are replaced as a whole, so running this twice stores
    the same claims once.  Claims carry their document's story cluster, which
    reconciliation uses to count syndicated copies once.

    With ``n_process`` > 1 the documents go, ``batch_size`` at a time, to a pool
    of worker processes (each loads the parser once, or inherits it from this
    process where processes fork); the store is read and written here only, in
    document-id order, so the claims and the report are the same as with one
    process.  A document whose extraction raises keeps its stored claims and is
    listed in ``report.errors`` (id -> "ExceptionType: message"); the other
    documents go on.
    """
    from claimline.nlp.pool import extract_documents

    report = ExtractReport()
    ids = sorted(set(doc_ids if doc_ids is not None else (d.id for d in store.documents())))
    docs = (store.get_document(doc_id) for doc_id in ids)
    for doc, outcome in extract_documents(
        docs, profile=profile, n_process=n_process, batch_size=batch_size
    ):
        if outcome.status == "error":
            report.errors[doc.id] = outcome.error or "error"
            continue
        if outcome.status != "ok":
            report.skipped[doc.id] = outcome.status
            store.replace_claims(doc.id, [])
            continue
        claims = outcome.claims
        report.claims[doc.id] = store.replace_claims(doc.id, claims)
        if on_claims is not None:
            on_claims(doc, claims)
    return report


def analyse(
    store: Store,
    inputs: Sequence[str],
    *,
    infer_dates: bool = True,
    extract: bool = True,
    profile: Any = None,
    progress: bool = False,
    on_claims: Callable[[Document, list[Claim]], None] | None = None,
    n_process: int = 1,
    batch_size: int = 32,
) -> AnalysisReport:
    """Ingest ``inputs``, date the undated documents, and extract claims.

    Extraction runs on the newly stored documents and on every document whose
    date is inferred, since a better inferred date changes how its relative
    dates ("on Saturday") resolve.  ``n_process`` worker processes build the
    documents during ingestion (store writes stay in this process) and then
    extract claims; ``batch_size`` is :func:`extract_stored`'s.
    """
    report = ingest(store, inputs, progress=progress, infer_dates=infer_dates, n_process=n_process)
    todo = set(report.ingested)
    if report.ingested:
        todo |= {
            d.id for d in store.documents() if d.date_basis in (DateBasis.INFERRED, DateBasis.NONE)
        }
    extracted = (
        extract_stored(
            store,
            todo,
            profile=profile,
            on_claims=on_claims,
            n_process=n_process,
            batch_size=batch_size,
        )
        if extract
        else ExtractReport()
    )
    return AnalysisReport(report, extracted)


def claims(store: Store, flt: ClaimFilter | None = None) -> list[Claim]:
    """Stored claims, filtered."""
    return store.claims(flt)


def timeline(store: Store, place: str, *, profile: Any = None) -> Any:
    """The control timeline of ``place`` (an id or a canonical name) from stored claims."""
    from claimline.reconcile import build_timeline

    found = store.claims()
    published = {}
    for doc_id in {c.doc_id for c in found}:
        doc = store.get_document(doc_id)
        if doc.published is not None:
            published[doc_id] = doc.published
    return build_timeline(found, place, profile=profile, published=published)


__all__ = [
    "AnalysisReport",
    "ExtractReport",
    "analyse",
    "claims",
    "extract_stored",
    "timeline",
]
