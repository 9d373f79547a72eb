"""Fighting named as what came before another event claims no contest of its own."""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_rows


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops took Avdiivka following fierce fighting, the ministry said.",
        "Ukrainian units retook Kupiansk after heavy fighting with Russian infantry.",
    ],
)
def test_fighting_before_a_capture_is_no_contest(text: str) -> None:
    rows = pipeline_rows(text)
    assert any(r[1] == "captured" for r in rows)
    assert not any(r[1] == "contested" for r in rows)


def test_fighting_itself_is_still_a_contest() -> None:
    rows = pipeline_rows("Fighting continued in Avdiivka after the storm, officers said.")
    assert ("Avdiivka", "contested", None, "affirmed") in rows
