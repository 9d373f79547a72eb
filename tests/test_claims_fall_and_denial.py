"""A bare "fell" loses a town to the side not at home there; a speaker who
denies a clause denies it, not asserts it."""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_rows

from claimline.profiles import load_profile


def _rows(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return pipeline_rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A Ukrainian voice reporting a Ukrainian town's fall concedes a Russian capture.
        (
            "Myrnohrad fell last week, a Ukrainian officer admitted.",
            ("Myrnohrad", "captured", "RU"),
        ),
        ("After the fall of Vuhledar, the front moved west.", ("Vuhledar", "captured", "RU")),
        # A town in Russia that fell, fell to Ukraine.
        ("Sudzha fell within days, Russian bloggers conceded.", ("Sudzha", "captured", "UA")),
        # A side named after "to" wins over the rule.
        ("Izium fell to Ukrainian troops in September.", ("Izium", "captured", "UA")),
    ],
)
def test_a_bare_fall_goes_to_the_side_not_at_home(text: str, row: tuple[str, str, str]) -> None:
    assert (*row, "affirmed") in _rows(text)


def test_the_profile_says_which_side_defends_which_country() -> None:
    sides = {s.code: s.home for s in load_profile("ru_ua").sides}
    assert sides == {"UA": ("UA",), "RU": ("RU",)}
    assert all(not s.home for s in load_profile("sudan").sides)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The Ukrainian command denied that Russian troops had entered Myrnohrad.",
            ("Myrnohrad", "entered", "RU"),
        ),
        (
            "The Ukrainian command denied that Myrnohrad had fallen.",
            ("Myrnohrad", "captured", "RU"),
        ),
        (
            "The Russian ministry denied that its troops had pulled out of Kreminna.",
            ("Kreminna", "withdrew", "RU"),
        ),
    ],
)
def test_a_speaker_denying_the_clause_denies_it(text: str, row: tuple[str, str, str]) -> None:
    rows = _rows(text)
    assert (*row, "negated") in rows
    assert (*row, "affirmed") not in rows


def test_a_denied_fall_goes_to_the_side_other_than_the_denier() -> None:
    text = (
        "Ukrainian troops have retaken Staromaiorske, officials in Kyiv said. "
        "A pro-Russian official denied that the village had fallen."
    )
    rows = _rows(text)
    assert ("Staromaiorske", "captured", "UA", "negated") in rows
    assert ("Staromaiorske", "captured", "RU", "negated") not in rows


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The town of Siversk has been under siege by Russian forces since May.", "encircled"),
        ("Defenders in Vuhledar resisted a long Russian siege through the winter.", "contested"),
    ],
)
def test_under_siege_is_an_encirclement_a_siege_held_out_against_a_fight(
    text: str, kind: str
) -> None:
    assert kind in {row[1] for row in _rows(text)}
    if kind == "contested":
        assert "encircled" not in {row[1] for row in _rows(text)}


def test_a_side_insisting_a_town_has_not_fallen_holds_it() -> None:
    rows = _rows("Denis Pushilin insisted that Lyman had not fallen.")
    assert ("Lyman", "captured", "UA", "negated") in rows


def test_a_capital_acting_keeps_its_city_parts_out() -> None:
    rows = _rows(
        "Hours after Moscow ordered its troops to leave, Ukrainian soldiers reached the "
        "city centre of Kherson."
    )
    assert {row[0] for row in rows} == {"Kherson"}
