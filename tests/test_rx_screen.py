"""The literal screen in front of the trigger patterns never hides a match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimline.nlp.claim_lexicon import CYR_TRIGGERS, EN_TRIGGERS
from claimline.nlp.rx_screen import Screened, fold, might_match, required_literals

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bcaptur(?:e|ed)\b", {"capture"}),  # "captured" contains it
        (r"(?<!apartment\s)\b(?:seiz(?:e|ed)|took)\b", {"seize", "took"}),
        # an optional part widens the set; a lookaround consumes nothing
        (r"\bheld(?=\s)", {"held"}),
        (r"\b(?:re)?took\b", {"took"}),  # "retook" contains "took": one test does
        # a repeat needs its body at least once
        (r"(?:ab)+c", {"ab"}),
        # a small class is a set of letters; the best literal run is kept
        (r"[Kk]yiv\w+", {"kyiv"}),
        # case-folded: an upper-case literal is compared in lower case
        (r"\bHOLDS\b", {"holds"}),
        (r"(?i:ЗАХОПИЛИ)", {"захопили"}),
    ],
)
def test_required_literals(pattern: str, expected: set[str]) -> None:
    assert required_literals(pattern) == frozenset(expected)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # any word: nothing to require
        r"(?:captured|\d+)",  # one branch needs no literal
        r"x?",  # may match the empty string
        r"(\w)\1",  # a back-reference is not analysed
    ],
)
def test_no_requirement_where_none_can_be_shown(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_a_requirement_survives_next_to_an_unknown_part() -> None:
    assert required_literals(r"[^a]bc?") == frozenset({"b"})
    assert required_literals(r"\w+ forces") == frozenset({" forces"})


def test_screened_pattern_answers_as_the_pattern() -> None:
    rx = re.compile(r"\b(?:liberat(?:ed|ion))\b", re.IGNORECASE)
    screened = Screened(rx)
    for text in ("They LIBERATED it.", "liberation day", "no such word", ""):
        expected = rx.search(text)
        got = screened.search(text)
        assert (got is None) is (expected is None)
        assert [m.span() for m in screened.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_dotless_i_is_screened_as_re_matches_it() -> None:
    # re.IGNORECASE takes the dotless "ı" for "i"; casefold alone does not.
    rx = re.compile(r"seized", re.IGNORECASE)
    assert rx.search("seızed")
    assert might_match(rx, fold("seızed"))


def _texts() -> list[str]:
    texts: list[str] = []
    for path in sorted((REPO / "eval").glob("*/articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for path in sorted((REPO / "examples" / "corpus").glob("*")):
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
    texts.append((REPO / "bench" / "data" / "context_paragraphs.txt").read_text(encoding="utf-8"))
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s.strip()]
    # the same sentences in capitals and in title case: the patterns ignore case
    return sentences + [s.upper() for s in sentences[::7]] + [s.title() for s in sentences[::11]]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return _texts()


@pytest.mark.parametrize("triggers", [EN_TRIGGERS, CYR_TRIGGERS], ids=["en", "cyr"])
def test_no_trigger_match_is_screened_out(triggers, sentences: list[str]) -> None:  # type: ignore[no-untyped-def]
    hits = 0
    for text in sentences:
        folded = fold(text)
        for trig in triggers:
            if trig.pattern.search(text):
                hits += 1
                assert might_match(trig.pattern, folded), (trig.pattern.pattern, text)
    assert hits > 100  # the corpus exercises the patterns


def test_the_screen_rejects_most_sentences(sentences: list[str]) -> None:
    # what it is for: most (pattern, sentence) pairs need no scan at all
    pairs = skipped = 0
    for text in sentences[:500]:
        folded = fold(text)
        for trig in EN_TRIGGERS:
            pairs += 1
            skipped += not might_match(trig.pattern, folded)
    assert skipped > 0.8 * pairs


def test_time_trigger_groups_match_as_the_flat_alternation() -> None:
    from claimline.nlp import timex

    words = timex._TRIGGER_WORDS
    assert not any(a != b and b.startswith(a) for a in words for b in words)
    flat = re.compile("|".join([r"\d", *words]))
    text = "On 3 May the DAY after the Fall offensive, Autumn rains; SEP. 12th, a week of Nights."
    assert [m.span() for m in timex._TRIGGER.finditer(text)] == [
        m.span() for m in flat.finditer(text)
    ]
