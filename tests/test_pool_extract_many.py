"""One parser run over a batch of documents gives each the claims it gets alone."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.model import Document
from claimline.nlp import claims as claims_mod
from claimline.nlp import pool
from claimline.nlp.pool import extract_documents, extract_many, extract_one


def _doc(i: int, text: str, language: str | None = "en") -> Document:
    return Document(
        id=f"d{i}",
        content_hash=f"h{i}",
        text=text,
        outlet="Reuters",
        published=date(2024, 5, 10),
        language=language,
    )


DOCS = [
    _doc(0, "Russian forces captured the village of Pisky on Monday, the ministry said."),
    _doc(1, "The mayor opened a new school. Nothing else happened in the town."),
    _doc(2, "Ukrainian troops retook Kupiansk. Fighting continues near Lyman, officers said."),
    _doc(3, "Die Truppen haben die Stadt verlassen.", language="de"),
    _doc(4, ""),
    _doc(5, "Российские войска освободили Торецк, сообщили в Минобороны России."),
    _doc(6, "Kyiv said its forces still held Toretsk after a week of assaults."),
]


def _key(outcome):  # type: ignore[no-untyped-def]
    return outcome.status, [
        (c.place.canonical, c.type, c.actor, c.polarity, c.evidence) for c in outcome.claims
    ]


def test_a_batch_gives_each_document_its_own_claims() -> None:
    alone = [_key(extract_one(d)) for d in DOCS]
    together = [_key(o) for o in extract_many(DOCS)]
    assert together == alone
    assert any(claims for _status, claims in alone)  # the batch is not trivially empty
    assert alone[3][0] != "ok"  # an unsupported language is skipped, with its reason


def test_a_failing_document_fails_alone(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real = claims_mod._finish

    def fragile(job, parsed):  # type: ignore[no-untyped-def]
        if job.doc.id == "d0":
            raise RuntimeError("rules failed")
        return real(job, parsed)

    monkeypatch.setattr(claims_mod, "_finish", fragile)
    outcomes = extract_many(DOCS)
    assert outcomes[0].status == "error" and "rules failed" in (outcomes[0].error or "")
    assert _key(outcomes[2]) == _key(extract_one(DOCS[2])) and outcomes[2].claims


def test_a_failing_batch_falls_back_to_one_document_at_a_time(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real = claims_mod.extract_claims

    def fragile(doc, **kw):  # type: ignore[no-untyped-def]
        if doc.id == "d2":
            raise RuntimeError("bad document")
        return real(doc, **kw)

    def broken_batch(*_a, **_kw):  # type: ignore[no-untyped-def]
        raise RuntimeError("batch failed")

    monkeypatch.setattr(claims_mod, "extract_claims", fragile)
    monkeypatch.setattr(claims_mod, "extract_claims_many", broken_batch)
    outcomes = extract_many(DOCS)
    assert outcomes[2].status == "error" and "bad document" in (outcomes[2].error or "")
    assert outcomes[0].status == "ok" and outcomes[0].claims
    assert [o.status for k, o in enumerate(outcomes) if k != 2] == [
        extract_one(d).status for k, d in enumerate(DOCS) if k != 2
    ]


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_extract_documents_in_batches_keeps_order(batch_size: int) -> None:
    got = [(d.id, _key(o)) for d, o in extract_documents(iter(DOCS), batch_size=batch_size)]
    assert got == [(d.id, _key(extract_one(d))) for d in DOCS]


def test_worker_batches_use_the_shared_parse(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    real = claims_mod.extract_claims_many

    def counting(docs, **kw):  # type: ignore[no-untyped-def]
        calls.append(len(docs))
        return real(docs, **kw)

    monkeypatch.setattr(claims_mod, "extract_claims_many", counting)
    pool._extract_batch(DOCS)
    supported = sum(claims_mod.extraction_status(d) == "ok" for d in DOCS)
    assert calls == [supported]  # one run for every document in a supported language
