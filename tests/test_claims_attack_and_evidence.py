"""An attack on an occupied town is no capture; a claim under "no evidence that" is
denied; "by March" is a deadline, not the agent of a capture."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_rows


def _tuples(text: str) -> set[tuple[str, str, str, str]]:
    return gazetteer_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian drones struck occupied Melitopol overnight.",
        "Ukrainian missiles hit occupied Berdiansk on Tuesday, local officials said.",
        "Ukrainian forces shelled occupied Nova Kakhovka overnight, Russian officials said.",
        "Ukrainian partisans attacked occupied Tokmak twice last week.",
    ],
)
def test_an_attack_on_an_occupied_town_is_the_occupier_holding_it(text):
    found = _tuples(text)
    assert not any(t == "captured" for _p, t, _a, _pol in found), found
    assert any(t == "controls" and a == "RU" for _p, t, a, _pol in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces occupied Melitopol in the first days of the war.",
        "Russian troops had occupied Melitopol by March.",
        "Russian forces had occupied Kherson by early March.",
    ],
)
def test_a_subject_that_occupied_a_town_captured_it(text):
    found = _tuples(text)
    assert any(t == "captured" and a == "RU" for _p, t, a, _pol in found), found


@pytest.mark.parametrize(
    ("text", "ctype", "actor"),
    [
        (
            "There is no evidence that Russian forces controlled more than a few streets of "
            "Kreminna, analysts said.",
            "controls",
            "RU",
        ),
        ("Analysts found no sign that Russian troops had entered Siversk.", "entered", "RU"),
        (
            "The monitors have not seen any evidence that Ukrainian units still hold Kreminna.",
            "controls",
            "UA",
        ),
        (
            "There was no visual proof that Ukrainian troops had recaptured Robotyne.",
            "captured",
            "UA",
        ),
    ],
)
def test_a_claim_under_no_evidence_that_is_denied(text, ctype, actor):
    found = _tuples(text)
    assert any(t == ctype and a == actor and pol == "negated" for _p, t, a, pol in found), found
    assert not any(t == ctype and pol == "affirmed" for _p, t, _a, pol in found), found


def test_evidence_that_a_claim_holds_keeps_it_affirmed():
    found = _tuples("Satellite images are evidence that Russian troops entered Siversk.")
    assert ("Siversk", "entered", "RU", "affirmed") in found, found
