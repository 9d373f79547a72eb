"""Place linking on the development corpus (skips without ../shared/eval/dev)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_places.py"


def _evaluator():
    if not (DEV / "gold.jsonl").is_file():
        pytest.skip(f"development corpus not found at {DEV}")
    spec = importlib.util.spec_from_file_location("eval_places", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.devset
@pytest.mark.parametrize("clean", [False, True], ids=["raw", "clean"])
def test_places_devset_linking_accuracy(clean: bool) -> None:
    result = _evaluator().evaluate(DEV, clean=clean)
    print(
        f"place linking: lines {result['line_accuracy']:.3f}, pairs {result['pair_accuracy']:.3f}"
    )
    assert result["line_accuracy"] >= 0.95, result["misses"]
