"""Causes of misses on unseen reports, each as a general pattern in our own sentences:
future verb forms in Russian/Ukrainian, holders written as "the Ukrainians are in full
control", "its troops" of a named subject, region names that label troops, forces
encircled "in the X and Y area", works inside a town, rivers that share a village's
name, the last town a side holds, and troops that "had left" the town in question."""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_claims, pipeline_rows

from claimline.model import ClaimType
from claimline.nlp.claims_cyr import future_modality


@pytest.mark.parametrize(
    ("word", "before", "ctype", "ukrainian", "expected"),
    [
        ("звільнять", "ЗСУ ", ClaimType.CAPTURED, True, "predicted"),
        ("звільнимо", "ми ", ClaimType.CAPTURED, True, "intended"),
        ("звільнили", "", ClaimType.CAPTURED, True, None),
        ("звільняють", "", ClaimType.CAPTURED, True, None),  # imperfective present
        ("освободят", "", ClaimType.CAPTURED, False, "predicted"),
        ("освобождают", "", ClaimType.CAPTURED, False, None),
        ("окружат", "", ClaimType.ENCIRCLED, False, "predicted"),
        ("оточать", "", ClaimType.ENCIRCLED, True, "predicted"),
        ("відступлять", "", ClaimType.WITHDREW, True, "predicted"),
        ("заходять", "", ClaimType.ENTERED, True, None),  # "-ходити" is imperfective
        ("отводят", "", ClaimType.WITHDREW, False, None),
        ("занят", "", ClaimType.CAPTURED, False, None),  # a short participle
        ("звільненим", "", ClaimType.CAPTURED, True, None),  # a participle adjective
        ("контролировать", "войска будут ", ClaimType.CONTROLS, False, "predicted"),
        ("контролюватимуть", "", ClaimType.CONTROLS, True, "predicted"),
        ("контролируют", "", ClaimType.CONTROLS, False, None),
    ],
)
def test_claims_q5_cyrillic_future_forms(word, before, ctype, ukrainian, expected):  # type: ignore[no-untyped-def]
    got = future_modality(word, before, ctype, ukrainian)
    assert (got.value if got else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Командир бригади запевнив, що українські війська звільнять Куп'янськ до зими.",
        "Военкор уверен, что российские части скоро освободят Купянск.",
    ],
)
def test_claims_q5_future_capture_is_no_claim(text):  # type: ignore[no-untyped-def]
    caps = [c for c in pipeline_claims(text) if c.type is ClaimType.CAPTURED]
    assert caps and all(c.modality.value in ("predicted", "intended") for c in caps)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a degree word on the control noun does not hide the holder
        (
            'Street fighting lasted for weeks in Kupiansk. "Sadly, the Russians are now in '
            'full control of the town," the Ukrainian governor said on Monday.',
            ("Kupiansk", "controls", "RU", "affirmed"),
        ),
        # the present of "occupy" is the state, the past a seizure
        (
            "Russian forces now fully occupy Kupiansk, the governor said on Monday.",
            ("Kupiansk", "controls", "RU", "affirmed"),
        ),
        (
            "Russian forces occupied Kupiansk in March, the governor said on Monday.",
            ("Kupiansk", "captured", "RU", "affirmed"),
        ),
        # "its units" belong to the subject of the verb above, not to the speaker
        (
            "Ukraine's military ordered its units to retreat from Kupiansk on Monday, "
            "a Russian official said.",
            ("Kupiansk", "withdrew", "UA", "affirmed"),
        ),
        # an apposition naming the last town a side holds
        (
            "Russian troops were pressing toward Kupiansk, the last Ukrainian-held town "
            "in the area, an officer said on Monday.",
            ("Kupiansk", "controls", "UA", "affirmed"),
        ),
        # a works named after the town is part of it
        (
            "Ukrainian troops had reached the Kupiansk oil refinery, an officer said on Monday.",
            ("Kupiansk", "entered", "UA", "affirmed"),
        ),
        # the second verb after "X said, and ..." keeps the reported clause's subject
        (
            "Russian troops were pressing on Kupiansk from the north, the governor said, and "
            "had reached the Kupiansk railway station.",
            ("Kupiansk", "entered", "RU", "affirmed"),
        ),
        # troops that "had left" with no object left the town the sentence is about
        (
            "Street fighting lasted for weeks in Kupiansk. The Russians now hold the town, "
            "the governor said on Monday, adding that Ukrainian units had left with their "
            "weapons.",
            ("Kupiansk", "withdrew", "UA", "affirmed"),
        ),
    ],
)
def test_claims_q5_english_patterns(text, expected):  # type: ignore[no-untyped-def]
    assert expected in pipeline_rows(text)


