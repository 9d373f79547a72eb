"""Forces that "remain in" or "are present in" a place have a presence there (entered)."""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_rows


@pytest.mark.parametrize(
    "text",
    [
        "Several dozen Russian soldiers remain in the northern part of Kupiansk, officers said.",
        "Russian troops are present in the northern districts of Kupiansk, the staff said.",
    ],
)
def test_forces_remaining_in_a_place(text: str) -> None:
    assert ("Kupiansk", "entered", "RU", "affirmed") in pipeline_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Civilians remain in Kupiansk despite the shelling.",
        "Ukrainian troops remain in position near Kupiansk.",
    ],
)
def test_no_presence_claim(text: str) -> None:
    assert not any(r[1] == "entered" for r in pipeline_rows(text))


def test_remaining_in_control_is_a_hold_only() -> None:
    rows = pipeline_rows("Ukrainian forces remain in control of Kupiansk, the staff said.")
    assert ("Kupiansk", "controls", "UA", "affirmed") in rows
    assert not any(r[1] == "entered" for r in rows)
