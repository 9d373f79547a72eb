"""The parser multiplies with numpy's BLAS in one thread and parses as with blis."""

from __future__ import annotations

import pytest

from claimline.nlp import parse

SENTENCES = [
    "Russian troops said on Tuesday they had pushed Ukrainian units out of two villages.",
    "The brigade's press officer denied that the hamlet had been surrounded.",
    "According to the regional governor, about a third of the town is still held by Kyiv.",
    "Moscow's forces were reported to be advancing toward the river crossing near Siversk.",
    "\u201cWe will take the heights back,\u201d a commander told state television, without "
    "giving a date.",
    "Fighting continued for the railway station, while the northern districts stayed "
    "under Ukrainian control.",
]


def _annotations(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.tag_, t.dep_, t.head.i) for t in doc]


def test_the_shared_pipeline_does_not_multiply_with_blis() -> None:
    ops = parse.get_nlp().get_pipe("tok2vec").model.ops
    assert type(ops).__name__ == "NumpyOps"
    assert getattr(ops, "use_blis", None) is False


def test_the_environment_can_ask_for_blis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMLINE_BLAS", "blis")
    assert parse._fast_ops() == "blis"
    monkeypatch.setenv("CLAIMLINE_BLAS", "")
    assert parse._fast_ops() == "numpy"


def test_numpy_blas_parses_like_blis() -> None:
    fast = parse.parse_many(SENTENCES)
    reference = list(parse.get_stock_nlp(blis=True).pipe(SENTENCES))
    assert getattr(parse.get_stock_nlp(blis=True).get_pipe("tok2vec").model.ops, "use_blis", True)
    for got, want in zip(fast, reference, strict=True):
        assert _annotations(got) == _annotations(want)


def test_parsing_leaves_the_blas_thread_setting_as_it_was() -> None:
    from threadpoolctl import threadpool_info, threadpool_limits

    def blas_threads() -> list[int]:
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    # numpy's wheels bundle OpenBLAS, which threadpoolctl sees.
    assert blas_threads()
    with threadpool_limits(limits=2, user_api="blas"):
        before = blas_threads()
        seen: list[list[int]] = []

        class Spy:
            def pipe(self, texts, **kwargs):  # type: ignore[no-untyped-def]
                seen.append(blas_threads())
                return iter(())

        parse.parse_many(SENTENCES[:1], nlp=Spy())
        assert seen == [[1] * len(before)]
        assert blas_threads() == before
