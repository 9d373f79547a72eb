"""A capital standing for its government is no claim place; a negated verb of
confirming asserts nothing; a curly apostrophe still negates.

These run the whole extraction (gazetteer places, parser, profile) on
documents built from the project's own sentences.
"""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_claims, pipeline_rows


def _claims(text: str):  # type: ignore[no-untyped-def]
    return pipeline_claims(text)


def _rows(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return pipeline_rows(text)


@pytest.mark.parametrize(
    "second",
    [
        "Kyiv did not immediately confirm that the city had been taken.",
        "Kyiv has not yet commented on whether the city had been taken.",
        "Moscow's account could not be squared with what Kyiv reported about the city.",
    ],
)
def test_a_capital_that_speaks_is_not_the_town_referred_to(second: str) -> None:
    text = f"Russia's defence ministry said its troops had captured Myrnohrad on Monday. {second}"
    places = {row[0] for row in _rows(text)}
    assert "Kyiv" not in places
    assert "Moscow" not in places
    assert "Myrnohrad" in places


@pytest.mark.parametrize(
    "text",
    [
        "Half of Siversk remained under the control of Kyiv, the governor said.",
        "Half of Siversk remained under Kyiv's control, the governor said.",
        "Половина Северска остаётся под контролем Киева, заявил губернатор.",
    ],
)
def test_the_holder_after_under_the_control_of_is_no_place(text: str) -> None:
    rows = _rows(text)
    assert rows, "the control claim about Siversk is found"
    assert {row[0] for row in rows} == {"Siversk"}
    assert all(row[2] == "UA" for row in rows if row[1] == "controls")


def test_a_negated_confirmation_asserts_nothing() -> None:
    rows = _rows("The Ukrainian command did not confirm that Russian troops had entered Siversk.")
    assert not any(row[0] == "Siversk" and row[1] == "entered" for row in rows)


def test_verification_language_keeps_the_reported_claim() -> None:
    rows = _rows(
        "Reporters could not independently confirm that Russian troops had entered Siversk."
    )
    assert ("Siversk", "entered", "RU", "affirmed") in rows


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_contracted_negation_negates_with_either_apostrophe(apostrophe: str) -> None:
    text = f"Officials admitted that Siversk isn{apostrophe}t under Ukrainian control any more."
    rows = _rows(text)
    assert ("Siversk", "controls", "UA", "negated") in rows
    assert ("Siversk", "controls", "UA", "affirmed") not in rows


def test_an_appositive_states_control_outside_the_intention() -> None:
    rows = _rows(
        "The army wants to push towards Sloviansk, one of the last big towns still under "
        "Ukrainian control."
    )
    assert ("Sloviansk", "controls", "UA", "affirmed") in rows
    claims = [
        c
        for c in _claims(
            "The army wants to push towards Sloviansk, one of the last big towns still under "
            "Ukrainian control."
        )
        if c.type.value == "controls"
    ]
    assert claims and all(c.modality.value != "intended" for c in claims)


def test_the_dateline_city_is_not_what_the_village_refers_to() -> None:
    rows = _rows(
        "KYIV, June 3 (Reuters) - Ukrainian units have retaken Urozhaine, the army said. "
        "A pro-Russian official denied that the village had fallen."
    )
    assert {row[0] for row in rows} == {"Urozhaine"}


def test_a_capitals_campaign_is_the_government_not_the_city() -> None:
    rows = _rows(
        "Ukrainian troops freed Urozhaine, a target of Kyiv's long summer offensive. "
        "The liberation of the village took two weeks."
    )
    assert "Kyiv" not in {row[0] for row in rows}
    assert ("Urozhaine", "captured", "UA", "affirmed") in rows


def test_a_capitals_outskirts_stay_a_place() -> None:
    from claimline.nlp.claim_places import capitals_of as _capitals
    from claimline.nlp.claim_places import names_actor as _names_actor
    from claimline.nlp.places import find_places

    text = "Russian drones hit Kyiv's northern outskirts overnight."
    [kyiv] = [m for m in find_places(text) if m.canonical == "Kyiv"]
    assert not _names_actor(text, kyiv, _capitals(None))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # An occupation as an event, with no side named: by the side not at home.
        ("Ізюм був окупований навесні 2022 року.", ("Izium", "captured", "RU")),
        ("Буча была оккупирована в первые дни войны.", ("Bucha", "captured", "RU")),
        (
            "Kreminna was occupied in the first weeks of the invasion.",
            ("Kreminna", "captured", "RU"),
        ),
    ],
)
def test_an_occupation_with_no_side_named_is_by_the_foreign_side(
    text: str, row: tuple[str, str, str]
) -> None:
    assert (*row, "affirmed") in _rows(text)
