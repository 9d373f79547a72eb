"""A capital that "had not yet officially confirmed" is a government keeping silent, and
a copular clause under that silence ("that the city is back in its hands") asserts nothing."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_claims


def _tuples(text: str) -> set[tuple[str, str]]:
    claims = gazetteer_claims(text)
    return {(c.place.canonical, c.type.value) for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        "Sappers were still sweeping Siversk for mines, and Kyiv had not yet formally "
        "confirmed that this town was in Ukrainian hands.",
        "Moscow did not confirm that Siversk was under Russian control.",
        "Kyiv has not yet publicly confirmed that Siversk is in Ukrainian hands.",
    ],
)
def test_a_copular_claim_under_a_silent_confirm_asserts_nothing(text):
    found = _tuples(text)
    assert not any(t == "controls" for _p, t in found), found
    assert not any(p in ("Kyiv", "Moscow") for p, _t in found), found


def test_a_confirmed_copular_claim_stays():
    assert ("Siversk", "controls") in _tuples(
        "Moscow confirmed that Siversk was under Russian control."
    )
