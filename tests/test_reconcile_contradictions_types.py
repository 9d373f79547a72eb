"""Typed contradictions: direct, denial, granularity, temporal, claim about a claim."""

from __future__ import annotations

from datetime import date

import pytest
from reconcile_claims import claim

from claimline.reconcile import build_timeline

D = date.fromisoformat


def kinds(claims, **kw) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.type, c.claim_ids) for c in build_timeline(claims, "Kupiansk", **kw).contradictions]


def test_reconcile_contradictions_direct():
    claims = [
        claim("ru", "captured", "RU", "2025-11-20", speaker="Gerasimov", side="RU"),
        claim("ua", "controls", "UA", "2025-11-22", speaker="UA GS", side="UA"),
    ]
    (c,) = build_timeline(claims, "Kupiansk").contradictions
    assert c.type == "direct" and c.claim_ids == ("ru", "ua")
    assert c.sides == ("RU", "UA")
    assert c.start == D("2025-11-22") and c.end == D("2025-11-22")
    assert "Gerasimov" in c.explanation and "UA GS" in c.explanation
    assert "direct contradiction" in c.explanation


def test_reconcile_contradictions_denial_is_typed():
    claims = [
        claim("ru", "captured", "RU", "2025-11-20", speaker="Gerasimov", side="RU"),
        claim(
            "ua",
            "captured",
            "RU",
            "2025-11-21",
            speaker="Kyiv",
            side="UA",
            polarity="negated",
            denies="the Russian capture",
        ),
    ]
    (c,) = build_timeline(claims, "Kupiansk").contradictions
    assert c.type == "denial" and c.claim_ids == ("ru", "ua")
    assert "it is not true that RU captured it" in c.explanation
    assert "denial by UA" in c.explanation


def test_reconcile_contradictions_denial_needs_matching_content():
    # denying an encirclement does not deny a capture
    claims = [
        claim("ru", "captured", "RU", "2025-11-20", speaker="Gerasimov", side="RU"),
        claim("ua", "encircled", "RU", "2025-11-20", speaker="Kyiv", side="UA", polarity="negated"),
    ]
    assert [k for k, _ in kinds(claims)] != ["denial"]


def test_reconcile_contradictions_half_versus_all_is_granularity():
    claims = [
        claim("half", "controls", "RU", "2025-09-04", speaker="AFP", side="neutral", extent="half"),
        claim("all", "controls", "RU", "2025-09-04", speaker="Russian MoD", side="RU"),
    ]
    (c,) = build_timeline(claims, "Kupiansk").contradictions
    assert c.type == "granularity"
    assert "not a contradiction of state" in c.explanation


def test_reconcile_contradictions_half_each_is_not_a_contradiction():
    claims = [
        claim("a", "controls", "RU", "2025-09-04", speaker="AFP", side="neutral", extent="half"),
        claim(
            "b",
            "controls",
            "UA",
            "2025-09-04",
            speaker="AFP2",
            side="neutral",
            extent="southern half",
        ),
    ]
    assert kinds(claims) == []


def test_reconcile_contradictions_2022_claim_does_not_contradict_2025_one():
    claims = [
        claim("old", "captured", "RU", "2022-02-27", speaker="Russian MoD", side="RU"),
        claim("new", "controls", "UA", "2025-06-01", speaker="UA GS", side="UA"),
    ]
    found = kinds(claims)
    assert ("direct", ("old", "new")) not in found
    assert found == [("temporal", ("old", "new"))]
    text = build_timeline(claims, "Kupiansk").contradictions[0].explanation
    assert "not a contradiction" in text


def test_reconcile_contradictions_no_temporal_when_something_in_between_agrees():
    claims = [
        claim("old", "captured", "RU", "2022-02-27", speaker="Russian MoD", side="RU"),
        claim("mid", "captured", "UA", "2022-09-10", speaker="AFU", side="UA"),
        claim("new", "controls", "UA", "2025-06-01", speaker="UA GS", side="UA"),
    ]
    assert kinds(claims) == []


def test_reconcile_contradictions_stale_overlap_is_temporal():
    claims = [
        claim(
            "old",
            "controls",
            "RU",
            "2025-03-01",
            until="2025-03-10",
            speaker="TASS",
            side="RU",
            doc="d1",
        ),
        claim(
            "new",
            "controls",
            "UA",
            "2025-03-01",
            until="2025-03-10",
            speaker="Reuters",
            side="neutral",
            doc="d2",
        ),
    ]
    found = kinds(claims, published={"d1": D("2025-03-10"), "d2": D("2025-05-10")})
    assert found == [("temporal", ("old", "new"))]


