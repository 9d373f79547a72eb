"""Settlements the gazetteer lacks, kept by a strong cue (sentences written for the tests)."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.model import Document, PlaceKind
from claimline.nlp.claims import extract_claims
from claimline.nlp.places import find_places


def _unlinked(text: str) -> list[str]:
    return [m.text for m in find_places(text) if m.place_id is None]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Russian forces took the village of Zorvynka-Dalna overnight.", "Zorvynka-Dalna"),
        ("Shelling hit the small town of Brelovo on Sunday.", "Brelovo"),
        ("Troops reached the settlement of Dobrolan Hai, officials said.", "Dobrolan Hai"),
        ("Fighting went on near Drubovka, a village on the river.", "Drubovka"),
        ("Бои идут в селе Зворыкино, сообщили военные.", "Зворыкино"),
        ("Окупанти зайшли у селі Грабчиків і закріпилися.", "Грабчиків"),
    ],
)
def test_cued_unknown_names_are_unlinked_settlements(sentence: str, name: str) -> None:
    found = [m for m in find_places(sentence) if m.place_id is None]
    assert [m.text for m in found] == [name]
    m = found[0]
    assert m.canonical == name and m.kind is PlaceKind.SETTLEMENT and m.score < 1.0


@pytest.mark.parametrize(
    "sentence",
    [
        "He returned to the town of his birth after the war.",
        "The village of the future will need roads.",
        "It happened in the town of Monday's market, locals joked.",
        "Волонтеры привозят в села генераторы и воду.",
        "Yesterday, a town council met to discuss the budget.",
        "Kherson, a city on the Dnipro, was shelled.",
        "Residents of the village of Kupiansk-Vuzlovyi left.",
    ],
)
def test_no_unlinked_mention_without_an_unknown_name_in_the_slot(sentence: str) -> None:
    assert _unlinked(sentence) == []


def test_sentence_initial_single_word_before_a_village_cue_is_not_taken() -> None:
    assert _unlinked("Meanwhile, a village nearby was shelled. Later, a town was hit.") == []


def test_claims_about_an_unlinked_village_are_kept() -> None:
    text = "Russia's Defence Ministry said its forces had captured the village of Zorvynka-Dalna."
    doc = Document("t-unlinked", "h", text, language="en", published=date(2025, 3, 2))
    claims = extract_claims(doc)
    assert [c.place.canonical for c in claims] == ["Zorvynka-Dalna"]
    assert claims[0].place.place_id is None
