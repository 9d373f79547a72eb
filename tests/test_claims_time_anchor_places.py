"""A town named in a time phrase ("since the fall of Y") dates the story: it is neither
the target of another claim in the clause nor what "the town" later refers to."""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_rows

from claimline.nlp.claim_filters import locator_only


def test_a_dated_town_is_no_target_of_the_clauses_claim() -> None:
    rows = pipeline_rows(
        "Russian forces have pressed on Avdiivka since the fall of Bakhmut in May."
    )
    assert ("Avdiivka", "advancing", "RU", "affirmed") in rows
    assert ("Bakhmut", "advancing", "RU", "affirmed") not in rows
    assert ("Bakhmut", "captured", "RU", "affirmed") in rows  # the fall itself is a claim


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian units have pushed west since the fall of Bakhmut.", "Bakhmut"),
        ("Fighting moved north after the recapture of Kupiansk.", "Kupiansk"),
        ("Бои продолжились после падения Авдеевки.", "Авдеевки"),
    ],
)
def test_time_anchors_are_no_antecedents(text: str, name: str) -> None:
    i = text.index(name)
    assert locator_only(text, i, i + len(name))


def test_a_named_town_is_still_an_antecedent() -> None:
    text = "Russian troops entered Avdiivka on Monday."
    i = text.index("Avdiivka")
    assert not locator_only(text, i, i + len("Avdiivka"))
