"""Denials written as "there is no ...", "... does not correspond to reality"; names
in another language; events that "enter" a phase."""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "\u201cThere is no encirclement of Kostiantynivka,\u201d a Ukrainian army "
            "spokesman wrote on Facebook.",
            ("Kostiantynivka", "encircled", "RU", "negated"),
        ),
        (
            "There was no withdrawal from Toretsk, the Ukrainian General Staff said.",
            ("Toretsk", "withdrew", "UA", "negated"),
        ),
        (
            "\u00abЗаява про захоплення Куп'янська не відповідає дійсності\u00bb, \u2014 "
            "заявив речник Генштабу ЗСУ.",
            ("Kupiansk", "captured", "RU", "negated"),
        ),
        (
            "Сообщения о взятии Купянска не соответствуют действительности, "
            "заявили в Генштабе ВСУ.",
            ("Kupiansk", "captured", "RU", "negated"),
        ),
    ],
)
def test_denial_forms(text: str, row) -> None:  # type: ignore[no-untyped-def]
    assert row in pipeline_rows(text)


def test_a_language_of_a_name_is_no_actor() -> None:
    text = (
        "Российские войска заняли город Дзержинск (украинское название \u2014 Торецк), "
        "сообщило Минобороны России."
    )
    rows = pipeline_rows(text)
    assert ("Toretsk", "captured", "RU", "affirmed") in rows
    assert not any(r[2] == "UA" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "The battle for Pokrovsk has entered its most dangerous phase, officers said.",
        "Far to the east, the siege of Toretsk, a town of 30,000, entered its third month.",
    ],
)
def test_an_event_entering_a_phase_is_no_entry(text: str) -> None:
    assert not any(r[1] == "entered" for r in pipeline_rows(text))


def test_troops_entering_still_enter() -> None:
    text = "The siege of Toretsk entered its third month as Russian units entered the town."
    assert ("Toretsk", "entered", "RU", "affirmed") in pipeline_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oleksandr Syrskyi denied that Huliaipole was surrounded.",
        "Oleksandr Syrskyi visited Huliaipole on Friday. He also denied on Sunday that the "
        "town was surrounded, but called the situation tense.",
    ],
)
def test_a_sides_own_denial_of_an_encirclement(text: str) -> None:
    rows = pipeline_rows(text)
    # the content denied is the other side's encirclement, and nobody asserts it
    assert ("Huliaipole", "encircled", "RU", "negated") in rows
    assert not any(r[1] == "encircled" and r[3] == "affirmed" for r in rows)


def test_a_denial_of_another_sides_claim_keeps_the_claimant() -> None:
    rows = pipeline_rows(
        "Russia's defence ministry said Huliaipole was surrounded. Oleksandr Syrskyi "
        "denied that the town was surrounded."
    )
    assert ("Huliaipole", "encircled", "RU", "affirmed") in rows
    assert ("Huliaipole", "encircled", "RU", "negated") in rows


@pytest.mark.parametrize(
    ("text", "denier_side"),
    [
        (
            "Russia's defence ministry said its forces had captured Pokrovsk, "
            "a claim Kyiv dismissed.",
            "UA",
        ),
        ("Russian forces captured Pokrovsk, a claim Ukraine's military denied.", "UA"),
    ],
)
def test_an_appended_claim_noun_denied_by_another_side(text: str, denier_side: str) -> None:
    from _claims_helpers import pipeline_claims

    claims = [c for c in pipeline_claims(text) if c.place.canonical == "Pokrovsk"]
    negated = [c for c in claims if c.polarity.value == "negated"]
    affirmed = [c for c in claims if c.polarity.value == "affirmed"]
    assert negated and all(c.speaker is not None and c.speaker.side == denier_side for c in negated)
    # the claim itself is not put in the denier's mouth
    assert affirmed and all(c.speaker is None or c.speaker.side != denier_side for c in affirmed)


def test_a_denied_claim_about_another_clause_leaves_this_one() -> None:
    rows = pipeline_rows(
        "Ukrainian troops were holding back Russian assaults near Kupiansk, a town Moscow "
        "said it had taken weeks ago \u2014 a claim Kyiv denies."
    )
    assert ("Kupiansk", "repelled", "UA", "negated") not in rows
