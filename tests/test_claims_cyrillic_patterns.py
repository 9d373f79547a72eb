"""Russian and Ukrainian patterns: agents, enemy words, present tense, denials,
capture-under-control, assault troops, cut supply roads, attribution."""

from __future__ import annotations

import pytest
from _claims_helpers import claims_of, tuples


def cyr(text: str, lang: str = "uk", outlet: str = "Українська правда"):  # type: ignore[no-untyped-def]
    return claims_of(text, language=lang, outlet=outlet)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an indeclinable abbreviation after a passive participle is the agent
        (
            "Куп'янськ був звільнений ЗСУ восени.",
            "uk",
            ("Kupiansk", "captured", "UA", "affirmed"),
        ),
        # present tense is no participle: the subject holds the place
        (
            "Командование сообщило, что украинские бойцы удерживают Купянск.",
            "ru",
            ("Kupiansk", "controls", "UA", "affirmed"),
        ),
        # a denial verb before the claim noun rejects it
        (
            "Генштаб спростував заяву росіян про нібито захоплення Куп'янська.",
            "uk",
            ("Kupiansk", "captured", "RU", "negated"),
        ),
        # cutting the last road is an encirclement
        (
            "Российские войска перерезали последнюю дорогу в Покровск.",
            "ru",
            ("Pokrovsk", "encircled", "RU", "affirmed"),
        ),
    ],
)
def test_claims_cyrillic_patterns(text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert expected in tuples(cyr(text, lang))


def test_claims_cyrillic_enemy_assault_troops_are_the_other_side() -> None:
    text = "«Ворожі піхотинці, які проникли до Куп'янська, знищені», — заявив речник ЗСУ."
    found = tuples(cyr(text))
    assert ("Kupiansk", "entered", "RU", "affirmed") in found
    assert not any(t[1] == "contested" for t in found)


def test_claims_cyrillic_assault_units_are_no_assault() -> None:
    text = "Штурмовые отряды заняли Покровск, сообщили в Москве."
    types = {t[1] for t in tuples(cyr(text, "ru", "ТАСС"))}
    assert "contested" not in types and "captured" in types


def test_claims_cyrillic_taken_under_control_is_one_capture() -> None:
    text = "Командир заявил, что российские бойцы взяли Покровск под контроль."
    types = [c.type.value for c in cyr(text, "ru", "ТАСС")]
    assert types == ["captured"]


def test_claims_cyrillic_named_speaker_with_lowercase_title() -> None:
    text = "Представитель штаба армии Украины Иван Петренко заявил, что ВСУ удерживают Купянск."
    (claim,) = cyr(text, "ru", "ТАСС")
    assert claim.speaker is not None and "Петренко" in claim.speaker.name
