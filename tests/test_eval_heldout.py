"""The held-out set (eval/heldout): integrity of the data and an F1 floor for `claimline eval`.

The floor and a sha256 of articles.jsonl + gold.jsonl live in eval/heldout/floor.json, so
the floor cannot move silently: editing the set without re-measuring fails the hash test.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HELDOUT = Path(__file__).resolve().parents[1] / "eval" / "heldout"
ARTICLES = HELDOUT / "articles.jsonl"
GOLD = HELDOUT / "gold.jsonl"
FLOOR = HELDOUT / "floor.json"

GOLD_FIELDS = {
    "claim_id",
    "article_id",
    "place",
    "place_canonical",
    "claim_type",
    "actor",
    "polarity",
    "event_date",
    "date_precision",
    "date_basis",
    "source_of_claim",
    "source_side",
    "hedged",
    "background",
    "extent",
    "evidence",
}
CLAIM_TYPES = {
    "captured",
    "liberated",
    "controls",
    "entered",
    "encircled/blockaded",
    "advancing_toward",
    "withdrew",
    "repelled_attack",
    "contested",
    "lost",
}


def _lines(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _floor() -> dict:
    return json.loads(FLOOR.read_text(encoding="utf-8"))


def test_heldout_hash_matches_recorded_floor() -> None:
    digest = hashlib.sha256(ARTICLES.read_bytes() + GOLD.read_bytes()).hexdigest()
    assert digest == _floor()["sha256"], "held-out set changed: re-measure and update floor.json"


def test_heldout_gold_is_well_formed() -> None:
    articles = {a["id"]: a for a in _lines(ARTICLES)}
    gold = _lines(GOLD)
    assert len({g["claim_id"] for g in gold}) == len(gold)
    for g in gold:
        assert set(g) == GOLD_FIELDS, g["claim_id"]
        assert g["claim_type"] in CLAIM_TYPES, g["claim_id"]
        assert g["actor"] in {"UA", "RU"} and g["source_side"] in {"UA", "RU", "neutral", "unknown"}
        assert g["polarity"] in {"affirmed", "denied"}
        art = articles[g["article_id"]]
        # evidence is a sentence of the article (or its title), never paraphrased
        assert g["evidence"] in art["text"] or g["evidence"] in (art["title"] or ""), g["claim_id"]
    assert set(articles) == {g["article_id"] for g in gold}, "every article carries gold claims"


def test_heldout_f1_floor_and_no_furniture_claims() -> None:
    from claimline.evaluate import load_gold, score
    from claimline.nlp.claims_batch import extract_inputs

    gold = load_gold(GOLD)
    results, rejected = extract_inputs([str(ARTICLES)])
    assert not rejected
    docs = {r.document.id: r.document for r in results}
    report = score(gold, [c for r in results for c in r.claims], documents=docs)
    floor = _floor()["f1_floor"]
    assert report.tuples.f1 >= floor, f"held-out F1 {report.tuples.f1:.3f} below floor {floor}"
    assert report.furniture_claims == 0


def test_heldout_floor_sits_below_the_measured_figure() -> None:
    rec = _floor()
    assert 0.0 < rec["f1_floor"] <= rec["measured_f1"] - 0.05 + 1e-9
