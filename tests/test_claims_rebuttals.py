"""Rebuttals in a later sentence, and speakers written as "it" or by role only."""

from __future__ import annotations

import pytest
from _claims_helpers import claims_of, tuples

from claimline.model import Polarity


@pytest.mark.parametrize(
    "text",
    [
        "Russia said its troops had taken Izium. Kyiv dismissed the claims.",
        "Moscow said its forces had seized Lyman. Ukraine disputed the claim.",
        "Russian officials said Russian troops had captured Toretsk. "
        "The report could not be independently confirmed.\n\n"
        "The Ukrainian army rejected those reports.",
        "Российские военные взяли Покровск, заявили в Москве. Киев опроверг эти сообщения.",
    ],
)
def test_claims_rebuttals_later_sentence_negates_the_claim(text: str) -> None:
    found = tuples(claims_of(text))
    negated = {t for t in found if t[3] == "negated"}
    assert negated and all(t[2] == "RU" for t in negated)


def test_claims_rebuttals_named_place_limits_the_rebuttal() -> None:
    text = (
        "The Russian ministry said its forces had taken Izium and Lyman. "
        "Fighting went on near Bakhmut. "
        "The Ukrainian General Staff rejected the report about Lyman."
    )
    negated = {t[0] for t in tuples(claims_of(text)) if t[3] == "negated"}
    assert negated == {"Lyman"}


def test_claims_rebuttals_same_side_is_no_rebuttal() -> None:
    text = "Ukrainian forces entered Kupiansk, Kyiv said. Ukraine's army dismissed the reports."
    assert all(c.polarity is Polarity.AFFIRMED for c in claims_of(text))


def test_claims_rebuttals_unrelated_earlier_claim_untouched() -> None:
    text = (
        "Russian troops captured Avdiivka in February. "
        "Officials met in Geneva on Monday. "
        "A spokesman for Kyiv later dismissed the claims."
    )
    assert all(c.polarity is Polarity.AFFIRMED for c in claims_of(text))


def test_claims_rebuttals_it_said_is_the_body_not_the_person() -> None:
    text = (
        "Ukrainian troops entered Vovchansk, Oleksandr Syrskyi said on Monday. "
        "Russia's defence ministry did not comment on the report. "
        "It said its forces had repelled four attacks near Kupiansk."
    )
    found = claims_of(text)
    (rep,) = [c for c in found if c.place.canonical == "Kupiansk"]
    assert rep.actor == "RU" and rep.speaker is not None and rep.speaker.side == "RU"


def test_claims_rebuttals_role_only_body_takes_outlet_side() -> None:
    text = "Ukrainian units repelled six attacks near Pokrovsk, the General Staff said."
    (claim,) = claims_of(text, outlet="Ukrinform")
    assert claim.speaker is not None and claim.speaker.side == "UA"


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces entered Kupiansk, the ministry said. "
        "Reuters was unable to verify the statement.",
        "Ukrainian troops took Lyman, officials said. The wire could not independently verify "
        "the accounts of either side.\n\nFighting went on near Bakhmut, the army said.",
    ],
)
def test_claims_rebuttals_writer_hedges_apply(text: str) -> None:
    found = claims_of(text)
    assert found and all(c.hedged for c in found)


def test_claims_rebuttals_denied_nominal_capture_is_the_other_sides_negated() -> None:
    found = tuples(claims_of("Ukraine's army denied the capture of Toretsk on Tuesday."))
    assert found == {("Toretsk", "captured", "RU", "negated")}


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin has not confirmed the loss of Izium.",
        "Kyiv did not acknowledge the fall of Avdiivka, Reuters reported.",
    ],
)
def test_claims_rebuttals_unconfirmed_nominal_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


def test_claims_rebuttals_role_named_official_takes_one_sided_outlet() -> None:
    text = "Ukrainian troops entered Kupiansk, Deputy Interior Minister Petro Ivanenko said."
    (claim,) = claims_of(text, outlet="Ukrinform")
    assert claim.speaker is not None and claim.speaker.side == "UA"


def test_claims_rebuttals_role_named_official_in_a_wire_stays_unknown() -> None:
    text = "Troops entered Kupiansk, Deputy Interior Minister Petro Ivanenko said."
    found = claims_of(text, outlet="Reuters")
    assert all(c.speaker is None or c.speaker.side != "UA" for c in found)
