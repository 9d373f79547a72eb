"""Plain-text headers: a Key: value block, or a headline line."""

from __future__ import annotations

import pytest

from claimline.ingest.textheader import parse_text_header


def test_header_block_fields_and_body_offset() -> None:
    text = (
        "Title: Water returns to the district\nSource: Valley Post\nURL: https://valley.example/a\n"
        "Date: 2025-04-02\nLang: en\nTags: utilities\n\nEngineers repaired the main pipe.\n"
    )
    h = parse_text_header(text)
    assert h.fields == {
        "title": "Water returns to the district",
        "outlet": "Valley Post",
        "url": "https://valley.example/a",
        "published": "2025-04-02",
        "language": "en",
    }
    assert h.extra == {"Tags": "utilities"}
    assert h.body == "Engineers repaired the main pipe.\n"
    assert text[h.body_start :] == h.body
    assert not h.title_from_headline


def test_russian_and_ukrainian_keys() -> None:
    h = parse_text_header("Заголовок: Мост открыт\nДата: 12 мая 2025\nДжерело: Вісник\n\nТекст.")
    assert h.fields == {"title": "Мост открыт", "published": "12 мая 2025", "outlet": "Вісник"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ferry returns to the river crossing\n\nThe ferry made its first trip.",
            "Ferry returns to the river crossing",
        ),
        (
            "Is the bridge safe? Engineers disagree\n\nA report said it was.",
            "Is the bridge safe? Engineers disagree",
        ),
        (
            "Town council backs new curfew\n- Shops close at nine.\n- Buses stop at ten.",
            "Town council backs new curfew",
        ),
        ("The ferry made its first trip in months.\n\nIt carried forty people.", None),
        ("Short\n\nOne word headlines are too short to trust.", None),
    ],
)
def test_headline_becomes_title_but_stays_in_body(text: str, title: str | None) -> None:
    h = parse_text_header(text)
    assert h.fields.get("title") == title
    assert h.body == text  # nothing cut when there is no header block


def test_promo_label_line_is_not_a_header() -> None:
    text = "UPDATE: TALKS RESUME IN GENEVA\nThe ministry said talks would resume.\n"
    h = parse_text_header(text)
    assert h.header_text == ""
    assert h.body == text
