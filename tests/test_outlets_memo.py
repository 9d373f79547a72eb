"""Outlet look-ups are remembered per profile and name, with the same answers."""

from __future__ import annotations

import pytest

from claimline.nlp import outlets
from claimline.nlp.claims_cyr import is_cyrillic
from claimline.profiles import load_profile


@pytest.mark.parametrize(
    ("name", "side"),
    [("TASS", "RU"), ("tass.ru", "RU"), ("The Kyiv Independent", "UA"), ("Reuters", "neutral")],
)
def test_a_remembered_lookup_gives_the_same_outlet(name: str, side: str) -> None:
    profile = load_profile("ru_ua")
    first = outlets.find_outlet(name, profile)
    again = outlets.find_outlet(name, profile)
    assert first is again and first is not None and first.side == side
    assert outlets._find_outlet(name, profile) == first  # the uncached answer agrees


def test_the_memo_is_per_profile() -> None:
    ru_ua, sudan = load_profile("ru_ua"), load_profile("sudan")
    assert outlets.find_outlet("TASS", ru_ua) is not None
    # another profile's outlet list is consulted afresh, not the first profile's answer
    assert outlets.find_outlet("TASS", sudan) == outlets._find_outlet("TASS", sudan)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian troops entered the town.", False),
        ("Войска вошли в город.", True),
        ("Войска вошли в город Kupiansk near Kharkiv and Izium on Monday morning.", False),
        ("Сили оборони відбили штурм.", True),
        ("", False),
        ("12345 !!!", False),
    ],
)
def test_is_cyrillic(text: str, expected: bool) -> None:
    assert is_cyrillic(text) is expected
