"""The library's main job: ingest, date, extract into the ledger — idempotently."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from claimline import api
from claimline.cli import main
from claimline.store import SQLiteStore
from claimline.store.base import ClaimFilter

REPO = Path(__file__).resolve().parents[1]

REPORT = (
    "Ukrainian troops entered the town of Kupiansk on Saturday and raised the flag over the "
    "town hall, the General Staff said.\n\nRussia's Ministry of Defence said its forces had "
    "withdrawn from Izium to regroup."
)


def _write(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_api_analyse_stores_claims_once_with_their_cluster(tmp_path):
    src = _write(
        tmp_path,
        [
            {"id": "a", "outlet": "Wire", "published": "2022-09-10", "text": REPORT},
            {
                "id": "b",
                "outlet": "Paper",
                "published": "2022-09-10",
                "text": "(Wire) " + REPORT.replace("on Saturday", "on Saturday morning"),
            },
        ],
    )
    with SQLiteStore(":memory:") as store:
        first = api.analyse(store, [str(src)])
        stored = store.claims()
        assert first.extract.total == len(stored) > 0
        assert {c.doc_id for c in stored} == {"a", "b"}
        clusters = {c.cluster_id for c in stored}
        assert len(clusters) == 1 and None not in clusters  # syndicated copy: one story
        again = api.analyse(store, [str(src)])
        assert again.extract.total == 0
        assert len(store.claims()) == len(stored)
        kupiansk = store.claims(ClaimFilter(place="Kupiansk"))
        assert kupiansk and all(c.place.canonical == "Kupiansk" for c in kupiansk)


def test_api_analyse_reports_an_unsupported_language(tmp_path):
    src = _write(
        tmp_path,
        [
            {
                "id": "ja",
                "language": "ja",
                "published": "2024-01-05",
                "text": "部隊は町に入ったと当局者が述べた。住民は避難を続けている。",
            }
        ],
    )
    with SQLiteStore(":memory:") as store:
        report = api.analyse(store, [str(src)])
        assert "ja" in report.extract.skipped
        assert "not supported" in report.extract.skipped["ja"]
        assert store.claims() == []


def test_api_cli_ingest_fills_the_ledger(tmp_path):
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    result = runner.invoke(main, ["--db", db, "ingest", str(REPO / "examples" / "corpus")])
    assert result.exit_code == 0, result.output
    assert "claims extracted:" in result.output
    listed = runner.invoke(main, ["--db", db, "claims", "--place", "Kupiansk", "--json"])
    assert listed.exit_code == 0, listed.output
    no_claims = runner.invoke(
        main,
        [
            "--db",
            str(tmp_path / "d.db"),
            "ingest",
            "--no-extract",
            str(REPO / "examples" / "corpus"),
        ],
    )
    assert "claims extracted: 0" in no_claims.output
