"""A town that withstood an assault was defended; "a grey zone" is fought over;
"the regional capital" and "its eastern districts" refer back to the town."""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_rows


def _rows(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return pipeline_rows(text, published="2024-11-02")


@pytest.mark.parametrize(
    "text",
    [
        "Chasiv Yar withstood another Russian offensive in the spring.",
        "The garrison of Chasiv Yar had resisted Russian assaults for months.",
        "Ukrainian units dug in at Chasiv Yar, and the town resisted repeated Russian attacks.",
    ],
)
def test_a_town_that_withstood_assaults_was_held_by_the_other_side(text: str) -> None:
    assert ("Chasiv Yar", "repelled", "UA", "affirmed") in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The brigade's press officer said Klishchiivka was now a grey zone.",
        "Кліщіївка, за словами військових, перетворилася на сіру зону.",
    ],
)
def test_a_grey_zone_is_contested(text: str) -> None:
    assert "contested" in {row[1] for row in _rows(text) if row[0] == "Klishchiivka"}


def test_the_regional_capital_refers_to_the_last_town_named() -> None:
    rows = _rows(
        "Kherson is a port on the Dnipro. Russian troops seized the regional capital in March."
    )
    assert ("Kherson", "captured", "RU", "affirmed") in rows


def test_its_districts_are_the_towns() -> None:
    rows = _rows(
        "Russian troops attacked Toretsk in June and broke into its eastern districts in July."
    )
    assert ("Toretsk", "entered", "RU", "affirmed") in rows


def test_its_forces_are_no_place() -> None:
    rows = _rows("Russia said Toretsk had fallen, and its forces moved on.")
    assert all(row[0] == "Toretsk" for row in rows)


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        ("Sappers said the work of clearing the village of Pisky of mines was continuing.", False),
        ("Crews cleared the streets of Pisky of rubble after the strike.", False),
        ("Ukrainian troops cleared the village of Pisky of Russian forces.", True),
    ],
)
def test_clearing_a_village_of_mines_is_no_capture(text: str, captured: bool) -> None:
    assert (("Pisky", "captured") in {row[:2] for row in _rows(text)}) is captured


def test_a_spokeswoman_the_profile_knows_speaks_for_her_side() -> None:
    from _claims_helpers import pipeline_claims

    claims = pipeline_claims("Ukrainian troops have retaken Pisky, Hanna Maliar said on Telegram.")
    assert claims and all(str(c.speaker.side) == "UA" for c in claims if c.speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Neither side controls Klishchiivka, the officer said.",
        "Fighting went on in Klishchiivka and neither army fully held it, the officer said.",
    ],
)
def test_neither_side_holding_a_village_is_a_contest_not_a_denied_hold(text: str) -> None:
    rows = _rows(text)
    assert ("Klishchiivka", "contested", None, "affirmed") in rows
    assert not any(row[1] == "controls" for row in rows)


def test_one_side_not_holding_a_village_stays_a_negated_hold() -> None:
    rows = _rows("Russian forces do not control Klishchiivka.")
    assert ("Klishchiivka", "controls", "RU", "negated") in rows
