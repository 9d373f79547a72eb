from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from claimline.errors import NotFound, StoreError
from claimline.ingest.dedup import content_hash
from claimline.model import (
    Actor,
    Claim,
    ClaimType,
    DateBasis,
    Document,
    Evidence,
    PlaceMention,
    Precision,
    Rejection,
    RemovedSpan,
    TimeInterval,
)
from claimline.store import SQLiteStore, open_store
from claimline.store.base import ClaimFilter
from claimline.store.migrations import MIGRATIONS


def make_doc(doc_id: str, text: str, **kw) -> Document:
    return Document(id=doc_id, content_hash=content_hash(text), text=text, **kw)


def test_store_roundtrips_a_document(store):
    doc = make_doc(
        "a1",
        "Troops entered the village of Nova Hrada on Monday.",
        title="A headline",
        published=date(2025, 3, 4),
        published_precision=Precision.DAY,
        date_basis=DateBasis.METADATA,
        removed=(RemovedSpan(60, 80, "SEE ALSO: X", "promo_caps"),),
        sentences=((0, 51),),
        metadata={"author": "A. Writer", "tags": ["x"]},
    )
    assert store.add_document(doc) is True
    assert store.get_document("a1") == doc


def test_store_refuses_same_content_twice(store):
    doc = make_doc("a1", "Same words here.")
    assert store.add_document(doc)
    assert store.add_document(make_doc("other-id", "Same words here.")) is False
    assert store.count_documents() == 1


def test_store_missing_document_raises_not_found(store):
    with pytest.raises(NotFound) as info:
        store.get_document("nope")
    assert info.value.code == "E300"


def test_store_full_text_search_finds_words_and_ignores_syntax(store):
    store.add_document(make_doc("a", "Shelling continued near Vovchansk overnight.", title="T"))
    store.add_document(make_doc("b", "A quiet day in the capital."))
    assert [h.doc_id for h in store.search("vovchansk")] == ["a"]
    assert [h.doc_id for h in store.search("capit*")] == ["b"]
    assert store.search('AND OR "(') == []  # stray operators are quoted, never an error
    assert sorted(h.doc_id for h in store.search("vovchansk OR capital")) == ["a", "b"]
    assert store.search("vovchansk NOT shelling") == []


def test_store_migrations_are_recorded_and_idempotent(tmp_path):
    path = tmp_path / "c.db"
    SQLiteStore(path).close()
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert rows == [(m.version, m.name) for m in MIGRATIONS]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_rejects_a_file_that_is_not_a_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError):
        SQLiteStore(bad)


def test_store_default_path_follows_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLINE_DB", str(tmp_path / "env.db"))
    with open_store() as s:
        assert s.path == str(tmp_path / "env.db")


def test_store_rejections_are_kept_once(store):
    r = Rejection("x.bin", "E102", "binary")
    store.add_rejections([r, r])
    store.add_rejections([r])
    assert store.rejections() == [r]


def _claim(cid: str, doc_id: str, place: str, start: date, side: str = "RU") -> Claim:
    return Claim(
        id=cid,
        doc_id=doc_id,
        type=ClaimType.CAPTURED,
        place=PlaceMention(place, 0, len(place), f"id-{place}", place),
        evidence=Evidence(place, 0, len(place)),
        actor=side,
        time=TimeInterval(start, start, Precision.DAY, "explicit"),
        speaker=Actor("Some Spokesman", side),
    )


def test_store_claims_replace_and_filter(store):
    store.add_document(make_doc("d1", "text one"))
    store.replace_claims("d1", [_claim("c1", "d1", "Izium", date(2022, 9, 10))])
    store.replace_claims(
        "d1",
        [
            _claim("c2", "d1", "Izium", date(2022, 9, 10), side="UA"),
            _claim("c3", "d1", "Lyman", date(2022, 10, 1), side="UA"),
        ],
    )
    assert [c.id for c in store.claims()] == ["c2", "c3"]
    assert [c.id for c in store.claims(ClaimFilter(place="izium"))] == ["c2"]
    assert [c.id for c in store.claims(ClaimFilter(since=date(2022, 9, 20)))] == ["c3"]
    assert [c.id for c in store.claims(ClaimFilter(speaker="spokes", side="UA"))] == ["c2", "c3"]
    assert store.claims(ClaimFilter(side="RU")) == []


def test_store_cluster_is_set_on_documents_and_claims(store):
    store.add_document(make_doc("d1", "text one"))
    store.add_document(make_doc("d2", "text two"))
    store.replace_claims("d1", [_claim("c1", "d1", "Izium", date(2022, 9, 10))])
    store.set_cluster(["d1", "d2"], "story-x")
    assert store.get_document("d2").cluster_id == "story-x"
    assert store.claims()[0].cluster_id == "story-x"
