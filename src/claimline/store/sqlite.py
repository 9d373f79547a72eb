"""The embedded default store: one SQLite file, WAL mode, FTS5 search."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from array import array
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from claimline.errors import NotFound, StoreError
from claimline.model import Claim, DateBasis, Document, Precision, Rejection, RemovedSpan, to_dict
from claimline.serde import from_dict
from claimline.store.base import ClaimFilter, SearchHit, Store
from claimline.store.migrations import migrate

_DOC_COLUMNS = (
    "id, content_hash, title, url, outlet, published, published_precision, date_basis, "
    "date_confidence, language, source, source_format, text, removed, sentences, "
    "cluster_id, metadata"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore(Store):
    """A :class:`Store` in one SQLite file (or ``":memory:"`` for tests)."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: transactions are explicit (see _tx) so that a
            # failing batch item never leaves half a document behind.
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self._conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self._conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot open the store at {self.path}: {exc}",
                hint="check that the file is a claimline SQLite database and is writable",
            ) from exc

    # -- helpers ---------------------------------------------------------
    def _tx(self) -> _Transaction:
        return _Transaction(self._conn)

    # -- documents -------------------------------------------------------
    def add_document(self, doc: Document, minhash: Sequence[int] | None = None) -> bool:
        if self.find_by_hash(doc.content_hash) is not None:
            return False
        try:
            with self._tx() as conn:
                conn.execute(
                    f"INSERT INTO documents ({_DOC_COLUMNS}, ingested_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        doc.id,
                        doc.content_hash,
                        doc.title,
                        doc.url,
                        doc.outlet,
                        doc.published.isoformat() if doc.published else None,
                        str(doc.published_precision),
                        str(doc.date_basis),
                        doc.date_confidence,
                        doc.language,
                        doc.source,
                        doc.source_format,
                        doc.text,
                        json.dumps(to_dict(doc.removed), ensure_ascii=False),
                        json.dumps(list(doc.sentences)),
                        doc.cluster_id,
                        json.dumps(to_dict(doc.metadata), ensure_ascii=False, default=str),
                        _now(),
                    ),
                )
                conn.execute(
                    "INSERT INTO documents_fts (doc_id, title, text) VALUES (?, ?, ?)",
                    (doc.id, doc.title or "", doc.text),
                )
                if minhash is not None:
                    conn.execute(
                        "INSERT INTO minhashes (doc_id, hashvalues) VALUES (?, ?)",
                        (doc.id, array("Q", (int(v) for v in minhash)).tobytes()),
                    )
        except sqlite3.IntegrityError as exc:
            raise StoreError(f"document {doc.id!r} could not be stored: {exc}") from exc
        return True

    def find_by_hash(self, content_hash: str) -> str | None:
        row = self._conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row[0] if row else None

    def has_id(self, doc_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def get_document(self, doc_id: str) -> Document:
        row = self._conn.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise NotFound(
                f"no document with id {doc_id!r}", hint="`claimline docs` lists the stored ids"
            )
        return _document_from_row(row)

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[Document]:
        rows = self._conn.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents ORDER BY published IS NULL, published, id "
            "LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        ).fetchall()
        return [_document_from_row(r) for r in rows]

    def count_documents(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        try:
            rows = self._conn.execute(
                "SELECT doc_id, title, snippet(documents_fts, 2, '[', ']', ' … ', 12), rank "
                "FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
                (_fts_query(query), limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r}: {exc}") from exc
        return [SearchHit(r[0], r[1] or None, r[2], float(r[3])) for r in rows]

    def minhashes(self) -> Iterable[tuple[str, Sequence[int]]]:
        for doc_id, blob in self._conn.execute("SELECT doc_id, hashvalues FROM minhashes"):
            values = array("Q")
            values.frombytes(blob)
            yield doc_id, values

    def set_cluster(self, doc_ids: Iterable[str], cluster_id: str) -> None:
        with self._tx() as conn:
            conn.executemany(
                "UPDATE documents SET cluster_id = ? WHERE id = ?",
                [(cluster_id, d) for d in doc_ids],
            )
            conn.executemany(
                "UPDATE claims SET cluster_id = ? WHERE doc_id = ?",
                [(cluster_id, d) for d in doc_ids],
            )

    def update_publication(
        self,
        doc_id: str,
        published: date | None,
        precision: str,
        basis: str,
        confidence: float | None,
        note: dict[str, object] | None = None,
    ) -> None:
        with self._tx() as conn:
            row = conn.execute(
                "SELECT metadata FROM documents "
                "WHERE id = ? AND date_basis IN ('none', 'inferred')",
                (doc_id,),
            ).fetchone()
            if row is None:
                return
            metadata = json.loads(row[0])
            if note is None:
                metadata.pop("date_inferred", None)
            else:
                metadata["date_inferred"] = note
            conn.execute(
                "UPDATE documents SET published = ?, published_precision = ?, date_basis = ?, "
                "date_confidence = ?, metadata = ? WHERE id = ?",
                (
                    published.isoformat() if published else None,
                    precision,
                    basis,
                    confidence,
                    json.dumps(metadata, ensure_ascii=False, default=str),
                    doc_id,
                ),
            )

    # -- caches ------------------------------------------------------------
    def link_feature_cache(self) -> dict[str, tuple[str, str]]:
        rows = self._conn.execute("SELECT doc_id, key, record FROM link_features")
        return {doc_id: (key, record) for doc_id, key, record in rows}

    def save_link_features(self, rows: Iterable[tuple[str, str, str]]) -> None:
        batch = list(rows)
        if not batch:
            return
        with self._tx() as conn:
            # A row for a document removed meanwhile is dropped, not an error.
            conn.executemany(
                "INSERT OR REPLACE INTO link_features (doc_id, key, record) "
                "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM documents WHERE id = ?)",
                [(d, k, r, d) for d, k, r in batch],
            )

    # -- rejections ------------------------------------------------------
    def add_rejections(self, rejections: Iterable[Rejection]) -> None:
        with self._tx() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO rejections (source, code, reason, rejected_at) "
                "VALUES (?, ?, ?, ?)",
                [(r.source, r.code, r.reason, _now()) for r in rejections],
            )

    def rejections(self) -> list[Rejection]:
        rows = self._conn.execute("SELECT source, code, reason FROM rejections ORDER BY id")
        return [Rejection(*r) for r in rows]

    # -- claims ----------------------------------------------------------
    def replace_claims(self, doc_id: str, claims: Iterable[Claim]) -> int:
        rows = [_claim_row(c) for c in claims]
        with self._tx() as conn:
            conn.execute("DELETE FROM claims WHERE doc_id = ?", (doc_id,))
            conn.executemany(
                "INSERT OR REPLACE INTO claims (id, doc_id, type, place_id, place_canonical, "
                "place_kind, actor, polarity, modality, hedged, time_start, time_end, "
                "speaker_name, speaker_side, outlet, cluster_id, confidence, record) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
        return len(rows)

    def claims(self, flt: ClaimFilter | None = None) -> list[Claim]:
        flt = flt or ClaimFilter()
        where, args = [], []  # type: ignore[var-annotated]
        if flt.place:
            where.append("(place_id = ? OR lower(place_canonical) = lower(?))")
            args += [flt.place, flt.place]
        if flt.side:
            where.append("actor = ?")
            args.append(flt.side)
        if flt.type:
            where.append("type = ?")
            args.append(flt.type)
        if flt.since:
            where.append("(time_end IS NULL OR time_end >= ?)")
            args.append(flt.since.isoformat())
        if flt.until:
            where.append("(time_start IS NULL OR time_start <= ?)")
            args.append(flt.until.isoformat())
        if flt.speaker:
            where.append("lower(speaker_name) LIKE ?")
            args.append(f"%{flt.speaker.lower()}%")
        if flt.doc_id:
            where.append("doc_id = ?")
            args.append(flt.doc_id)
        sql = "SELECT record, cluster_id FROM claims"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY time_start IS NULL, time_start, doc_id, id"
        out = []
        for record, cluster in self._conn.execute(sql, args):
            claim = from_dict(Claim, json.loads(record))
            if cluster != claim.cluster_id:
                # the cluster may have been set after the claim was stored
                claim = dataclasses.replace(claim, cluster_id=cluster)
            out.append(claim)
        return out

    # -- lifecycle -------------------------------------------------------
    def close(self) -> None:
        self._conn.close()


class _Transaction:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


def _fts_query(query: str) -> str:
    """Quote each word so user text never hits FTS5 syntax errors.

    Upper-case ``OR`` and ``NOT`` between words stay operators and a trailing ``*``
    stays a prefix search; everything else is a literal word (words are ANDed).
    """
    parts: list[str] = []
    for w in query.split():
        if w in ("OR", "NOT") and parts and parts[-1] not in ("OR", "NOT"):
            parts.append(w)
            continue
        star = w.endswith("*")
        core = w.rstrip("*").replace('"', '""')
        if core:
            parts.append(f'"{core}"' + ("*" if star else ""))
    while parts and parts[-1] in ("OR", "NOT"):
        parts.pop()
    return " ".join(parts) or '""'


def _document_from_row(row: Sequence[object]) -> Document:
    (
        doc_id,
        content_hash,
        title,
        url,
        outlet,
        published,
        precision,
        basis,
        confidence,
        language,
        source,
        source_format,
        text,
        removed,
        sentences,
        cluster_id,
        metadata,
    ) = row
    return Document(
        id=str(doc_id),
        content_hash=str(content_hash),
        text=str(text),
        title=title,  # type: ignore[arg-type]
        url=url,  # type: ignore[arg-type]
        outlet=outlet,  # type: ignore[arg-type]
        published=date.fromisoformat(str(published)) if published else None,
        published_precision=Precision(precision),
        date_basis=DateBasis(basis),
        date_confidence=confidence,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        source=source,  # type: ignore[arg-type]
        source_format=source_format,  # type: ignore[arg-type]
        removed=tuple(RemovedSpan(**r) for r in json.loads(str(removed))),
        sentences=tuple((int(s), int(e)) for s, e in json.loads(str(sentences))),
        cluster_id=cluster_id,  # type: ignore[arg-type]
        metadata=json.loads(str(metadata)),
    )


def _claim_row(c: Claim) -> tuple[object, ...]:
    return (
        c.id,
        c.doc_id,
        str(c.type),
        c.place.place_id,
        c.place.canonical,
        str(c.place.kind),
        c.actor,
        str(c.polarity),
        str(c.modality),
        int(c.hedged),
        c.time.start.isoformat() if c.time and c.time.start else None,
        c.time.end.isoformat() if c.time and c.time.end else None,
        c.speaker.name if c.speaker else None,
        c.speaker.side if c.speaker else None,
        c.outlet,
        c.cluster_id,
        c.confidence,
        json.dumps(to_dict(c), ensure_ascii=False),
    )
