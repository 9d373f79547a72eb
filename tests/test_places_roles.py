"""Each role of a mention, and the things that are not place mentions."""

from __future__ import annotations

import pytest

from claimline.model import PlaceKind
from claimline.nlp.places import find_places


def _at(text: str, word: str):
    start = text.index(word)
    return [m for m in find_places(text) if m.start <= start < m.end]


@pytest.mark.parametrize(
    ("text", "word", "kind", "canonical", "part"),
    [
        (
            "Heavy fighting continued in Kupiansk on Friday.",
            "Kupiansk",
            "settlement",
            "Kupiansk",
            None,
        ),
        (
            "Drones struck the Kharkiv region overnight.",
            "Kharkiv",
            "admin_area",
            "Kharkiv Oblast",
            None,
        ),
        (
            "Drones struck the Kharkov oblast overnight.",
            "Kharkov",
            "admin_area",
            "Kharkiv Oblast",
            None,
        ),
        (
            "The Kharkiv Governor said two people were hurt.",
            "Kharkiv",
            "admin_area",
            "Kharkiv Oblast",
            None,
        ),
        (
            "Villages in the Kupiansk district were evacuated.",
            "Kupiansk",
            "admin_area",
            "Kupianskyi Raion",
            None,
        ),
        (
            "Attacks on the Kupiansk direction were repelled.",
            "Kupiansk",
            "sector",
            "Kupiansk",
            "direction",
        ),
        ("The Pokrovsk axis remains the hottest.", "Pokrovsk", "sector", "Pokrovsk", "axis"),
        ("Атаки на Купянском направлении отбиты.", "Купянском", "sector", "Kupiansk", None),
        (
            "Troops held the northern outskirts of Kupiansk.",
            "Kupiansk",
            "part",
            "Kupiansk",
            "northern outskirts",
        ),
        ("Troops held the left bank of Kupiansk.", "Kupiansk", "part", "Kupiansk", "left bank"),
        ("Street fights raged in northern Bakhmut.", "Bakhmut", "part", "Bakhmut", "northern"),
        ("Shells fell on Bakhmut's city centre.", "Bakhmut", "part", "Bakhmut", "city centre"),
        (
            "Artillery hit Kupiansk-Vuzlovyi at dawn.",
            "Kupiansk-Vuzlovyi",
            "settlement",
            "Kupiansk-Vuzlovyi",
            None,
        ),
        (
            "Artillery hit Kupiansk Vuzlovyi at dawn.",
            "Kupiansk",
            "settlement",
            "Kupiansk-Vuzlovyi",
            None,
        ),
        ("Crossing the Oskil River took hours.", "Oskil", "feature", "Oskil River", None),
        (
            "The Donetsk People's Republic leader spoke.",
            "Donetsk",
            "admin_area",
            "Donetsk Oblast",
            None,
        ),
    ],
)
def test_places_role(text: str, word: str, kind: str, canonical: str, part: str | None) -> None:
    found = _at(text, word)
    assert found, f"nothing found at {word!r}"
    m = found[0]
    assert (m.kind.value, m.canonical) == (kind, canonical)
    if part is not None:
        assert m.part == part


def test_places_area_of_a_town_is_the_town() -> None:
    text = "Бои продолжаются в районе Торецка."
    m = next(m for m in find_places(text) if m.canonical == "Toretsk")
    assert m.kind == PlaceKind.SETTLEMENT and m.text == "Торецка"


def test_places_sector_named_by_an_adjective() -> None:
    text = "На Херсонском направлении противник не продвинулся."
    m = next(m for m in find_places(text) if m.kind == PlaceKind.SECTOR)
    assert m.canonical == "Kherson"


def test_places_river_bank_is_a_part_of_the_main_town() -> None:
    text = (
        "Russian troops pressed on Kupiansk from the north. Ukrainian units still hold "
        "the left bank of the Oskil River, officials in Kupiansk said."
    )
    banks = [m for m in find_places(text) if m.part and "bank" in m.part]
    assert banks and banks[0].kind == PlaceKind.PART and banks[0].canonical == "Kupiansk"
    assert "Oskil" in banks[0].part


