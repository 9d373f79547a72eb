"""A withdrawal reported as ordered or decided in the past is reported as made; a future
or refused order, and an order to capture, stay intentions."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_claims


def _withdrawals(text: str) -> list[tuple[str | None, str]]:
    claims = gazetteer_claims(text)
    return [(c.actor, c.modality.value) for c in claims if c.type.value == "withdrew"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Ukrainian general said he had ordered the garrison to retreat from Siversk "
            "overnight.",
            "UA",
        ),
        (
            "The Ukrainian command said it had authorised its brigades to leave Siversk to "
            "save soldiers' lives.",
            "UA",
        ),
        (
            "A decision was made to pull the Russian battalions back from Siversk, the "
            "ministry said.",
            "RU",
        ),
    ],
)
def test_a_past_order_to_withdraw_is_a_withdrawal(text, actor):
    found = _withdrawals(text)
    assert found and all(a == actor and m != "intended" for a, m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian general will order the garrison to retreat from Siversk.",
        "The Ukrainian commander did not order the troops to withdraw from Siversk.",
        "The Ukrainian command plans to withdraw its units from Siversk.",
    ],
)
def test_a_future_or_refused_order_stays_an_intention(text):
    assert all(m == "intended" for _a, m in _withdrawals(text))


def test_an_order_to_capture_stays_an_intention():
    text = "Russian commanders ordered their troops to capture Siversk."
    claims = gazetteer_claims(text)
    assert all(c.modality.value == "intended" for c in claims)
