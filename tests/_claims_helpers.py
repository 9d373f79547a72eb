"""Shared helpers for the claims tests: hand-built documents and place mentions.

Places are built by name from a small table so that the claims engine is
tested on its own (the gazetteer has its own tests); sides come from the
default conflict profile.
"""

from __future__ import annotations

import re
from datetime import date

from claimline.model import Document, PlaceKind, PlaceMention
from claimline.nlp.claims import extract_claims

PLACES = {
    "Kupiansk": PlaceKind.SETTLEMENT,
    "Izium": PlaceKind.SETTLEMENT,
    "Lyman": PlaceKind.SETTLEMENT,
    "Bakhmut": PlaceKind.SETTLEMENT,
    "Pokrovsk": PlaceKind.SETTLEMENT,
    "Avdiivka": PlaceKind.SETTLEMENT,
    "Vovchansk": PlaceKind.SETTLEMENT,
    "Toretsk": PlaceKind.SETTLEMENT,
    "Kharkiv Oblast": PlaceKind.ADMIN_AREA,
    "Купянск": PlaceKind.SETTLEMENT,
    "Куп'янськ": PlaceKind.SETTLEMENT,
    "Покровск": PlaceKind.SETTLEMENT,
}
CANONICAL = {"Купянск": "Kupiansk", "Куп'янськ": "Kupiansk", "Покровск": "Pokrovsk"}


def places_in(text: str) -> list[PlaceMention]:
    out = []
    for name, kind in PLACES.items():
        stem = name[:-1] if name[0] > "z" else name  # Cyrillic names inflect
        for m in re.finditer(re.escape(stem) + r"\w*", text):
            canon = CANONICAL.get(name, name)
            out.append(PlaceMention(m.group(0), m.start(), m.end(), canon.lower(), canon, kind))
    return sorted(out, key=lambda p: p.start)


def doc_of(
    text: str,
    *,
    outlet: str | None = "Reuters",
    published: date | None = date(2024, 5, 10),
    language: str | None = "en",
    doc_id: str = "t1",
) -> Document:
    return Document(
        id=doc_id,
        content_hash="h",
        text=text,
        outlet=outlet,
        published=published,
        language=language,
    )


def claims_of(text: str, **kw):  # type: ignore[no-untyped-def]
    doc = doc_of(text, **kw)
    return extract_claims(doc, places=places_in(text))


def tuples(claims):  # type: ignore[no-untyped-def]
    return {(c.place.canonical, c.type.value, c.actor, c.polarity.value) for c in claims}


def pipeline_claims(text: str, *, published: str = "2024-11-20"):  # type: ignore[no-untyped-def]
    """The claims of ``text`` through the whole pipeline: the document builder
    (cleaning, sentences, language), gazetteer places, profile detection and
    extraction, as ``claimline extract`` runs them."""
    from claimline.ingest.base import RawRecord
    from claimline.ingest.build import build_document
    from claimline.nlp.pool import extract_one

    raw = RawRecord(source="t", source_format="jsonl", id="t", text=text, published=published)
    outcome = extract_one(build_document(raw))
    assert outcome.status == "ok", outcome.error
    return outcome.claims


def pipeline_rows(text: str, *, published: str = "2024-11-20"):  # type: ignore[no-untyped-def]
    """(canonical place, type, actor, polarity) of :func:`pipeline_claims`."""
    return tuples(pipeline_claims(text, published=published))


def gazetteer_claims(text: str, *, published: date = date(2024, 6, 1)):  # type: ignore[no-untyped-def]
    """The claims of ``text`` as one English Reuters document with gazetteer places
    and sentence offsets, without the builder."""
    from claimline.ingest.dedup import content_hash
    from claimline.ingest.segment import split_sentences

    doc = Document(
        id="t",
        content_hash=content_hash(text),
        text=text,
        published=published,
        language="en",
        outlet="Reuters",
        sentences=split_sentences(text),
    )
    return extract_claims(doc)


def gazetteer_rows(text: str, *, published: date = date(2024, 6, 1)):  # type: ignore[no-untyped-def]
    """(canonical place, type, actor, polarity) of :func:`gazetteer_claims`."""
    return tuples(gazetteer_claims(text, published=published))
