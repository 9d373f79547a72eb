"""Place data for unseen reports: border villages a conflict profile adds to the
gazetteer (placed near their district centre, in their oblast), names the gazetteer
knows only by a stray alternate spelling that a list of places vouches for, and
profile spellings that replace GeoNames' ones."""

from __future__ import annotations

import pytest

from claimline.nlp.places import find_places


def _by_text(text: str, **kw):  # type: ignore[no-untyped-def]
    return {p.text: p for p in find_places(text, **kw)}


def test_places_q5_profile_adds_missing_border_villages():  # type: ignore[no-untyped-def]
    found = _by_text(
        "В сводке штаба названы Мельновая, Подол и ещё два села Курской области у Суджи."
    )
    for name, canonical in (("Мельновая", "Melnovaya"), ("Подол", "Podol")):
        p = found[name]
        assert p.canonical == canonical and p.place_id.startswith("P-RU-")
        # placed approximately at the district centre the note names
        assert p.lat is not None and abs(p.lat - 51.19) < 0.1


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("Силы РФ отбили Мартыновку и Казачью Локню у Суджи.", "Казачью Локню", "Kazachya Loknya"),
        (
            "Russian troops retook Martynovka near Sudzha in Kursk region.",
            "Martynovka",
            "Martynovka",
        ),
    ],
)
def test_places_q5_inflected_and_latin_forms(text, name, canonical):  # type: ignore[no-untyped-def]
    assert _by_text(text)[name].canonical == canonical


def test_places_q5_homonym_elsewhere_keeps_its_context():  # type: ignore[no-untyped-def]
    # a Poltava-region context does not pull the Kursk village in
    p = _by_text("Ukrainian troops took Podil in Poltava region.")["Podil"]
    assert p.place_id.startswith("P-") is False


def test_places_q5_sudan_profile_spellings_and_villages():  # type: ignore[no-untyped-def]
    found = _by_text(
        "Officials named Sinja, the Sennar state capital, and Hantoub, a village near "
        "Wad Madani, as the places hit.",
        profile="sudan",
    )
    assert found["Sinja"].canonical == "Sinja"
    assert found["Hantoub"].canonical == "Hantoub" and found["Hantoub"].lat is not None


def test_places_q5_list_vouches_for_an_alternate_spelling():  # type: ignore[no-untyped-def]
    text = "The ministry listed Lukyantsy, Krasnoye and Morokhovets among the villages."
    assert _by_text(text)["Lukyantsy"].canonical == "Lukiantsi"
    # alone and without a cue, a stray alternate spelling stays out
    assert "Lukyantsy" not in _by_text("Lukyantsy said nothing more on Monday.")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a plural "areas" after town names is the land around them, like "regions"
        (
            "Officials called the withdrawal from the Sumy and Chernihiv areas a gesture.",
            {"Sumy": "admin_area", "Chernihiv": "admin_area"},
        ),
        # a singular "area" after a list keeps the towns (forces "in the X and Y area")
        (
            "The brigade was cut off in the Pisky and Opytne area.",
            {"Pisky": "settlement", "Opytne": "settlement"},
        ),
    ],
)
def test_places_q5_plural_areas_are_regions(text, kinds):  # type: ignore[no-untyped-def]
    found = _by_text(text)
    assert {name: found[name].kind.value for name in kinds} == kinds
