"""Speaker sides on the development corpus (measured, not fitted).

Resolves each gold ``source_of_claim`` with the default profile and compares
with ``source_side``; for claims in the outlet's own voice, compares the side of
the credited wire agency or the outlet.  Needs ../shared/eval/dev.
"""

from __future__ import annotations

import json

import pytest

from claimline.nlp.actors import outlet_side, resolve_speaker, wire_credit
from claimline.profiles import load_profile

pytestmark = pytest.mark.devset


def _gold(dev_dir):  # type: ignore[no-untyped-def]
    text = (dev_dir / "gold.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_actors_devset_speaker_sides(dev_dir):
    profile = load_profile("ru_ua")
    rows = [g for g in _gold(dev_dir) if not g["source_of_claim"].startswith("outlet")]
    right = sum(
        resolve_speaker(g["source_of_claim"], profile).side == g["source_side"] for g in rows
    )
    assert rows
    assert right / len(rows) >= 0.95, f"speaker side accuracy {right}/{len(rows)}"


def test_actors_devset_outlet_voice_sides(dev_dir):
    profile = load_profile("ru_ua")
    articles = {}
    for line in (dev_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            articles[record["id"]] = record
    rows = [g for g in _gold(dev_dir) if g["source_of_claim"].startswith("outlet")]
    right = 0
    for g in rows:
        article = articles.get(g["article_id"], {})
        credit = wire_credit(article.get("text") or "", profile)
        if credit is not None:
            side = credit.side
        else:
            side = outlet_side(article.get("outlet") or article.get("url") or "", profile)
        right += side == g["source_side"]
    assert rows
    assert right / len(rows) >= 0.85, f"outlet voice side accuracy {right}/{len(rows)}"
