"""Polarity and modality: negation scope, denials, hedges, intentions, background."""

from __future__ import annotations

from datetime import date

import pytest
from _claims_helpers import claims_of, tuples

from claimline.model import Modality, Polarity


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops failed to enter Pokrovsk.",
        "Russian units did not manage to push into Vovchansk.",
        "Russian forces did not capture Toretsk, the brigade said.",
    ],
)
def test_modality_negation_on_the_trigger(text: str) -> None:
    found = claims_of(text)
    assert found and all(c.polarity is Polarity.NEGATED for c in found)


def test_modality_stray_not_does_not_flip() -> None:
    found = claims_of("Russian forces captured Toretsk, although losses were not disclosed.")
    assert ("Toretsk", "captured", "RU", "affirmed") in tuples(found)
    assert all(c.polarity is Polarity.AFFIRMED for c in found)


def test_modality_denial_in_next_sentence_is_attributed_to_denier() -> None:
    text = "Moscow claimed that its forces had captured Kupiansk. Kyiv said this is false."
    found = claims_of(text)
    assert ("Kupiansk", "captured", "RU", "affirmed") in tuples(found)
    denials = [c for c in found if c.polarity is Polarity.NEGATED]
    assert denials and denials[0].actor == "RU"
    assert denials[0].denies and "captured by RU" in denials[0].denies
    assert denials[0].speaker is not None and denials[0].speaker.side == "UA"


def test_modality_rejected_claim_gives_claim_and_denial() -> None:
    found = claims_of(
        "The Ukrainian military rejected Russia's claim that Russian units had entered Vovchansk."
    )
    pols = {
        (c.type.value, c.actor, c.polarity.value, c.speaker.side if c.speaker else None)
        for c in found
    }
    assert ("entered", "RU", "affirmed", "RU") in pols
    assert ("entered", "RU", "negated", "UA") in pols


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces reportedly entered Avdiivka.",
        "Russian forces have allegedly captured Toretsk.",
        "Unconfirmed reports say Russian troops entered Vovchansk.",
        "Footage would show Ukrainian soldiers inside Kupiansk.",
        "Russia claimed to have taken Toretsk.",
    ],
)
def test_modality_hedges(text: str) -> None:
    found = claims_of(text)
    assert found and all(c.hedged for c in found)


def test_modality_plain_attribution_is_not_a_hedge() -> None:
    (claim,) = claims_of("The General Staff said Ukrainian troops had entered Izium.")
    assert not claim.hedged
    assert claim.modality is Modality.REPORTED


def test_modality_follow_up_sentence_hedges() -> None:
    text = (
        "The ministry said Russian troops captured Toretsk. "
        "The claim could not be independently verified."
    )
    found = [c for c in claims_of(text) if c.polarity is Polarity.AFFIRMED]
    assert found and all(c.hedged for c in found)


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Russian commanders plan to take Pokrovsk by the summer.", Modality.INTENDED),
        ("Kyiv aims to retake Toretsk.", Modality.INTENDED),
        (
            "If the command decides, Ukrainian troops will withdraw from Avdiivka.",
            Modality.CONDITIONAL,
        ),
        ("Analysts say Ukrainian forces could soon withdraw from Avdiivka.", Modality.PREDICTED),
    ],
)
def test_modality_forward_looking(text: str, modality: Modality) -> None:
    found = claims_of(text)
    assert found and found[0].modality is modality


def test_modality_background_past_perfect_state() -> None:
    text = "Lyman had been held by Russian forces since April."
    found = claims_of(text, published=date(2022, 9, 12))
    assert found and found[0].modality is Modality.BACKGROUND


def test_modality_background_old_interval() -> None:
    text = "Ukrainian troops liberated Izium in September 2022."
    found = claims_of(text, published=date(2024, 11, 1))
    assert found and found[0].modality is Modality.BACKGROUND


def test_modality_negated_encirclement_denied_by_the_encircled() -> None:
    text = "Avdiivka is neither surrounded nor cut off, the Ukrainian General Staff said."
    found = claims_of(text)
    assert ("Avdiivka", "encircled", "RU", "negated") in tuples(found)


def test_modality_named_report_is_attribution_not_hedge() -> None:
    (claim,) = claims_of("Russian troops entered Toretsk, the report said.")
    assert not claim.hedged
    found = claims_of("Media reports say Russian troops entered Toretsk.")
    assert found and all(c.hedged for c in found)


def test_modality_other_party_silence_is_no_hedge() -> None:
    text = "The ministry said Russian troops captured Toretsk. Kyiv did not confirm it."
    found = [c for c in claims_of(text) if c.polarity is Polarity.AFFIRMED]
    assert found and not any(c.hedged for c in found)
