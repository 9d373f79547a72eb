"""time_for_span: which time expression a claim at a span belongs to."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.nlp.timex import find_times, time_for_span

A = date(2023, 1, 14)


def _time(text: str, word: str, anchor: date | None = A):
    mentions = find_times(text, anchor, events=())
    start = text.index(word)
    return time_for_span(mentions, start, start + len(word), text, anchor)


def test_timex_attach_prefers_the_clause_of_the_span() -> None:
    text = (
        "The ministry said on January 13 that Soledar had been captured "
        "on the evening of January 12."
    )
    assert _time(text, "Soledar").start == date(2023, 1, 12)


def test_timex_attach_takes_the_nearest_in_the_sentence() -> None:
    text = "On Thursday, the governor said that the army had entered Kupiansk."
    assert _time(text, "Kupiansk").start == date(2023, 1, 12)


def test_timex_attach_keeps_a_date_with_its_own_clause() -> None:
    text = "Kupiansk was liberated in September 2022, Trehubov said on Thursday."
    interval = _time(text, "Kupiansk")
    assert (interval.start, interval.end) == (date(2022, 9, 1), date(2022, 9, 30))


def test_timex_attach_does_not_cross_sentences() -> None:
    text = "Ukrainian troops still hold Izium. On Monday, Lyman fell."
    interval = _time(text, "Izium")
    assert (interval.start, interval.end, interval.basis) == (A, A, "publication")


def test_timex_attach_without_anchor_is_open() -> None:
    interval = _time("Ukrainian troops still hold Izium.", "Izium", anchor=None)
    assert (interval.start, interval.end, interval.basis) == (None, None, "none")


def test_timex_attach_ignores_forward_expressions() -> None:
    text = "Troops hold Bakhmut and commanders will decide on Monday."
    assert _time(text, "Bakhmut").basis == "publication"


def test_timex_attach_commas_inside_a_date_do_not_split_the_clause() -> None:
    text = (
        "Ukrainian forces pushed Russian troops out of Kupiansk on November 26, 2024, "
        "the army said."
    )
    assert _time(text, "Kupiansk").start == date(2024, 11, 26)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the date belongs to the later clause; the claim's state ended before it
        (
            "The village lived under occupation for months before the army freed it in "
            "the autumn of 2022.",
            "occupation",
            (None, date(2022, 8, 31)),
        ),
        # "after" the dated event: the claim's state starts once it is over
        (
            "Troops held the bridge after engineers repaired it on 3 May 2023.",
            "held",
            (date(2023, 5, 4), date(2024, 1, 10)),
        ),
        # "before" with no event of its own only places the claim
        (
            "Russian troops left the village before dawn on 3 May 2023.",
            "left",
            (date(2023, 5, 3), date(2023, 5, 3)),
        ),
        # no connective: the sentence's date is the claim's own
        (
            "Soldiers entered the town, and officials confirmed it on 3 May 2023.",
            "entered",
            (date(2023, 5, 3), date(2023, 5, 3)),
        ),
    ],
)
def test_timex_attach_across_a_temporal_connective(sentence, trigger, expected):
    anchor = date(2024, 1, 10)
    mentions = find_times(sentence, anchor)
    i = sentence.index(trigger)
    iv = time_for_span(mentions, i, i + len(trigger), sentence, anchor)
    assert (iv.start, iv.end) == expected
