"""A second conflict through the same code: nothing about one war is hard-coded.

The Sudan text below is written for this test.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import claimline.nlp._actor_lexicon as lexicon_module
import claimline.nlp.actors as actors_module
import claimline.nlp.outlets as outlets_module
import claimline.nlp.speaker_sides as speakers_module
from claimline.nlp.actors import find_actors, outlet_side, side_of_phrase
from claimline.nlp.speaker_sides import resolve_speaker
from claimline.profiles import load_profile

SUDAN_TEXT = (
    "The paramilitary Rapid Support Forces said on Sunday that its fighters had overrun the "
    "6th Infantry Division's base in El Fasher. Army spokesman Nabil Abdallah rejected the "
    "claim and said the Sudanese army still held the city. Hemedti later thanked his men, "
    "while Burhan promised to return to Wad Madani. Radio Dabanga quoted local residents."
)


@pytest.fixture(scope="module")
def sudan():
    return load_profile("sudan")


def test_actors_sudan_text_gets_saf_and_rsf(sudan):
    found = [(m.text, m.actor.side, m.actor.kind) for m in find_actors(SUDAN_TEXT, profile=sudan)]
    assert ("paramilitary Rapid Support Forces", "RSF", "forces") in found
    assert ("6th Infantry Division", "SAF", "unit") in found
    assert ("Nabil Abdallah", "SAF", "person") in found
    assert ("Sudanese army", "SAF", "forces") in found
    assert ("Hemedti", "RSF", "person") in found
    assert ("Burhan", "SAF", "person") in found
    assert ("Radio Dabanga", "neutral", "media") in found
    assert {side for _, side, _ in found} <= {"SAF", "RSF", "neutral"}


@pytest.mark.parametrize(
    ("phrase", "side", "canonical"),
    [
        ("Mohamed Hamdan Daglo, the RSF commander", "RSF", "Mohamed Hamdan Dagalo"),
        ("Hemeti", "RSF", "Mohamed Hamdan Dagalo"),
        ("army chief Abdel Fattah al-Burhan", "SAF", "Abdel Fattah al-Burhan"),
        ("a spokesman for the Rapid Support Forces", "RSF", "Rapid Support Forces"),
        ("the Sovereignty Council", "SAF", "Sovereignty Council"),
        ("army sources", "SAF", None),
        ("RSF advisers", "RSF", None),
        ("local residents", "unknown", None),
        ("Sudan Tribune", "neutral", "Sudan Tribune"),
    ],
)
def test_actors_sudan_speakers(sudan, phrase, side, canonical):
    actor = resolve_speaker(phrase, profile=sudan)
    assert actor.side == side
    assert actor.canonical == canonical


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("paramilitary fighters", "RSF"),
        ("the Janjaweed", "RSF"),
        ("the SAF", "SAF"),
        ("the 16th Infantry Division", "SAF"),
        ("the militia", "RSF"),
    ],
)
def test_actors_sudan_side_of_phrase(sudan, phrase, side):
    assert side_of_phrase(phrase, profile=sudan) == side


def test_actors_sudan_profile_knows_nothing_of_other_wars(sudan):
    assert resolve_speaker("Russia's Defence Ministry", profile=sudan).side == "unknown"
    assert side_of_phrase("Ukrainian forces", profile=sudan) is None
    assert outlet_side("dabangasudan.org", profile=sudan) == "neutral"
    assert outlet_side("SUNA", profile=sudan) == "SAF"
    assert outlet_side("TASS", profile=sudan) == "unknown"


def test_actors_sudan_profile_data():
    sudan = load_profile("sudan")
    assert sudan.countries == ("SD",)
    assert sudan.side_codes == ("SAF", "RSF")
    assert {"El Fasher", "Khartoum", "Omdurman", "Wad Madani"} <= {p.name for p in sudan.places}


# Words that would betray a conflict written into the matching code.
_CONFLICT_WORDS = (
    "ukrain",
    "russia",
    "kyiv",
    "kiev",
    "moscow",
    "kremlin",
    "sudan",
    "украин",
    "україн",
    "росси",
    "росі",
)


def _code_strings(module) -> list[str]:  # type: ignore[no-untyped-def]
    """String constants of a module, docstrings left out."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


@pytest.mark.parametrize("module", [actors_module, speakers_module, lexicon_module, outlets_module])
def test_actors_code_names_no_conflict(module):
    for value in _code_strings(module):
        assert value not in ("UA", "RU", "SAF", "RSF"), value
        low = value.lower()
        assert not any(word in low for word in _CONFLICT_WORDS), value
