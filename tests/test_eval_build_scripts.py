"""Each blind set's build.py, through eval/buildcheck.py, rebuilds exactly the
articles.jsonl and gold.jsonl committed beside it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"


@pytest.mark.parametrize("name", ["blind5", "blind6", "blind7", "blind8"])
def test_build_script_reproduces_the_committed_files(name: str, tmp_path: Path, dev_dir) -> None:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(EVAL))
    try:
        spec = importlib.util.spec_from_file_location(f"build_{name}", EVAL / name / "build.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.HERE = str(tmp_path)  # write beside no README, into the temporary folder
        module.main()
    finally:
        sys.path.remove(str(EVAL))
    for fname in ("articles.jsonl", "gold.jsonl"):
        assert (tmp_path / fname).read_bytes() == (EVAL / name / fname).read_bytes()
