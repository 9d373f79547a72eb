"""Evidence weighting rules: each rule moves a claim's weight the documented way."""

from __future__ import annotations

import pytest
from reconcile_claims import claim

from claimline.reconcile import build_timeline
from claimline.reconcile import weights as W
from claimline.reconcile.evidence import Sides, read_claim

SIDES = Sides(("RU", "UA"))


def weight_of(c, **kw) -> W.Weighted:
    r = read_claim(c, SIDES, {})
    assert not isinstance(r, str), r
    return W.weigh(r, SIDES)


@pytest.mark.parametrize(
    ("kwargs", "rule", "value"),
    [
        ({"modality": "hedged"}, "hedged", W.HEDGED),
        ({"hedged": True}, "hedged", W.HEDGED),
        ({"modality": "reported"}, "reported", W.REPORTED),
        ({"modality": "background"}, "background", W.BACKGROUND),
        ({"modality": "intended"}, "unreal", 0.0),
        ({"modality": "predicted"}, "unreal", 0.0),
        ({"modality": "conditional"}, "unreal", 0.0),
    ],
)
def test_reconcile_weights_modality_rules(kwargs, rule, value):
    w = weight_of(
        claim("c1", "controls", "UA", "2025-03-01", speaker="Reuters", side="neutral", **kwargs)
    )
    assert [f.rule for f in w.factors] == [rule]
    assert w.weight == pytest.approx(value)


@pytest.mark.parametrize(
    ("type_", "actor", "speaker_side", "polarity", "rule"),
    [
        ("captured", "RU", "RU", "affirmed", "self_serving"),
        ("captured", "UA", "RU", "affirmed", "against_interest"),  # RU concedes UA's gain
        ("withdrew", "RU", "RU", "affirmed", "against_interest"),  # RU admits its own loss
        ("entered", "RU", "UA", "affirmed", "against_interest"),  # UA concedes a foothold
        ("captured", "RU", "UA", "negated", "self_serving"),  # UA denies RU's gain
        ("captured", "RU", "unknown", "affirmed", "unknown_source"),
    ],
)
def test_reconcile_weights_stance(type_, actor, speaker_side, polarity, rule):
    w = weight_of(
        claim(
            "c1",
            type_,
            actor,
            "2025-03-01",
            speaker="Someone",
            side=speaker_side,
            polarity=polarity,
        )
    )
    assert [f.rule for f in w.factors] == [rule]


def test_reconcile_weights_neutral_source_has_no_stance_factor():
    w = weight_of(claim("c1", "captured", "RU", "2025-03-01", speaker="AFP", side="neutral"))
    assert w.factors == ()
    assert w.weight == 1.0


def test_reconcile_weights_reported_concession_is_still_against_interest():
    # "DeepState said Russian columns got into the town": attributed speech, a concession
    w = weight_of(
        claim(
            "c1", "entered", "RU", "2025-03-01", speaker="DeepState", side="UA", modality="reported"
        )
    )
    assert [f.rule for f in w.factors] == ["reported", "against_interest"]
    assert w.weight == pytest.approx(W.REPORTED * W.AGAINST_INTEREST)


def test_reconcile_weights_background_concedes_nothing():
    # a Ukrainian outlet recalling the 2022 occupation is not conceding anything
    w = weight_of(
        claim(
            "c1",
            "controls",
            "RU",
            "2022-03",
            speaker="Kyiv Independent",
            side="UA",
            modality="background",
        )
    )
    assert [f.rule for f in w.factors] == ["background", "precision"]


@pytest.mark.parametrize(("day", "value"), [("2025-03-01", 1.0), ("2025-03", 0.7), ("2025", 0.3)])
def test_reconcile_weights_precision(day, value):
    w = weight_of(claim("c1", "controls", "UA", day, speaker="AFP", side="neutral"))
    assert w.weight == pytest.approx(value)


def test_reconcile_weights_hedged_weighs_less_than_asserted_in_the_timeline():
    claims = [
        claim("h", "controls", "RU", "2025-03-01", speaker="A", side="neutral", hedged=True),
        claim("a", "controls", "UA", "2025-03-01", speaker="B", side="neutral"),
    ]
    seg = build_timeline(claims, "Kupiansk").segments[0]
    assert str(seg.state) == "UA"
    assert seg.supporting == ("a",) and seg.contradicting == ("h",)
    assert "hedged" in seg.why


