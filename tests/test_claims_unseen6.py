"""General rules found reading eval/blind6's misses (each tested on the project's own
sentences): denials appended to a place phrase, "where" clauses, civilians who come
and go, and a refusal that negates its complement."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_rows


@pytest.mark.parametrize(
    "text",
    [
        "Russian officials said their troops had seized the village of Tarasivka in the "
        "Donetsk region, a claim the Ukrainian army quickly denied.",
        "Moscow said it had taken the town of Kalynivka in eastern Ukraine, a claim "
        "Kyiv's General Staff flatly rejected.",
    ],
)
def test_a_denial_appended_to_the_place_phrase(text: str) -> None:
    rows = gazetteer_rows(text)
    assert any(r[1] == "captured" and r[2] == "RU" and r[3] == "negated" for r in rows), rows
    assert any(r[1] == "captured" and r[2] == "RU" and r[3] == "affirmed" for r in rows), rows


def test_a_claim_nobody_disputed_is_no_denial() -> None:
    text = (
        "Russian officials said their troops had seized Kalynivka, a claim Kyiv did "
        "not contest at the time."
    )
    rows = gazetteer_rows(text)
    assert ("Kalynivka", "captured", "RU", "affirmed") in rows
    assert not any(r[3] == "negated" for r in rows)


def test_a_denial_after_a_city_named_near_a_repelled_advance_is_not_the_repulse() -> None:
    text = (
        "The general visited soldiers holding back Russian attacks near Kalynivka, a "
        "town Moscow said it had captured in May — a claim Kyiv rejects."
    )
    rows = gazetteer_rows(text)
    assert not any(r[1] == "repelled" and r[3] == "negated" for r in rows), rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The governor said clashes went on in Kalynivka, a few kilometres to the "
            "north, where Russian soldiers held the eastern streets.",
            ("Kalynivka", "controls", "RU", "affirmed"),
        ),
        (
            "Fighting was reported around Tarasivka, where Ukrainian units held a "
            "school and the grain elevator.",
            ("Tarasivka", "controls", "UA", "affirmed"),
        ),
    ],
)
def test_where_stands_for_the_place_before_it(text: str, row) -> None:  # type: ignore[no-untyped-def]
    assert row in gazetteer_rows(text)


def test_where_after_a_grey_zone_is_no_place_of_its_own() -> None:
    text = "An official said Tarasivka was now a buffer area where neither army had a firm hold."
    rows = gazetteer_rows(text)
    assert not any(r[1] == "controls" and r[3] == "negated" for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "Eleven residents who had refused to leave Kalynivka were taken out by "
        "volunteers on Friday, a Russian official said.",
        "Several families have returned to Tarasivka since the summer, a Russian spokesman said.",
        "Most villagers left Kalynivka in March, the Russian-installed governor said.",
    ],
)
def test_civilians_coming_and_going_make_no_claim(text: str) -> None:
    rows = gazetteer_rows(text)
    assert not any(r[1] in ("withdrew", "entered") for r in rows), rows


def test_forces_leaving_still_withdraw() -> None:
    rows = gazetteer_rows("Ukrainian troops left Kalynivka on Tuesday, the army said.")
    assert ("Kalynivka", "withdrew", "UA", "affirmed") in rows


def test_refusing_to_withdraw_negates_the_withdrawal() -> None:
    rows = gazetteer_rows(
        "Ukrainian troops refused to withdraw from Kalynivka despite heavy shelling."
    )
    assert ("Kalynivka", "withdrew", "UA", "negated") in rows
