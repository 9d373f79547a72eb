"""extract_stored in batches and in a worker pool: same claims, failures reported."""

from __future__ import annotations

import dataclasses

import pytest

from claimline import api
from claimline.ingest.base import RawRecord
from claimline.ingest.pipeline import ingest_records
from claimline.nlp import claims as claims_mod
from claimline.nlp.pool import extract_documents
from claimline.store import SQLiteStore

TEXTS = {
    "d1": "Ukrainian troops entered Kupiansk on Saturday, the General Staff said.",
    "d2": "Russia's Ministry of Defence said its forces had withdrawn from Izium.",
    "d3": "Fighting continued for Bakhmut, where Russian units advanced from the east.",
    "d4": "Officials in Kyiv said Ukrainian forces had recaptured Kherson after weeks of fighting.",
    "d5": "The weather in the region was mild and the markets stayed open all week.",
}


def _records() -> list[RawRecord]:
    return [
        RawRecord(
            source=f"{doc_id}.txt",
            source_format="jsonl",
            id=doc_id,
            text=text,
            outlet="Wire",
            published="2022-09-10",
        )
        for doc_id, text in TEXTS.items()
    ]


def _stored(store: SQLiteStore) -> None:
    report = ingest_records(store, _records())
    assert len(report.ingested) == len(TEXTS)


def _key(claims) -> list[tuple]:  # type: ignore[no-untyped-def]
    return sorted(
        (c.id, c.doc_id, c.type.value, c.place.canonical, c.actor, c.polarity.value) for c in claims
    )


@pytest.mark.parametrize(("n_process", "batch_size"), [(1, 32), (2, 1), (2, 3)])
def test_extract_stored_matches_one_by_one(n_process: int, batch_size: int) -> None:
    with SQLiteStore(":memory:") as store:
        _stored(store)
        expected = []
        for doc_id in sorted(TEXTS):
            doc = store.get_document(doc_id)
            expected += [
                dataclasses.replace(c, cluster_id=doc.cluster_id)
                for c in claims_mod.extract_claims(doc)
            ]
        seen: list[str] = []
        report = api.extract_stored(
            store,
            n_process=n_process,
            batch_size=batch_size,
            on_claims=lambda doc, _claims: seen.append(doc.id),
        )
        assert not report.errors
        assert expected, "the texts must yield claims for the comparison to mean anything"
        assert _key(store.claims()) == _key(expected)
        assert report.total == len(expected)
        assert seen == sorted(report.claims)  # callbacks in document-id order


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_failing_document_is_reported_and_the_rest_go_on(monkeypatch, n_process: int) -> None:
    real = claims_mod._prepare  # every path, one document or a batch, prepares each one

    def flaky(doc, *args):  # type: ignore[no-untyped-def]
        if doc.id == "d2":
            raise ValueError("parser exploded")
        return real(doc, *args)

    monkeypatch.setattr(claims_mod, "_prepare", flaky)
    with SQLiteStore(":memory:") as store:
        _stored(store)
        report = api.extract_stored(store, n_process=n_process, batch_size=2)
    assert report.errors == {"d2": "ValueError: parser exploded"}
    assert set(report.claims) == set(TEXTS) - {"d2"}
    assert report.claims["d1"] > 0


def test_pool_outcomes_keep_input_order_and_equal_in_process() -> None:
    with SQLiteStore(":memory:") as store:
        _stored(store)
        docs = [store.get_document(d) for d in sorted(TEXTS, reverse=True)]
    here = list(extract_documents(docs, n_process=1))
    pooled = list(extract_documents(docs, n_process=2, batch_size=2))
    assert [d.id for d, _ in pooled] == [d.id for d in docs]
    assert [(o.status, _key(o.claims)) for _, o in pooled] == [
        (o.status, _key(o.claims)) for _, o in here
    ]


def test_a_dead_worker_turns_batches_into_errors_not_an_exception(monkeypatch) -> None:
    import os

    real = claims_mod._prepare

    def dies(doc, *args):  # type: ignore[no-untyped-def]
        if doc.id == "d1":
            os._exit(3)  # the worker process disappears mid-batch
        return real(doc, *args)

    monkeypatch.setattr(claims_mod, "_prepare", dies)
    with SQLiteStore(":memory:") as store:
        _stored(store)
        docs = [store.get_document(d) for d in sorted(TEXTS)]
    out = list(extract_documents(docs, n_process=2, batch_size=1))
    assert [d.id for d, _ in out] == sorted(TEXTS)
    assert out[0][1].status == "error" and "worker failed" in (out[0][1].error or "")
