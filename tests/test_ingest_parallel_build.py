"""Building documents in worker processes gives what building here gives."""

from __future__ import annotations

import dataclasses

import pytest

from claimline.ingest import parallel
from claimline.ingest.base import RawRecord
from claimline.ingest.parallel import built_documents
from claimline.ingest.pipeline import ingest_records
from claimline.model import Document, Rejection
from claimline.store import SQLiteStore

TEXTS = [
    "Ukrainian units reached the edge of Siversk on Tuesday, a brigade spokesman said.",
    "The regional governor said evacuation buses left Kostiantynivka in the morning.",
    "",  # no text at all: rejected
    "Russian forces said they had taken two hamlets west of Toretsk.",
    "Ukrainian units reached the edge of Siversk on Tuesday, a brigade spokesman said.",
]


def _items() -> list[RawRecord | Rejection]:
    items: list[RawRecord | Rejection] = [
        RawRecord(source=f"r{i}", source_format="jsonl", id=f"r{i}", text=t, published="2025-03-04")
        for i, t in enumerate(TEXTS)
    ]
    items.insert(2, Rejection("broken.jsonl:3", "E102", "not JSON"))
    # More items than one chunk, so that chunks come back in order.
    items += [
        RawRecord(
            source=f"x{i}",
            source_format="jsonl",
            id=f"x{i}",
            text=f"Report {i}: shelling hit Kramatorsk again overnight.",
        )
        for i in range(parallel.CHUNK * 8)
    ]
    return items


def _key(result: Document | Rejection) -> tuple:
    if isinstance(result, Rejection):
        return ("rejected", result.source, result.code)
    return ("doc", result.id, result.content_hash, result.text, result.language, result.sentences)


def test_workers_build_the_same_documents_in_the_same_order() -> None:
    here = [(item, _key(r)) for item, r in built_documents(_items(), n_process=1)]
    pool = [(item, _key(r)) for item, r in built_documents(_items(), n_process=2)]
    assert pool == here
    kinds = [k[0] for _item, k in here]
    assert kinds.count("rejected") == 2  # the empty text and the reader's rejection


@pytest.mark.parametrize("n_process", [1, 2])
def test_ingest_with_workers_stores_the_same(n_process: int) -> None:
    reference = SQLiteStore(":memory:")
    ingest_records(reference, _items())
    store = SQLiteStore(":memory:")
    report = ingest_records(store, _items(), n_process=n_process)
    assert sorted(report.ingested) == sorted(d.id for d in reference.documents())
    assert len(report.duplicates) == 1  # the repeated Siversk report
    assert [r.code for r in report.rejected] == ["E102", report.rejected[1].code]

    def view(s: SQLiteStore) -> list[tuple]:
        return [
            (d.id, d.content_hash, d.cluster_id, d.published, d.language)
            for d in sorted(s.documents(), key=lambda d: d.id)
        ]

    assert view(store) == view(reference)


def test_a_dead_worker_rejects_its_chunk_and_the_rest_goes_on(monkeypatch) -> None:
    import os

    real = parallel._build_chunk

    def dying(chunk):  # type: ignore[no-untyped-def]
        if any(getattr(item, "id", None) == "x5" for item in chunk):
            os._exit(3)
        return real(chunk)

    monkeypatch.setattr(parallel, "_build_chunk", dying)
    results = list(built_documents(_items(), n_process=2))
    assert len(results) == len(_items())
    rejected = [r for _item, r in results if isinstance(r, Rejection) and "worker" in r.reason]
    assert len(rejected) <= 2 * 2 * parallel.CHUNK  # only the chunks in flight
    assert rejected, "the dead worker's chunk is rejected with a reason"
    assert any(isinstance(r, Document) for _item, r in results)


def test_one_process_builds_here() -> None:
    item = _items()[0]
    [(same, doc)] = list(built_documents([item], n_process=1))
    assert same is item and isinstance(doc, Document)
    assert dataclasses.asdict(doc)["id"] == "r0"


def test_the_extract_command_gives_the_same_claims_with_workers(tmp_path) -> None:
    import json

    from click.testing import CliRunner

    from claimline.cli import main

    path = tmp_path / "batch.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(TEXTS):
            if text:
                fh.write(
                    json.dumps({"id": f"c{i}", "text": text, "published": "2025-03-04"}) + "\n"
                )
    runner = CliRunner()
    one = runner.invoke(main, ["extract", str(path)])
    two = runner.invoke(main, ["extract", "-j", "2", str(path)])
    assert one.exit_code == two.exit_code == 0, (one.output, two.output)
    assert one.stdout == two.stdout
    assert '"Toretsk"' in one.stdout or '"Siversk"' in one.stdout
