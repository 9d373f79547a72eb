""" "They" as the first subject of a sentence are the forces of one side the sentence
before named, within the paragraph."""

from __future__ import annotations

from _claims_helpers import pipeline_rows


def test_they_are_the_forces_named_before() -> None:
    rows = pipeline_rows(
        "Russian forces have pressed on Avdiivka since May. On Tuesday they entered the "
        "town's northern districts, the ministry said."
    )
    assert ("Avdiivka", "entered", "RU", "affirmed") in rows


def test_no_carry_across_paragraphs() -> None:
    rows = pipeline_rows(
        "Russian forces shelled Avdiivka overnight.\n\nOn Tuesday they entered the town, "
        "the ministry said."
    )
    assert ("Avdiivka", "entered", "RU", "affirmed") not in rows


def test_a_subject_earlier_in_the_sentence_is_what_it_stands_for() -> None:
    rows = pipeline_rows(
        "Ukrainian brigades hold the line near Toretsk. The enemy controls a large part of "
        "the town, but it has not taken it, a Ukrainian officer said."
    )
    assert ("Toretsk", "captured", "UA", "negated") not in rows
