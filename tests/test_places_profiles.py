"""Place linking follows the conflict profile: renamings, exonyms, countries."""

from __future__ import annotations

import pytest

from claimline.nlp.places import find_places


@pytest.fixture(scope="module")
def sudan():
    from claimline.profiles import load_profile

    return load_profile("sudan")


def test_places_second_profile_links_its_own_country(sudan) -> None:
    text = (
        "Army units said they pushed the RSF out of Wad Medani, while shelling "
        "hit al-Fashir and Omdurman; Port Sudan stayed calm."
    )
    found = {m.text: m for m in find_places(text, profile=sudan)}
    assert found["Wad Medani"].canonical == "Wad Madani"  # the profile's spelling
    assert found["al-Fashir"].canonical == "El Fasher"
    assert found["Omdurman"].canonical == "Omdurman"
    assert all(m.place_id and not m.ambiguous for m in found.values())


def test_places_profile_spelling_wins_over_a_gazetteer_variant(sudan) -> None:
    # GeoNames spells it "Babanusah"; the profile lists that spelling as an alias.
    found = {m.text: m.canonical for m in find_places("RSF units shelled Babanusa.", profile=sudan)}
    assert found == {"Babanusa": "Babanusa"}


def test_places_default_profile_renamings_and_exonyms() -> None:
    text = "Russian sources say Artemovsk fell; Ukrainian sources say Kupyansk holds."
    found = {m.text: m.canonical for m in find_places(text)}
    assert found == {"Artemovsk": "Bakhmut", "Kupyansk": "Kupiansk"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hromadske reported heavy shelling.", "Hromadske"),
        ("Budanov said the strike was planned.", "Budanov"),
        ("The Aidar battalion moved north.", "Aidar"),
    ],
)
def test_places_names_the_profile_knows_are_not_places(text: str, word: str) -> None:
    start = text.index(word)
    assert not [m for m in find_places(text) if m.start <= start < m.end]


def test_places_seas_are_features() -> None:
    found = {m.text: m for m in find_places("Patrols in the Sea of Azov and the Black Sea.")}
    assert found["Sea of Azov"].kind.value == "feature"
    assert found["Black Sea"].canonical == "Black Sea"


def test_places_profile_by_name_links_like_the_loaded_profile(sudan) -> None:
    text = "The army pushed the RSF out of Wad Medani and shelled Babanusa."
    by_name = [(m.text, m.canonical) for m in find_places(text, profile="sudan")]
    loaded = [(m.text, m.canonical) for m in find_places(text, profile=sudan)]
    assert by_name == loaded == [("Wad Medani", "Wad Madani"), ("Babanusa", "Babanusa")]
