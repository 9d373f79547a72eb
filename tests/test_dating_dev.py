"""Dating the undated dev seeds the way the pipeline does: clean texts, whole corpus.

The dev folder is ingested into an in-memory store (reading, cleaning,
clustering, then ``infer_publication_dates``).  Every inferred interval must
contain the truth, seed-001 must be exact and at least four of the five must be
right to the month.  The truth is used for checking only; no rule knows it.
Skipped when the dev corpus (../shared/eval/dev) is absent.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_dating.py"

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason=f"dev corpus not found at {DEV}")


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_dating", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ev():
    return _eval_module()


@pytest.fixture(scope="module")
def stored(ev):
    from claimline.ingest.pipeline import ingest
    from claimline.store import SQLiteStore

    with SQLiteStore(":memory:") as store:
        ingest(store, [str(DEV)])
        yield {stem: store.get_document(stem) for stem in ev.TRUTH}


def test_dating_dev_pipeline_intervals_contain_the_truth(ev, stored) -> None:
    for stem, (lo, hi) in ev.TRUTH.items():
        doc = stored[stem]
        note = doc.metadata.get("date_inferred")
        assert note is not None, stem
        assert doc.date_basis == "inferred" and 0 < (doc.date_confidence or 0) < 1, stem
        assert note["why"], stem
        assert (note["start"] or "0000") <= hi.isoformat(), (stem, note)
        assert (note["end"] or "9999") >= lo.isoformat(), (stem, note)
        if doc.published is not None:
            assert note["start"] <= doc.published.isoformat() <= note["end"], (stem, note)


def test_dating_dev_pipeline_seed_001_is_exact_and_most_are_right_to_the_month(ev, stored) -> None:
    assert stored["seed-001"].published.isoformat() == "2024-11-26"
    right = [
        stem for stem, (lo, _) in ev.TRUTH.items()
        if stored[stem].published is not None
        and (stored[stem].published.year, stored[stem].published.month) == (lo.year, lo.month)
    ]  # fmt: skip
    assert len(right) >= 4, right


def test_dating_dev_pipeline_links_name_the_shared_features(stored) -> None:
    linked = [d for d in stored.values() if "same events" in d.metadata["date_inferred"]["why"]]
    assert len(linked) >= 3
    for doc in linked:
        assert "shared " in doc.metadata["date_inferred"]["why"]


def test_dating_dev_text_only_on_clean_texts_never_contradicts_the_truth(ev) -> None:
    from claimline.ingest.build import build_document
    from claimline.ingest.readers import iter_records
    from claimline.nlp.dating import infer_from_text

    seen = 0
    for record in iter_records([str(DEV / "seeds")]):
        doc = build_document(record)
        if doc.id not in ev.TRUTH:
            continue
        seen += 1
        lo, hi = ev.TRUTH[doc.id]
        est = infer_from_text(f"{doc.title}\n{doc.text}" if doc.title else doc.text)
        if est is None:
            continue
        assert est.basis == "inferred" and est.confidence < 1
        assert est.interval.start is None or est.interval.start <= hi, (doc.id, est)
        assert est.interval.end is None or est.interval.end >= lo, (doc.id, est)
    assert seen == len(ev.TRUTH)
