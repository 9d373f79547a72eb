"""The cached attribute ruler annotates exactly like the model's own ruler."""

from __future__ import annotations

import pytest

from claimline.nlp import parse

SENTENCES = [
    "Ukrainian troops entered Kupiansk on Saturday, the General Staff said.",
    "There were reports that Russian units had withdrawn from the village overnight.",
    "There's no truth in the claim that the town fell, a spokesman said.",
    "They ain't gonna hold the bridge for long, let's be honest, y'all know it.",
    "We're gonna retake it, c'mon, he told reporters in Kyiv.",
    "Is it true?  The army says it controls 60% of Bakhmut\u2019s eastern districts.",
    "KYIV, May 3 (Reuters) - Fighting raged for the approaches to Avdiivka.",
    "\u201cWe have liberated the settlement,\u201d the ministry wrote on Telegram.",
]


@pytest.fixture(scope="module")
def pipelines():  # type: ignore[no-untyped-def]
    return parse.get_nlp(), parse.get_stock_nlp()


def _annotations(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_the_shared_pipeline_uses_the_cached_ruler(pipelines) -> None:  # type: ignore[no-untyped-def]
    cached, stock = pipelines
    assert isinstance(cached.get_pipe("attribute_ruler"), parse.CachedAttributeRuler)
    assert cached.pipe_names == stock.pipe_names


@pytest.mark.parametrize("text", SENTENCES)
def test_cached_ruler_matches_the_stock_ruler(pipelines, text: str) -> None:  # type: ignore[no-untyped-def]
    cached, stock = pipelines
    # Twice: the first pass fills the cache, the second replays it.
    for _ in range(2):
        assert _annotations(cached(text)) == _annotations(stock(text))


def test_batches_match_one_by_one(pipelines) -> None:  # type: ignore[no-untyped-def]
    cached, stock = pipelines
    batched = [_annotations(d) for d in parse.parse_many(SENTENCES, batch_size=3)]
    # parse_many reads a curly apostrophe as a straight one (same offsets).
    assert batched == [_annotations(stock(t.replace("\u2019", "'"))) for t in SENTENCES]


def test_parse_many_reads_curly_apostrophes_as_straight_ones() -> None:
    curly, straight = parse.parse_many(["Kyiv isn\u2019t sure.", "Kyiv isn't sure."])
    assert [t.dep_ for t in curly] == [t.dep_ for t in straight]
    assert [t.idx for t in curly] == [t.idx for t in straight]
    assert curly[2].dep_ == "neg"


def test_multi_token_patterns_still_apply(pipelines) -> None:  # type: ignore[no-untyped-def]
    cached, _stock = pipelines
    doc = cached("We're gonna win.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"  # the ruler's two-token rule


def test_the_shared_pipeline_uses_the_cached_lemmatizer(pipelines) -> None:  # type: ignore[no-untyped-def]
    cached, _stock = pipelines
    assert isinstance(cached.get_pipe("lemmatizer"), parse.CachedLemmatizer)


def test_cached_lemmatizer_keeps_lemmas_the_ruler_set(pipelines) -> None:  # type: ignore[no-untyped-def]
    cached, stock = pipelines
    # "ai" + "n't" carry lemmas from the ruler's exceptions; the lemmatizer must not redo them.
    for text in ("They ain't leaving the town.", "They ain't leaving the town."):
        assert [t.lemma_ for t in cached(text)] == [t.lemma_ for t in stock(text)]


def test_lemmas_depend_on_pos_not_only_on_the_word(pipelines) -> None:  # type: ignore[no-untyped-def]
    cached, stock = pipelines
    # "fell" as a verb and "left" as an adjective/verb: one word, two lemmas by POS
    text = "The town fell after the left flank left its positions; they felled trees."
    for _ in range(2):
        assert _annotations(cached(text)) == _annotations(stock(text))
