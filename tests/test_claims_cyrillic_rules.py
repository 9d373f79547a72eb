"""Russian and Ukrainian claim rules: fights with words between "бои" and the verb,
forced retreats, advances towards a town and into a part of it, failed attempts,
presence denials, civilians leaving, "their" forces, and the speaker of a quote
after a dash."""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_rows

from claimline.ingest.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Бои на северной окраине Купянска продолжаются, сообщил военкор.", "Kupiansk"),
        ("Бои у восточных кварталов Покровска всё ещё идут, пишут военкоры.", "Pokrovsk"),
        ("Бої на південній околиці Покровська досі тривають, повідомив речник.", "Pokrovsk"),
    ],
)
def test_fighting_with_words_before_the_verb(text: str, place: str) -> None:
    assert (place, "contested", None, "affirmed") in pipeline_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "По словам командира, бойцы ВСУ были вынуждены отступить из Купянска.",
        "По его словам, украинским частям пришлось отступить из Купянска.",
        "За його словами, українські підрозділи були змушені відступити з Куп'янська.",
    ],
)
def test_a_forced_retreat_is_a_withdrawal_done(text: str) -> None:
    assert ("Kupiansk", "withdrew", "UA", "affirmed") in pipeline_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Аналітики повідомили, що російський батальйон просунувся в напрямку Покровська.",
        "Аналитики сообщили, что российские войска продвигаются в сторону Покровска.",
        "Російська армія просувається до Покровська, повідомили аналітики.",
    ],
)
def test_moving_towards_a_town_is_an_advance(text: str) -> None:
    assert ("Pokrovsk", "advancing", "RU", "affirmed") in pipeline_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Аналитики сообщили, что российские войска продвинулись в западную часть Купянска.",
        "Российские войска продвинулись в центр Купянска, сообщили аналитики.",
        "Аналітики повідомили, що російські війська просунулися в північну частину Куп'янська.",
    ],
)
def test_moving_into_a_part_of_a_town_is_an_entry(text: str) -> None:
    rows = pipeline_rows(text)
    assert ("Kupiansk", "entered", "RU", "affirmed") in rows
    assert not any(r[1] == "advancing" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Росіяни намагалися прорватися до Куп'янська, проте були змушені відступити.",
        "Российские войска пытались штурмовать Купянск, но были вынуждены отступить.",
        "Все попытки российских войск прорваться к Купянску были отражены.",
        "Спроби російських військ штурму Куп'янська були відбиті.",
    ],
)
def test_failed_attempts_are_repelled_by_the_other_side(text: str) -> None:
    rows = pipeline_rows(text)
    assert ("Kupiansk", "repelled", "UA", "affirmed") in rows
    assert not any(r[1] in ("contested", "withdrew") for r in rows)


def test_an_attempt_on_two_towns_is_repelled_at_each() -> None:
    rows = pipeline_rows("Все попытки российских войск прорваться к Купянску и Покровску отражены.")
    assert ("Kupiansk", "repelled", "UA", "affirmed") in rows
    assert ("Pokrovsk", "repelled", "UA", "affirmed") in rows


def test_an_attempt_without_a_retreat_is_no_repulse() -> None:
    rows = pipeline_rows("Российские войска пытаются штурмовать Купянск третий день.")
    assert not any(r[1] == "repelled" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Жодного окупанта в Куп'янську немає, заявив речник ЗСУ.",
        "В Купянске нет ни одного российского солдата, заявил командир ВСУ.",
        "Нет ни одного российского военного в Купянске, заявили в Генштабе ВСУ.",
    ],
)
def test_a_presence_denied_is_a_negated_entry(text: str) -> None:
    rows = pipeline_rows(text)
    assert ("Kupiansk", "entered", "RU", "negated") in rows
    assert ("Kupiansk", "entered", "RU", "affirmed") not in rows


@pytest.mark.parametrize(
    "text",
    [
        "За словами голови ОВА, за тиждень Покровськ залишили ще двісті мешканців.",
        "По словам главы администрации, жители покинули Купянск после обстрелов.",
        "За даними ОВА, сотні родин залишили Куп'янськ за останній місяць.",
    ],
)
def test_civilians_leaving_are_no_withdrawal(text: str) -> None:
    assert not any(r[1] == "withdrew" for r in pipeline_rows(text))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Українські блогери писали, що їхні підрозділи зайшли в Куп'янськ.", "UA"),
        ("Украинские военкоры писали, что их подразделения вошли в Купянск.", "UA"),
        ("Российские военкоры утверждают, что их бойцы вошли в Купянск.", "RU"),
    ],
)
def test_their_forces_are_the_reporters_side(text: str, side: str) -> None:
    assert any(r[:3] == ("Kupiansk", "entered", side) for r in pipeline_rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "«Куп'янськ під нашим контролем», — відповів речник ЗСУ.",
        "«Купянск под нашим контролем», — ответил командир батальона ВСУ.",
        "«Куп'янськ під нашим контролем, ворог навіть не зайшов у місто», — додав речник ЗСУ.",
    ],
)
def test_our_control_in_a_quote_is_the_speakers_side(text: str) -> None:
    rows = pipeline_rows(text)
    assert ("Kupiansk", "controls", "UA", "affirmed") in rows
    assert ("Kupiansk", "controls", "RU", "affirmed") not in rows


