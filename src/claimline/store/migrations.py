"""Named, ordered schema migrations, each applied once in its own transaction.

A migration is recorded in ``schema_migrations`` after it succeeds, so opening
an older database brings it up to date and opening a current one does nothing.
New migrations are appended; a released one is never edited.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from claimline.errors import MigrationError


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "documents",
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT,
            url TEXT,
            outlet TEXT,
            published TEXT,
            published_precision TEXT NOT NULL DEFAULT 'none',
            date_basis TEXT NOT NULL DEFAULT 'none',
            date_confidence REAL,
            language TEXT,
            source TEXT,
            source_format TEXT,
            text TEXT NOT NULL,
            removed TEXT NOT NULL DEFAULT '[]',
            sentences TEXT NOT NULL DEFAULT '[]',
            cluster_id TEXT,
            metadata TEXT NOT NULL DEFAULT '{}',
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_published ON documents(published);
        CREATE INDEX documents_cluster ON documents(cluster_id);
        CREATE TABLE minhashes (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            hashvalues BLOB NOT NULL
        );
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            doc_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TABLE rejections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            rejected_at TEXT NOT NULL,
            UNIQUE (source, code, reason)
        );
        """,
    ),
    Migration(
        2,
        "claims",
        """
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            place_id TEXT,
            place_canonical TEXT,
            place_kind TEXT,
            actor TEXT,
            polarity TEXT NOT NULL,
            modality TEXT NOT NULL,
            hedged INTEGER NOT NULL,
            time_start TEXT,
            time_end TEXT,
            speaker_name TEXT,
            speaker_side TEXT,
            outlet TEXT,
            cluster_id TEXT,
            confidence REAL NOT NULL,
            record TEXT NOT NULL
        );
        CREATE INDEX claims_doc ON claims(doc_id);
        CREATE INDEX claims_place ON claims(place_id);
        CREATE INDEX claims_time ON claims(time_start, time_end);
        """,
    ),
    Migration(
        3,
        "link_features",
        # A cache only: event-linking features of a document's text, valid while
        # ``key`` (text digest + code and data fingerprint) matches; see
        # claimline.ingest.link_cache.
        """
        CREATE TABLE link_features (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            record TEXT NOT NULL
        );
        """,
    ),
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def migrate(conn: sqlite3.Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[str]:
    """Apply every migration not yet recorded; return the names applied."""
    done = applied_versions(conn)
    applied: list[str] = []
    for migration in sorted(migrations, key=lambda m: m.version):
        if migration.version in done:
            continue
        try:
            conn.execute("BEGIN")
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, _now()),
            )
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise MigrationError(
                f"migration {migration.version} ({migration.name}) failed: {exc}"
            ) from exc
        applied.append(migration.name)
    return applied


def _statements(sql: str) -> list[str]:
    # The migration scripts hold no semicolons inside literals, so a split is safe
    # and keeps every statement inside the explicit transaction above.
    return [s.strip() for s in sql.split(";") if s.strip()]