def test_places_part_of_the_city_refers_back() -> None:
    text = "Russian units entered Vovchansk. The northern part of the city is contested."
    parts = [m for m in find_places(text) if m.kind == PlaceKind.PART]
    assert parts and parts[0].canonical == "Vovchansk" and parts[0].part == "northern part"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Oleh Syniehubov visited the front.", "Oleh"),
        ("Commanders of the Kharkiv Brigade met on Monday.", "Kharkiv"),
        ("The Kyiv Post reported the attack.", "Kyiv"),
        ("Peace talks stalled again.", "Peace"),
        ("Victory is near, the minister said.", "Victory"),
        ("A parcel was sent by Nova Poshta.", "Nova"),
        ("Analyst Andriy Shevchenko disagreed.", "Shevchenko"),
        ("The Khortytsia group of forces issued a statement.", "Khortytsia"),
        ("Журналіст Олег Петренко написав про це.", "Олег"),
        ("Как сообщил Андрей Руденко, бои продолжаются.", "Руденко"),
        ("According to Rudenko, the attack failed.", "Rudenko"),
        ("Українські захисники втримали позиції.", "Українські"),
        ("Sources at Ukrainska Pravda confirmed it.", "Ukrainska"),
        ("The Bohdan Khmelnytsky Street sign was replaced.", "Bohdan"),
        ("The Bohdan Khmelnytsky Street sign was replaced.", "Khmelnytsky"),
        ("Речник угруповання військ «Хортиця» прокоментував це.", "Хортиця"),
    ],
)
def test_places_not_a_place(text: str, word: str) -> None:
    assert _at(text, word) == []


def test_places_excluded_spans_give_no_mentions() -> None:
    body = "Russian forces attacked Lyman."
    furniture = " Related: Kupiansk residents return home."
    text = body + furniture
    found = find_places(text, exclude=[(len(body), len(text))])
    assert [m.canonical for m in found] == ["Lyman"]


@pytest.mark.parametrize(
    ("text", "word", "oblast"),
    [
        ("Strikes hit the Donetsk and Luhansk regions.", "Donetsk", "Donetsk Oblast"),
        ("Strikes hit the Donetsk and Luhansk regions.", "Luhansk", "Luhansk Oblast"),
        ("Sumy, Kharkiv and Chernihiv oblasts were shelled.", "Kharkiv", "Kharkiv Oblast"),
    ],
)
def test_places_listed_oblasts_share_the_region_word(text: str, word: str, oblast: str) -> None:
    m = _at(text, word)[0]
    assert (m.kind, m.canonical) == (PlaceKind.ADMIN_AREA, oblast)


@pytest.mark.parametrize(
    ("text", "word", "kind", "canonical"),
    [
        ("Units crossed the Dnipro at night.", "Dnipro", "feature", "Dnipro River"),
        ("Войска отошли за реку Днепр.", "Днепр", "feature", "Dnipro River"),
        ("Missiles hit Dnipro at night.", "Dnipro", "settlement", "Dnipro"),
        (
            "Fighting on the Kramatorsk-Druzhkivka axis went on.",
            "Kramatorsk",
            "sector",
            "Kramatorsk",
        ),
        (
            "Fighting on the Kramatorsk-Druzhkivka axis went on.",
            "Druzhkivka",
            "sector",
            "Druzhkivka",
        ),
        ("Kupiansk-based volunteers drove east.", "Kupiansk", "settlement", "Kupiansk"),
    ],
)
def test_places_rivers_and_hyphenated_pairs(
    text: str, word: str, kind: str, canonical: str
) -> None:
    m = _at(text, word)[0]
    assert (m.kind.value, m.canonical) == (kind, canonical)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Об этом сообщил телеканал Мир.", []),
        ("Бои идут за Победу и Часов Яр.", ["Chasiv Yar"]),
        ("Бои идут у поселка Победа.", ["Pobieda"]),
        ("По словам Руденко, бои идут у села Руденко.", ["Rudenko"]),
    ],
)
def test_places_cyrillic_common_words_need_a_cue(text: str, expected: list[str]) -> None:
    assert [m.canonical for m in find_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "word", "part"),
    [
        ("Defenders held out in Azovstal for weeks.", "Azovstal", "Azovstal plant"),
        ("Shelling hit the Saltivskyi District of Kharkiv.", "Saltivskyi", "Saltivskyi District"),
        ("Удары пришлись по Салтовскому району.", "Салтовскому", "Saltivskyi District"),
    ],
)
def test_places_named_parts_report_their_town(text: str, word: str, part: str) -> None:
    m = _at(text, word)[0]
    assert m.kind == PlaceKind.PART and m.part == part
    assert m.canonical in ("Mariupol", "Kharkiv")
    assert len(find_places(text)) == 1


def test_places_sector_adjective_without_a_town_form() -> None:
    text = "Генерал відвідав Покровський напрямок."
    m = next(m for m in find_places(text) if m.kind == PlaceKind.SECTOR)
    assert m.canonical == "Pokrovsk" and m.text == "Покровський напрямок"
