"""Speaker sides for unseen reports: the authorities of the self-proclaimed republics
speak for Russia's side, and a side word beats the side a kind of speaker has by
default ("Ukrainian military bloggers")."""

from __future__ import annotations

import pytest

from claimline.nlp.speaker_sides import resolve_speaker


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("a spokesman for the Luhansk People's Republic", "RU"),
        ("officials of the Donetsk People's Republic", "RU"),
        ("LPR officials", "RU"),
        ("Ukrainian military bloggers", "UA"),
        ("Ukrainian war bloggers", "UA"),
        ("Russian military bloggers", "RU"),
        ("military bloggers", "RU"),  # the default of the kind stays
        ("separatist officials", "RU"),
    ],
)
def test_claims_q5_speaker_sides(phrase, side):  # type: ignore[no-untyped-def]
    assert resolve_speaker(phrase, None).side == side


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        # Ukraine's wartime military administrations, and the occupiers' counterpart
        ("the Kharkiv regional military administration", "UA"),
        ("the head of the city military administration", "UA"),
        ("Куп'янської міської військової адміністрації", "UA"),
        ("the Russian-installed military-civilian administration", "RU"),
        ("военно-гражданской администрации", "RU"),
        # officials added to the profile by role
        ("Dmytro Lykhovyi", "UA"),
        ("Тамаз Гамбарашвілі", "UA"),
        ("Alexei Smirnov, the acting governor", "RU"),
    ],
)
def test_claims_q5_administrations_and_officials(phrase, side):  # type: ignore[no-untyped-def]
    assert resolve_speaker(phrase, None).side == side
