"""Russian and Ukrainian "fighting goes on in X" is a contest for X."""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_rows


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Глава ДНР заявил, что в районе посёлка Щербиновка ещё идут бои.", "Shcherbynivka"),
        ("В Торецке продолжаются бои, заявили в Генштабе ВСУ.", "Toretsk"),
        ("Бои в районе Торецка не прекращаются третьи сутки, пишут военкоры.", "Toretsk"),
        ("У Часовому Яру тривають бої, повідомив речник бригади.", "Chasiv Yar"),
    ],
)
def test_fighting_goes_on_in_a_place(text: str, place: str) -> None:
    assert (place, "contested", None, "affirmed") in pipeline_rows(text)


@pytest.mark.parametrize(
    "text",
    ["Бойцы идут в Торецк пешком.", "Бойові машини йдуть до Часового Яру."],
)
def test_fighters_walking_are_no_fighting(text: str) -> None:
    assert not any(r[1] == "contested" for r in pipeline_rows(text))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "За даними штабу, у східній частині Торецька перебувають кілька десятків "
            "російських військових.",
            ("Toretsk", "entered", "RU", "affirmed"),
        ),
        (
            "По данным штаба, российские военные находятся на окраине Торецка.",
            ("Toretsk", "entered", "RU", "affirmed"),
        ),
    ],
)
def test_forces_present_in_a_place_have_entered_it(text: str, row) -> None:  # type: ignore[no-untyped-def]
    assert row in pipeline_rows(text)


@pytest.mark.parametrize(
    "text",
    ["В Торецке находится больница.", "У Торецьку перебуває делегація ООН."],
)
def test_things_and_visitors_present_are_no_entry(text: str) -> None:
    assert not any(r[1] == "entered" for r in pipeline_rows(text))
