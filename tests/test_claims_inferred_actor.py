"""Actors of claims whose grammar names none: a surrounded town, a denied capture."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_rows, pipeline_rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # nobody speaking for a side: the besieger is the side not at home there
        (
            "By Thursday the town of Huliaipole was surrounded on three sides, officials said.",
            ("Huliaipole", "encircled", "RU", "affirmed"),
        ),
        (
            "Analysts wrote that Kostiantynivka had been besieged for weeks.",
            ("Kostiantynivka", "encircled", "RU", "affirmed"),
        ),
    ],
)
def test_a_surrounded_town_is_surrounded_by_the_side_not_at_home(text: str, row) -> None:  # type: ignore[no-untyped-def]
    assert row in gazetteer_rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a side's own denial of a capture with no agent denies the other side's capture
        (
            "Часів Яр не захоплено, заявили у Генштабі ЗСУ в неділю.",
            ("Chasiv Yar", "captured", "RU", "negated"),
        ),
        (
            "Торецк не взят, заявили в Генштабе ВСУ.",
            ("Toretsk", "captured", "RU", "negated"),
        ),
    ],
)
def test_a_sides_denial_of_an_agentless_capture(text: str, row) -> None:  # type: ignore[no-untyped-def]
    assert row in pipeline_rows(text)


def test_an_agentless_capture_a_side_announces_stays_its_own() -> None:
    rows = pipeline_rows("Село Ямпіль звільнено, заявили у Генштабі ЗСУ в неділю.")
    assert ("Yampil", "captured", "UA", "affirmed") in rows


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # "у/в" + a capitalised body after the reporting verb is the speaker, a
        # lower-case "в неділю" only a time
        ("Село Ямпіль звільнено, заявили у Генштабі ЗСУ в неділю.", "UA"),
        ("Российские войска освободили Торецк, сообщили в Минобороны России в субботу.", "RU"),
    ],
)
def test_a_body_after_the_reporting_verb_is_the_speaker(text: str, side: str) -> None:
    from _claims_helpers import pipeline_claims

    claims = pipeline_claims(text)
    assert claims and all(c.speaker is not None and c.speaker.side == side for c in claims)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the denier's own words after "saying"/"insisting" are asserted, not denied
        (
            "Kyiv rejected the report on Monday, saying its brigades still held Toretsk.",
            ("Toretsk", "controls", "UA", "affirmed"),
        ),
        (
            "Ukraine's army dismissed the statement, insisting that Toretsk remained "
            "under its control.",
            ("Toretsk", "controls", "UA", "affirmed"),
        ),
        # a noun's content ("reports saying ...") is still what is denied
        (
            "The General Staff denied reports saying that Toretsk had fallen.",
            ("Toretsk", "captured", "RU", "negated"),
        ),
    ],
)
def test_a_deniers_own_words_are_not_denied(text: str, row) -> None:  # type: ignore[no-untyped-def]
    assert row in pipeline_rows(text)


def test_an_encircler_announcing_is_the_actor_even_at_home() -> None:
    # a side at home where the town lies may be the one encircling it (a town it lost)
    text = (
        "A spokesman for Ukraine's eastern group of forces said Ukrainian troops had "
        "encircled Izium, which Russian units had held since April."
    )
    assert ("Izium", "encircled", "UA", "affirmed") in pipeline_rows(text, published="2022-09-01")
