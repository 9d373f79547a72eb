"""detect_language: restricted to the configured set, ISO 639-1 out."""

from __future__ import annotations

import pytest

from claimline.ingest.language import detect_language, normalise_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The convoy reached the port on Saturday after a long drive.", "en"),
        ("Колонна прибыла в порт в субботу после долгой дороги.", "ru"),
        ("Колона прибула до порту в суботу після довгої дороги.", "uk"),
        ("Der Konvoi erreichte den Hafen am Samstag nach einer langen Fahrt.", "de"),
        ("Le convoi est arrivé au port samedi après un long trajet.", "fr"),
        ("El convoy llegó al puerto el sábado tras un largo viaje.", "es"),
        ("Konwój dotarł do portu w sobotę po długiej podróży.", "pl"),
    ],
)
def test_detects_configured_languages(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_answer_is_restricted_to_the_set() -> None:
    text = "Колона прибула до порту в суботу після довгої дороги."
    assert detect_language(text, ("en", "ru")) == "ru"
    assert detect_language("Just English words here for the detector.", ("de",)) == "de"


def test_too_little_text_gives_none() -> None:
    assert detect_language("12 34 — !") is None


@pytest.mark.parametrize(
    ("code", "norm"),
    [("en-GB", "en"), ("RU", "ru"), ("uk_UA", "uk"), ("", None), ("english", None)],
)
def test_normalise_language(code: str, norm: str | None) -> None:
    assert normalise_language(code) == norm
