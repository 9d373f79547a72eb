"""Date the five undated dev seeds from their text and from the dev corpus.

Three ways, each printed next to the truth with a summary score:

* ``text``: :func:`infer_from_text` on the raw seed file;
* ``corpus``: :func:`infer_from_corpus` on the raw seed file, with the raw
  dated articles of ``articles.jsonl`` as the corpus;
* ``pipeline``: the whole dev folder ingested into an in-memory store, as
  ``claimline ingest`` does (clean texts, titles, story clusters, month dates
  at their 15th); the stored interval and day are scored.

With ``--loo``, also a leave-one-out check over the dated articles as the
pipeline stores them: each is dated from the others with its date removed
(its true story is then usually absent, so this measures abstention).

Run from the repository root:  .venv/bin/python scripts/eval_dating.py [--loo]
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

from claimline.model import Precision, TimeInterval
from claimline.nlp.dating import DateEstimate, infer_from_corpus, infer_from_text

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
# Checking only: the seeds' true publication dates (day, or the first and last
# day of the stretch the brief gives), never used by the inference itself.
TRUTH: dict[str, tuple[date, date]] = {
    "seed-000": (date(2022, 9, 10), date(2022, 9, 10)),
    "seed-001": (date(2024, 11, 26), date(2024, 11, 26)),
    "seed-002": (date(2025, 9, 1), date(2025, 9, 10)),
    "seed-003": (date(2025, 12, 21), date(2025, 12, 31)),
    "seed-004": (date(2025, 7, 21), date(2025, 7, 31)),
}


def published_day(value: str | None) -> date | None:
    """A corpus ``published`` value as a day: a month becomes its 15th."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], 15)
    return None


def load_corpus() -> list[tuple[str, date]]:
    corpus = []
    for line in (DEV / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            day = published_day(record.get("published"))
            if day is not None:
                corpus.append(((record.get("title") or "") + "\n" + record["text"], day))
    return corpus


def judge(est: DateEstimate | None, truth: tuple[date, date]) -> dict[str, object]:
    if est is None:
        return {"estimate": None, "contains": None, "month": False, "exact": False}
    iv = est.interval
    # A day truth must lie inside; a stretch ("late July") must overlap the interval.
    lo, hi = truth
    overlaps = (iv.start is None or iv.start <= hi) and (iv.end is None or iv.end >= lo)
    contains = overlaps if (iv.start or iv.end) else False
    best = est.best
    return {
        "estimate": f"[{iv.start}, {iv.end or 'open'}] best {best} conf {est.confidence}",
        "contains": contains,
        "month": best is not None and (best.year, best.month) == (truth[0].year, truth[0].month),
        "exact": best is not None and truth[0] == truth[1] == best,
    }


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def pipeline_estimates() -> tuple[dict[str, DateEstimate | None], float]:
    """The seeds' dates as ``claimline ingest`` stores them, and the seconds
    that date inference took (reading and cleaning not counted)."""
    from claimline.ingest.pipeline import infer_publication_dates, ingest
    from claimline.store import SQLiteStore

    out: dict[str, DateEstimate | None] = {}
    with SQLiteStore(":memory:") as store:
        ingest(store, [str(DEV)], infer_dates=False)
        # Load the gazetteer and the profile first: a one-off cost, not per document.
        from claimline.nlp.dating_features import link_features

        link_features("Kupiansk")
        started = time.perf_counter()
        infer_publication_dates(store)
        seconds = time.perf_counter() - started
        for stem in TRUTH:
            doc = store.get_document(stem)
            note = doc.metadata.get("date_inferred")
            if not isinstance(note, dict):
                out[stem] = None
                continue
            start, end = (
                date.fromisoformat(v) if v else None for v in (note["start"], note["end"])
            )
            interval = TimeInterval(start, end, Precision.MONTH, "inferred")
            out[stem] = DateEstimate(
                interval, float(doc.date_confidence or 0), why=note["why"], best=doc.published
            )
    return out, seconds


def leave_one_out() -> tuple[int, int, int]:
    """(contain the truth, abstain, wrong) over the dated dev articles."""
    import dataclasses

    from claimline.ingest.pipeline import _for_linking, ingest
    from claimline.nlp.dating import LinkIndex, date_undated, link_doc
    from claimline.store import SQLiteStore

    with SQLiteStore(":memory:") as store:
        ingest(store, [str(DEV)], infer_dates=False)
        docs = [_for_linking(d, undated=False) for d in store.documents() if d.published]
    feats = {d.id: link_doc(d.id, d.text, d.published, cluster_id=d.cluster_id) for d in docs}
    ok = abstain = wrong = 0
    for doc in docs:
        index = LinkIndex([f for i, f in feats.items() if i != doc.id])
        got = date_undated([dataclasses.replace(doc, published=None)], dated=index)[0]
        note = got.metadata.get("date_inferred")
        if not isinstance(note, dict) or (note["start"] is None and note["end"] is None):
            abstain += 1
            verdict = "abstain"
        elif (note["start"] or "0") <= doc.published.isoformat() <= (note["end"] or "9"):
            ok += 1
            verdict = "ok"
        else:
            wrong += 1
            verdict = "WRONG"
        span = f"[{note['start']}, {note['end']}]" if isinstance(note, dict) else "-"
        print(f"loo {doc.id:40} {doc.published} {verdict:7} {span}")
    return ok, abstain, wrong


def main() -> int:
    if not DEV.is_dir():
        print(f"dev corpus not found at {DEV}", file=sys.stderr)
        return 1
    corpus = load_corpus()
    piped, seconds = pipeline_estimates()
    totals = {"text": [0, 0, 0], "corpus": [0, 0, 0], "pipeline": [0, 0, 0]}
    for stem, truth in TRUTH.items():
        text = (DEV / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
        for label, est in (
            ("text", infer_from_text(text)),
            ("corpus", infer_from_corpus(text, corpus)),
            ("pipeline", piped[stem]),
        ):
            verdict = judge(est, truth)
            totals[label][0] += verdict["contains"] is not False
            totals[label][1] += bool(verdict["month"])
            totals[label][2] += bool(verdict["exact"])
            print(
                f"{stem} {label:8} truth {truth[0]}..{truth[1]}  {verdict['estimate']}  "
                f"contains={verdict['contains']} month={verdict['month']} exact={verdict['exact']}"
            )
            if est is not None:
                print(f"         why: {est.why}")
    for label, (ok, month, exact) in totals.items():
        print(
            f"{label}: {ok}/5 intervals contain the truth or abstain, "
            f"{month}/5 right to the month, "
            f"{exact} exact day"
        )
    print(f"pipeline date inference (gazetteer loaded): {seconds:.2f} s for the whole store")
    if "--loo" in sys.argv[1:]:
        ok, abstain, wrong = leave_one_out()
        print(f"leave-one-out: {ok} contain the truth, {abstain} abstain, {wrong} wrong")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
