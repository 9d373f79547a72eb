"""find_times: false positives, determinism without an anchor, tense, context."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.model import Precision
from claimline.nlp.timex import find_times, resolve_time

A = date(2025, 7, 30)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian forces hold 70% of the town.",
        "Soldiers of the 90th brigade were seen near the river.",
        "The 92nd Mechanized Brigade posted a video.",
        "We will hold the line, we said.",
        "Commanders may withdraw the battalion.",
        "The troops march toward the bridge.",
        "About 2,000 soldiers defend the town.",
        "The town had 30,000 inhabitants before the war.",
        "The 10th Army Corps moved north.",
        "The convoy of 1,500 trucks crossed 2 bridges.",
        "May God protect the defenders.",
        "They counted 2022 shells in one night.",
        "The town of May Day stands on the river.",
    ],
)
def test_timex_mentions_reject_false_positives(sentence: str) -> None:
    assert find_times(sentence, A, events=()) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The town was shelled yesterday.",
        "The governor spoke on Thursday.",
        "Troops entered the village on July 28.",
        "Fighting raged last week.",
        "In recent months the front stabilised.",
        "The district has been in enemy hands since the end of May.",
        "Desertions began this summer.",
        "В субботу ВСУ оставили город.",
    ],
)
def test_timex_mentions_without_anchor_never_invent_a_date(sentence: str) -> None:
    mentions = find_times(sentence, None, events=())
    assert mentions, sentence
    for m in mentions:
        assert m.interval.start is None and m.interval.end is None
        assert m.interval.basis == "none"


def test_timex_mentions_keep_the_parts_of_a_yearless_date() -> None:
    (m,) = find_times("On Thursday, December 24, the attack failed.", None, events=())
    assert (m.year, m.month, m.day, m.weekday) == (None, 12, 24, 3)


def test_timex_mentions_explicit_dates_resolve_without_anchor() -> None:
    interval = resolve_time("The town fell on 28 July 2025.", None, events=())
    assert interval is not None and interval.start == date(2025, 7, 28)
    assert interval.basis == "explicit"


def test_timex_mentions_that_year_follows_the_last_year_named() -> None:
    text = (
        "It was occupied in 2022. In 2023 it was shelled, and in the spring of that year it burned."
    )
    mentions = find_times(text, A, events=())
    spring = [m for m in mentions if "spring" in m.text][0]
    assert spring.interval.start == date(2023, 3, 1)
    assert spring.interval.basis == "anchor"


def test_timex_mentions_neighbour_day_is_relative_to_the_day_named() -> None:
    text = "The army entered the city on 10 September. The next day it reached the river."
    mentions = find_times(text, date(2022, 9, 20), events=())
    assert [m.interval.start for m in mentions] == [date(2022, 9, 10), date(2022, 9, 11)]
    assert mentions[1].interval.basis == "anchor"


def test_timex_mentions_future_tense_points_forward() -> None:
    (m,) = find_times("The delegations will meet on Friday.", A, events=())
    assert m.forward and m.interval.start == date(2025, 8, 1)
    (past,) = find_times("The delegations met on Friday.", A, events=())
    assert not past.forward and past.interval.start == date(2025, 7, 25)


def test_timex_mentions_reporting_verb_does_not_make_a_date_future() -> None:
    (m,) = find_times("Syrskyi said Friday that reinforcements will arrive soon.", A, events=())
    assert m.interval.start == date(2025, 7, 25)


def test_timex_mentions_since_sets_the_relation_and_basis() -> None:
    (m,) = find_times("It has been held since 3 March 2024.", A, events=())
    assert m.relation == "since" and m.interval.basis == "since"
    assert m.interval.precision is Precision.OPEN and m.interval.end is None
    assert m.text == "since 3 March 2024"


def test_timex_mentions_offsets_point_into_the_text() -> None:
    text = "Kupiansk was freed in September 2022, officials said on Thursday."
    for m in find_times(text, A, events=()):
        assert text[m.start : m.end] == m.text


def test_timex_mentions_events_come_from_the_argument() -> None:
    class Ev:
        name = "dam"
        patterns = (r"breach of the dam",)
        start = date(2023, 6, 6)
        end = None

    (m,) = find_times("Villages flooded after the breach of the dam.", A, events=[Ev()])
    assert m.interval.start == date(2023, 6, 6) and m.interval.basis == "event"
    assert find_times("Villages flooded after the breach of the dam.", A, events=()) == []


def test_timex_mentions_other_languages_use_dateparser_on_candidates() -> None:
    mentions = find_times("Les troupes sont entrées le 10 septembre 2022 à Koupiansk.", None,
                          language="fr", events=())  # fmt: skip
    assert [m.interval.start for m in mentions] == [date(2022, 9, 10)]


@pytest.mark.parametrize(
    "sentence",
    ["Talks resume tomorrow.", "The brigade rotates next week.", "Aid comes next month."],
)
def test_timex_mentions_after_the_anchor_point_forward(sentence: str) -> None:
    (m,) = find_times(sentence, A, events=())
    assert m.forward


def test_timex_mentions_clause_initial_date_before_would_points_forward() -> None:
    text = "The commander said that starting June 3 the unit would leave the village."
    (m,) = find_times(text, date(2025, 5, 20), events=())
    assert m.forward and m.interval.start == date(2025, 6, 3)


def test_timex_mentions_yearless_date_days_after_the_anchor_keeps_the_year() -> None:
    # A metadata date a day early must not send "July 31" back a whole year.
    (m,) = find_times("On July 31, the army rejected the claim.", A, events=())
    assert m.interval.start == date(2025, 7, 31)


def test_timex_mentions_event_and_explicit_month_in_one_phrase() -> None:
    class Ev:
        name = "invasion"
        patterns = (r"invasion",)
        start = date(2022, 2, 24)
        end = None

    text = "Russian columns seized the town at the start of the invasion in February 2022."
    mentions = find_times(text, A, events=[Ev()])
    assert [(m.kind, m.interval.start) for m in mentions] == [
        ("event", date(2022, 2, 24)),
        ("month", date(2022, 2, 1)),
    ]
    assert mentions[0].text == "the start of the invasion"


def test_timex_mentions_default_events_are_the_profile_events() -> None:
    from claimline.nlp.timex import default_events

    profiles = pytest.importorskip("claimline.profiles")
    assert default_events() == tuple(profiles.load_profile().events)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Kyiv has held the town since its recapture in October 2022.", date(2022, 10, 1)),
        ("The road has been cut since the attack on 3 March 2024.", date(2024, 3, 3)),
    ],
)
def test_timex_mentions_since_an_event_on_a_date_is_open(sentence: str, start: date) -> None:
    (m,) = find_times(sentence, A, events=())
    assert (m.interval.start, m.interval.end, m.relation) == (start, None, "since")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("З початку повномасштабної війни село двічі переходило з рук в руки.", "uk"),
        ("С начала полномасштабной войны посёлок дважды переходил из рук в руки.", "ru"),
        ("Since the start of the full-scale war the village has changed hands twice.", "en"),
    ],
)
def test_timex_mentions_full_scale_war_is_the_invasion_event(text, language):
    mentions = find_times(text, date(2023, 5, 1), language=language)
    assert [(m.interval.start, m.interval.end) for m in mentions] == [(date(2022, 2, 24), None)]
