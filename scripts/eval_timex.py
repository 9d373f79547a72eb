"""Measure claim time attachment on the dev gold claims that carry an event date.

For each gold claim with ``event_date``: find its evidence sentence in the
article, take the place as written inside it as the claim span, run
``find_times`` + ``time_for_span`` with the article's publication date as the
anchor, and check that the interval contains the gold date at the gold
precision (day, month or year).  Undated articles get their anchor from
``infer_from_corpus`` (the pipeline's own estimate); ``--seed-truth`` uses the
seeds' known dates instead, to separate dating errors from time errors.

Run from the repository root:  .venv/bin/python scripts/eval_timex.py [-v] [--seed-truth]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

from claimline.model import TimeInterval
from claimline.nlp.dating import infer_from_corpus
from claimline.nlp.timex import find_times, time_for_span

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_dating import DEV, TRUTH, load_corpus  # noqa: E402


def anchor_of(published: str | None) -> date | None:
    """A ``published`` value as an anchor: a month-only date anchors at its last day."""
    if not published:
        return None
    parts = [int(p) for p in published.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return None


def key(day: date, precision: str) -> tuple[int, ...]:
    return {"day": (day.year, day.month, day.day), "month": (day.year, day.month)}.get(
        precision, (day.year,)
    )


def contains_at(interval: TimeInterval, gold: str, precision: str) -> bool:
    """Whether ``gold`` (YYYY, YYYY-MM or YYYY-MM-DD) lies in the interval, both
    compared at the gold precision; a fully open interval never counts."""
    if interval.start is None and interval.end is None:
        return False
    g = tuple(int(p) for p in gold.split("-"))
    if interval.start is not None and key(interval.start, precision) > g:
        return False
    if interval.end is not None and key(interval.end, precision) < g:
        return False
    return True


def locate(text: str, evidence: str) -> tuple[int, int] | None:
    i = text.find(evidence)
    if i >= 0:
        return i, i + len(evidence)
    # Tolerate whitespace differences: match the words with any spacing.
    words = [re.escape(w) for w in evidence.split()]
    m = re.search(r"\s+".join(words), text)
    return (m.start(), m.end()) if m else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    parser.add_argument(
        "--seed-truth", action="store_true", help="anchor seeds at their true dates"
    )
    args = parser.parse_args()
    if not DEV.is_dir():
        print(f"dev corpus not found at {DEV}", file=sys.stderr)
        return 1
    articles = {}
    for line in (DEV / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            articles[r["id"]] = (r["text"], anchor_of(r.get("published")))
    corpus = load_corpus()
    for seed in sorted((DEV / "seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        if args.seed_truth and seed.stem in TRUTH:
            anchor = TRUTH[seed.stem][1]
        else:
            est = infer_from_corpus(text, corpus)
            anchor = est.best if est is not None else None
        articles[seed.stem] = (text, anchor)
    for doc_id, (text, anchor) in list(articles.items()):
        if anchor is None:
            est = infer_from_corpus(text, corpus)
            articles[doc_id] = (text, est.best if est is not None else None)

    total = hits = unlocated = 0
    cache: dict[str, list] = {}
    for line in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        if not gold.get("event_date") or not gold.get("date_precision"):
            continue
        text, anchor = articles[gold["article_id"]]
        where = locate(text, gold["evidence"])
        total += 1
        if where is None:
            unlocated += 1
            if args.verbose:
                print(f"NOT FOUND {gold['claim_id']}: {gold['evidence'][:80]}")
            continue
        s, e = where
        place = gold.get("place") or ""
        p = text.find(place, s, e) if place else -1
        span = (p, p + len(place)) if p >= 0 else (s, e)
        if gold["article_id"] not in cache:
            cache[gold["article_id"]] = find_times(text, anchor)
        interval = time_for_span(cache[gold["article_id"]], span[0], span[1], text, anchor)
        ok = contains_at(interval, gold["event_date"], gold["date_precision"])
        hits += ok
        if args.verbose and not ok:
            print(f"MISS {gold['claim_id']} gold {gold['event_date']} ({gold['date_precision']}, "
                  f"{gold['date_basis']}) got [{interval.start}, {interval.end}] {interval.basis} "
                  f"'{interval.text}' anchor {anchor}\n     {gold['evidence'][:150]}")  # fmt: skip
    print(f"gold claims with an event date: {total}; evidence not found: {unlocated}")
    print(
        "interval contains the gold date at the gold precision: "
        f"{hits}/{total} = {hits / total:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
