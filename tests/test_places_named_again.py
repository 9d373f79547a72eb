"""A doubtful one-word name is a place when the same text names it as one elsewhere."""

from __future__ import annotations

from claimline.nlp.places import find_places


def _names(text: str) -> list[tuple[str, int]]:
    return [(p.canonical or "", p.start) for p in find_places(text)]


def test_a_name_confirmed_by_a_cue_is_a_place_again_later() -> None:
    text = (
        "Troops entered the village of Nadiia on Monday. By the evening the army said "
        "fighting was continuing in Nadiia."
    )
    found = [n for n, _s in _names(text) if n == "Nadiia"]
    assert len(found) == 2


def test_the_same_name_alone_stays_doubtful() -> None:
    assert not any(n == "Nadiia" for n, _s in _names("Fighting was continuing in Nadiia."))


def test_a_sentence_opening_name_named_before_is_kept() -> None:
    text = (
        "Attacks on Nevske were repelled overnight. Nevske was retaken by Ukrainian forces in 2022."
    )
    assert [s for n, s in _names(text) if n == "Nevske"] == [11, 43]


def test_a_surname_shared_with_a_village_stays_a_person() -> None:
    text = "Со слов Петренко, бои идут у села Петренко."
    assert len(find_places(text)) <= 1


def test_an_adjective_named_for_a_place_before_a_noun_is_no_place() -> None:
    names = [n for n, _s in _names("Село звільнили восени, під час Харківського контрнаступу.")]
    assert "Kharkivske" not in names
    assert [n for n, _s in _names("Бої тривають у Харківському районі.")] == ["Kharkivskyi Raion"]
    assert [n for n, _s in _names("Войска вошли в Малую Локню.")] == ["Malaya Loknya"]


def test_russian_adjectival_forms_find_the_ukrainian_name() -> None:
    assert [n for n, _s in _names("Бойцы продвигаются к Дальнему с севера.")] == ["Dalnie"]
    assert [n for n, _s in _names("Степовая Новоселовка была освобождена в сентябре.")] == [
        "Stepova Novoselivka"
    ]
