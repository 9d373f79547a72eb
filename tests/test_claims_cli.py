"""`claimline extract` and `claimline eval` on a small file of the project's own."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from claimline.cli import main

ARTICLE = {
    "id": "own-1",
    "url": "https://example.org/a",
    "outlet": "Reuters",
    "published": "2024-05-10",
    "title": "Fighting near Lyman",
    "text": "Ukrainian forces recaptured Lyman on Thursday, the General Staff said.\n\n"
    "Russian troops withdrew from the town after a week of fighting, it added.",
}


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    return path


def test_claims_cli_extract_jsonl_contract(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(_write(tmp_path))])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert rows, result.output
    keys = {
        "doc_id",
        "place",
        "type",
        "actor",
        "time",
        "speaker",
        "outlet",
        "modality",
        "polarity",
        "hedged",
        "extent",
        "evidence",
        "confidence",
    }
    assert keys <= set(rows[0])
    assert {"name", "canonical", "id", "kind", "lat", "lon"} <= set(rows[0]["place"])
    got = {(r["place"]["canonical"], r["type"], r["actor"]) for r in rows}
    assert ("Lyman", "captured", "UA") in got
    assert ("Lyman", "withdrew", "RU") in got
    assert all(r["doc_id"] == "own-1" for r in rows)


def test_claims_cli_eval_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "article_id": "own-1",
                "place": "Lyman",
                "place_canonical": "Lyman",
                "claim_type": "liberated",
                "actor": "UA",
                "polarity": "affirmed",
                "event_date": "2024-05-09",
                "date_precision": "day",
                "source_side": "UA",
                "hedged": False,
                "evidence": "x",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["eval", "--gold", str(gold), str(_write(tmp_path)), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output[result.output.index("{") :])
    assert report["tuples"]["tp"] == 1 and report["tuples"]["fn"] == 0
    assert report["furniture_claims"] == 0
