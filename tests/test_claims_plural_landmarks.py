"""A place that only locates a plural noun ("the suburbs north-west of X", "two
villages east of X") is a landmark, as it is for a singular one."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_claims


def _places(text: str) -> set[str]:
    claims = gazetteer_claims(text)
    return {c.place.canonical for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        "Russian units pulled back from Irpin and Bucha, the small towns north-west of Kyiv.",
        "Russian battalions withdrew from Irpin and Bucha, the leafy towns north-west of Kyiv, "
        "on Friday.",
        "Ukrainian forces recaptured Robotyne and Verbove, two villages south of Orikhiv.",
    ],
)
def test_a_plural_landmark_names_no_claim_place(text):
    found = _places(text)
    assert found and not found & {"Kyiv", "Orikhiv"}, found