def test_claims_q5_region_label_is_no_place_and_area_is():  # type: ignore[no-untyped-def]
    rows = pipeline_rows(
        "The DPR militia and Russian paratroopers have fully surrounded the Ukrainian "
        "grouping in the Pisky and Opytne area, a separatist commander told TASS."
    )
    assert ("Pisky", "encircled", "RU", "affirmed") in rows
    assert ("Opytne", "encircled", "RU", "affirmed") in rows
    assert not any(r[0] == "Donetsk Oblast" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        # a power plant named after a town may stand far from it
        "Russian forces captured the Zaporizhzhia nuclear power plant in March 2022.",
        # a plant merely near a town is no part of it
        "Russian forces reached the power plant near Kupiansk on Monday, the ministry said.",
        # leaving for somewhere else, and civilians leaving, are no withdrawal
        "Russian troops left for the front from Kupiansk on Monday.",
        "Kupiansk was shelled overnight, and some residents left with their belongings.",
    ],
)
def test_claims_q5_non_claims(text):  # type: ignore[no-untyped-def]
    assert not [c for c in pipeline_claims(text) if c.type is not ClaimType.CONTESTED]


def test_claims_q5_river_named_like_a_village():  # type: ignore[no-untyped-def]
    rows = pipeline_rows(
        "Українські війська зайшли в Куп'янськ. Проте східна частина міста за річкою "
        "Оскіл і далі під контролем росіян."
    )
    assert ("Kupiansk", "controls", "RU", "affirmed") in rows
    assert not any(r[0] == "Oskil" for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a presence noun is an entry
        (
            "По оценке аналитиков, новые видео указывают на присутствие российских "
            "военных в центре Покровска.",
            ("Pokrovsk", "entered", "RU", "affirmed"),
        ),
        # "подконтрольный" is under the named side's control
        (
            "Проект DeepState уже обозначил Покровск на своей карте как подконтрольный "
            "российским войскам.",
            ("Pokrovsk", "controls", "RU", "affirmed"),
        ),
        # a pull-out authorised in the past is reported as made
        (
            "Во вторник командование украинской группировки заявило, что разрешило отвести "
            "подразделения из Покровска.",
            ("Pokrovsk", "withdrew", "UA", "affirmed"),
        ),
        (
            "Весной бригада ВСУ отбила два массированных штурма Покровска.",
            ("Pokrovsk", "repelled", "UA", "affirmed"),
        ),
        # "getting X back" is a recapture by the speaker's side
        (
            '"We are getting Kupiansk back," the Ukrainian president said on Monday.',
            ("Kupiansk", "captured", "UA", "affirmed"),
        ),
    ],
)
def test_claims_q5_more_patterns(text, expected):  # type: ignore[no-untyped-def]
    assert expected in pipeline_rows(text)


def test_claims_q5_repelled_assaults_are_no_contest():  # type: ignore[no-untyped-def]
    rows = pipeline_rows("Весной бригада ВСУ отбила два массированных штурма Покровска.")
    assert not any(r[1] == "contested" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        # only the object of "get ... back" is the place taken back
        "Russian troops got their wounded back from Kupiansk on Monday.",
        # where a town lies is no advance
        "Russian troops entered Kupiansk on Sunday. The town, which sits roughly 8 km "
        "from the frontier, came under shelling the next day.",
        # a road's goal is not where the fight is
        "Heavy fighting along the roads to Kupiansk has held up aid convoys, a charity said.",
    ],
)
def test_claims_q5_more_non_claims(text):  # type: ignore[no-untyped-def]
    bad = [
        c
        for c in pipeline_claims(text)
        if c.type in (ClaimType.CAPTURED, ClaimType.ADVANCING, ClaimType.CONTESTED)
    ]
    assert not bad


def test_claims_q5_attempted_assault_is_intended():  # type: ignore[no-untyped-def]
    cs = pipeline_claims(
        "Observers doubt that the Russian army can find the men to attempt an assault on "
        "Kupiansk this year."
    )
    assert cs and all(c.modality.value == "intended" for c in cs)


