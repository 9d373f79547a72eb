"""split_sentences: offsets into the text, abbreviations, quotes, Cyrillic."""

from __future__ import annotations

import pytest

from claimline.ingest.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lt. Col. Ivan Petrov said the unit held. Gen. Smith agreed.",
            ["Lt. Col. Ivan Petrov said the unit held.", "Gen. Smith agreed."],
        ),
        (
            "The U.S. envoy arrived on Monday. The talks began.",
            ["The U.S. envoy arrived on Monday.", "The talks began."],
        ),
        ("Talks with the U.S. The envoy left.", ["Talks with the U.S.", "The envoy left."]),
        (
            "J. R. Hale wrote that No. 3 Battery and St. Nicholas church were hit. "
            "Nobody was hurt.",
            [
                "J. R. Hale wrote that No. 3 Battery and St. Nicholas church were hit.",
                "Nobody was hurt.",
            ],
        ),
        (
            "“We are staying,” the mayor said. “Nobody leaves!” Then she left.",
            ["“We are staying,” the mayor said.", "“Nobody leaves!”", "Then she left."],
        ),
        (
            "He said it was over... but fighting went on. Really? Yes.",
            ["He said it was over... but fighting went on.", "Really?", "Yes."],
        ),
        (
            "Войска вошли в г. Купянск. В. Ганчев заявил об этом. Так ли это?",
            ["Войска вошли в г. Купянск.", "В. Ганчев заявил об этом.", "Так ли это?"],
        ),
        ("First paragraph\n\nSecond one. Third.", ["First paragraph", "Second one.", "Third."]),
        (
            "KYIV, March 3. /WIRE/. Trains ran again. Shops opened.",
            ["KYIV, March 3. /WIRE/. Trains ran again.", "Shops opened."],
        ),
        ("ODESA, May 9. Ferries left. Then rain.", ["ODESA, May 9. Ferries left.", "Then rain."]),
        ("1. Buses ran. 2. Trams did not.", ["1. Buses ran.", "2. Trams did not."]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_point_into_text_and_do_not_overlap() -> None:
    text = "  One. Two!\n\n“Three?” Four.  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["One.", "Two!", "“Three?”", "Four."]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_abbreviation_look_back_reads_a_word_longer_than_its_window() -> None:
    from claimline.ingest.segment import _WORD_REACH, _is_abbreviation

    # the dot inside the word lies before the window: the whole word is read
    dotted = "e.g" + "a" * (_WORD_REACH + 10)
    text = f"Before it came {dotted}. Then"
    assert _is_abbreviation(text, text.index(". Then"))
    plain = "a" * (_WORD_REACH + 10)
    text = f"It said {plain}. Then"
    assert not _is_abbreviation(text, text.index(". Then"))
