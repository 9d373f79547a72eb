"""The Kupiansk timeline from the dev set's annotated claims, checked against the facts.

The gold annotations stand in for extraction here (see ``reconcile_claims.gold_claims``),
so the check is of reconciliation alone: Russian control from late February 2022,
the Ukrainian recapture in September 2022 and Ukrainian control after it, and in
2025 the contest, with Russia's capture claims and Ukraine's denials as typed
contradictions and an estimate that states its reasons.  The facts are asserted,
not a frozen copy of the output.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from reconcile_claims import gold_claims

from claimline.model import ControlState
from claimline.reconcile import build_timeline

D = date.fromisoformat


@pytest.fixture
def gold(dev_dir):
    return gold_claims(dev_dir)


@pytest.fixture
def kupiansk(gold):
    claims, published = gold
    return build_timeline(claims, "Kupiansk", published=published)


def test_reconcile_dev_russian_control_from_february_2022(kupiansk):
    seg = kupiansk.state_on(D("2022-04-15"))
    assert seg is not None and seg.state is ControlState.RU
    assert seg.start is not None and (seg.start.year, seg.start.month) == (2022, 2)


def test_reconcile_dev_ukrainian_recapture_in_september_2022(kupiansk):
    seg = kupiansk.state_on(D("2022-10-01"))
    assert seg is not None and seg.state is ControlState.UA
    assert seg.start is not None and (seg.start.year, seg.start.month) == (2022, 9)
    before = kupiansk.state_on(seg.start - timedelta(days=1))
    assert before is not None and before.state is ControlState.RU


def test_reconcile_dev_ukrainian_control_in_late_2024(kupiansk):
    seg = kupiansk.state_on(D("2024-12-15"))
    assert seg is not None and seg.state is ControlState.UA


def test_reconcile_dev_2025_shows_the_contest(kupiansk):
    in_2025 = [s for s in kupiansk.segments if s.start and s.start.year == 2025]
    got = {s.state for s in in_2025}
    assert ControlState.CONTESTED in got
    assert got & {ControlState.ENCIRCLED, ControlState.PRESENCE}


def test_reconcile_dev_capture_claims_and_denials_are_typed(kupiansk, gold):
    claims = [c for c in gold[0] if c.place.canonical == "Kupiansk"]
    denials = [c for c in kupiansk.contradictions if c.type == "denial"]
    assert denials, "Russia's capture claims and Ukraine's denials must be a denial record"
    ids = {i for c in denials for i in c.claim_ids}
    ru_captures = {
        c.id
        for c in claims
        if str(c.type) == "captured"
        and c.actor == "RU"
        and c.time
        and c.time.start
        and c.time.start.year == 2025
        and str(c.polarity) == "affirmed"
    }
    ua_denials = {
        c.id
        for c in claims
        if str(c.polarity) == "negated"
        and c.speaker
        and c.speaker.side == "UA"
        and c.time
        and c.time.start
        and c.time.start.year == 2025
    }
    assert ids & ru_captures and ids & ua_denials
    assert all({"RU", "UA"} <= set(c.sides) for c in denials)


def test_reconcile_dev_estimate_states_its_reasons(kupiansk):
    seg = kupiansk.state_on(D("2025-11-25"))
    assert seg is not None
    assert seg.supporting and seg.contradicting
    # the why names the rules and every contributing claim with its weight
    assert "Rules:" in seg.why and "self_serving" in seg.why
    for cid in seg.supporting + seg.contradicting:
        assert cid in seg.why
