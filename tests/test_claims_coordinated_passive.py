"""A second participle coordinated with a passive shares it: "troops were bypassed and
cut off" has the troops as the patient, so the other side encircled them."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_claims


def _tuples(text: str) -> set[tuple[str, str, str]]:
    claims = gazetteer_claims(text)
    return {(c.place.canonical, c.type.value, c.actor) for c in claims}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Russian troops in Siversk were bypassed and cut off.", "UA"),
        (
            "Ukrainian units near Siversk were outflanked and surrounded, Russian officials said.",
            "RU",
        ),
        ("Russian soldiers in Siversk had been pinned down and encircled by the weekend.", "UA"),
    ],
)
def test_a_coordinated_participle_shares_the_passive_patient(text, actor):
    found = _tuples(text)
    assert ("Siversk", "encircled", actor) in found, found
