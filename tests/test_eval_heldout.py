"""The project's own evaluation sets: integrity of the data and an F1 floor for each.

``eval/heldout`` (read while rules were improved), ``eval/blind``, ``eval/blind3``,
``eval/blind4``, ``eval/blind5``, ``eval/blind6``, ``eval/blind7`` (each scored once
before anyone tuned on it, then read) and ``eval/blind8`` (scored once, not read yet).  Each set's
floor and a sha256 of its articles.jsonl + gold.jsonl live in its floor.json, so a floor
cannot move silently: editing a set without re-measuring fails the hash test.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"
SETS = pytest.mark.parametrize(
    "name", ["heldout", "blind", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"]
)

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


def _side_codes() -> set[str]:
    """The side codes of every shipped profile (UA, RU; SAF, RSF)."""
    from claimline.profiles import list_profiles, load_profile

    return {s.code for name in list_profiles() for s in load_profile(name).sides}


def _floor(name: str) -> dict:
    return json.loads((EVAL / name / "floor.json").read_text(encoding="utf-8"))


@SETS
def test_heldout_hash_matches_recorded_floor(name: str) -> None:
    d = EVAL / name
    digest = hashlib.sha256(
        (d / "articles.jsonl").read_bytes() + (d / "gold.jsonl").read_bytes()
    ).hexdigest()
    assert digest == _floor(name)["sha256"], f"{name} set changed: re-measure, update floor.json"


@SETS
def test_heldout_gold_is_well_formed(name: str) -> None:
    articles = {a["id"]: a for a in _lines(EVAL / name / "articles.jsonl")}
    gold = _lines(EVAL / name / "gold.jsonl")
    assert len({g["claim_id"] for g in gold}) == len(gold)
    for g in gold:
        assert set(g) == GOLD_FIELDS, g["claim_id"]
        assert g["claim_type"] in CLAIM_TYPES, g["claim_id"]
        sides = _side_codes()
        if g["claim_type"] == "contested":
            assert g["actor"] is None or g["actor"] in sides, g["claim_id"]
        else:
            assert g["actor"] in sides, g["claim_id"]
        assert g["source_side"] in sides | {"neutral", "unknown"}, g["claim_id"]
        assert g["polarity"] in {"affirmed", "denied"}
        art = articles[g["article_id"]]
        # evidence is a sentence of the article (or its title), never paraphrased
        assert g["evidence"] in art["text"] or g["evidence"] in (art["title"] or ""), g["claim_id"]
    assert set(articles) == {g["article_id"] for g in gold}, "every article carries gold claims"


@SETS
def test_heldout_f1_floor_and_no_furniture_claims(name: str) -> None:
    from claimline.evaluate import load_gold, score
    from claimline.nlp.claims_batch import extract_inputs

    gold = load_gold(EVAL / name / "gold.jsonl")
    results, rejected = extract_inputs([str(EVAL / name / "articles.jsonl")])
    assert not rejected
    docs = {r.document.id: r.document for r in results}
    report = score(gold, [c for r in results for c in r.claims], documents=docs)
    floor = _floor(name)["f1_floor"]
    assert report.tuples.f1 >= floor, f"{name} F1 {report.tuples.f1:.3f} below floor {floor}"
    assert report.furniture_claims == 0


@SETS
def test_heldout_floor_sits_below_the_measured_figure(name: str) -> None:
    rec = _floor(name)
    assert 0.0 < rec["f1_floor"] <= rec["measured_f1"] - 0.05 + 1e-9
