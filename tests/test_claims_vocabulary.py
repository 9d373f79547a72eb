"""Vocabulary and landmark patterns: euphemistic withdrawals, flags at a town's
edge, returns to control, buildings that are not blockades, locating phrases."""

from __future__ import annotations

import pytest
from _claims_helpers import claims_of, tuples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Near Toretsk our units moved to more favourable defensive lines, Ukraine's army said.",
            ("Toretsk", "withdrew", "UA", "affirmed"),
        ),
        (
            "Ukrainian marines left their positions in Izium after weeks of shelling, Kyiv said.",
            ("Izium", "withdrew", "UA", "affirmed"),
        ),
        (
            "Ukraine's army said its troops had been regrouped from Lyman to the south.",
            ("Lyman", "withdrew", "UA", "affirmed"),
        ),
        (
            "Officials said Izium had returned to Ukrainian control by the weekend.",
            ("Izium", "captured", "UA", "affirmed"),
        ),
        (
            "Russian paratroopers hoisted a flag at the entrance to Vovchansk, a video showed.",
            ("Vovchansk", "entered", "RU", "affirmed"),
        ),
    ],
)
def test_claims_vocabulary_patterns(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in tuples(claims_of(text))


def test_claims_vocabulary_return_to_control_is_not_also_a_state() -> None:
    found = tuples(claims_of("Officials said Izium had returned to Ukrainian control."))
    assert not any(t[1] == "controls" for t in found)


def test_claims_vocabulary_apartment_block_is_no_blockade() -> None:
    text = "Russian troops raised a flag over a residential block in Avdiivka, footage showed."
    assert not any(t[1] == "encircled" for t in tuples(claims_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces said they captured Toretsk, a town 20 kilometres north-east of Pokrovsk.",
        "Ukrainian forces took Lyman, east of Izium, the army said.",
    ],
)
def test_claims_vocabulary_landmark_is_no_claim_place(text: str) -> None:
    places = {t[0] for t in tuples(claims_of(text))}
    assert places and not places & {"Pokrovsk", "Izium"}


def test_claims_vocabulary_verb_distance_is_still_an_advance() -> None:
    text = "Russian troops advanced to within 3 kilometres of Pokrovsk, the ministry said."
    assert ("Pokrovsk", "advancing", "RU", "affirmed") in tuples(claims_of(text))


def test_claims_vocabulary_appositive_distance_is_no_advance() -> None:
    text = "Russian forces entered Vovchansk, a town about 4 kilometres from the border, Kyiv said."
    assert not any(t[1] == "advancing" for t in tuples(claims_of(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lyman fell in May. Russian officials said the town had been fully cleared.",
            ("Lyman", "captured", "RU", "affirmed"),
        ),
        (
            "Izium was the first city taken by Russian forces in the region.",
            ("Izium", "captured", "RU", "affirmed"),
        ),
        (
            "Izium had been held by Ukraine since spring and was the last city taken by "
            "Russian forces that year.",
            ("Izium", "captured", "RU", "affirmed"),
        ),
        (
            "Russian units pressed on near the town of Avdiivka, where Ukrainian brigades "
            "had been surrounded.",
            ("Avdiivka", "encircled", "RU", "affirmed"),
        ),
        (
            "Russian troops entered Toretsk after advancing toward it for weeks.",
            ("Toretsk", "advancing", "RU", "affirmed"),
        ),
        (
            "The army said on Friday that fighting went on in Bakhmut and that Ukrainian "
            "units were holding the western districts.",
            ("Bakhmut", "contested", None, "affirmed"),
        ),
    ],
)
def test_claims_vocabulary_clauses(text: str, expected: tuple) -> None:
    assert expected in tuples(claims_of(text))


def test_claims_vocabulary_occupation_period_is_a_state() -> None:
    text = "Russian troops occupied Izium from March until September, officials said."
    assert ("Izium", "controls", "RU", "affirmed") in tuples(claims_of(text))
    assert not any(t[1] == "captured" and t[2] == "RU" for t in tuples(claims_of(text)))


def test_claims_vocabulary_relative_that_held_is_about_the_antecedent() -> None:
    text = "Russian units took Lyman, a rail town that Ukrainian troops had held for months."
    assert ("Lyman", "controls", "UA", "affirmed") in tuples(claims_of(text))


def test_claims_vocabulary_described_landmark_keeps_only_its_own_adjective() -> None:
    text = (
        "Toretsk, badly shelled and only 15 km north of occupied Avdiivka, "
        "has held out against repeated Russian attacks."
    )
    found = tuples(claims_of(text))
    assert not any(t[0] == "Avdiivka" and t[1] != "controls" for t in found)


def test_claims_vocabulary_held_out_against_a_side_is_the_other_side() -> None:
    text = "Kupiansk has held out against Russian assaults for months."
    assert ("Kupiansk", "controls", "UA", "affirmed") in tuples(claims_of(text))


def test_claims_vocabulary_repelled_object_side_gives_the_defender() -> None:
    text = "Near Lyman, the garrison beat back a large Russian tank assault on Sunday."
    assert ("Lyman", "repelled", "UA", "affirmed") in tuples(claims_of(text))
