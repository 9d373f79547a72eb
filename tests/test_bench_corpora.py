"""The benchmark's corpora: distinct 3–5k-character articles, the mixed one about a
third claim paragraphs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="needs ../shared/eval/dev")


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_extract", ROOT / "bench" / "extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["long", "mixed"])
def test_corpus_articles_are_distinct_and_3_to_5k(name: str) -> None:
    records = _bench().corpus(name, 12, DEV)
    assert len(records) == 12
    assert len({r.text for r in records}) == 12 and len({r.id for r in records}) == 12
    assert all(3000 <= len(r.text) <= 5000 for r in records)


def test_mixed_articles_are_about_a_third_claim_paragraphs() -> None:
    bench = _bench()
    context = {
        line.strip() for line in bench.CONTEXT.read_text(encoding="utf-8").splitlines() if line
    }
    shares = []
    for r in bench.corpus("mixed", 12, DEV):
        paras = [p for p in r.text.split("\n\n") if p]
        filler = sum(len(p) for p in paras if p in context)
        assert 0 < filler < len(r.text)  # both kinds of paragraph in every article
        shares.append(1 - filler / sum(len(p) for p in paras))
    assert 0.2 < sum(shares) / len(shares) < 0.55


def test_context_paragraphs_claim_nothing() -> None:
    from claimline.ingest.base import RawRecord
    from claimline.ingest.build import build_document
    from claimline.nlp.pool import extract_many

    lines = [
        line.strip()
        for line in _bench().CONTEXT.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    docs = [
        build_document(
            RawRecord(source="c", source_format="jsonl", id=f"c{i}", text=t, published="2024-05-01")
        )
        for i, t in enumerate(lines[:40])
    ]
    assert sum(len(o.claims) for o in extract_many(docs)) == 0
