"""A rebuttal sentence that opens with "This is not true" or "That is false" rejects the
claim of the sentence before it, wherever the sentence starts in the text."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_rows


def _tuples(text: str) -> set[tuple[str, str, str, str]]:
    return gazetteer_rows(text)


@pytest.mark.parametrize(
    "rebuttal",
    [
        '"This is not true," Ukrainian spokesman Ivan Petrenko said.',
        "That is false, a Ukrainian army spokesman said.",
        '"It is a lie," the Ukrainian commander told reporters.',
        "This was untrue, Ukraine's General Staff said later.",
    ],
)
def test_a_sentence_opening_rebuttal_rejects_the_claim_before_it(rebuttal):
    text = (
        "Heavy shelling continued on Monday. Moscow announced that Russian units had "
        "encircled Siversk. " + rebuttal
    )
    found = _tuples(text)
    assert ("Siversk", "encircled", "RU", "affirmed") in found
    assert ("Siversk", "encircled", "RU", "negated") in found, found


def test_a_true_statement_is_no_rebuttal():
    text = (
        "Heavy shelling continued on Monday. Moscow announced that Russian units had "
        'encircled Siversk. "This is what we expected," a Russian blogger wrote.'
    )
    assert not any(pol == "negated" for _p, _t, _a, pol in _tuples(text))