def test_claims_q5_upstream_locates_the_village():  # type: ignore[no-untyped-def]
    rows = pipeline_rows(
        "Ukrainian marines hold a foothold in Pisky, a hamlet some 25 km downstream from "
        "Kupiansk, the navy said."
    )
    assert ("Pisky", "entered", "UA", "affirmed") in rows
    assert not any(r[0] == "Kupiansk" for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "had thwarted attempts …" with "had" read as the verb: the participle still
        # governs the attempt and its target; the repelling side is the attempt's other side
        (
            "Russia's defence ministry said its units had thwarted attempts by Ukrainian "
            "sabotage teams to break into Tetkino.",
            ("Tetkino", "repelled", "RU", "affirmed"),
        ),
        # an elliptic "as had that of A and B" repeats the claim noun for A and B
        (
            "Separatist leaders said the capture of Kupiansk was over, as was that of the "
            "hamlets of Pisky and Opytne.",
            ("Opytne", "captured", "RU", "affirmed"),
        ),
        # "them" takes the side of the sided subject before it
        (
            "Russian troops crossed the river near Pisky in May, enabling them to break "
            "deep into Kupiansk, Ukrainian bloggers wrote.",
            ("Kupiansk", "entered", "RU", "affirmed"),
        ),
    ],
)
def test_claims_q5_parse_repairs(text, expected):  # type: ignore[no-untyped-def]
    assert expected in pipeline_rows(text)


def test_claims_q5_thwarted_attempt_is_reported_not_intended():  # type: ignore[no-untyped-def]
    cs = [
        c
        for c in pipeline_claims(
            "Russia's defence ministry said its units had thwarted attempts by Ukrainian "
            "sabotage teams to break into Tetkino."
        )
        if c.type is ClaimType.REPELLED
    ]
    assert cs and all(c.modality.value == "reported" for c in cs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an assault under way; a time phrase before the second verb is no subject
        (
            "Russian units had been storming Pokrovsk for weeks, and in late March had "
            "broken into the eastern quarter of the town, according to bloggers in Kyiv.",
            ("Pokrovsk", "contested", "RU", "affirmed"),
        ),
        (
            "Russian units had been storming Pokrovsk for weeks, and in late March had "
            "broken into the eastern quarter of the town, according to bloggers in Kyiv.",
            ("Pokrovsk", "entered", "RU", "affirmed"),
        ),
        # a reported Cyrillic clause opening on its verb keeps the reporter's side
        (
            "В среду штаб украинской группировки сообщил, что решил отвести бригаду из Покровска.",
            ("Pokrovsk", "withdrew", "UA", "affirmed"),
        ),
        # a relative clause after a dash is about the town named before the dash
        (
            "Штаб объявил о взятии Покровска — важного узла Донецкой области, который ВСУ "
            "удерживали почти десять лет.",
            ("Pokrovsk", "controls", "UA", "affirmed"),
        ),
        # Ukrainian writers' "окупанти" are the Russian forces
        (
            "Місцеві пабліки пишуть, що окупанти нібито залишили Куп'янськ, але офіційно "
            "це не підтверджено.",
            ("Kupiansk", "withdrew", "RU", "affirmed"),
        ),
        # Ukrainian masculine past forms of leaving
        (
            "Ворог залишив Куп'янськ, повідомив Генштаб ЗСУ.",
            ("Kupiansk", "withdrew", "RU", "affirmed"),
        ),
        (
            "Батальйон вийшов з Куп'янська, повідомив Генштаб ЗСУ.",
            ("Kupiansk", "withdrew", "UA", "affirmed"),
        ),
    ],
)
def test_claims_q5_clause_level_patterns(text, expected):  # type: ignore[no-untyped-def]
    assert expected in pipeline_rows(text)


def test_claims_q5_stormed_is_still_a_capture():  # type: ignore[no-untyped-def]
    rows = pipeline_rows("Russian troops stormed Pokrovsk in October, the ministry said.")
    assert ("Pokrovsk", "captured", "RU", "affirmed") in rows


def test_claims_q5_event_that_dates_another_is_not_planned():  # type: ignore[no-untyped-def]
    cs = pipeline_claims(
        "The general said he had ordered his brigades to quit Pokrovsk, giving Moscow its "
        "largest prize since the fall of Bakhmut."
    )
    falls = [c for c in cs if c.place.canonical == "Bakhmut"]
    assert falls and all(c.modality.value not in ("intended", "predicted") for c in falls)


