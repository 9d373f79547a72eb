"""The English shortcut in language detection answers as lingua does, or not at all.

``plainly_english`` lets ``detect_language`` skip the lingua model for long,
plain English prose; it must never decide a text lingua would call something
else, and the stored language of every dev-corpus document must be the one
lingua alone gives (skipped, visibly, without ../shared/eval/dev).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimline.ingest import language
from claimline.ingest.language import detect_language, plainly_english

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"

# Written for this test.
ENGLISH = (
    "The regional governor said on Monday that the evacuation of the villages along the "
    "river would continue for at least another week, and that buses had been sent to the "
    "towns where the shelling was heaviest. He added that the power station, which was hit "
    "twice last month, had been repaired by the engineers who stayed behind, but that the "
    "water supply in the northern districts would not be restored before the weekend. "
    "Officials from the ministry were expected to visit the area after the talks."
)
OTHERS = {
    "de": (
        "Der Gouverneur der Region sagte am Montag, dass die Evakuierung der Dörfer entlang "
        "des Flusses mindestens eine weitere Woche dauern werde und dass Busse in die Städte "
        "geschickt worden seien, in denen der Beschuss am stärksten war. Er fügte hinzu, "
        "dass das Kraftwerk, das im vergangenen Monat zweimal getroffen wurde, von den "
        "Ingenieuren repariert worden sei, die geblieben waren, aber dass die Wasserversorgung "
        "in den nördlichen Bezirken nicht vor dem Wochenende wiederhergestellt werde."
    ),
    "fr": (
        "Le gouverneur de la région a déclaré lundi que l'évacuation des villages le long du "
        "fleuve se poursuivrait pendant au moins une semaine encore, et que des autobus "
        "avaient été envoyés dans les villes où les bombardements étaient les plus intenses. "
        "Il a ajouté que la centrale électrique, touchée deux fois le mois dernier, avait été "
        "réparée par les ingénieurs restés sur place, mais que l'approvisionnement en eau des "
        "quartiers du nord ne serait pas rétabli avant la fin de la semaine."
    ),
    "es": (
        "El gobernador de la región dijo el lunes que la evacuación de los pueblos a lo largo "
        "del río continuaría durante al menos otra semana, y que se habían enviado autobuses a "
        "las ciudades donde los bombardeos eran más intensos. Añadió que la central eléctrica, "
        "alcanzada dos veces el mes pasado, había sido reparada por los ingenieros que se "
        "quedaron, pero que el suministro de agua en los distritos del norte no se "
        "restablecería antes del fin de semana."
    ),
    "it": (
        "Il governatore della regione ha detto lunedì che l'evacuazione dei villaggi lungo il "
        "fiume continuerà per almeno un'altra settimana, e che sono stati inviati autobus "
        "nelle città dove i bombardamenti erano più intensi. Ha aggiunto che la centrale "
        "elettrica, colpita due volte il mese scorso, è stata riparata dagli ingegneri rimasti "
        "sul posto, ma che la fornitura di acqua nei quartieri settentrionali non sarà "
        "ripristinata prima del fine settimana."
    ),
    "pl": (
        "Gubernator regionu powiedział w poniedziałek, że ewakuacja wsi położonych wzdłuż "
        "rzeki potrwa jeszcze co najmniej tydzień i że do miast, w których ostrzał był "
        "najsilniejszy, wysłano autobusy. Dodał, że elektrownia, trafiona dwa razy w zeszłym "
        "miesiącu, została naprawiona przez inżynierów, którzy zostali na miejscu, ale że "
        "dostawy wody w północnych dzielnicach nie zostaną przywrócone przed weekendem."
    ),
    "uk": (
        "Голова області заявив у понеділок, що евакуація сіл уздовж річки триватиме ще щонайменше "
        "тиждень і що до міст, де обстріли були найсильнішими, відправили автобуси. Він додав, "
        "що електростанцію, яку минулого місяця влучили двічі, відремонтували інженери, які "
        "залишилися на місці, але водопостачання в північних районах не відновлять до вихідних."
    ),
}


def test_plain_english_prose_takes_the_shortcut() -> None:
    assert plainly_english(ENGLISH)
    assert detect_language(ENGLISH) == "en"


@pytest.mark.parametrize("code", sorted(OTHERS))
def test_other_languages_are_left_to_lingua(code: str) -> None:
    assert not plainly_english(OTHERS[code])
    assert detect_language(OTHERS[code]) == code


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH.split(". ")[0] + ".",  # too short to be sure
        ENGLISH + " " + OTHERS["uk"],  # mixed scripts
        ENGLISH[:400] + " " + OTHERS["de"],  # mostly German
        " ".join(w for w in ENGLISH.split() if w.lower() not in language._ENGLISH_MARKERS),
    ],
)
def test_texts_that_are_not_plainly_english_are_left_to_lingua(text: str) -> None:
    assert not plainly_english(text)


def test_the_shortcut_answers_only_where_english_is_configured() -> None:
    assert detect_language(ENGLISH, ("de", "fr")) in ("de", "fr")


@pytest.mark.parametrize("text", ["", "12 34 — !", "abc def ghi jk", "x" * 11, "ß" * 12, "١٢٣"])
def test_the_letter_count_agrees_with_a_full_count(text: str) -> None:
    full = sum(1 for c in text if c.isalpha()) >= language._MIN_LETTERS
    assert language._has_letters(text, language._MIN_LETTERS) == full


@pytest.mark.skipif(not (DEV / "articles.jsonl").is_file(), reason=f"dev corpus not at {DEV}")
def test_dev_corpus_languages_are_the_ones_lingua_gives(monkeypatch) -> None:
    from claimline.ingest.build import build_document
    from claimline.ingest.readers import iter_records
    from claimline.model import Rejection

    records = [
        r
        for r in iter_records([str(DEV / "articles.jsonl"), str(DEV / "seeds")])
        if not isinstance(r, Rejection)
    ]
    fast = {r.source: build_document(r).language for r in records}
    shortcut = sum(
        1 for r in records if plainly_english(build_document(r).text[: language._SAMPLE_CHARS])
    )
    monkeypatch.setattr(language, "plainly_english", lambda sample: False)
    slow = {r.source: build_document(r).language for r in records}
    assert fast == slow
    assert shortcut >= len(records) // 2  # the shortcut is taken, not merely harmless
    assert len(set(slow.values())) >= 2  # the corpus is not all English
