"""Russian and Ukrainian: established control, returns under control, lists of places,
the noun of pulling troops out, "remained" is no withdrawal, infinitives are plans."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.ingest.dedup import content_hash
from claimline.ingest.segment import split_sentences
from claimline.model import Document
from claimline.nlp.claims import extract_claims


def _claims(text: str, language: str = "ru", outlet: str = "Test Wire"):
    doc = Document(
        id="t",
        content_hash=content_hash(text),
        text=text,
        published=date(2024, 3, 1),
        language=language,
        outlet=outlet,
        sentences=split_sentences(text),
    )
    return extract_claims(doc)


def _tuples(text: str, language: str = "ru", outlet: str = "Test Wire") -> set[tuple]:
    return {
        (c.place.canonical, c.type.value, c.actor, c.modality.value)
        for c in _claims(text, language, outlet)
    }


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Российские войска установили контроль над Угледаром.", "ru", "Vuhledar"),
        ("Подразделения ВС РФ установили полный контроль над городом Торецк.", "ru", "Toretsk"),
        ("Російські війська встановили контроль над Мар'їнкою.", "uk", "Marinka"),
    ],
)
def test_established_control_is_a_capture(text, language, place):
    found = _tuples(text, language)
    assert any(p == place and t == "captured" and a == "RU" for p, t, a, _m in found), found
    assert not any(p == place and t == "controls" for p, t, _a, _m in found), found


@pytest.mark.parametrize(
    ("text", "language", "place", "actor"),
    [
        ("«Ізюм повертається під контроль України», – заявили в штабі.", "uk", "Izium", "UA"),
        ("Лиман перешел под контроль Вооруженных сил Украины.", "ru", "Lyman", "UA"),
        ("Вечером Торецк перейшов під контроль російських військ.", "uk", "Toretsk", "RU"),
    ],
)
def test_passing_under_control_is_a_capture_by_the_named_side(text, language, place, actor):
    found = _tuples(text, language)
    assert any(p == place and t == "captured" and a == actor for p, t, a, _m in found), found


def test_every_listed_settlement_takes_the_capture():
    text = (
        "Подразделения ВС РФ установили контроль над Угледаром и рядом соседних сёл — "
        "Павловка, Водяное и Пречистовка."
    )
    captured = {p for p, t, a, _m in _tuples(text) if t == "captured" and a == "RU"}
    assert {"Vuhledar", "Pavlivka", "Vodiane", "Prechystivka"} <= captured, captured


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Штаб ВСУ сообщил, что завершил отвод своих подразделений из Угледара.", "ru", "Vuhledar"),
        ("Генштаб ЗСУ заявив, що завершив відведення своїх військ з Авдіївки.", "uk", "Avdiivka"),
        ("Украинские командиры начали вывод войск из Марьинки.", "ru", "Marinka"),
    ],
)
def test_the_noun_of_pulling_troops_out_is_a_withdrawal(text, language, place):
    found = _tuples(text, language)
    assert any(p == place and t == "withdrew" and a == "UA" for p, t, a, _m in found), found


def test_the_reflexive_remained_is_no_withdrawal():
    text = "Кілька жителів залишилися в Ізюмі попри обстріли."
    found = _tuples(text, "uk", outlet="Ukrainska Pravda")  # a one-sided outlet gives a side
    assert not any(t == "withdrew" for _p, t, _a, _m in found), found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Украинский командир пообещал в ближайшие дни отвести войска из Угледара.", "ru"),
        ("Українське командування пообіцяло найближчим часом відвести війська з Авдіївки.", "uk"),
    ],
)
def test_an_infinitive_trigger_is_a_plan(text, language):
    withdrew = [m for _p, t, _a, m in _tuples(text, language) if t == "withdrew"]
    assert withdrew and all(m == "intended" for m in withdrew), withdrew


def test_managed_to_take_stays_a_report():
    text = "Российским войскам удалось взять Угледар после долгих боёв."
    found = _tuples(text)
    assert ("Vuhledar", "captured", "RU", "intended") not in found
    assert any(p == "Vuhledar" and t == "captured" for p, t, _a, _m in found), found


def test_fighters_are_no_battle():
    text = "Командир отправил бойцов в Угледар на ротацию."
    assert not any(t == "contested" for _p, t, _a, _m in _tuples(text))
