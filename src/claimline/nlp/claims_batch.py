"""Ingest-and-extract over many inputs, and the claims JSON of the contract.

:func:`extract_inputs` reads files, folders, JSON Lines, feeds or WARC files,
builds documents, dates the undated ones from the batch (the time stage's
corpus linking) and extracts every document's claims; a bad input becomes a
rejection, an unsupported language a ``skipped`` status, never an exception.
:func:`claim_json` is the output record DESIGN.md describes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimline.model import Claim, Document, Rejection
from claimline.nlp.claims import extract_claims, extraction_status


@dataclass
class Extracted:
    """One document and what extraction made of it."""

    document: Document
    claims: list[Claim] = field(default_factory=list)
    status: str = "ok"


def read_documents(inputs: Iterable[str]) -> tuple[list[Document], list[Rejection]]:
    """Every readable input as a :class:`Document`, plus the rejections."""
    from claimline.errors import InputError
    from claimline.ingest.build import build_document
    from claimline.ingest.readers import iter_records

    docs: list[Document] = []
    rejected: list[Rejection] = []
    for item in iter_records(list(inputs)):
        if isinstance(item, Rejection):
            rejected.append(item)
            continue
        try:
            docs.append(build_document(item))
        except InputError as exc:
            rejected.append(Rejection(item.source, exc.code, str(exc)))
    return docs, rejected


def date_documents(docs: Sequence[Document]) -> list[Document]:
    """Undated documents get the time stage's inferred date (when it gives a day range)."""
    if all(d.published is not None for d in docs):
        return list(docs)
    try:
        from claimline.nlp.dating import date_undated
    except ImportError:
        return list(docs)
    out: list[Document] = []
    for d in date_undated(list(docs)):
        note = d.metadata.get("date_inferred") if d.metadata else None
        if (
            d.published is not None
            and isinstance(note, dict)
            and (note.get("start") is None or note.get("end") is None)
        ):
            d = dataclasses.replace(d, published=None)  # a bound is not a day to resolve against
        out.append(d)
    return out


def extract_documents(
    docs: Iterable[Document], *, profile: Any = None, nlp: Any = None
) -> Iterator[Extracted]:
    """Claims of each document, with its extraction status."""
    for doc in docs:
        status = extraction_status(doc)
        claims = extract_claims(doc, profile=profile, nlp=nlp) if status == "ok" else []
        yield Extracted(doc, claims, status)


def extract_inputs(
    inputs: Iterable[str], *, profile: Any = None, infer_dates: bool = True, nlp: Any = None
) -> tuple[list[Extracted], list[Rejection]]:
    """Read, date and extract ``inputs`` (see the module docstring)."""
    docs, rejected = read_documents(inputs)
    if infer_dates:
        docs = date_documents(docs)
    return list(extract_documents(docs, profile=profile, nlp=nlp)), rejected


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
    "date_documents",
    "extract_documents",
    "extract_inputs",
    "read_documents",
]
