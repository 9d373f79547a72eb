"""General rules found reading eval/blind7's misses (after its blind score was
recorded), tested on the project's own sentences: questions, capabilities, forces
operating in a place, and forces that remain against a claim of capture."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_rows


@pytest.mark.parametrize(
    "text",
    [
        "Why did Russia leave Kalynivka?",
        "Who controls Tarasivka now?",
        "Has the army really recaptured Kalynivka?\u201d",
    ],
)
def test_a_question_asserts_no_claim(text: str) -> None:
    assert not gazetteer_rows(text)


def test_the_answer_after_a_question_still_counts() -> None:
    rows = gazetteer_rows("Who controls Tarasivka now? Russian troops hold the village.")
    assert ("Tarasivka", "controls", "RU", "affirmed") in rows


@pytest.mark.parametrize(
    "text",
    [
        "He did not believe Russia had the forces to take Kalynivka.",
        "Analysts said Kyiv lacked the manpower to retake Tarasivka.",
    ],
)
def test_the_means_to_take_a_place_is_no_capture(text: str) -> None:
    from _claims_helpers import gazetteer_claims

    claims = [c for c in gazetteer_claims(text) if c.type.value == "captured"]
    assert all(c.modality.value in ("intended", "predicted", "conditional") for c in claims)


def test_forces_operating_in_a_place_are_present() -> None:
    rows = gazetteer_rows("Satellite images show Russian forces operating in central Kalynivka.")
    assert ("Kalynivka", "entered", "RU", "affirmed") in rows


def test_units_remaining_against_a_claim_of_capture_hold_the_place() -> None:
    text = (
        "Kyiv's military said the Russian claim was false and that its Ukrainian units "
        "remained in Kalynivka."
    )
    assert ("Kalynivka", "controls", "UA", "affirmed") in gazetteer_rows(text)


def test_soldiers_remaining_in_a_part_are_present_only() -> None:
    rows = gazetteer_rows("Several dozen Russian soldiers remain in the north of Kalynivka.")
    assert ("Kalynivka", "entered", "RU", "affirmed") in rows
    assert not any(r[1] == "controls" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "The governor said there was no threat of a large-scale assault on Kalynivka.",
        "Officials warned of the risk of an encirclement of Tarasivka.",
    ],
)
def test_the_threat_of_a_fight_is_no_fight(text: str) -> None:
    from _claims_helpers import gazetteer_claims

    for c in gazetteer_claims(text):
        assert c.modality.value in ("intended", "predicted", "conditional"), c


def test_fighting_still_counts() -> None:
    assert ("Kalynivka", "contested", None, "affirmed") in gazetteer_rows(
        "Fighting is going on in Kalynivka, the governor said."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces took Kalynivka, pressing west of the town after weeks of heavy fighting.",
        "Ukrainian troops retook Tarasivka following days of fierce fighting.",
    ],
)
def test_weeks_of_fighting_date_the_capture(text: str) -> None:
    rows = gazetteer_rows(text)
    assert not any(r[1] == "contested" for r in rows), rows
    assert any(r[1] == "captured" for r in rows), rows


def test_weeks_of_fighting_in_a_place_are_a_contest() -> None:
    rows = gazetteer_rows("Weeks of heavy fighting in Kalynivka left the town in ruins.")
    assert ("Kalynivka", "contested", None, "affirmed") in rows


@pytest.mark.parametrize(
    "text",
    [
        "The pressure on Kalynivka has grown since the fighting flared west of the town.",
        "Prices in Tarasivka doubled after the fighting moved closer.",
    ],
)
def test_a_fight_that_dates_another_change_is_no_claim(text: str) -> None:
    assert not any(r[1] == "contested" for r in gazetteer_rows(text))