def test_reconcile_weights_syndicated_copy_counts_once():
    one = [claim("c1", "captured", "RU", "2025-03-01", speaker="TASS", side="RU", cluster="k1")]
    two = one + [
        claim("c2", "captured", "RU", "2025-03-01", speaker="RIA", side="RU", cluster="k1")
    ]
    a, b = build_timeline(one, "Kupiansk"), build_timeline(two, "Kupiansk")
    assert a.segments[0].confidence == b.segments[0].confidence
    assert "counted once with c1: same story cluster k1" in b.segments[0].why


def test_reconcile_weights_same_speaker_in_many_outlets_is_one_source():
    claims = [
        claim(
            f"c{i}", "captured", "RU", "2025-03-01", speaker="Vitaly Ganchev", side="RU", outlet=o
        )
        for i, o in enumerate(["TASS", "RIA", "Izvestia"])
    ]
    tl = build_timeline(claims, "Kupiansk")
    assert (
        tl.segments[0].confidence == build_timeline(claims[:1], "Kupiansk").segments[0].confidence
    )
    assert tl.segments[0].why.count("same speaker Vitaly Ganchev") == 2


def test_reconcile_weights_independent_sources_add_up():
    claims = [
        claim("c1", "captured", "RU", "2025-03-01", speaker="TASS", side="RU"),
        claim("c2", "captured", "RU", "2025-03-01", speaker="RIA", side="RU"),
    ]
    assert (
        build_timeline(claims, "Kupiansk").segments[0].confidence
        > build_timeline(claims[:1], "Kupiansk").segments[0].confidence
    )


def test_reconcile_weights_concession_outweighs_two_self_serving_claims():
    claims = [
        claim("ru1", "controls", "RU", "2025-06-01", speaker="Russian MoD", side="RU"),
        claim("ru2", "controls", "RU", "2025-06-01", speaker="Ganchev", side="RU"),
        # a Russian military blogger admits Russian forces left: against interest
        claim(
            "ru3", "withdrew", "RU", "2025-06-01", speaker="Russian military bloggers", side="RU"
        ),
    ]
    seg = build_timeline(claims, "Kupiansk").segments[0]
    assert str(seg.state) == "UA"
    assert seg.supporting == ("ru3",)
    assert set(seg.contradicting) == {"ru1", "ru2"}
    assert "against_interest" in seg.why


def test_reconcile_weights_cross_side_corroboration_is_assessed():
    claimed = [claim("c1", "controls", "UA", "2025-06-01", speaker="UA GS", side="UA")]
    assessed = claimed + [
        claim("c2", "controls", "UA", "2025-06-01", speaker="ISW", side="neutral")
    ]
    a = build_timeline(claimed, "Kupiansk").segments[0]
    b = build_timeline(assessed, "Kupiansk").segments[0]
    assert "; claimed;" in a.why and "; assessed;" in b.why
    assert "corroborated" in b.why and b.confidence > a.confidence


def test_reconcile_weights_unreal_claims_carry_no_weight():
    claims = [
        claim("c1", "controls", "UA", "2025-06-01", speaker="UA GS", side="UA"),
        claim(
            "c2", "captured", "RU", "2025-06-01", speaker="Putin", side="RU", modality="intended"
        ),
    ]
    tl = build_timeline(claims, "Kupiansk")
    assert [str(s.state) for s in tl.segments] == ["UA"]
    assert ("c2", "intended: carries no weight") in tl.ignored
    assert tl.contradictions == ()


def test_reconcile_weights_denying_ones_own_gain_is_no_concession():
    w = weight_of(
        claim("c1", "captured", "UA", "2025-03-01", speaker="UA GS", side="UA", polarity="negated")
    )
    assert w.factors == ()


def test_reconcile_weights_implied_holder_is_no_corroboration():
    # a neutral report of a Russian advance implies UA holds, but does not corroborate UA's claim
    claims = [
        claim("ua", "controls", "UA", "2025-06-01", speaker="UA GS", side="UA"),
        claim("adv", "advancing", "RU", "2025-06-01", speaker="ISW", side="neutral"),
    ]
    seg = build_timeline(claims, "Kupiansk").segments[0]
    assert str(seg.state) == "UA" and "; claimed;" in seg.why
    assert "corroborated" not in seg.why
