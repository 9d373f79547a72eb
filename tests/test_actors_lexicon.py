"""The compiled lexicon: the trie regex matches what a flat alternation matches."""

from __future__ import annotations

import re

import pytest

from claimline.nlp._actor_lexicon import is_case_sensitive, normalize, term_atoms, trie_regex

TERMS = [
    "Russia",
    "Russian",
    "Russians",
    "Russian Armed Forces",
    "Rus",
    "Ruthenia",
    "Kyiv",
    "Kyiv's",
    "Kyiv Independent",
    "Kyiv Post",
    "pro-Kyiv",
    "украинск*",
    "Украина",
    "Украины",
    "Storm-Z",
    "ЧВК «Вагнер»",
]
TEXTS = [
    "Russian Armed Forces and the Russians met Rus and Ruthenians.",
    "Kyiv's army; the Kyiv Independent; a pro-Kyiv view; Kyiv Post staff; Kyivan",
    "украинские войска и украинских военных из Украины",
    "Storm Z and Storm-Z units; ЧВК Вагнер and ЧВК «Вагнер»",
]


def _flat(terms: list[str]) -> re.Pattern[str]:
    bodies = sorted(("".join(term_atoms(t, fold=True)) for t in terms), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(bodies) + r")(?!\w)", re.IGNORECASE)


@pytest.mark.parametrize("text", TEXTS)
def test_actors_lexicon_trie_matches_flat_alternation(text):
    trie = re.compile(
        r"(?<!\w)(?:" + trie_regex([term_atoms(t, fold=True) for t in TERMS]) + r")(?!\w)",
        re.IGNORECASE,
    )
    flat = _flat(TERMS)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


@pytest.mark.parametrize(
    ("term", "sensitive"),
    [
        ("AFU", True),
        ("ЗСУ", True),
        ("RT", True),
        ("NATO", True),
        ("Reuters", False),
        ("Russian MoD", False),
        ("ВС РФ", True),
        ("Armed Forces of Ukraine", False),
    ],
)
def test_actors_lexicon_case_sensitivity(term, sensitive):
    assert is_case_sensitive(term) is sensitive


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Ukraine’s  Defence\nMinistry", "ukraine's defence ministry"),
        ("ЧВК «Вагнер»", "чвк вагнер"),
        ("Storm–Z", "storm-z"),
    ],
)
def test_actors_lexicon_normalize(raw, key):
    assert normalize(raw) == key
