"""Actor and speaker side resolution with the default (Russia–Ukraine) profile.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from claimline.nlp.actors import find_actors, find_outlet, outlet_side, side_of_phrase
from claimline.nlp.speaker_sides import clean_phrase, resolve_speaker
from claimline.profiles import load_profile


@pytest.fixture(scope="module")
def profile():
    return load_profile("ru_ua")


# --- speakers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "side", "kind", "canonical"),
    [
        # officials: full name, surname, variants and misspellings
        (
            "Viktor Trehubov, the spokesman of Ukraine's Khortytsia group",
            "UA",
            "person",
            "Viktor Trehubov",
        ),
        ("Tregubov", "UA", "person", "Viktor Trehubov"),
        (
            "Vitaly Ganchev, the Russian-installed head of the region",
            "RU",
            "person",
            "Vitaly Ganchev",
        ),
        ("Gahev", "RU", "person", "Vitaly Ganchev"),
        ("Hanchev", "RU", "person", "Vitaly Ganchev"),
        ("Oleksandr Syrsky", "UA", "person", "Oleksandr Syrskyi"),
        ("General Syrskiy", "UA", "person", "Oleksandr Syrskyi"),
        ("commander-in-chief Syrskyy", "UA", "person", "Oleksandr Syrskyi"),  # fuzzy
        ("President Zelenskyy", "UA", "person", "Volodymyr Zelensky"),
        ("Putin", "RU", "person", "Vladimir Putin"),
        ("Kremlin spokesman Dmitry Peskov", "RU", "person", "Dmitry Peskov"),
        ("Lieutenant General Igor Konashenkov", "RU", "person", "Igor Konashenkov"),
        ("Denis Pushilin, the Moscow-backed leader", "RU", "person", "Denis Pushilin"),
        ("Oleh Syniehubov", "UA", "person", "Oleh Syniehubov"),
        ("Serhiy Lysak, head of the regional administration", "UA", "person", "Serhiy Lysak"),
        ("Синєгубов", "UA", "person", "Oleh Syniehubov"),
        ("Сырского", "UA", "person", "Oleksandr Syrskyi"),  # Russian genitive
        ("Путина", "RU", "person", "Vladimir Putin"),
        # state bodies
        ("Russia's Defence Ministry", "RU", "body", "Russian Ministry of Defence"),
        ("the Russian Defense Ministry", "RU", "body", "Russian Ministry of Defence"),
        ("Ukraine's General Staff", "UA", "body", "Ukrainian General Staff"),
        (
            "the General Staff of the Armed Forces of Ukraine",
            "UA",
            "body",
            "Ukrainian General Staff",
        ),
        ("Генштаб ЗСУ", "UA", "body", "Ukrainian General Staff"),
        ("Минобороны России", "RU", "body", "Russian Ministry of Defence"),
        ("the SBU", "UA", "body", "Security Service of Ukraine"),
        ("the Kremlin", "RU", "body", "Kremlin"),
        ("the Kremlin-installed administration", "RU", "body", "Russian-installed administration"),
        ("ISW", "neutral", "body", "Institute for the Study of War"),
        # outlets and OSINT
        ("TASS", "RU", "media", "TASS"),
        ("Ukrinform", "UA", "media", "Ukrinform"),
        ("Reuters", "neutral", "media", "Reuters"),
        ("DeepState", "UA", "osint", "DeepState"),
        ("the Rybar channel", "RU", "osint", "Rybar"),
        # units
        ("the 92nd Mechanized Brigade", "UA", "unit", "92nd Separate Assault Brigade"),
        ("the 'West' group of forces", "RU", "unit", "West group of forces"),
        ("the Zapad grouping", "RU", "unit", "West group of forces"),
        ("Azov", "UA", "unit", "12th Special Purpose Brigade Azov"),
        ("Kraken", "UA", "unit", "Kraken"),
        ("the 3rd Assault Brigade", "UA", "unit", "3rd Assault Brigade"),
        # capitals standing for governments
        ("Kyiv", "UA", "state", "Ukraine"),
        ("Moscow", "RU", "state", "Russia"),
    ],
)
def test_actors_speaker_side(profile, phrase, side, kind, canonical):
    actor = resolve_speaker(phrase, profile=profile)
    assert (actor.side, actor.kind) == (side, kind)
    assert actor.canonical == canonical


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("Russian military bloggers", "RU"),
        ("pro-Kremlin war correspondents", "RU"),
        ("milbloggers", "RU"),
        ("a source within the Ukrainian command", "UA"),
        ("the Russian-installed authorities", "RU"),
        ("occupation authorities", "RU"),
        ("Ukrainian officials", "UA"),
        ("a Ukrainian soldier on the front line", "UA"),
        ("analysts", "neutral"),
        ("military experts", "neutral"),
        ("Western officials", "neutral"),
        ("Ukrainian analysts", "UA"),  # a side word outranks a neutral generic
        ("local residents", "unknown"),
        ("videos posted on social networks", "unknown"),
        ("an anonymous Telegram channel", "unknown"),
        ("a Russian Telegram channel", "RU"),
        ("a VGTRK correspondent", "RU"),  # the outlet decides when nothing else does
        ("a Reuters reporter", "neutral"),
        ("the General Staff", "unknown"),  # no side word: not guessed
        ("someone", "unknown"),
        ("", "unknown"),
        ("the anti-Kremlin outlet Meduza", "neutral"),
    ],
)
def test_actors_generic_speaker_side(profile, phrase, side):
    assert resolve_speaker(phrase, profile=profile).side == side


def test_actors_speaker_person_outranks_outlet(profile):
    actor = resolve_speaker("Vitaly Ganchev, speaking to RIA Novosti", profile=profile)
    assert actor.canonical == "Vitaly Ganchev"
    assert actor.role and "Kharkiv" in actor.role


def test_actors_speaker_keeps_unnamed_phrase(profile):
    actor = resolve_speaker("a spokesman for the Russian-installed administration", profile=profile)
    assert actor.side == "RU"
    assert actor.name == "a spokesman for the Russian-installed administration"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("according to Ukraine's General Staff,", "Ukraine's General Staff"),
        ("  (citing TASS) ", "TASS"),
    ],
)
def test_actors_clean_phrase(raw, clean):
    assert clean_phrase(raw) == clean


# --- side_of_phrase ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("Ukrainian forces", "UA"),
        ("Ukrainian troops", "UA"),
        ("Moscow's troops", "RU"),
        ("Russia's army", "RU"),
        ("Kyiv's forces", "UA"),
        ("the Russians", "RU"),
        ("the Ukrainians", "UA"),
        ("the 92nd Mechanized Brigade", "UA"),
        ("Ukraine's 59th Brigade", "UA"),  # unit pattern + side word
        ("the Russian 20th brigade", "RU"),
        ("the 20th Combined Arms Army", "RU"),  # a Russian-only unit type
        ("Wagner fighters", "RU"),
        ("DPR militia", "RU"),
        ("Kadyrovites", "RU"),
        ("the AFU", "UA"),
        ("ЗСУ", "UA"),
        ("ВСУ", "UA"),
        ("российские войска", "RU"),
        ("украинские военные", "UA"),
        ("українські військові", "UA"),
        ("окупанти", "RU"),
        ("Сили оборони", "UA"),
        ("войска России", "RU"),
        ("the 41st Brigade", None),  # a unit nobody can place
        ("the town council", None),
        ("Kupiansk", None),
    ],
)
def test_actors_side_of_phrase(profile, phrase, side):
    assert side_of_phrase(phrase, profile=profile) == side


# --- find_actors ---------------------------------------------------------------------


def test_actors_find_in_sentence(profile):
    text = (
        "Russian forces pushed into the village, Trehubov said, while Russia's Defence "
        "Ministry claimed the 'Center' grouping had cleared it; Kyiv denied this."
    )
    found = [(m.text, m.actor.side, m.actor.kind) for m in find_actors(text, profile=profile)]
    assert found == [
        ("Russian forces", "RU", "forces"),
        ("Trehubov", "UA", "person"),
        ("Russia's Defence Ministry", "RU", "body"),
        ("'Center' grouping", "RU", "unit"),
        ("Kyiv", "UA", "state"),
    ]


def test_actors_offsets_point_into_text(profile):
    text = "Overnight, Ukrainian troops and the 47th Brigade held the line."
    for m in find_actors(text, profile=profile):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text",
    [
        "Fighting continues in Ukraine and near Kyiv.",  # places, not actors
        "Shelling hit the coast of the Sea of Azov.",  # not the Azov unit
        "The West grouping word alone: West is a direction here.",
        "Troops from the west moved to the centre.",
    ],
)
def test_actors_no_false_actors(profile, text):
    kinds = {(m.actor.kind, m.text) for m in find_actors(text, profile=profile)}
    assert not any(
        k in ("state", "unit") and t in ("Ukraine", "Kyiv", "Azov", "West") for k, t in kinds
    ), kinds


def test_actors_fuzzy_needs_long_surname_and_is_scored(profile):
    found = find_actors("Colonel Syniehubow spoke.", profile=profile)
    assert [(m.actor.canonical, m.via) for m in found] == [("Oleh Syniehubov", "fuzzy")]
    assert 0 < found[0].score < 1
    # a short word near a short surname is no match
    assert find_actors("Pesko spoke.", profile=profile) == []


def test_actors_dateline_is_not_an_actor(profile):
    text = "MOSCOW, May 3 (Reuters) - The Kremlin said talks were possible."
    names = [m.actor.canonical for m in find_actors(text, profile=profile)]
    assert names == ["Reuters", "Kremlin"]


def test_actors_body_side_from_earlier_mention(profile):
    text = "Ukraine's General Staff reported shelling. Later the General Staff added details."
    found = [m for m in find_actors(text, profile=profile) if m.actor.kind == "body"]
    assert [m.actor.side for m in found] == ["UA", "UA"]
    assert found[1].via == "context"


def test_actors_generic_only_when_asked(profile):
    text = "Military bloggers said the attack failed."
    assert find_actors(text, profile=profile) == []
    found = find_actors(text, profile=profile, include_generic=True)
    assert [(m.actor.kind, m.actor.side) for m in found] == [("generic", "RU")]


# --- outlets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("RIA Novosti", "RU"),
        ("TASS", "RU"),
        ("RT", "RU"),
        ("Izvestia", "RU"),
        ("Zvezda", "RU"),
        ("Channel One", "RU"),
        ("ria.ru", "RU"),
        ("https://tass.com/politics/1", "RU"),
        ("Ukrainska Pravda", "UA"),
        ("Ukrinform", "UA"),
        ("The Kyiv Independent", "UA"),
        ("Kyiv Post", "UA"),
        ("Suspilne", "UA"),
        ("UNIAN", "UA"),
        ("www.kyivindependent.com", "UA"),
        ("Reuters", "neutral"),
        ("AP", "neutral"),
        ("AFP", "neutral"),
        ("BBC", "neutral"),
        ("CNN", "neutral"),
        ("Fox News", "neutral"),
        ("Al Jazeera", "neutral"),
        ("Bloomberg", "neutral"),
        ("The Guardian", "neutral"),
        ("NYT", "neutral"),
        ("DW", "neutral"),
        ("Meduza", "neutral"),
        ("Le Monde", "neutral"),
        ("edition.cnn.com", "neutral"),
        ("Brand New Daily Gazette", "unknown"),
        ("", "unknown"),
        ("[broken.example", "unknown"),
        ("http://", "unknown"),
    ],
)
def test_actors_outlet_side(profile, name, side):
    assert outlet_side(name, profile=profile) == side


def test_actors_find_outlet_kind(profile):
    outlet = find_outlet("RIA", profile=profile)
    assert outlet is not None and (outlet.name, outlet.kind) == ("RIA Novosti", "wire")


def test_actors_profile_by_position_name_or_default(profile):
    from claimline.nlp.actors import resolve_speaker as resolve_from_actors

    assert resolve_from_actors("Trehubov", profile).side == "UA"
    assert resolve_from_actors("Hemedti", "sudan").side == "RSF"
    assert resolve_speaker("Trehubov").side == "UA"  # the default profile
    assert side_of_phrase("Ukrainian troops", "ru_ua") == "UA"
    assert outlet_side("TASS", profile) == "RU"
    assert [m.actor.side for m in find_actors("Burhan spoke.", "sudan")] == ["SAF"]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("KHARKIV, Ukraine, June 2 (Reuters) - Shelling went on overnight.", "Reuters"),
        ("DONETSK, March 1. /TASS/. The fighting continued.", "TASS"),
        ("Troops dug in along the river.\n\n© AFP 2024", "AFP"),
        ("Headline here\n\nPublished by Reuters 2 Jun, 2024\n\nText.", "Reuters"),
        ("KYIV (AP) — Air raid alerts sounded.", "Associated Press"),
        ("The commander told Reuters the line held.", None),  # named, not credited
        ("A report by TASS said nothing new.", None),
    ],
)
def test_actors_wire_credit(profile, text, agency):
    from claimline.nlp.actors import wire_credit

    outlet = wire_credit(text, profile)
    assert (outlet.name if outlet else None) == agency


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("Euromaidan Press", "UA"),
        ("censor.net", "UA"),
        ("https://www.channelstv.com/x", "neutral"),
        ("RBC", "RU"),
        ("NTV", "RU"),
        ("France 24", "neutral"),
    ],
)
def test_actors_outlet_side_more_outlets(profile, name, side):
    assert outlet_side(name, profile) == side


@pytest.mark.parametrize(
    ("phrase", "side", "kind"),
    [
        ("местные жители", "unknown", "generic"),
        ("місцеві мешканці", "unknown", "generic"),
        ("оккупационные власти", "RU", "generic"),
        ("окупаційна влада", "RU", "generic"),
        ("украинские военные", "UA", "forces"),
        ("российские войска", "RU", "forces"),
        ("военкоры", "RU", "generic"),
        ("по словам Трегубова", "UA", "person"),
        ("аналитики", "neutral", "generic"),
        ("российские аналитики", "RU", "generic"),
        ("анонимный источник", "unknown", "generic"),
        ("телеграм-канал «Рыбарь»", "RU", "osint"),
        ("Міноборони РФ", "RU", "body"),
        ("Генштаб ВСУ", "UA", "body"),
        ("Генштаб", "unknown", "body"),  # known body, no side word: not guessed
        ("речник Сил оборони півдня", "UA", "body"),
    ],
)
def test_actors_speaker_cyrillic(profile, phrase, side, kind):
    actor = resolve_speaker(phrase, profile)
    assert (actor.side, actor.kind) == (side, kind)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ('"the General Staff"', "the General Staff"),
        ("телеграм-канал «Рыбарь»", "телеграм-канал «Рыбарь»"),
        ("“Ukrainian officials”", "Ukrainian officials"),
    ],
)
def test_actors_clean_phrase_quotes(raw, clean):
    assert clean_phrase(raw) == clean


@pytest.mark.parametrize(
    ("phrase", "context", "outlet", "side", "canonical"),
    [
        # the same body named with a side earlier in the article
        (
            "the General Staff",
            "Ukraine's General Staff said on Monday that...",
            None,
            "UA",
            "Ukrainian General Staff",
        ),
        (
            "the Defence Ministry",
            "Russia's Defence Ministry released a video.",
            None,
            "RU",
            "Russian Ministry of Defence",
        ),
        # otherwise a one-sided outlet's own country
        (
            "the General Staff",
            "Nothing about it here.",
            "Censor.NET",
            "UA",
            "Ukrainian General Staff",
        ),
        ("Минобороны", None, "tass.ru", "RU", "Russian Ministry of Defence"),
        # a neutral or unknown outlet settles nothing
        ("the General Staff", None, "Reuters", "unknown", "General Staff"),
        ("the General Staff", None, "Some Blog", "unknown", "General Staff"),
        # context never overrides a side the phrase itself gives
        (
            "the Russian General Staff",
            "Ukraine's General Staff said...",
            "Censor.NET",
            "RU",
            "Russian General Staff",
        ),
    ],
)
def test_actors_speaker_side_from_document(profile, phrase, context, outlet, side, canonical):
    actor = resolve_speaker(phrase, profile, context=context, outlet=outlet)
    assert (actor.side, actor.canonical) == (side, canonical)


def test_actors_fuzzy_outlet_name(profile):
    found = find_actors("Ukrinfrom reported the attack.", profile)
    assert [(m.actor.canonical, m.via) for m in found] == [("Ukrinform", "fuzzy")]
    # a common word one letter away from an outlet's name is not a match
    assert find_actors("Political leaders met.", profile) == []


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("the 59th Ukrainian brigade", "UA"),
        ("the 20th Russian regiment", "RU"),
        ("Russian-speaking residents", None),
        ("a Ukrainian-born analyst", None),
        ("in the Russian language", None),
        ("anti-Kremlin activists", None),
    ],
)
def test_actors_side_words_inside_and_not_sides(profile, phrase, side):
    assert side_of_phrase(phrase, profile) == side


def test_actors_language_word_gives_no_speaker_side(profile):
    assert resolve_speaker("Russian-speaking residents", profile).side == "unknown"
    assert resolve_speaker("Ukrainian-born analysts", profile).side == "neutral"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine's east came under fire.", []),
        ("The Russia-Ukraine war went on.", []),
        ("Kyiv–Moscow talks stalled.", []),
        ("Russia's border regions were shelled.", []),
        ("Ukraine's Khortytsia group said so.", [("unit", "UA")]),
        ("Ukraine's 41st brigade held.", [("unit", "UA")]),
        ("Ukraine said no.", [("state", "UA")]),
    ],
)
def test_actors_state_names_as_places_or_qualifiers(profile, text, expected):
    found = [(m.actor.kind, m.actor.side) for m in find_actors(text, profile)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "mention", "side"),
    [
        ("Сили оборони України відбили атаку.", "Сили оборони України", "UA"),
        ("Ukraine's Khortytsia group reported it.", "Ukraine's Khortytsia group", "UA"),
        ("Russia's 20th brigade moved.", "Russia's 20th brigade", "RU"),
    ],
)
def test_actors_country_qualifier_joins_mention(profile, text, mention, side):
    found = find_actors(text, profile)
    assert [(m.text, m.actor.side) for m in found] == [(mention, side)]
