"""The reconcile commands over a temporary SQLite store, through click's CliRunner."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from reconcile_claims import claim

from claimline.cli import main
from claimline.ingest.dedup import content_hash
from claimline.model import Document
from claimline.store import SQLiteStore


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.db"
    store = SQLiteStore(path)
    docs = {
        "a": (
            date(2025, 11, 20),
            [claim("a1", "captured", "RU", "2025-11-20", speaker="Gerasimov", side="RU", doc="a")],
        ),
        "b": (
            date(2025, 11, 21),
            [
                claim(
                    "b1",
                    "captured",
                    "RU",
                    "2025-11-21",
                    speaker="Kyiv",
                    side="UA",
                    polarity="negated",
                    doc="b",
                )
            ],
        ),
        "c": (
            date(2022, 9, 10),
            [
                claim("c1", "captured", "UA", "2022-09-10", speaker="AFU", side="UA", doc="c"),
                claim(
                    "c2", "controls", "RU", "2022-02-24", since=True, modality="background", doc="c"
                ),
            ],
        ),
        "d": (
            date(2024, 5, 12),
            [
                claim(
                    "d1",
                    "entered",
                    "RU",
                    "2024-05-12",
                    place="Vovchansk",
                    speaker="ISW",
                    side="neutral",
                    doc="d",
                )
            ],
        ),
    }
    for doc_id, (published, claims) in docs.items():
        text = f"Document {doc_id} about the front."
        store.add_document(
            Document(id=doc_id, content_hash=content_hash(text), text=text, published=published)
        )
        store.replace_claims(doc_id, claims)
    store.close()
    return str(path)


def run(db, *args):
    result = CliRunner().invoke(main, ["--db", db, *args])
    return result


def test_reconcile_cli_timeline_json(db):
    r = run(db, "timeline", "Kupiansk", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["place"] == {"id": "704508", "canonical": "Kupiansk"}
    segs = [(s["start"], s["state"]) for s in data["segments"]]
    assert segs[:2] == [("2022-02-24", "RU"), ("2022-09-10", "UA")]
    first = data["segments"][0]
    assert set(first) >= {
        "start",
        "end",
        "state",
        "extent",
        "confidence",
        "supporting",
        "contradicting",
        "why",
    }
    assert first["supporting"] == ["c2"]
    types = [(c["type"], c["claims"]) for c in data["contradictions"]]
    assert ("denial", ["a1", "b1"]) in types
    assert all(c["explanation"] for c in data["contradictions"])


def test_reconcile_cli_timeline_by_id_and_text(db):
    r = run(db, "timeline", "704508", "--why")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("Kupiansk (704508)")
    assert "Contradictions:" in r.output and "[denial]" in r.output
    assert "self_serving" in r.output  # --why prints the rules


def test_reconcile_cli_unknown_place_is_exit_4(db):
    r = run(db, "timeline", "Atlantis")
    assert r.exit_code == 4
    assert "E300" in r.output


def test_reconcile_cli_status(db):
    r = run(db, "status", "--as-of", "2024-06-01", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    got = {p["canonical"]: p["state"] for p in data["places"]}
    assert got == {"Kupiansk": "UA", "Vovchansk": "presence"}
    text = run(db, "status", "--as-of", "2022-09-10").output
    assert "Kupiansk" in text and "UA" in text and "Vovchansk" not in text
    # in June 2022 no stored claim had been made yet: nothing is known
    early = run(db, "status", "--as-of", "2022-06-01").output
    assert "no place has a state on 2022-06-01" in early


def test_reconcile_cli_changes(db):
    r = run(db, "changes", "--since", "2024-01-01", "--json")
    assert r.exit_code == 0, r.output
    got = [(c["place"]["canonical"], c["day"], c["after"]) for c in json.loads(r.output)]
    assert got[0] == ("Vovchansk", "2024-05-12", "presence")
    assert ("Kupiansk", "2025-11-20", "RU") in got


def test_reconcile_cli_contradictions_filters(db):
    r = run(db, "contradictions", "--place", "Kupiansk", "--json")
    assert r.exit_code == 0, r.output
    assert [c["type"] for c in json.loads(r.output)] == ["denial"]
    none = run(db, "contradictions", "--since", "2026-01-01")
    assert none.exit_code == 0 and "no contradictions" in none.output


def test_reconcile_cli_bad_date_is_usage_error(db):
    assert run(db, "status", "--as-of", "yesterday").exit_code == 2


def test_reconcile_cli_timeline_as_of(db):
    r = run(db, "timeline", "Kupiansk", "--as-of", "2024-01-01", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert [s["state"] for s in data["segments"]] == ["RU", "UA"]
    assert data["segments"][-1]["end"] is None
    assert data["contradictions"] == []  # the 2025 denial was not known yet
