"""A local official of a named place speaks for the side at home there."""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_claims


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The mayor of Izium, Valerii Marchenko, said Russian troops had left the town.", "UA"),
        ("Belgorod's governor said Ukrainian saboteurs had entered Kozinka.", "RU"),
        ("The governor of the Kursk region said Ukrainian troops had entered Sudzha.", "RU"),
        ("Мэр Белгорода заявил, что украинские диверсанты вошли в Козинку.", "RU"),
        # a side word in the phrase wins over the place's country
        ("Kherson's Russian-installed mayor said Ukrainian troops had entered the city.", "RU"),
    ],
)
def test_local_official_side(text: str, side: str) -> None:
    claims = pipeline_claims(text)
    assert claims and all(c.speaker is not None and c.speaker.side == side for c in claims)


def test_an_official_without_a_place_stays_unknown() -> None:
    claims = pipeline_claims("A local mayor said Russian troops had left Izium overnight.")
    assert claims and all(c.speaker is not None and c.speaker.side == "unknown" for c in claims)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Russian forces took Toretsk, the defence ministry in Moscow said on Sunday.", "RU"),
        ("Ukrainian troops entered Kupiansk on Saturday, the General Staff in Kyiv said.", "UA"),
    ],
)
def test_a_body_in_a_sides_capital(text: str, side: str) -> None:
    claims = pipeline_claims(text)
    assert claims and all(c.speaker is not None and c.speaker.side == side for c in claims)
