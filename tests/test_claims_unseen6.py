"""General rules found reading eval/blind6's misses (each tested on the project's own
sentences): denials appended to a place phrase, "where" clauses, civilians who come
and go, and a refusal that negates its complement."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_rows


@pytest.mark.parametrize(
    "text",
    [
        "Russian officials said their troops had seized the village of Tarasivka in the "
        "Donetsk region, a claim the Ukrainian army quickly denied.",
        "Moscow said it had taken the town of Kalynivka in eastern Ukraine, a claim "
        "Kyiv's General Staff flatly rejected.",
    ],
)
def test_a_denial_appended_to_the_place_phrase(text: str) -> None:
    rows = gazetteer_rows(text)
    assert any(r[1] == "captured" and r[2] == "RU" and r[3] == "negated" for r in rows), rows
    assert any(r[1] == "captured" and r[2] == "RU" and r[3] == "affirmed" for r in rows), rows


def test_a_claim_nobody_disputed_is_no_denial() -> None:
    text = (
        "Russian officials said their troops had seized Kalynivka, a claim Kyiv did "
        "not contest at the time."
    )
    rows = gazetteer_rows(text)
    assert ("Kalynivka", "captured", "RU", "affirmed") in rows
    assert not any(r[3] == "negated" for r in rows)


def test_a_denial_after_a_city_named_near_a_repelled_advance_is_not_the_repulse() -> None:
    text = (
        "The general visited soldiers holding back Russian attacks near Kalynivka, a "
        "town Moscow said it had captured in May — a claim Kyiv rejects."
    )
    rows = gazetteer_rows(text)
    assert not any(r[1] == "repelled" and r[3] == "negated" for r in rows), rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The governor said clashes went on in Kalynivka, a few kilometres to the "
            "north, where Russian soldiers held the eastern streets.",
            ("Kalynivka", "controls", "RU", "affirmed"),
        ),
        (
            "Fighting was reported around Tarasivka, where Ukrainian units held a "
            "school and the grain elevator.",
            ("Tarasivka", "controls", "UA", "affirmed"),
        ),
    ],
)
def test_where_stands_for_the_place_before_it(text: str, row) -> None:  # type: ignore[no-untyped-def]
    assert row in gazetteer_rows(text)


def test_where_after_a_grey_zone_is_no_place_of_its_own() -> None:
    text = "An official said Tarasivka was now a buffer area where neither army had a firm hold."
    rows = gazetteer_rows(text)
    assert not any(r[1] == "controls" and r[3] == "negated" for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "Eleven residents who had refused to leave Kalynivka were taken out by "
        "volunteers on Friday, a Russian official said.",
        "Several families have returned to Tarasivka since the summer, a Russian spokesman said.",
        "Most villagers left Kalynivka in March, the Russian-installed governor said.",
    ],
)
def test_civilians_coming_and_going_make_no_claim(text: str) -> None:
    rows = gazetteer_rows(text)
    assert not any(r[1] in ("withdrew", "entered") for r in rows), rows


def test_forces_leaving_still_withdraw() -> None:
    rows = gazetteer_rows("Ukrainian troops left Kalynivka on Tuesday, the army said.")
    assert ("Kalynivka", "withdrew", "UA", "affirmed") in rows


def test_refusing_to_withdraw_negates_the_withdrawal() -> None:
    rows = gazetteer_rows(
        "Ukrainian troops refused to withdraw from Kalynivka despite heavy shelling."
    )
    assert ("Kalynivka", "withdrew", "UA", "negated") in rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            '"There is not a single Russian soldier in Tarasivka," the Ukrainian governor '
            "wrote on Telegram.",
            ("Tarasivka", "entered", "RU", "negated"),
        ),
        (
            "There are no Ukrainian troops left in Kalynivka, the Russian ministry said.",
            ("Kalynivka", "entered", "UA", "negated"),
        ),
        (
            "There are still Russian soldiers in Kalynivka, the mayor said.",
            ("Kalynivka", "entered", "RU", "affirmed"),
        ),
    ],
)
def test_there_are_troops_in_a_place(text: str, row) -> None:  # type: ignore[no-untyped-def]
    assert row in gazetteer_rows(text)


@pytest.mark.parametrize(
    "second",
    [
        'A Ukrainian army spokesman told reporters that the Russian statement was "not true".',
        "A Ukrainian spokesman described the Russian announcement as premature.",
        "Kyiv's military wrote that the latest Russian claims were fiction.",
    ],
)
def test_rebuttal_sentences_deny_the_claim_before(second: str) -> None:
    text = "Russian officials said on Monday their troops had captured Kalynivka. " + second
    assert ("Kalynivka", "captured", "RU", "negated") in gazetteer_rows(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The mayor said a Russian assault group had tried to break into Kalynivka "
            "on Monday and had been destroyed.",
            "UA",
        ),
        (
            "Ukrainian units tried to enter Tarasivka but were stopped near the bridge, "
            "the Russian ministry said.",
            "RU",
        ),
    ],
)
def test_an_attempt_whose_attackers_were_destroyed_is_repelled(text: str, actor: str) -> None:
    rows = gazetteer_rows(text)
    place = "Kalynivka" if "Kalynivka" in text else "Tarasivka"
    assert (place, "repelled", actor, "affirmed") in rows


def test_a_destroyed_bridge_is_no_repulse() -> None:
    assert not gazetteer_rows("Russian forces destroyed a bridge in Kalynivka on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Drivers said they could not say who held the market in Kalynivka.",
        "It is unclear which side controls Kalynivka, the Russian analysts said.",
    ],
)
def test_a_question_of_who_holds_is_no_claim(text: str) -> None:
    assert not any(r[1] == "controls" for r in gazetteer_rows(text))


def test_who_in_a_relative_clause_still_holds() -> None:
    rows = gazetteer_rows("Ukrainian troops, who now hold Kalynivka, repelled an attack.")
    assert ("Kalynivka", "controls", "UA", "affirmed") in rows


@pytest.mark.parametrize(
    "text",
    [
        "Kalynivka is still only a few kilometres from the Ukrainian lines, Russian analysts note.",
        "Tarasivka lies 5 km from the front, the Russian ministry said.",
    ],
)
def test_where_a_place_lies_is_no_advance(text: str) -> None:
    assert not any(r[1] == "advancing" for r in gazetteer_rows(text))


def test_forces_a_few_kilometres_from_a_place_advance() -> None:
    rows = gazetteer_rows("Russian troops are now a few kilometres from Kalynivka.")
    assert ("Kalynivka", "advancing", "RU", "affirmed") in rows


def test_their_control_is_the_side_named_before_it() -> None:
    text = (
        "Analysts said Russian troops had entered Kalynivka and dug in on its eastern "
        "edge, but that the village was not under their full control."
    )
    rows = gazetteer_rows(text)
    assert ("Kalynivka", "controls", "RU", "negated") in rows
    assert not any(r[1] == "controls" and r[2] == "UA" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Russian officials said they had retaken Kalynivka, one of the last villages "
        "held by Ukrainian troops near the border.",
        "Kalynivka, one of the few towns still held by Ukrainian forces in the area, was "
        "shelled overnight.",
    ],
)
def test_one_of_the_places_held_by(text: str) -> None:
    assert ("Kalynivka", "controls", "UA", "affirmed") in gazetteer_rows(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The village of Kalynivka now lies on the Russian side of the front line.", "RU"),
        ("Tarasivka is well behind Ukrainian lines, the analysts said.", "UA"),
    ],
)
def test_a_place_on_one_side_of_the_line(text: str, actor: str) -> None:
    rows = gazetteer_rows(text)
    assert any(r[1] == "controls" and r[2] == actor for r in rows), rows


def test_a_reporter_on_one_side_of_the_front_claims_nothing() -> None:
    assert not gazetteer_rows(
        "Our reporter stood on the Ukrainian side of the front near Kalynivka."
    )


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("A spokesman for Ukraine's 3rd Army Corps", "UA"),
        ("the Ukrainian 3rd Army Corps", "UA"),
        ("Russia's 3rd Army Corps", "RU"),
    ],
)
def test_a_numbered_unit_takes_the_side_written_before_it(phrase: str, side: str) -> None:
    from claimline.nlp import attribution

    assert attribution.resolve(phrase, None).side == side


@pytest.mark.parametrize(
    "second",
    [
        "A spokesman for Ukraine's southern forces, speaking by phone, described the "
        "Russian statement as premature.",
        "Ukraine's General Staff dismissed the report and said the village was still held.",
    ],
)
def test_the_rebutter_before_its_verb_speaks_the_denial(second: str) -> None:
    from _claims_helpers import gazetteer_claims

    text = "Russian officials said on Monday their troops had captured Kalynivka. " + second
    denials = [c for c in gazetteer_claims(text) if c.polarity.value == "negated"]
    assert denials and all(c.speaker is not None and c.speaker.side == "UA" for c in denials)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Ivan Petrenko, a spokesman for the eastern forces, told television that the "
            "line held.",
            "Ivan Petrenko, a spokesman for the eastern forces",
        ),
        (
            "The head of the district council, Olha Marchenko, said the road was cut.",
            "The head of the district council, Olha Marchenko",
        ),
        (
            "Further south, Ivan Petrenko, an army spokesman, said the line held.",
            "Ivan Petrenko, an army spokesman",
        ),
    ],
)
def test_a_name_and_its_role_between_commas_is_one_speaker(sentence: str, phrase: str) -> None:
    from claimline.nlp.claim_speakers import SpeakerTrack

    assert SpeakerTrack._explicit_phrase(sentence) == phrase


def test_he_after_an_apposed_speaker_is_that_speaker() -> None:
    from _claims_helpers import gazetteer_claims

    text = (
        "Russia said it had captured Kalynivka. Ivan Petrenko, a Ukrainian army "
        "spokesman, told television that the village remained under Ukrainian control. "
        '"The enemy tried to storm Kalynivka three times and each time it was thrown '
        'back," he said.'
    )
    repelled = [c for c in gazetteer_claims(text) if c.type.value == "repelled"]
    assert repelled and all(c.speaker is not None and c.speaker.side == "UA" for c in repelled)
    assert all(c.actor == "UA" for c in repelled)


def test_a_past_tense_verb_the_parser_took_for_a_noun_is_read_as_a_verb() -> None:
    from claimline.nlp import parse

    doc = parse.parse_many(["The army retook Dinder in late October."])[0]
    retook = next(t for t in doc if t.lower_ == "retook")
    assert retook.pos_ == "VERB"
    seized = parse.parse_many(["The seized documents were shown to reporters."])[0]
    assert next(t for t in seized if t.lower_ == "seized").dep_ == "amod"


@pytest.mark.parametrize(
    "text",
    [
        "Russian assault groups reached the southern outskirts of Kalynivka on Monday.",
        "Fighting went on for Tarasivka, where Russian units had reached the western outskirts.",
    ],
)
def test_reaching_the_outskirts_is_an_entry(text: str) -> None:
    rows = gazetteer_rows(text)
    assert any(r[1] == "entered" and r[2] == "RU" for r in rows), rows


def test_fighting_on_the_outskirts_is_no_entry() -> None:
    rows = gazetteer_rows("Russian troops were on the outskirts of Kalynivka on Monday.")
    assert not any(r[1] == "entered" for r in rows), rows


def test_the_city_after_a_region_named_for_its_centre_is_the_centre() -> None:
    rows = gazetteer_rows(
        "Chernihiv's regional governor said on Monday that Russian troops had pulled "
        "back from the city after a month-long siege."
    )
    assert ("Chernihiv", "withdrew", "RU", "affirmed") in rows


def test_a_village_after_a_region_is_not_its_centre() -> None:
    rows = gazetteer_rows(
        "Chernihiv's regional governor said Russian troops had pulled back from the village."
    )
    assert not any(r[0] == "Chernihiv" for r in rows)
