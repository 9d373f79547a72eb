"""End to end on the dev set: ingest, extract, reconcile; the Kupiansk facts.

Unlike ``test_reconcile_dev_kupiansk.py`` (annotated claims), this runs the real
pipeline, so it checks what the product shows an analyst.  The facts asserted
are the issue's: Russian control from late February 2022, the Ukrainian
recapture in September 2022, the 2025 contest with Russia's capture claims and
Ukraine's denials as typed contradictions, and an estimate that states its
reasons.  It is slow (spaCy parse of the corpus): marked ``slow`` and ``devset``.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimline.model import ControlState

pytestmark = [pytest.mark.slow, pytest.mark.devset]

D = date.fromisoformat


@pytest.fixture(scope="module")
def kupiansk():
    from pathlib import Path

    dev = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
    if not (dev / "articles.jsonl").exists():
        pytest.skip(f"development corpus not found at {dev} (../shared is absent)")
    from claimline.ingest.pipeline import ingest
    from claimline.nlp.claims import extract_claims
    from claimline.reconcile import Reconciler
    from claimline.store import SQLiteStore

    store = SQLiteStore(":memory:")
    ingest(store, [str(dev / "articles.jsonl"), str(dev / "seeds")], progress=False)
    published = {}
    for doc in store.documents():
        store.replace_claims(doc.id, extract_claims(doc))
        if doc.published is not None:
            published[doc.id] = doc.published
    claims = store.claims()
    store.close()
    return claims, Reconciler(claims, published=published).timeline("Kupiansk")


def test_reconcile_dev_pipeline_russian_control_from_late_february_2022(kupiansk):
    _claims, tl = kupiansk
    seg = tl.state_on(D("2022-05-01"))
    assert seg is not None and seg.state is ControlState.RU
    assert seg.start is not None and (seg.start.year, seg.start.month) == (2022, 2)
    assert seg.start.day >= 15


def test_reconcile_dev_pipeline_ukrainian_recapture_in_september_2022(kupiansk):
    _claims, tl = kupiansk
    for day in ("2022-10-01", "2022-12-01"):
        seg = tl.state_on(D(day))
        assert seg is not None and seg.state is ControlState.UA, day
    assert tl.state_on(D("2022-10-01")).start.month == 9


def test_reconcile_dev_pipeline_2025_contest_with_typed_denials(kupiansk):
    claims, tl = kupiansk
    states_2025 = {s.state for s in tl.segments if s.start and s.start.year == 2025}
    assert ControlState.CONTESTED in states_2025
    by_id = {c.id: c for c in claims}
    denials = [c for c in tl.contradictions if c.type == "denial" and c.start.year == 2025]
    assert any(
        any(
            str(by_id[i].type) == "captured"
            and by_id[i].actor == "RU"
            and str(by_id[i].polarity) == "affirmed"
            for i in c.claim_ids
        )
        and any(
            str(by_id[i].polarity) == "negated"
            and by_id[i].speaker
            and by_id[i].speaker.side == "UA"
            for i in c.claim_ids
        )
        for c in denials
    ), [c.explanation for c in denials]


def test_reconcile_dev_pipeline_estimate_states_its_reasons(kupiansk):
    _claims, tl = kupiansk
    seg = tl.state_on(D("2025-11-25"))
    assert seg is not None and seg.supporting
    assert "Rules:" in seg.why
    for cid in seg.supporting + seg.contradicting:
        assert cid in seg.why
