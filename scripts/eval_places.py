"""Place-linking accuracy on the dev corpus (../shared/eval/dev).

For every gold claim, its ``place_canonical`` must be among the canonical
names of the place mentions :func:`claimline.nlp.places.find_places` finds in
the claim's article.  Prints the accuracy over gold lines and over distinct
(article, place) pairs, then the misses.

By default the articles go through claimline's ingest (clean text, page
furniture removed), as in the real pipeline; ``--raw`` uses the texts as
stored.  Run: ``python scripts/eval_places.py [--dev PATH] [--raw]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimline.nlp.places import find_places  # noqa: E402

DEFAULT_DEV = ROOT.parent / "shared" / "eval" / "dev"


def load_articles(dev: Path) -> dict[str, str]:
    """Article id → text, from articles.jsonl and seeds/*.txt."""
    texts: dict[str, str] = {}
    path = dev / "articles.jsonl"
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                texts[rec["id"]] = "\n".join(x for x in (rec.get("title"), rec.get("text")) if x)
    for seed in sorted((dev / "seeds").glob("*.txt")):
        texts[seed.stem] = seed.read_text(encoding="utf-8")
    return texts


def load_clean_articles(dev: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Article id → clean text as claimline's ingest makes it, and id → the
    removed furniture texts."""
    from claimline.ingest.build import build_document
    from claimline.ingest.readers import iter_records
    from claimline.model import Rejection

    inputs = [str(dev / "articles.jsonl"), *map(str, sorted((dev / "seeds").glob("*.txt")))]
    texts: dict[str, str] = {}
    removed: dict[str, list[str]] = {}
    for rec in iter_records(inputs):
        if isinstance(rec, Rejection):
            continue
        doc = build_document(rec)
        texts[doc.id] = doc.text
        removed[doc.id] = [r.text for r in doc.removed]
    return texts, removed


def evaluate(dev: Path, *, clean: bool = False) -> dict:
    """Linking accuracy and misses; see the module docstring.  With
    ``clean``, articles go through claimline's ingest first (furniture
    removed) and the places named only in removed furniture are counted."""
    removed: dict[str, list[str]] = {}
    if clean:
        texts, removed = load_clean_articles(dev)
    else:
        texts = load_articles(dev)
    gold = [
        json.loads(x)
        for x in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    found: dict[str, set[str]] = {}
    find_places("")  # load the gazetteer before timing
    t0 = time.perf_counter()
    for aid, text in texts.items():
        found[aid] = {m.canonical for m in find_places(text) if m.canonical}
    elapsed = time.perf_counter() - t0
    hits = [g for g in gold if g["place_canonical"] in found.get(g["article_id"], set())]
    pairs = {(g["article_id"], g["place_canonical"]) for g in gold}
    pair_hits = {p for p in pairs if p[1] in found.get(p[0], set())}
    furniture_only = sorted(
        (aid, m.canonical)
        for aid, pieces in removed.items()
        for piece in pieces
        for m in find_places(piece)
        if m.canonical and m.canonical not in found.get(aid, set())
    )
    return {
        "furniture_only_places": sorted(set(furniture_only)),
        "lines": len(gold),
        "line_accuracy": len(hits) / len(gold) if gold else 0.0,
        "pairs": len(pairs),
        "pair_accuracy": len(pair_hits) / len(pairs) if pairs else 0.0,
        "misses": sorted(pairs - pair_hits),
        "ms_per_article": 1000 * elapsed / max(len(texts), 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    ap.add_argument(
        "--raw", action="store_true", help="use the raw texts, not claimline's clean text"
    )
    args = ap.parse_args(argv)
    if not (args.dev / "gold.jsonl").is_file():
        print(f"no dev corpus at {args.dev}", file=sys.stderr)
        return 2
    r = evaluate(args.dev, clean=not args.raw)
    print(f"text: {'raw' if args.raw else 'clean (claimline ingest)'}")
    print(f"gold lines linked: {r['line_accuracy']:.3f} of {r['lines']}")
    print(f"distinct (article, place) pairs linked: {r['pair_accuracy']:.3f} of {r['pairs']}")
    print(f"find_places: {r['ms_per_article']:.1f} ms per article")
    for aid, place in r["misses"]:
        print(f"  miss: {aid}: {place}")
    if not args.raw:
        print(
            f"places named only in removed furniture (kept out): {len(r['furniture_only_places'])}"
        )
        for aid, place in r["furniture_only_places"]:
            print(f"  furniture: {aid}: {place}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