def test_claims_q5_clock_is_no_place():  # type: ignore[no-untyped-def]
    from claimline.nlp.places import find_places

    text = "Shelling stopped at 6 p.m. Moscow time, and patrols then reached the city centre."
    assert not any(p.canonical == "Moscow" for p in find_places(text))


def test_claims_q5_second_verb_after_parenthetical_said():  # type: ignore[no-untyped-def]
    rows = pipeline_rows(
        "Russian units kept pushing toward Kupiansk, the final Ukrainian-held town on the "
        "river, from the east, the mayor said, and had reached the Kupiansk railway station."
    )
    assert ("Kupiansk", "entered", "RU", "affirmed") in rows
    assert ("Kupiansk", "entered", "UA", "affirmed") not in rows


@pytest.mark.parametrize(
    "text",
    [
        "Fighting continued inside Kupiansk on Tuesday, the mayor said.",
        "He said battles were raging inside Kupiansk late on Monday.",
    ],
)
def test_claims_q5_fighting_inside_is_no_entry(text):  # type: ignore[no-untyped-def]
    rows = pipeline_rows(text)
    assert any(r[1] == "contested" for r in rows)
    assert not any(r[1] == "entered" for r in rows)


def test_claims_q5_troops_inside_is_an_entry():  # type: ignore[no-untyped-def]
    rows = pipeline_rows("Russian units are inside Kupiansk, a Ukrainian spokesman said on Monday.")
    assert ("Kupiansk", "entered", "RU", "affirmed") in rows


def test_claims_q5_denier_own_statement_is_not_flipped():  # type: ignore[no-untyped-def]
    # "disputed the claim, saying that X had not been lost": the denier's own words are
    # a negated loss, not a second, affirmed one
    rows = pipeline_rows(
        "Yevgeny Balitsky rejected the report, adding in a video address that Pisky had "
        "never been lost."
    )
    assert ("Pisky", "withdrew", "RU", "negated") in rows
    assert ("Pisky", "withdrew", "RU", "affirmed") not in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops "driven out" after taking the town lose the town the first verb names
        (
            "Russian forces knew Kupiansk well: they seized the town early in the war and "
            "were driven out by a Ukrainian offensive that autumn.",
            ("Kupiansk", "withdrew", "RU", "affirmed"),
        ),
        (
            "The Russian garrison of Kupiansk was driven out by Ukrainian paratroopers in "
            "September.",
            ("Kupiansk", "withdrew", "RU", "affirmed"),
        ),
        # fire control over the roads out of a town is an encirclement by that side
        (
            "Every road leading out of Kupiansk was under Ukrainian fire control, the "
            "spokesman said.",
            ("Kupiansk", "encircled", "UA", "affirmed"),
        ),
        # a stronghold named with its side, in apposition, is held by that side
        (
            "Russian units kept up the siege of Kupiansk, the final Ukrainian stronghold "
            "east of the river, shelling it daily.",
            ("Kupiansk", "controls", "UA", "affirmed"),
        ),
        # "retains" a place is holding it still
        (
            "The Ukrainian army retains its bases in Kupiansk, the governor said.",
            ("Kupiansk", "controls", "UA", "affirmed"),
        ),
        (
            "Долгие годы Покровск оставался главным опорным пунктом ВСУ на этом участке.",
            ("Pokrovsk", "controls", "UA", "affirmed"),
        ),
        # a participle whose object only describes the town takes the main verb's town
        (
            "Ukrainian brigades rolled into the centre of Kherson on Friday, retaking the "
            "regional capital after eight months.",
            ("Kherson", "captured", "UA", "affirmed"),
        ),
    ],
)
def test_claims_q5_holding_and_losing(text, expected):  # type: ignore[no-untyped-def]
    assert expected in pipeline_rows(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "driven out of X" stays the other side's capture only
        (
            "Russian troops were driven out of Kupiansk in September 2022, the general staff said.",
            ("Kupiansk", "withdrew", "RU", "affirmed"),
        ),
        # a stronghold without a side names no holder
        (
            "Kupiansk, an eastern stronghold, was shelled on Monday.",
            ("Kupiansk", "controls", "UA", "affirmed"),
        ),
        # "fire control" is not a hold of the town
        (
            "Every road leading out of Kupiansk was under Ukrainian fire control, the "
            "spokesman said.",
            ("Kupiansk", "controls", "UA", "affirmed"),
        ),
        # a subject event noun does not take a place from another clause
        (
            "The pullback followed a vote in which the Russian parliament backed annexing "
            "several regions, among them Donetsk.",
            ("Donetsk", "withdrew", "RU", "affirmed"),
        ),
        # the outskirts of a foothold are no second, advancing claim
        (
            '"The enemy has established a foothold on the eastern outskirts of Kupiansk," '
            "an army spokesman in Kyiv said.",
            ("Kupiansk", "advancing", "UA", "affirmed"),
        ),
    ],
)
def test_claims_q5_holding_non_claims(text, absent):  # type: ignore[no-untyped-def]
    assert absent not in pipeline_rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces first moved on Kupiansk in the summer of 2022, the ministry said.",
            ("Kupiansk", "advancing", "RU", "affirmed"),
        ),
        # a town that "fell" after the troops there were cut off fell to the other side
        (
            "Kupiansk fell late on Sunday, Ukrainian commanders said, after the Russian "
            "garrison there was outflanked and cut off.",
            ("Kupiansk", "captured", "UA", "affirmed"),
        ),
        (
            "Kupiansk fell late on Sunday, Ukrainian commanders said, after the Russian "
            "garrison there was outflanked and cut off.",
            ("Kupiansk", "encircled", "UA", "affirmed"),
        ),
        # troops that withdrew with no place of their own withdrew from the town named
        (
            "The Russians captured Kupiansk in 2022 after Ukrainian troops withdrew with "
            "little resistance.",
            ("Kupiansk", "withdrew", "UA", "affirmed"),
        ),
        # a place after "после (падения)" dates the claim, it is not its place
        (
            "Покровск стал последним крупным городом области под контролем Киева после "
            "падения Купянска.",
            ("Pokrovsk", "controls", "UA", "affirmed"),
        ),
    ],
)
def test_claims_q5_context_of_the_town(text, expected):  # type: ignore[no-untyped-def]
    assert expected in pipeline_rows(text)


