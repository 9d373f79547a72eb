"""Storage behind one interface: :class:`Store`; SQLite is the embedded default."""

from __future__ import annotations

import os
from pathlib import Path

from claimline.store.base import ClaimFilter, SearchHit, Store
from claimline.store.sqlite import SQLiteStore

ENV_VAR = "CLAIMLINE_DB"


def default_db_path() -> Path:
    """``$CLAIMLINE_DB``, else ``./claimline.db`` if it exists, else the user data folder."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    local = Path("claimline.db")
    if local.exists():
        return local
    from platformdirs import user_data_dir

    return Path(user_data_dir("claimline", appauthor=False)) / "claimline.db"


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``path``."""
    return SQLiteStore(path if path is not None else default_db_path())


__all__ = ["ClaimFilter", "SQLiteStore", "SearchHit", "Store", "default_db_path", "open_store"]
