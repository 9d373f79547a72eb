"""The claim-tuple scorer on small hand-made gold and predicted sets."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.evaluate import format_report, gold_key, score, time_matches
from claimline.model import (
    Actor,
    Claim,
    ClaimType,
    Document,
    Evidence,
    Modality,
    PlaceKind,
    PlaceMention,
    Polarity,
    Precision,
    RemovedSpan,
    TimeInterval,
)

_DAY = TimeInterval(date(2024, 5, 10), date(2024, 5, 10))


def _gold(doc="d1", place="Kupiansk", ctype="captured", actor="RU", pol="affirmed", **kw):
    row = {
        "article_id": doc,
        "place": place,
        "place_canonical": place,
        "claim_type": ctype,
        "actor": actor,
        "polarity": pol,
        "event_date": "2024-05-10",
        "date_precision": "day",
        "source_side": "RU",
        "hedged": False,
        "evidence": "x",
    }
    row.update(kw)
    return row


def _claim(
    doc="d1",
    place="Kupiansk",
    ctype=ClaimType.CAPTURED,
    actor="RU",
    pol=Polarity.AFFIRMED,
    kind=PlaceKind.SETTLEMENT,
    modality=Modality.ASSERTED,
    side="RU",
    hedged=False,
    time=_DAY,
    evidence="Troops took it.",
):
    return Claim(
        id=f"{doc}{place}{ctype}{actor}{pol}",
        doc_id=doc,
        type=ctype,
        place=PlaceMention(place, 0, len(place), place.lower(), place, kind),
        evidence=Evidence(evidence, 0, len(evidence)),
        actor=actor,
        time=time,
        polarity=pol,
        modality=modality,
        hedged=hedged,
        speaker=Actor(name="s", side=side),
    )


def test_eval_scorer_perfect_match() -> None:
    report = score([_gold()], [_claim()])
    assert (report.tuples.tp, report.tuples.fp, report.tuples.fn) == (1, 0, 0)
    assert report.tuples.f1 == 1.0
    assert (
        report.time.value == 1.0
        and report.speaker_side.value == 1.0
        and report.hedging.value == 1.0
    )


@pytest.mark.parametrize(
    "gold_type, ours",
    [
        ("liberated", ClaimType.CAPTURED),
        ("lost", ClaimType.WITHDREW),
        ("advancing_toward", ClaimType.ADVANCING),
        ("repelled_attack", ClaimType.REPELLED),
        ("encircled/blockaded", ClaimType.ENCIRCLED),
        ("blockaded", ClaimType.ENCIRCLED),
    ],
)
def test_eval_scorer_type_words_map(gold_type: str, ours: ClaimType) -> None:
    assert score([_gold(ctype=gold_type)], [_claim(ctype=ours)]).tuples.tp == 1


def test_eval_scorer_denied_is_negated_and_polarity_counts() -> None:
    assert score([_gold(pol="denied")], [_claim(pol=Polarity.NEGATED)]).tuples.tp == 1
    report = score([_gold(pol="denied")], [_claim(pol=Polarity.AFFIRMED)])
    assert (report.tuples.tp, report.tuples.fp, report.tuples.fn) == (0, 1, 1)


def test_eval_scorer_contested_matches_either_actor() -> None:
    report = score(
        [_gold(ctype="contested", actor="UA")], [_claim(ctype=ClaimType.CONTESTED, actor="RU")]
    )
    assert report.tuples.tp == 1
    # other types need the actor
    assert score([_gold(actor="UA")], [_claim(actor="RU")]).tuples.tp == 0


def test_eval_scorer_leaves_out_unscored_claims() -> None:
    preds = [
        _claim(modality=Modality.INTENDED),
        _claim(place="Kharkiv Oblast", kind=PlaceKind.ADMIN_AREA),
        _claim(place="Kupiansk direction", kind=PlaceKind.SECTOR),
    ]
    report = score([_gold()], preds)
    assert (report.tuples.tp, report.tuples.fp, report.tuples.fn) == (0, 0, 1)
    assert report.predicted_claims == 3 and report.scored_claims == 0


def test_eval_scorer_unique_tuples_and_lists() -> None:
    gold = [_gold(), _gold(source_of_claim="other"), _gold(place="Izium")]
    preds = [_claim(), _claim(), _claim(place="Lyman")]
    report = score(gold, preds)
    assert (report.tuples.tp, report.tuples.fp, report.tuples.fn) == (1, 1, 1)
    assert report.tuples.precision == 0.5 and report.tuples.recall == 0.5
    assert [m["place"] for m in report.misses] == ["Izium"]
    assert [m["place"] for m in report.false_positives] == ["Lyman"]
    assert report.per_type["captured"].tp == 1
    assert "misses (1)" in format_report(report)


def test_eval_scorer_documents_outside_gold_are_ignored() -> None:
    report = score([_gold()], [_claim(), _claim(doc="other")])
    assert report.tuples.fp == 0


@pytest.mark.parametrize(
    "interval, gold_date, precision, ok",
    [
        (TimeInterval(date(2024, 5, 10), date(2024, 5, 10)), "2024-05-10", "day", True),
        (TimeInterval(date(2024, 5, 11), date(2024, 5, 11)), "2024-05-10", "day", False),
        (TimeInterval(date(2024, 5, 20), date(2024, 5, 20)), "2024-05", "month", True),
        (TimeInterval(date(2024, 6, 1), None, Precision.OPEN), "2024-05", "month", False),
        (TimeInterval(date(2022, 2, 24), None, Precision.OPEN), "2022-02", "month", True),
        (
            TimeInterval(date(2022, 9, 1), date(2022, 11, 30), Precision.SEASON),
            "2022",
            "year",
            True,
        ),
        (TimeInterval(None, None), "2022", "year", False),
        (None, "2022-05-01", "day", False),
    ],
)
def test_eval_scorer_time_at_gold_precision(interval, gold_date, precision, ok) -> None:  # type: ignore[no-untyped-def]
    assert time_matches(interval, gold_date, precision) is ok


def test_eval_scorer_speaker_side_and_hedge_mismatch() -> None:
    report = score([_gold(source_side="UA", hedged=True)], [_claim(side="RU", hedged=False)])
    assert report.speaker_side.value == 0.0 and report.hedging.value == 0.0


def test_eval_scorer_counts_claims_from_furniture() -> None:
    doc = Document(
        id="d1",
        content_hash="h",
        text="x",
        removed=(RemovedSpan(0, 30, "Related: Troops took it. More", "related"),),
    )
    report = score([_gold()], [_claim()], documents={"d1": doc})
    assert report.furniture_claims == 1


def test_eval_scorer_gold_key_shape() -> None:
    assert gold_key(_gold(ctype="contested", actor="UA")) == (
        "d1",
        "Kupiansk",
        "contested",
        "*",
        "affirmed",
    )
