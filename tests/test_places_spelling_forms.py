"""Russian spellings of Ukrainian names and Cyrillic forms that are names too
(sentences written for the tests)."""

from __future__ import annotations

import pytest

from claimline.nlp.aliases import lemma_candidates, ukrainian_latin_keys
from claimline.nlp.gazetteer import load_gazetteer
from claimline.nlp.places import find_places


def _linked(text: str) -> dict[str, str]:
    return {m.text: m.canonical for m in find_places(text)}


@pytest.mark.parametrize(
    ("sentence", "written", "canonical"),
    [
        ("Shelling was reported in Malye Kopani near the river.", "Malye Kopani", "Mali Kopani"),
        ("Drones struck Staryye Sanzhary overnight.", "Staryye Sanzhary", "Stari Sanzhary"),
        ("Troops moved through Malye Prokhody at dawn.", "Malye Prokhody", "Mali Prokhody"),
        ("A convoy left Staryy Saltov for the front.", "Staryy Saltov", "Staryi Saltiv"),
    ],
)
def test_russian_spelled_prefix_names_link_to_the_ukrainian_entry(
    sentence: str, written: str, canonical: str
) -> None:
    assert _linked(sentence).get(written) == canonical


def test_the_two_word_name_wins_over_its_bare_second_word() -> None:
    # "Kopani" alone is a village too: the longer Russian-spelled name must win.
    assert load_gazetteer().lookup("Kopani")
    found = find_places("Fighting went on around Malye Kopani on Sunday.")
    assert [m.text for m in found] == ["Malye Kopani"]


def test_russian_prefix_keys_only_for_known_prefixes() -> None:
    assert "mali shcherbyny" in ukrainian_latin_keys(["malye", "shcherbiny"])
    assert "velyki kopani" in ukrainian_latin_keys(["velikiye", "kopani"])
    assert ukrainian_latin_keys(["kopani"]) == []
    assert ukrainian_latin_keys(["general", "staff"]) == []


@pytest.mark.parametrize(
    "sentence", ["Novaya Gazeta published the interview.", "Staraya Ploshchad said nothing."]
)
def test_prefix_words_in_other_names_are_not_places(sentence: str) -> None:
    assert find_places(sentence) == []


@pytest.mark.parametrize(
    ("text", "word", "canonical"),
    [
        ("Бої точилися в Богданівці. Богданівка під контролем ЗСУ.", "Богданівці", "Bohdanivka"),
        ("Ворог закріпився у Баранівці, але Баранівка вистояла.", "Баранівці", "Baranivka"),
        (
            "Баранівку обстріляли, а потім бої йшли на околиці, у Баранівці.",
            "Баранівці",
            "Baranivka",
        ),
    ],
)
def test_locative_reads_as_the_name_the_document_attests(
    text: str, word: str, canonical: str
) -> None:
    m = next(m for m in find_places(text) if m.text == word)
    assert m.canonical == canonical


def test_locative_keeps_the_ci_village_when_its_region_is_named() -> None:
    text = "Обстріл у селі Богданівці Хмельницької області."
    m = next(m for m in find_places(text) if m.text == "Богданівці")
    assert m.canonical == "Bohdanivtsi"


def test_ci_village_alone_without_locative_or_attestation_stays() -> None:
    text = "Богданівці обстріляли вночі."
    m = next(m for m in find_places(text) if m.text == "Богданівці")
    assert m.canonical == "Bohdanivtsi"


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("тернополя", "тернопіль"), ("новополем", "новопіль"), ("тернополі", "тернопіль")],
)
def test_pil_towns_alternate_the_vowel(form: str, lemma: str) -> None:
    assert lemma in lemma_candidates(form)


def test_pil_town_genitive_links() -> None:
    for text in ("Колона рухалася до Тернополя.", "Ворог наступав у напрямку Новополя."):
        assert {m.canonical for m in find_places(text)} & {"Ternopil", "Novopil"}


# --- border villages of Russia and smaller Sudanese towns (profile notes) ----


def test_belgorod_border_village_links_to_russia_when_the_text_is_about_belgorod() -> None:
    # Sumy Oblast is named too: only the region of most of the places tips it.
    text = (
        "Жители Поповки жалуются на обстрелы со стороны Сумской области. Из Красной Яруги "
        "автобусы ходят в Белгород, а в Белгороде и других городах Белгородской области "
        "открыли пункты размещения. Бои у Поповки продолжаются."
    )
    linked = [m for m in find_places(text, profile="ru_ua") if m.text.startswith("Поповк")]
    assert linked and {m.canonical for m in linked} == {"Popovka"}
    assert all(m.place_id.startswith("P-RU-") for m in linked)


def test_ukrainian_popivka_stays_in_a_text_about_sumy() -> None:
    text = "Обстріл Попівки Сумської області: у Сумах і Охтирці оголосили тривогу."
    m = next(m for m in find_places(text, profile="ru_ua") if m.text == "Попівки")
    assert m.canonical == "Popivka" and not m.place_id.startswith("P-RU-")


@pytest.mark.parametrize(
    ("sentence", "written", "canonical"),
    [
        ("Sudan's army said it had entered Mayurno near Sennar.", "Mayurno", "Mayurno"),
        ("Clashes were reported in Mayerno on the Blue Nile.", "Mayerno", "Mayurno"),
        ("The RSF shelled Abu Hujar overnight, residents said.", "Abu Hujar", "Abu Hujar"),
        ("Troops advanced on Al Khuwei from El Obeid.", "Al Khuwei", "Al Khuwei"),
        ("Families fled to Zamzam outside El Fasher.", "Zamzam", "Zamzam"),
    ],
)
def test_smaller_sudanese_towns_are_known(sentence: str, written: str, canonical: str) -> None:
    linked = {m.text: m.canonical for m in find_places(sentence, profile="sudan")}
    assert linked.get(written) == canonical


@pytest.mark.parametrize(
    ("sentence", "written", "canonical"),
    [
        ("Drones struck Fasher again on Tuesday.", "Fasher", "El Fasher"),
        ("Convoys left Obeid at dawn for the west.", "Obeid", "El Obeid"),
        ("The paramilitaries were pushed out of Nahud, officials said.", "Nahud", "En Nahud"),
        ("Shelling hit Damazin overnight.", "Damazin", "Ad-Damazin"),
    ],
)
def test_arabic_names_without_their_article(sentence: str, written: str, canonical: str) -> None:
    linked = {m.text: m.canonical for m in find_places(sentence, profile="sudan")}
    assert linked.get(written) == canonical


@pytest.mark.parametrize(
    "sentence",
    [
        "General Burhan met Bashir's former aides in Cairo.",
        "Hemedti spoke to Salah and Hassan by phone.",
        "Aid workers from Medecins Sans Frontieres arrived.",
    ],
)
def test_article_rule_leaves_names_of_people_alone(sentence: str) -> None:
    found = find_places(sentence, profile="sudan")
    assert all(m.canonical == "Cairo" for m in found)


@pytest.mark.parametrize(
    ("sentence", "canonical"),
    [
        ("The army retook Dinder, officials said.", "Dinder"),
        ("Residents of Ad Dindar fled east.", "Dinder"),
        ("RSF fighters entered An Nuhud.", "En Nahud"),
        ("RSF fighters entered En Nahud.", "En Nahud"),
    ],
)
def test_sudan_profile_spellings_are_canonical(sentence: str, canonical: str) -> None:
    assert [m.canonical for m in find_places(sentence, profile="sudan")] == [canonical]
