"""Russian and Ukrainian reporting clauses name the speaker across an adverbial,
and after the verb."""

from __future__ import annotations

import pytest
from _claims_helpers import pipeline_claims, pipeline_rows


def _speakers(text: str) -> set[tuple[str | None, str | None, str | None]]:
    return {
        (
            c.place.canonical,
            c.speaker.name if c.speaker else None,
            str(c.speaker.side) if c.speaker else None,
        )
        for c in pipeline_claims(text, published="2024-05-15")
    }


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        # speaker, a time adverbial, then the verb
        (
            "Министр обороны России Сергей Шойгу в воскресенье доложил об освобождении Северска.",
            "Siversk",
            "RU",
        ),
        ("Міноборони Росії у суботу заявило про звільнення села Іванівка.", "Ivanivka", "RU"),
        ("Генштаб ЗСУ ввечері повідомив, що ворог зайшов у Вовчанськ.", "Vovchansk", "UA"),
        # the verb, then the speaker in lower case
        (
            "Российские войска вошли в Торецк, сообщил в понедельник "
            "представитель Минобороны России.",
            "Toretsk",
            "RU",
        ),
    ],
)
def test_the_cyrillic_speaker_is_found(text: str, place: str, side: str) -> None:
    found = {(p, s) for p, _name, s in _speakers(text)}
    assert (place, side) in found, _speakers(text)


@pytest.mark.parametrize(
    ("text", "place", "ctype", "actor"),
    [
        (
            "Представитель ДНР утверждал, что Северск окружён, однако украинская сторона "
            "это опровергла.",
            "Siversk",
            "encircled",
            "RU",
        ),
        (
            "Російські війська зайшли в Очеретине, але в ЗСУ це заперечили.",
            "Ocheretyne",
            "entered",
            "RU",
        ),
    ],
)
def test_a_later_cyrillic_clause_denies_the_claim(
    text: str, place: str, ctype: str, actor: str
) -> None:
    rows = pipeline_rows(text, published="2024-05-15")
    assert (place, ctype, actor, "affirmed") in rows
    assert (place, ctype, actor, "negated") in rows


@pytest.mark.parametrize(
    "text",
    [
        "Российские подразделения ведут бои на подступах к Константиновке, "
        "сообщают военные блогеры.",
        "Російські підрозділи вийшли на підступи до Костянтинівки, пишуть військові блогери.",
    ],
)
def test_the_approaches_to_a_town_are_an_advance_reported_by_its_speaker(text: str) -> None:
    claims = pipeline_claims(text, published="2024-05-15")
    rows = {(c.place.canonical, c.type.value, c.actor) for c in claims}
    assert ("Kostiantynivka", "advancing", "RU") in rows
    assert all(c.speaker is not None and "блог" in c.speaker.name for c in claims)


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        ("Зимой украинские части отбили несколько крупных штурмов Угледара.", "repelled"),
        ("Украинские войска отбили Херсон в ноябре.", "captured"),
    ],
)
def test_otbili_assaults_is_repelling_otbili_a_town_is_retaking_it(text: str, ctype: str) -> None:
    types = {row[1] for row in pipeline_rows(text, published="2024-05-15")}
    other = ({"repelled", "captured"} - {ctype}).pop()
    assert ctype in types and other not in types
