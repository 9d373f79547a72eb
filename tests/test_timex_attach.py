"""time_for_span: which time expression a claim at a span belongs to."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.nlp.timex import find_times, story_day, time_for_span

A = date(2023, 1, 14)


def _time(text: str, word: str, anchor: date | None = A):
    mentions = find_times(text, anchor, events=())
    start = text.index(word)
    return time_for_span(mentions, start, start + len(word), text, anchor)


def test_timex_attach_prefers_the_clause_of_the_span() -> None:
    text = (
        "The army reported on January 11 that Klishchiivka had been retaken "
        "on the morning of January 9."
    )
    assert _time(text, "Klishchiivka").start == date(2023, 1, 9)


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
            "the summer of 2022.",
            "occupation",
            (None, date(2022, 5, 31)),
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


# --- a report's day and the event's day -----------------------------------------

R = date(2024, 3, 9)  # a Saturday


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the event's own day, further on in the complement, beats the speech day
        (
            "The general staff said on Friday that its units had seized Robotyne, a village "
            "in the south, on Wednesday night.",
            "seized",
            date(2024, 3, 6),
        ),
        (
            "Officials announced on 8 March that the brigade had driven the enemy out of "
            "Krynky, a riverside village, on 5 March.",
            "driven",
            date(2024, 3, 5),
        ),
        # with no event day, the report's day still dates the claim
        (
            "The army said on Friday that it controls the whole of the village.",
            "controls",
            date(2024, 3, 8),
        ),
        # "now" in reported speech is the moment of the speech
        (
            "The army said on Friday that most of the village was now in its hands.",
            "hands",
            date(2024, 3, 8),
        ),
        # a speech verb after the claim: the claim's own day stays
        (
            "Troops entered Kupiansk on Thursday, the governor told reporters on Friday.",
            "entered",
            date(2024, 3, 7),
        ),
        # a "since" state in the complement is background, not the event's day
        (
            "Kyiv said on Friday that its forces had freed Lyman, a rail hub held by Russia "
            "since 2022.",
            "freed",
            date(2024, 3, 8),
        ),
        # Russian: "заявило в пятницу" dates the statement
        (
            "Министерство заявило в пятницу, что войска взяли село, крупный узел, в четверг.",
            "взяли",
            date(2024, 3, 7),
        ),
    ],
)
def test_timex_attach_event_day_over_report_day(sentence, trigger, expected):
    assert _time(sentence, trigger, R).start == expected


# --- a line that introduces the next one -------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "…put it,\n\n“…”": the quote continues the introducing line and its date
        (
            "As the brigade's report of 4 March put it,\n\n"
            "\u201cOur units withdrew from the village to better positions.\u201d",
            "withdrew",
            date(2024, 3, 4),
        ),
        (
            'On 6 March the governor wrote:\n"The enemy has left the town."',
            "left",
            date(2024, 3, 6),
        ),
        # a full stop at the end of a line still ends the sentence
        (
            "The governor spoke on 6 March.\nThe enemy has left the town.",
            "left",
            R,
        ),
    ],
)
def test_timex_attach_line_ending_in_comma_or_colon_runs_on(text, trigger, expected):
    assert _time(text, trigger, R).start == expected


# --- the dateline ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # feed metadata a day late: the dateline's day is the story's day
        ("KYIV, March 8 (Reuters) - Talks resumed.\nTroops hold the town.", R, date(2024, 3, 8)),
        (
            "Headline\n\nKYIV, March 8 (Reuters) - Talks.\nTroops hold the town.",
            R,
            date(2024, 3, 8),
        ),
        (
            "(Adds detail) DONETSK, 7 March - Talks resumed.\nTroops hold the town.",
            R,
            date(2024, 3, 7),
        ),
        ("Kyiv, Mar. 8 (AP) — Talks resumed.\nTroops hold the town.", R, date(2024, 3, 8)),
    ],
)
def test_timex_attach_dateline_dates_the_story(text, anchor, expected):
    iv = _time(text, "hold", anchor)
    assert (iv.start, iv.end, iv.basis) == (expected, expected, "publication")


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("KYIV, March 8 (Reuters) - Talks.", R, date(2024, 3, 8)),
        # a dateline more than three days old, or after the anchor, is not trusted
        ("KYIV, March 1 (Reuters) - Talks.", R, R),
        ("KYIV, March 10 (Reuters) - Talks.", R, R),
        # a city in ordinary case with no agency is no dateline
        ("Kyiv, March 8 was a quiet day.", R, R),
        ("KYIV, March 8 (Reuters) - Talks.", None, None),
        # beyond the first 2,000 characters a dateline is part of the story
        ("Talks. " * 300 + "KYIV, March 8 (Reuters) - Talks.", R, R),
    ],
)
def test_timex_story_day(text, anchor, expected):
    assert story_day(text, anchor) == expected


def test_timex_dateline_resolves_relative_days() -> None:
    # filed on Friday the 8th, published on Saturday: "on Thursday" is the 7th either way,
    # and "today" is the filing day
    text = "KYIV, March 8 (Reuters) - The army said today that troops left the town."
    mentions = find_times(text, R, events=())
    today = [m for m in mentions if m.text == "today"]
    assert today and today[0].interval.start == date(2024, 3, 8)


# --- durations and paragraphs ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "for two years" belongs to the clause it measures ...
        (
            "Troops abandoned Avdiivka, a town that held out for two years, the army "
            "said on Friday.",
            "held out",
            (date(2022, 3, 9), date(2024, 3, 9)),
        ),
        # ... not to the sentence's other claim
        (
            "Troops abandoned Avdiivka, a town that held out for two years, the army "
            "said on Friday.",
            "abandoned",
            (date(2024, 3, 8), date(2024, 3, 8)),
        ),
        # a scene-setting duration still dates the sentence
        (
            "Over the past day, the defenders repelled 20 assaults near Bakhmut.",
            "repelled",
            (date(2024, 3, 8), date(2024, 3, 9)),
        ),
    ],
)
def test_timex_attach_durations(text, trigger, expected):
    iv = _time(text, trigger, R)
    assert (iv.start, iv.end) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a dateless simple-past sentence continues its paragraph's event
        (
            "On 3 March the brigade reported twelve assaults. They were repelled near Krynky.",
            "repelled",
            date(2024, 3, 3),
        ),
        (
            "Fighting flared on Wednesday. Russian troops withdrew from two villages.",
            "withdrew",
            date(2024, 3, 6),
        ),
        # a present state is as of publication
        (
            "On 3 March the brigade reported twelve assaults. The town remains under "
            "Ukrainian control.",
            "control",
            R,
        ),
        # so is a perfect, which reports news rather than the story so far
        (
            "On 3 March the brigade reported twelve assaults. Russia has taken Krynky.",
            "taken",
            R,
        ),
        # a new paragraph starts afresh
        (
            "On 3 March the brigade reported twelve assaults.\nThey were repelled near Krynky.",
            "repelled",
            R,
        ),
        # only one sentence back
        (
            "On 3 March the brigade reported twelve assaults. Weather was poor. "
            "They were repelled near Krynky.",
            "repelled",
            R,
        ),
        # a "since" in the previous sentence is a state, not the event's day
        (
            "The village has been contested since 2023. Russian troops withdrew from it.",
            "withdrew",
            R,
        ),
    ],
)
def test_timex_attach_inherits_the_paragraph_day(text, trigger, expected):
    assert _time(text, trigger, R).start == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a "when" clause after a span is the span's last part
        (
            "Russian troops held Izium from April 2022 until September 2022, when the "
            "Ukrainian army drove them out.",
            "drove",
            (date(2022, 9, 1), date(2022, 9, 30)),
        ),
        # the span itself dates the state it bounds
        (
            "Russian troops held Izium from April 2022 until September 2022, when the "
            "Ukrainian army drove them out.",
            "held",
            (date(2022, 4, 1), date(2022, 9, 30)),
        ),
        (
            "The village was occupied until 11 November 2022, when Ukrainian marines entered it.",
            "entered",
            (date(2022, 11, 11), date(2022, 11, 11)),
        ),
        # a single date before "when" is already its own part
        (
            "The army retook Lyman in October 2022, when Russian units fled east.",
            "fled",
            (date(2022, 10, 1), date(2022, 10, 31)),
        ),
        # the claim after the "when" clause is not in it
        (
            "Between 3 and 5 May, when the storm hit, troops left the village.",
            "left",
            (date(2023, 5, 3), date(2023, 5, 5)),
        ),
    ],
)
def test_timex_attach_when_clause_takes_the_end_of_a_span(text, trigger, expected):
    iv = _time(text, trigger, R)
    assert (iv.start, iv.end) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a past-perfect duration ends at the sentence's dated event
        (
            "Kherson, which had been occupied for eight months, was freed on 11 November.",
            "occupied",
            (date(2022, 3, 11), date(2022, 11, 11)),
        ),
        # the dated event keeps its own day
        (
            "Kherson, which had been occupied for eight months, was freed on 11 November.",
            "freed",
            (date(2022, 11, 11), date(2022, 11, 11)),
        ),
        # a present perfect runs up to publication
        (
            "Troops have held the bridgehead for three months, the army said on Sunday.",
            "held",
            (date(2022, 8, 14), date(2022, 11, 14)),
        ),
    ],
)
def test_timex_attach_past_perfect_duration_ends_at_the_event(text, trigger, expected):
    iv = _time(text, trigger, date(2022, 11, 14))
    assert (iv.start, iv.end) == expected
