"""Fighting "on its western edge" is about the settlement named earlier in the sentence;
"its" with no settlement named before it in the sentence resolves to nothing."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_claims


def _contested(text: str) -> set[str]:
    claims = gazetteer_claims(text)
    return {c.place.canonical for c in claims if c.type.value == "contested"}


@pytest.mark.parametrize(
    "text",
    [
        "Most of Siversk is under Russian control, but combat still rages on its eastern edge.",
        "Ukrainian marines planted a flag in Siversk on Tuesday, though battles near its "
        "northern edge lasted into the weekend.",
        "Russian units hold most of Siversk, while clashes go on in its northern districts.",
    ],
)
def test_its_part_belongs_to_the_settlement_named_before_it(text):
    assert _contested(text) == {"Siversk"}


def test_its_without_a_named_settlement_in_the_sentence_is_no_place():
    text = (
        "Ukrainian troops entered Siversk on Monday. Kramatorsk was shelled overnight. "
        "The army said it was calm in Kramatorsk at night, while Russian drones hit "
        "Sloviansk, and clashes near its outer districts went on."
    )
    # "its" follows two named towns here, so it is ambiguous only in principle: the last
    # named settlement owns it, never the town of an earlier sentence
    assert "Siversk" not in _contested(text)
