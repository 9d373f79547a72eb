"""Shared fixtures.  Tests that need the development corpus skip, visibly, without it."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "eval" / "dev"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def dev_dir() -> Path:
    if not (DEV / "articles.jsonl").exists():
        pytest.skip(f"development corpus not found at {DEV} (../shared is absent)")
    return DEV


@pytest.fixture
def store():
    from claimline.store import SQLiteStore

    s = SQLiteStore(":memory:")
    yield s
    s.close()
