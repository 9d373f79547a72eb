"""Agentless occupations and rebuttals that call a claim false: who claims what."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.ingest.dedup import content_hash
from claimline.ingest.segment import split_sentences
from claimline.model import Document
from claimline.nlp.claims import extract_claims


def _claims(text: str):
    doc = Document(
        id="t",
        content_hash=content_hash(text),
        text=text,
        published=date(2022, 10, 1),
        language="en",
        sentences=split_sentences(text),
    )
    return [(c.place.canonical, c.type.value, c.actor) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "The river port of Kherson had been held by Russian troops since March, when it was "
        "occupied in the first weeks of the invasion.",
        "Russian units held Kherson from early March, after it was occupied without a long battle.",
    ],
)
def test_claims_occupier_is_the_holder_the_sentence_names(text):
    found = _claims(text)
    assert ("Kherson", "captured", "RU") in found
    assert not any(actor == "UA" for _place, _type, actor in found)


@pytest.mark.parametrize(
    "rebuttal",
    [
        "Ukraine's army called the report false and said its soldiers still held the village.",
        "The Ukrainian command branded these claims propaganda.",
        "Ukrainian officials described it as a fabrication.",
        "Kyiv described it as a fabrication.",
        "Kyiv has rejected these claims.",
    ],
)
def test_claims_rebuttal_by_calling_the_claim_false(rebuttal):
    text = (
        "Russia's Defence Ministry said on Monday that its troops had captured Hryhorivka. "
        + rebuttal
    )
    doc = Document(
        id="t",
        content_hash=content_hash(text),
        text=text,
        published=date(2024, 3, 4),
        language="en",
        outlet="Example Wire",
        sentences=split_sentences(text),
    )
    found = {(c.type.value, c.actor, c.polarity.value) for c in extract_claims(doc)}
    assert ("captured", "RU", "affirmed") in found
    assert ("captured", "RU", "negated") in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a town cleared block by block is not blockaded
        ("Ukrainian marines cleared Krynky block by block, the navy said.", None, "encircled"),
        # "after weeks of fighting" dates the capture; it is no claim of fighting
        (
            "After months of fighting, Ukrainian troops captured Andriivka, officials said.",
            ("Andriivka", "captured", "UA"),
            "contested",
        ),
        # advancing *into* a place is being inside it
        (
            "Russian units advanced into eastern Krasnohorivka, the governor said.",
            ("Krasnohorivka", "entered", "RU"),
            "advancing",
        ),
        # advancing toward it is still an advance
        (
            "Russian units advanced toward Krasnohorivka, the governor said.",
            ("Krasnohorivka", "advancing", "RU"),
            "entered",
        ),
    ],
)
def test_claims_generic_words_do_not_make_claim_types(text, expected, absent):
    found = _claims(text)
    if expected is not None:
        assert expected in found
    assert all(kind != absent for _place, kind, _actor in found)


def test_claims_a_side_rebutting_the_claim_never_denies_its_own_gain():
    text = (
        "Russia's defence ministry claimed on Monday that its troops had taken full control of "
        "Lyman, the railway town that Ukraine recaptured in October 2022.\n\n"
        "Ukraine's army called the claim untrue and said its units still held the town."
    )
    doc = Document(
        id="t",
        content_hash=content_hash(text),
        text=text,
        published=date(2024, 3, 4),
        language="en",
        outlet="Example Wire",
        sentences=split_sentences(text),
    )
    found = {(c.type.value, c.actor, c.polarity.value) for c in extract_claims(doc)}
    assert ("captured", "RU", "negated") in found
    assert ("captured", "UA", "affirmed") in found  # the 2022 recapture, in the background
    assert ("captured", "UA", "negated") not in found
    (denial,) = [c for c in extract_claims(doc) if c.polarity.value == "negated"]
    assert denial.speaker.name == "Ukraine's army" and denial.speaker.side == "UA"
