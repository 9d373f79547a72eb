"""Every alias class links to the same entry (sentences written for the tests)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from claimline.nlp.aliases import guess_russian, lemma_candidates, normalize
from claimline.nlp.places import find_places, resolve_place


@dataclass
class _Renaming:
    old: str
    new: str
    country: str | None = "UA"


@dataclass
class _Profile:
    name: str = "test-profile"
    renamings: tuple = (
        _Renaming("Artemivsk", "Bakhmut"),
        _Renaming("Krasnoarmeysk", "Pokrovsk"),
        _Renaming("Dimitrov", "Myrnohrad"),
        _Renaming("Dzerzhinsk", "Toretsk"),
        _Renaming("Артемовск", "Bakhmut"),
    )
    countries: tuple = ("UA", "RU")


PROFILE = _Profile()


@pytest.mark.parametrize(
    ("sentence", "written", "canonical", "alias_class"),
    [
        ("Troops were seen in Kupiansk on Monday.", "Kupiansk", "Kupiansk", "kmu"),
        ("Troops were seen in Kupyansk on Monday.", "Kupyansk", "Kupiansk", "russian-based"),
        ("Troops were seen in Kup'yans'k on Monday.", "Kup'yans'k", "Kupiansk", "bgn"),
        ("Troops were seen in Kup’yans’k on Monday.", "Kup’yans’k", "Kupiansk", "apostrophe"),
        ("Shelling hit Kharkov overnight.", "Kharkov", "Kharkiv", "russian-based"),
        ("The garrison left Izyum in a hurry.", "Izyum", "Izium", "russian-based"),
        ("The garrison left Volchansk in a hurry.", "Volchansk", "Vovchansk", "russian-based"),
        (
            "They reached Severodonetsk by noon.",
            "Severodonetsk",
            "Sievierodonetsk",
            "russian-based",
        ),
        ("They reached Chasiv-Yar by noon.", "Chasiv-Yar", "Chasiv Yar", "hyphen"),
        ("They described Kupiansk's defences.", "Kupiansk", "Kupiansk", "possessive"),
        ("Войска находятся в Купянске.", "Купянске", "Kupiansk", "ru-case"),
        ("Бои идут под Купянском.", "Купянском", "Kupiansk", "ru-case"),
        ("Війська зайшли в Куп'янськ.", "Куп'янськ", "Kupiansk", "uk"),
        ("Бої тривають у Куп'янську.", "Куп'янську", "Kupiansk", "uk-case"),
        ("Вибухи пролунали у Дніпрі.", "Дніпрі", "Dnipro", "uk-case-neuter"),
        ("Ситуація навколо Куп’янська складна.", "Куп’янська", "Kupiansk", "uk-case"),
        ("Бої в Авдіївці не вщухають.", "Авдіївці", "Avdiivka", "uk-case"),
        ("Війська відійшли з Балаклії вночі.", "Балаклії", "Balakliia", "uk-case-iia"),
        ("Сили оборони звільнили Балаклію.", "Балаклію", "Balakliia", "uk-case-iia"),
        ("Колонна прошла под Балаклеей.", "Балаклеей", "Balakliia", "ru-case"),
        ("Противник наступал на Часов Яр.", "Часов Яр", "Chasiv Yar", "ru"),
        ("Бои в Часовом Яре продолжаются.", "Часовом Яре", "Chasiv Yar", "ru-case"),
        ("They said Artemivsk had fallen.", "Artemivsk", "Bakhmut", "renaming"),
        ("Moscow claimed Krasnoarmeysk.", "Krasnoarmeysk", "Pokrovsk", "renaming"),
        ("The fight for Dimitrov went on.", "Dimitrov", "Myrnohrad", "renaming"),
        ("Artillery near Dzerzhinsk fired.", "Dzerzhinsk", "Toretsk", "renaming"),
        ("Сообщалось, что Артемовска больше нет.", "Артемовска", "Bakhmut", "renaming-ru-case"),
        ("Reporters entered Sudzha last week.", "Sudzha", "Sudzha", "russian-town"),
        ("Shells hit Nikolayev at night.", "Nikolayev", "Mykolaiv", "bgn-russian"),
        ("Moscow said its troops held Rabotino.", "Rabotino", "Robotyne", "russian-akanye"),
        ("Troops moved through Andreyevka.", "Andreyevka", "Andriivka", "bgn-russian"),
        ("The front reached Krasny Liman.", "Krasny Liman", "Lyman", "media-simplified"),
        ("Sirens sounded in Slovyansk.", "Slovyansk", "Sloviansk", "alt-name-of-another-town"),
    ],
)
def test_places_alias_class_links(
    sentence: str, written: str, canonical: str, alias_class: str
) -> None:
    mentions = find_places(sentence, profile=PROFILE)
    linked = [m for m in mentions if sentence[m.start : m.end] == written]
    assert linked, f"{alias_class}: {written!r} not found in {mentions}"
    assert linked[0].canonical == canonical


def test_places_fuzzy_is_last_resort_and_marked() -> None:
    found = resolve_place("Sievierdonetsk")
    assert found[0].name == "Sievierodonetsk" and "fuzzy" in found[0].why
    assert found[0].score < 1.0
    exact = resolve_place("Sievierodonetsk")
    assert "fuzzy" not in exact[0].why


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kup'yans'k", "KUPYANSK"),
        ("Куп’янськ", "Куп'янськ"),
        ("Chasiv-Yar", "chasiv  yar"),
        ("Щёлково", "Щелково"),
    ],
)
def test_places_normalize_folds_variants(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


def test_places_lemmas_and_russian_guess() -> None:
    assert "купянск" in lemma_candidates("купянске")
    assert "харків" in lemma_candidates("харкова")
    assert guess_russian("Петропавлівка") == "Петропавловка"
    assert guess_russian("Веселе") == "Веселое"
