"""Homonyms are resolved by context, or reported as ambiguous."""

from __future__ import annotations

import pytest

from claimline.nlp.gazetteer import load_gazetteer
from claimline.nlp.places import find_places, resolve_place


def _mention(text: str, word: str):
    return next(m for m in find_places(text) if text[m.start : m.end] == word)


@pytest.mark.parametrize(
    ("text", "oblast"),
    [
        ("Fighting flared near Kupiansk and Petropavlivka.", "Kharkiv Oblast"),
        (
            "Russian troops advanced on Petropavlivka in the Zaporizhzhia region.",
            "Zaporizhzhia Oblast",
        ),
        ("Shelling was reported in Pishchane, not far from Izium and Balakliia.", "Kharkiv Oblast"),
    ],
)
def test_places_homonym_by_context(text: str, oblast: str) -> None:
    word = "Petropavlivka" if "Petropavlivka" in text else "Pishchane"
    m = _mention(text, word)
    assert load_gazetteer().get(m.place_id).admin1 == oblast
    assert len(m.candidates) > 1


def test_places_homonym_without_context_is_ambiguous() -> None:
    m = _mention("Reports came from Petropavlivka.", "Petropavlivka")
    assert m.ambiguous and len(m.candidates) > 5
    assert "ambiguous" in m.why


def test_places_population_prior_prefers_the_city() -> None:
    m = _mention("They met in Kharkiv.", "Kharkiv")
    assert m.canonical == "Kharkiv" and not m.ambiguous and m.kind.value == "settlement"


def test_places_resolve_place_context_and_scores() -> None:
    bare = resolve_place("Petropavlivka")
    near = resolve_place("Petropavlivka", context="Heavy fighting east of Kupiansk.")
    assert len(bare) > 3 and all(0 < c.score <= 1 for c in bare)
    assert sum(c.score for c in bare) <= 1.0001
    assert load_gazetteer().get(near[0].id).admin1 == "Kharkiv Oblast"
    assert near[0].score > bare[0].score or near[0].id != bare[0].id
    assert "km from" in near[0].why
    assert resolve_place("Xyzzyqwerty") == []


def test_places_repeated_name_does_not_pull_in_its_neighbour() -> None:
    text = "Druzhkovka was shelled. Later Druzhkovka was shelled again."
    found = [m for m in find_places(text) if m.text == "Druzhkovka"]
    assert [m.canonical for m in found] == ["Druzhkivka", "Druzhkivka"]