def test_claims_q5_moved_on_needs_a_town():  # type: ignore[no-untyped-def]
    assert not pipeline_rows("The debate moved on to other topics in Kupiansk.")


def test_claims_q5_attempt_kept_up_is_a_contest():  # type: ignore[no-untyped-def]
    rows = pipeline_rows("Moscow's troops have been trying to seize Kupiansk since last spring.")
    assert ("Kupiansk", "contested", "RU", "affirmed") in rows
    # a single try stays an intention (not scored, so no contest either)
    once = pipeline_claims("Russian forces tried to take Kupiansk on Monday.")
    assert once and all(c.modality.value == "intended" for c in once)


@pytest.mark.parametrize(
    ("text", "advancing"),
    [
        (
            "A grain depot on the outskirts of Kupiansk burned for hours, the mayor said.",
            False,
        ),
        ("Russian troops are on the outskirts of Kupiansk, a Ukrainian spokesman said.", True),
        (
            "Russian troops on the outskirts of Kupiansk were shelling the town, an officer said.",
            True,
        ),
    ],
)
def test_claims_q5_outskirts_of_a_building_is_no_advance(text, advancing):  # type: ignore[no-untyped-def]
    assert any(r[1] == "advancing" for r in pipeline_rows(text)) is advancing


def test_claims_q5_encircled_force_is_at_the_named_town():  # type: ignore[no-untyped-def]
    rows = pipeline_rows(
        "The brigade pushed into Kupiansk late on Tuesday, Ukrainian officers said, having "
        "surrounded two whole Russian battalions."
    )
    assert ("Kupiansk", "encircled", "UA", "affirmed") in rows
    # with no town in the sentence there is nothing to attach the force to
    assert not pipeline_rows(
        "Russian units encircled a Ukrainian brigade on Monday, the ministry said."
    )


def test_claims_q5_trailing_claim_noun_denied():  # type: ignore[no-untyped-def]
    # "…, a claim Kyiv dismissed": the sentence's claim is also denied by Kyiv
    text = (
        "The Russian-installed governor said on Tuesday that the Ukrainian marines in Pisky "
        "had been cut off and surrounded, a claim Kyiv dismissed."
    )
    rows = pipeline_rows(text)
    assert ("Pisky", "encircled", "RU", "affirmed") in rows
    assert ("Pisky", "encircled", "RU", "negated") in rows
    plain = pipeline_rows(
        "The Russian-installed governor said on Tuesday that the Ukrainian marines in Pisky "
        "had been cut off."
    )
    assert ("Pisky", "encircled", "RU", "negated") not in plain
