"""Claim types, voices and actors on the project's own sentences."""

from __future__ import annotations

import pytest
from _claims_helpers import claims_of, doc_of, tuples

from claimline.model import Modality
from claimline.nlp.claims import extract_claims, extraction_status


@pytest.mark.parametrize(
    "text, expected",
    [
        # captured: active, passive with agent, nominalisation, "fell to", framings
        ("Russian troops captured Toretsk on Monday.", ("Toretsk", "captured", "RU")),
        (
            "Vovchansk was seized by Russian forces after weeks of fighting.",
            ("Vovchansk", "captured", "RU"),
        ),
        (
            "The liberation of Izium by Ukrainian units was announced in the evening.",
            ("Izium", "captured", "UA"),
        ),
        ("Lyman fell to Ukrainian forces late on Saturday.", ("Lyman", "captured", "UA")),
        (
            "Ukrainian soldiers pushed Russian units out of Kupiansk.",
            ("Kupiansk", "captured", "UA"),
        ),
        ("Ukrainian troops retook Lyman after a short battle.", ("Lyman", "captured", "UA")),
        # entered
        ("Russian assault groups broke into Pokrovsk overnight.", ("Pokrovsk", "entered", "RU")),
        ("Ukrainian units have entered Lyman.", ("Lyman", "entered", "UA")),
        # controls, including the "hands" and "under control" phrases
        ("Ukrainian forces still control Kupiansk.", ("Kupiansk", "controls", "UA")),
        ("By evening Avdiivka was in Russian hands.", ("Avdiivka", "controls", "RU")),
        # encircled: the actor is the encircler, also in the passive
        (
            "Russian forces have surrounded Avdiivka on three sides.",
            ("Avdiivka", "encircled", "RU"),
        ),
        ("Ukrainian units were encircled in Pokrovsk.", ("Pokrovsk", "encircled", "RU")),
        # advancing
        ("Russian troops are advancing toward Pokrovsk.", ("Pokrovsk", "advancing", "RU")),
        # withdrew: active and "vacated by"
        ("Ukrainian forces withdrew from Avdiivka overnight.", ("Avdiivka", "withdrew", "UA")),
        ("Lyman was vacated by the Russian garrison.", ("Lyman", "withdrew", "RU")),
        # repelled: the actor is the defender
        (
            "Ukrainian defenders repelled a Russian assault on Kupiansk.",
            ("Kupiansk", "repelled", "UA"),
        ),
        ("Russian attacks near Vovchansk were repelled.", ("Vovchansk", "repelled", "UA")),
    ],
)
def test_claims_types_each_type_and_voice(text: str, expected: tuple[str, str, str]) -> None:
    found = tuples(claims_of(text))
    assert (*expected, "affirmed") in found, found


def test_claims_types_contested_has_no_side_needed() -> None:
    found = claims_of("Heavy fighting continues in Bakhmut, the army said.")
    assert [c.type.value for c in found] == ["contested"]


def test_claims_types_two_claims_in_one_sentence() -> None:
    found = tuples(
        claims_of("Ukrainian troops withdrew from Lyman and Russian forces entered the town.")
    )
    assert ("Lyman", "withdrew", "UA", "affirmed") in found
    assert ("Lyman", "entered", "RU", "affirmed") in found


def test_claims_types_two_places_share_a_trigger() -> None:
    found = tuples(claims_of("Russian forces captured Toretsk and Vovchansk this week."))
    assert {
        ("Toretsk", "captured", "RU", "affirmed"),
        ("Vovchansk", "captured", "RU", "affirmed"),
    } <= found


def test_claims_types_the_town_resolves_to_last_settlement() -> None:
    text = "Pokrovsk lies on a key road. Russian troops entered the town on Friday."
    found = claims_of(text)
    assert [(c.place.canonical, c.place.text) for c in found] == [("Pokrovsk", "the town")]


def test_claims_types_headline_line_gives_no_claim() -> None:
    text = (
        "Russians capture Toretsk in surprise move\n\n"
        "Officials met in the capital to discuss Toretsk."
    )
    assert claims_of(text) == []


def test_claims_types_nationality_word_is_not_the_actor_rule() -> None:
    # The nearest nationality word ("Russian") is not the actor of the capture.
    found = tuples(claims_of("Ukrainian troops recaptured Izium despite Russian shelling."))
    assert ("Izium", "captured", "UA", "affirmed") in found


def test_claims_types_evidence_offsets_point_into_clean_text() -> None:
    text = "Intro line here. Russian troops captured Toretsk on Monday."
    (claim,) = claims_of(text)
    assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    assert "captured Toretsk" in claim.evidence.text
    assert len(claim.id) == 16


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Российские войска взяли Купянск, сообщило министерство.",
            "ru",
            ("Kupiansk", "captured", "RU"),
        ),
        ("ЗСУ звільнили Куп'янськ від окупантів.", "uk", ("Kupiansk", "captured", "UA")),
        ("Российские подразделения окружили Покровск.", "ru", ("Pokrovsk", "encircled", "RU")),
        ("Українські війська відійшли з Куп'янська.", "uk", ("Kupiansk", "withdrew", "UA")),
    ],
)
def test_claims_types_cyrillic_lexicon(
    text: str, language: str, expected: tuple[str, str, str]
) -> None:
    found = tuples(claims_of(text, language=language))
    assert (*expected, "affirmed") in found, found


def test_claims_types_unsupported_language_is_skipped_with_reason() -> None:
    doc = doc_of("Las tropas rusas tomaron Kupiansk.", language="es")
    assert extraction_status(doc) == "skipped: language es not supported"
    assert extract_claims(doc, places=[]) == []


def test_claims_types_intended_claim_kept_with_modality() -> None:
    found = claims_of('"We will liberate Kupiansk," a Ukrainian commander said.')
    assert found and all(c.modality is Modality.INTENDED for c in found)


def test_claims_types_cyrillic_passive_freed_from_the_other_side() -> None:
    text = "Військові заявили, що Куп'янськ звільнено від російських загарбників."
    assert ("Kupiansk", "captured", "UA", "affirmed") in tuples(claims_of(text, language="uk"))


def test_claims_types_cyrillic_order_is_an_intention() -> None:
    text = "Командующий приказал вывести войска из Покровска."
    found = claims_of(text, language="ru", outlet="TASS")
    assert found and all(c.modality is Modality.INTENDED for c in found)


def test_claims_types_cyrillic_pronoun_refers_to_last_town() -> None:
    text = "Куп'янськ має значення для логістики. Його окупували у перші дні війни."
    found = tuples(claims_of(text, language="uk", outlet="The Kyiv Independent"))
    assert ("Kupiansk", "captured", "RU", "affirmed") in found


def test_claims_types_dateline_does_not_mislead_the_parse() -> None:
    found = tuples(claims_of("Izium, Ukraine: Moscow said on Friday its troops had seized Lyman."))
    assert ("Lyman", "captured", "RU", "affirmed") in found
    assert not any(place == "Izium" for place, *_ in found)
