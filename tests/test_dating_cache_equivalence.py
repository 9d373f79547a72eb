"""Cached event-linking features give the dates a full rebuild gives.

``infer_publication_dates(store)`` reads each document's linking features
from the store (or this process's memo) and computes only the missing ones;
``reuse=False`` computes every document afresh, as the code did before the
cache.  Both must store the same published day, precision, basis, confidence
and metadata for every document, on one batch and on two batches (the second
run adds documents to a store the first one filled), whether the second run
is in the same process (memo warm) or a new one (memo empty, store cache only).
The dev-corpus cases skip when ../shared/eval/dev is absent.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from claimline.ingest import link_cache
from claimline.ingest.pipeline import infer_publication_dates, ingest
from claimline.nlp import dating_features
from claimline.store import SQLiteStore
from claimline.store.base import Store

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
needs_dev = pytest.mark.skipif(
    not (DEV / "articles.jsonl").is_file(), reason=f"dev corpus not found at {DEV}"
)

# Written for this test: a dated wire story, an undated report of the same
# events, an undated report of other events, and a dated story that arrives later.
_ARTICLES = [
    {
        "id": "wire-1",
        "published": "2024-05-14",
        "text": "Ukrainian forces pulled back from two villages near Vovchansk on Tuesday, "
        "the General Staff said. Oleh Syniehubov, the head of the Kharkiv regional "
        "administration, said 4,073 residents had been evacuated and that 19 settlements "
        "were shelled overnight. \u201cThe situation is difficult but under control,\u201d "
        "Syniehubov told reporters in Kharkiv on May 13.",
    },
    {
        "id": "undated-1",
        "text": "Residents of Vovchansk kept leaving the town as shelling went on. "
        "Oleh Syniehubov said 4,073 people had been evacuated since the weekend and "
        "that 19 settlements came under fire. \u201cThe situation is difficult but under "
        "control,\u201d Syniehubov said, after the army pulled back near the town on May 13.",
    },
    {
        "id": "undated-2",
        "text": "A ferry linking two river towns resumed service after repairs, the port "
        "authority said. Fishermen on the lower reaches reported higher water than usual "
        "for the season, and the harbour master expected 300 passengers a day.",
    },
]
_LATER = [
    {
        "id": "wire-2",
        "published": "2024-05-16",
        "text": "Fighting continued in Vovchansk, where Russian troops entered the northern "
        "part of the town, Syniehubov said. He said 5,762 residents had now left and that "
        "the evacuation of Lyptsi would follow. Kharkiv was hit by two missiles.",
    },
    {
        "id": "undated-3",
        "text": "Russian troops entered the northern part of Vovchansk, Oleh Syniehubov "
        "said, adding that 5,762 residents had left and that Lyptsi would be evacuated "
        "next. Two missiles hit Kharkiv on Thursday.",
    },
]


def _write(tmp: Path, name: str, rows: list[dict[str, str]]) -> str:
    path = tmp / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def _snapshot(store: Store) -> dict[str, tuple[object, ...]]:
    return {
        d.id: (d.published, d.published_precision, d.date_basis, d.date_confidence, d.metadata)
        for d in store.documents()
    }


def _two_batches(first: list[str], second: list[str], date: Callable[[Store], object]):
    """Snapshots after each of two ingest runs into one store, dated by ``date``."""
    with SQLiteStore(":memory:") as store:
        ingest(store, first, infer_dates=False)
        date(store)
        after_first = _snapshot(store)
        ingest(store, second, infer_dates=False)
        date(store)
        return after_first, _snapshot(store)


def _fresh(store: Store) -> None:
    dating_features.clear_memo()
    infer_publication_dates(store, reuse=False)


def _cached_same_process(store: Store) -> None:
    infer_publication_dates(store)


def _cached_new_process(store: Store) -> None:
    dating_features.clear_memo()  # only the store's cache is left, as in a new process
    infer_publication_dates(store)


@pytest.fixture
def batches(tmp_path: Path) -> tuple[list[str], list[str]]:
    return [_write(tmp_path, "a.jsonl", _ARTICLES)], [_write(tmp_path, "b.jsonl", _LATER)]


@pytest.mark.parametrize("cached", [_cached_same_process, _cached_new_process])
def test_dating_cache_two_batches_match_a_full_rebuild(batches, cached) -> None:
    first, second = batches
    expected = _two_batches(first, second, _fresh)
    assert _two_batches(first, second, cached) == expected
    # The case is not vacuous: some document is dated by linking.
    notes = [m.get("date_inferred", {}).get("why", "") for *_, m in expected[1].values()]
    assert any("reports the same events" in n for n in notes), notes


def test_dating_cache_second_run_analyses_only_new_documents(batches, monkeypatch) -> None:
    first, second = batches
    analysed: list[str] = []
    real = dating_features._base_features

    def counting(text, *args):  # type: ignore[no-untyped-def]
        analysed.append(text)
        return real(text, *args)

    monkeypatch.setattr(dating_features, "_base_features", counting)
    with SQLiteStore(":memory:") as store:
        ingest(store, first, infer_dates=False)
        _cached_new_process(store)
        assert len(analysed) == len(_ARTICLES)
        assert len(store.link_feature_cache()) == len(_ARTICLES)
        analysed.clear()
        ingest(store, second, infer_dates=False)
        _cached_new_process(store)
        assert len(analysed) == len(_LATER)
        assert set(store.link_feature_cache()) == {r["id"] for r in _ARTICLES + _LATER}


def test_dating_cache_second_run_reads_undated_time_expressions_from_the_store(
    batches, monkeypatch
) -> None:
    from claimline.nlp import dating

    first, _ = batches
    calls: list[str] = []
    real = dating.find_times

    def counting(text, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(dating, "find_times", counting)
    monkeypatch.setattr(dating_features, "find_times", counting)
    with SQLiteStore(":memory:") as store:
        ingest(store, first, infer_dates=False)
        _cached_new_process(store)
        assert len(calls) == len(_ARTICLES)  # each text read once
        expected = _snapshot(store)
        calls.clear()
        _cached_new_process(store)
        assert calls == []  # dating reads the stored mentions, never the text again
        assert _snapshot(store) == expected


def test_dating_cache_stale_rows_are_recomputed(batches, monkeypatch) -> None:
    first, _ = batches
    with SQLiteStore(":memory:") as store:
        ingest(store, first, infer_dates=False)
        _cached_new_process(store)
        expected = _snapshot(store)
        before = store.link_feature_cache()
        # Another version of the NLP code or data: every stored row is stale.
        monkeypatch.setattr(link_cache, "fingerprint", lambda profile_file=None: "other")
        features = link_cache.StoredLinkFeatures(store)
        for doc in store.documents():
            features(doc, True)
        assert features.reused == 0 and features.computed == len(_ARTICLES)
        features.flush()
        after = store.link_feature_cache()
        assert all(after[k][0] != before[k][0] for k in before)
        _cached_new_process(store)
        assert _snapshot(store) == expected


@needs_dev
def test_dating_cache_dev_corpus_one_batch_matches_a_full_rebuild() -> None:
    inputs = [str(DEV / "articles.jsonl"), str(DEV / "seeds")]
    results = []
    for date in (_fresh, _cached_new_process, _cached_same_process):
        with SQLiteStore(":memory:") as store:
            ingest(store, inputs, infer_dates=False)
            date(store)
            results.append(_snapshot(store))
    assert results[1] == results[0]
    assert results[2] == results[0]
    assert sum(1 for *_, basis, _, _ in results[0].values() if basis == "inferred") >= 3


@needs_dev
@pytest.mark.parametrize("cached", [_cached_same_process, _cached_new_process])
def test_dating_cache_dev_corpus_two_batches_match_a_full_rebuild(cached) -> None:
    first, second = [str(DEV / "seeds")], [str(DEV / "articles.jsonl")]
    assert _two_batches(first, second, cached) == _two_batches(first, second, _fresh)


class _NoCacheStore(SQLiteStore):
    """A backend that keeps no feature cache: the Store defaults."""

    link_feature_cache = Store.link_feature_cache
    save_link_features = Store.save_link_features


def test_dating_cache_a_store_without_a_cache_dates_the_same(batches) -> None:
    first, second = batches
    expected = _two_batches(first, second, _fresh)
    with _NoCacheStore(":memory:") as store:
        ingest(store, first, infer_dates=False)
        _cached_new_process(store)
        assert _snapshot(store) == expected[0]
        ingest(store, second, infer_dates=False)
        _cached_new_process(store)
        assert _snapshot(store) == expected[1]
        assert store.link_feature_cache() == {}