@pytest.mark.parametrize(
    "rebuttal",
    [
        "Украинская сторона такие сообщения называет фейком.",
        "В ВСУ эти данные называют дезинформацией.",
        "У ЗСУ ці заяви заперечують.",
        "У Генштабі ЗСУ такі повідомлення називають брехнею.",
        "«Это ложь», — ответил командир ВСУ.",
        "Генштаб ВСУ сообщил, что это заявление не соответствует действительности.",
    ],
)
def test_a_rebuttal_denies_the_claim_before_it(rebuttal: str) -> None:
    rows = pipeline_rows("Российские военкоры заявили, что войска взяли Купянск. " + rebuttal)
    assert ("Kupiansk", "captured", "RU", "negated") in rows


def test_a_plain_following_sentence_denies_nothing() -> None:
    rows = pipeline_rows(
        "Российские военкоры заявили, что войска взяли Купянск. "
        "Украинская сторона это не комментирует."
    )
    assert ("Kupiansk", "captured", "RU", "negated") not in rows


def test_an_adjective_calling_a_named_claim_false_does_not_reach_other_claims() -> None:
    rows = pipeline_rows(
        "Российские войска вошли в Купянск. "
        "Аналитики назвали неправдивым заявление о контроле над Покровском."
    )
    assert ("Kupiansk", "entered", "RU", "negated") not in rows


@pytest.mark.parametrize(
    "text",
    [
        "Противник отошел на территорию области после попыток прорваться к Купянску.",
        "Все атаки на Купянск отражены, противник отошел на прежние позиции.",
    ],
)
def test_a_withdrawal_to_a_destination_leaves_no_town_before_it(text: str) -> None:
    assert not any(r[0] == "Kupiansk" and r[1] == "withdrew" for r in pipeline_rows(text))


def test_a_withdrawal_from_a_town_named_before_stays() -> None:
    rows = pipeline_rows("Из Купянска украинские подразделения отошли на новые позиции.")
    assert ("Kupiansk", "withdrew", "UA", "affirmed") in rows


@pytest.mark.parametrize(
    "text",
    [
        "Війська зайшли в Улакли (рос. Улаклы) та просунулися далі. Бої тривають.",
        "Войска вошли в Торецк (укр. Торецьк) и закрепились. Бои идут.",
    ],
)
def test_a_language_abbreviation_does_not_end_a_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    "rebuttal",
    [
        "В Генштабе ВСУ это опровергли.",
        "У Генштабі ЗСУ це спростували.",
        "Командование ВСУ отвергло это.",
    ],
)
def test_a_pronoun_rebuttal_is_spoken_by_its_subject(rebuttal: str) -> None:
    from _claims_helpers import pipeline_claims

    text = "Российские военкоры заявили, что войска взяли Купянск. " + rebuttal
    denials = [c for c in pipeline_claims(text) if str(c.polarity) == "negated"]
    assert denials
    assert {str(c.speaker.side) for c in denials if c.speaker} == {"UA"}


@pytest.mark.parametrize(
    "text",
    [
        "«Куп'янськ контролюють Сили оборони», — наголосили там.",
        "«Купянск контролируют ВСУ», — подчеркнули там.",
    ],
)
def test_there_after_a_quote_is_no_speaker(text: str) -> None:
    from _claims_helpers import pipeline_claims

    assert all(c.speaker is None or c.speaker.name != "там" for c in pipeline_claims(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Бої тривають біля Лисівки. Село залишається під контролем ЗСУ.", "Lysivka"),
        ("Бои идут у Кругляковки. Село остается под контролем ВСУ.", "Kruhliakivka"),
    ],
)
def test_cyrillic_village_word_refers_back(text: str, place: str) -> None:
    assert (place, "controls", "UA", "affirmed") in pipeline_rows(text)


def test_a_counter_claim_after_a_denial_and_a_colon_is_asserted() -> None:
    text = (
        "Міноборони Росії заявило, що звільнило Лисівку. У ЗСУ ці заяви заперечують: "
        "за словами речника, село залишається під контролем ЗСУ."
    )
    rows = pipeline_rows(text)
    assert ("Lysivka", "captured", "RU", "negated") in rows
    assert ("Lysivka", "controls", "UA", "affirmed") in rows


@pytest.mark.parametrize(
    "text",
    [
        "Генштаб ЗСУ спростував заяву про захоплення Лисівки.",
        "Генштаб ВСУ опроверг сообщение о захвате Покровска.",
    ],
)
def test_the_denier_named_before_the_denial_is_not_the_capturer(text: str) -> None:
    rows = pipeline_rows(text)
    assert any(r[1] == "captured" and r[2] == "RU" and r[3] == "negated" for r in rows), rows


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Українські підрозділи відновили контроль над селом Кіндратівка.", "Kindrativka"),
        ("ВСУ восстановили контроль над Кругляковкой, сообщил Генштаб.", "Kruhliakivka"),
    ],
)
def test_control_restored_is_a_recapture(text: str, place: str) -> None:
    rows = pipeline_rows(text)
    assert (place, "captured", "UA", "affirmed") in rows
    assert not any(r[1] == "controls" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Українські військові заперечують, що російський підрозділ закріпився в Богуславці.",
        "Российский отряд закрепился в Богуславке, сообщил военкор.",
    ],
)
def test_a_unit_dug_in_singular_has_entered(text: str) -> None:
    rows = pipeline_rows(text)
    assert any(r[0] == "Bohuslavka" and r[1] == "entered" and r[2] == "RU" for r in rows), rows
