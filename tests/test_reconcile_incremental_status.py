"""Reconciler: incremental recomputation; status on a date; changes since a date."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from reconcile_claims import claim

from claimline.errors import NotFound
from claimline.model import ControlState
from claimline.reconcile import Reconciler, build_timeline, changes_since, status_as_of

D = date.fromisoformat


def corpus():
    return [
        claim("k1", "captured", "RU", "2022-02-27", speaker="MoD", side="RU"),
        claim("k2", "captured", "UA", "2022-09-10", speaker="AFU", side="UA"),
        claim("i1", "captured", "RU", "2022-04-01", place="Izium", speaker="MoD", side="RU"),
        claim("i2", "captured", "UA", "2022-09-11", place="Izium", speaker="AFU", side="UA"),
        claim(
            "v1", "entered", "RU", "2024-05-12", place="Vovchansk", speaker="ISW", side="neutral"
        ),
    ]


def test_reconcile_incremental_update_recomputes_only_affected_places():
    rec = Reconciler(corpus())
    assert dict(rec.recomputed) == {"704508": 1, "707292": 1, "689096": 1}
    affected = rec.update(
        [claim("k3", "captured", "RU", "2025-11-20", speaker="Gerasimov", side="RU")]
    )
    assert affected == {"704508"}
    assert dict(rec.recomputed) == {"704508": 2, "707292": 1, "689096": 1}
    assert rec.timeline("Kupiansk") == build_timeline(rec.claims, "704508")


def test_reconcile_incremental_unchanged_claims_recompute_nothing():
    rec = Reconciler(corpus())
    assert rec.update(corpus()) == set()


def test_reconcile_incremental_moved_claim_recomputes_both_places():
    rec = Reconciler(corpus())
    moved = dataclasses.replace(
        claim("i2", "captured", "UA", "2022-09-11", speaker="AFU", side="UA")
    )
    assert rec.update([moved]) == {"704508", "707292"}
    assert rec.timeline("Izium").segments[-1].state is ControlState.RU


def test_reconcile_incremental_new_publication_date_recomputes_that_documents_places():
    rec = Reconciler(corpus())
    assert rec.update([], published={"doc-v1": D("2024-05-20")}) == {"689096"}


def test_reconcile_incremental_remove():
    rec = Reconciler(corpus())
    assert rec.remove(["v1"]) == {"689096"}
    with pytest.raises(NotFound):
        rec.timeline("Vovchansk")


def test_reconcile_incremental_matches_batch_result():
    claims = corpus()
    rec = Reconciler(claims[:2])
    rec.update(claims[2:])
    batch = Reconciler(claims)
    assert rec.timelines() == batch.timelines()


def test_reconcile_status_as_of_a_date():
    got = status_as_of(corpus(), D("2022-06-01"))
    assert [(s.place.name, str(s.state)) for s in got] == [("Izium", "RU"), ("Kupiansk", "RU")]
    assert all(0 < s.confidence <= 1 for s in got)
    place, state, conf = got[0]  # a (place, state, confidence) triple
    assert place.id == "707292" and state is ControlState.RU


def test_reconcile_status_uses_only_what_was_known_then():
    got = {s.place.name: s.state for s in status_as_of(corpus(), D("2022-09-10"))}
    assert got == {"Izium": ControlState.RU, "Kupiansk": ControlState.UA}


def test_reconcile_changes_since_a_date():
    got = changes_since(corpus(), D("2022-09-01"))
    assert [(c.place.name, c.day.isoformat(), str(c.before), str(c.after)) for c in got] == [
        ("Kupiansk", "2022-09-10", "RU", "UA"),
        ("Izium", "2022-09-11", "RU", "UA"),
        ("Vovchansk", "2024-05-12", "None", "presence"),
    ]


def test_reconcile_changes_of_extent_are_changes():
    claims = [
        claim("a", "controls", "RU", "2025-09-01", speaker="AFP", side="neutral", extent="half"),
        claim("b", "controls", "RU", "2025-10-01", speaker="AFP", side="neutral"),
    ]
    got = changes_since(claims, D("2025-09-15"))
    assert [(c.before, c.before_extent, c.after, c.extent) for c in got] == [
        (ControlState.RU, "half", ControlState.RU, None)
    ]