def test_reconcile_contradictions_coarse_later_report_does_not_supersede():
    # a 2024 line placing Russian control in autumn 2022, against a report from the day
    claims = [
        claim("day", "captured", "UA", "2022-09-10", speaker="AFU", side="UA", doc="d1"),
        claim(
            "season", "controls", "RU", "2022-09", until="2022-11", modality="background", doc="d2"
        ),
    ]
    published = {"d1": D("2022-09-10"), "d2": D("2024-11-14")}
    assert [k for k, _ in kinds(claims, published=published)] == ["direct"]


def test_reconcile_contradictions_rebuttal_of_a_claim_not_in_the_ledger():
    claims = [
        claim(
            "reb",
            "captured",
            "RU",
            "2025-11-20",
            speaker="UA General Staff",
            side="UA",
            polarity="negated",
            denies="captured RU (claimed by Russian MoD)",
        )
    ]
    (c,) = build_timeline(claims, "Kupiansk").contradictions
    assert c.type == "claim_about_claim" and c.claim_ids == ("reb",)
    assert "not itself in the ledger" in c.explanation


def test_reconcile_contradictions_denial_with_its_original_is_a_denial_not_about():
    claims = [
        claim("orig", "captured", "RU", "2025-11-20", speaker="Russian MoD", side="RU"),
        claim(
            "reb",
            "captured",
            "RU",
            "2025-11-20",
            speaker="UA General Staff",
            side="UA",
            polarity="negated",
            denies="captured RU (claimed by Russian MoD)",
        ),
    ]
    assert kinds(claims) == [("denial", ("orig", "reb"))]


def test_reconcile_contradictions_rebuttal_by_affirmation_is_claim_about_claim():
    claims = [
        claim("orig", "captured", "RU", "2025-11-20", speaker="Gerasimov", side="RU"),
        claim(
            "reb",
            "controls",
            "UA",
            "2025-11-21",
            speaker="Kyiv",
            side="UA",
            denies="Russian claim of capture",
        ),
    ]
    assert [k for k, _ in kinds(claims)] == ["claim_about_claim"]


def test_reconcile_contradictions_changes_of_hands_in_one_year_are_a_sequence():
    claims = [
        claim("a", "captured", "RU", "2022", modality="background"),
        claim("b", "captured", "UA", "2022", modality="background"),
    ]
    assert kinds(claims) == []


def test_reconcile_contradictions_one_speaker_one_document_is_one_account():
    claims = [
        claim("a", "captured", "RU", "2025-11-20", speaker="Gerasimov", side="RU", doc="d"),
        claim(
            "b",
            "encircled",
            "RU",
            "2025-11-20",
            speaker="Gerasimov",
            side="RU",
            doc="d",
            extent="units on the east bank",
        ),
    ]
    assert kinds(claims) == []


def test_reconcile_contradictions_unreal_claims_take_no_part():
    claims = [
        claim("a", "controls", "UA", "2025-11-20", speaker="Kyiv", side="UA"),
        claim(
            "b", "captured", "RU", "2025-11-20", speaker="Putin", side="RU", modality="predicted"
        ),
    ]
    assert kinds(claims) == []


def test_reconcile_contradictions_group_pairs_that_share_claims():
    claims = [
        claim("ru", "captured", "RU", "2025-11-20", speaker="Gerasimov", side="RU"),
        claim("ua1", "controls", "UA", "2025-11-21", speaker="Kyiv", side="UA"),
        claim("ua2", "controls", "UA", "2025-11-22", speaker="Syrskyi", side="UA"),
    ]
    (c,) = build_timeline(claims, "Kupiansk").contradictions
    assert c.claim_ids == ("ru", "ua1", "ua2")


@pytest.mark.parametrize("order", [1, -1])
def test_reconcile_contradictions_deterministic(order):
    claims = [
        claim("ru", "captured", "RU", "2025-11-20", speaker="Gerasimov", side="RU"),
        claim("ua", "captured", "RU", "2025-11-21", speaker="Kyiv", side="UA", polarity="negated"),
        claim("h", "controls", "RU", "2025-11-21", speaker="AFP", side="neutral", extent="half"),
    ]
    base = build_timeline(claims, "Kupiansk").contradictions
    assert build_timeline(claims[::order], "Kupiansk").contradictions == base


def test_reconcile_contradictions_one_record_per_disagreement():
    claims = [
        claim("ru", "captured", "RU", "2025-11-20", speaker="Gerasimov", side="RU"),
        claim("ua", "controls", "UA", "2025-11-21", speaker="Kyiv", side="UA"),
        claim("f", "contested", None, "2025-11-22", speaker="Reuters", side="neutral"),
    ]
    found = kinds(claims)
    assert found == [("direct", ("ru", "ua")), ("direct", ("ru", "f"))]
