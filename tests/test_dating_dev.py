"""Dating the undated dev seeds: every inferred interval must contain the truth.

The truth is used for checking only; no rule knows it.  Skipped when the dev
corpus (../shared/eval/dev) is absent.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_dating.py"

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason=f"dev corpus not found at {DEV}")


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_dating", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def estimates():
    from claimline.nlp.dating import infer_from_corpus, infer_from_text

    ev = _eval_module()
    corpus = ev.load_corpus()
    out = {}
    for stem, truth in ev.TRUTH.items():
        text = (DEV / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
        out[stem] = (truth, infer_from_text(text), infer_from_corpus(text, corpus))
    return out


def _overlaps(interval, truth: tuple[date, date]) -> bool:
    lo, hi = truth
    return (interval.start is None or interval.start <= hi) and (
        interval.end is None or interval.end >= lo
    )


def test_dating_dev_every_interval_contains_the_truth(estimates) -> None:
    for stem, (truth, text_only, linked) in estimates.items():
        for est in (text_only, linked):
            if est is not None:
                assert est.basis == "inferred" and est.confidence < 1
                assert _overlaps(est.interval, truth), (stem, est)
        assert linked is not None, stem


def test_dating_dev_most_seeds_are_right_to_the_month(estimates) -> None:
    right = [
        stem
        for stem, (truth, _, linked) in estimates.items()
        if linked is not None and linked.best is not None
        and (linked.best.year, linked.best.month) == (truth[0].year, truth[0].month)
    ]  # fmt: skip
    assert len(right) >= 3, right
