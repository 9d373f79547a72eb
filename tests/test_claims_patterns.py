"""General patterns the engine resolves: copulas, relative clauses, pronouns, parts."""

from __future__ import annotations

from _claims_helpers import claims_of, tuples

from claimline.model import ClaimType, Polarity


def test_claims_patterns_copula_subject_is_the_place() -> None:
    found = tuples(
        claims_of("Vovchansk is now largely under Russian control, officials in Kyiv said.")
    )
    assert ("Vovchansk", "controls", "RU", "affirmed") in found


def test_claims_patterns_relative_clause_modifies_the_place() -> None:
    text = (
        "Partisans from Izium are active around Bakhmut, "
        "which has remained under Russian rule for years."
    )
    found = tuples(claims_of(text))
    assert ("Bakhmut", "controls", "RU", "affirmed") in found
    assert ("Izium", "controls", "RU", "affirmed") not in found


def test_claims_patterns_pronoun_it_is_the_last_settlement() -> None:
    text = "Lyman is a railway hub. In May it fell to Russian forces after a long siege."
    assert ("Lyman", "captured", "RU", "affirmed") in tuples(claims_of(text))


def test_claims_patterns_occupy_as_event_and_as_state() -> None:
    event = claims_of("Toretsk was occupied by Russian troops in the first week.")
    assert [c.type for c in event] == [ClaimType.CAPTURED]
    state = claims_of("Ukrainian drones struck a depot in occupied Toretsk.")
    assert [(c.type, c.actor) for c in state] == [(ClaimType.CONTROLS, "RU")]


def test_claims_patterns_partial_capture_is_partial_control() -> None:
    (claim,) = claims_of("Russian forces have taken half of Pokrovsk, the ministry said.")
    assert claim.type is ClaimType.CONTROLS and claim.extent and "half" in claim.extent


def test_claims_patterns_place_as_government_is_not_a_place() -> None:
    text = "Kupiansk is quiet. Kyiv said Ukrainian forces had entered the town."
    found = claims_of(text)
    assert {c.place.canonical for c in found} == {"Kupiansk"}


def test_claims_patterns_no_longer_negates() -> None:
    (claim,) = claims_of("Russian troops no longer hold Kupiansk, the brigade said.")
    assert claim.polarity is Polarity.NEGATED and claim.type is ClaimType.CONTROLS


def test_claims_patterns_took_control_is_a_capture() -> None:
    found = claims_of("Ukrainian units took full control of Izium on Sunday.")
    assert [(c.type, c.actor) for c in found] == [(ClaimType.CAPTURED, "UA")]


def test_claims_patterns_nested_place_describes_the_subject() -> None:
    text = "Vovchansk, 20 km north of occupied Izium, has held out for weeks."
    found = tuples(claims_of(text, outlet="The Kyiv Independent"))
    assert ("Vovchansk", "controls", "UA", "affirmed") in found
    assert ("Izium", "controls", "RU", "affirmed") in found
    assert ("Izium", "controls", "UA", "affirmed") not in found


def test_claims_patterns_which_antecedent_is_the_place_before_it() -> None:
    text = (
        "Kyiv's brigades are now approaching Lyman, home to 20,000 residents "
        "and which has stayed under Russian control."
    )
    assert ("Lyman", "controls", "RU", "affirmed") in tuples(claims_of(text))


def test_claims_patterns_repelled_attack_is_one_claim() -> None:
    found = claims_of("Ukrainian defenders repelled a Russian assault on Vovchansk overnight.")
    assert [(c.type, c.actor) for c in found] == [(ClaimType.REPELLED, "UA")]


def test_claims_patterns_forces_encircled_where_the_main_clause_is() -> None:
    text = (
        "Ukrainian forces entered Lyman on Saturday, having encircled several Russian battalions."
    )
    found = tuples(claims_of(text))
    assert ("Lyman", "entered", "UA", "affirmed") in found
    assert ("Lyman", "encircled", "UA", "affirmed") in found


def test_claims_patterns_effort_verbs_do_not_defer_fighting() -> None:
    found = claims_of("Ukrainian troops are struggling to stabilise their positions in Toretsk.")
    assert [c.type for c in found] == [ClaimType.CONTESTED]
    assert found[0].modality.value not in ("intended", "predicted", "conditional")


def test_claims_patterns_qualified_predicate_noun_is_about_the_subject() -> None:
    text = "Avdiivka is among the last Ukrainian-held towns in the area."
    assert ("Avdiivka", "controls", "UA", "affirmed") in tuples(claims_of(text))


def test_claims_patterns_forces_located_by_a_participle() -> None:
    text = "The command decided on Monday to withdraw the Russian units stationed in Lyman."
    found = {(c.place.canonical, c.type.value, c.actor) for c in claims_of(text)}
    assert ("Lyman", "withdrew", "RU") in found
