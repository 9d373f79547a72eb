"""decode_bytes: supported encodings decode, everything else is rejected with a reason."""

from __future__ import annotations

import codecs

import pytest

from claimline.errors import BinaryInput, DecodeError, EmptyInput
from claimline.ingest.encoding import cyrillic_plausibility, declared_charset, decode_bytes

RU = "Российские войска вошли в посёлок, заявили в штабе. Украинские военные это опровергли."
UK = "Російські війська відступили від міста, повідомили в штабі. Їхні позиції зайняли наші."
EN = "Troops entered the village on Monday, officials said. “We hold it,” one added."


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (EN, EN.encode("utf-8")),
        (EN, codecs.BOM_UTF8 + EN.encode("utf-8")),
        (RU, RU.encode("utf-16")),  # with BOM
        (RU, RU.encode("utf-16-le")),  # no BOM: recognised by the NUL/0x04 pattern
        (EN, EN.encode("utf-16-be")),
        (RU, RU.encode("utf-32")),
        (RU, RU.encode("cp1251")),
        (RU, RU.encode("koi8-r")),
        (UK, UK.encode("cp1251")),
        (UK, UK.encode("koi8-u")),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom",
        "utf16le",
        "utf16be",
        "utf32",
        "ru-cp1251",
        "ru-koi8r",
        "uk-cp1251",
        "uk-koi8u",
    ],
)
def test_supported_encodings_decode_exactly(text: str, data: bytes) -> None:
    assert decode_bytes(data, source="t") == text


def test_line_ends_are_normalised() -> None:
    assert decode_bytes(b"one\r\ntwo\rthree\n", source="t") == "one\ntwo\nthree\n"


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyInput, "empty"),
        (b" \n\t\n", EmptyInput, "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInput, "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00", BinaryInput, "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput, "PNG"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", BinaryInput, "gzip"),
        (b"text\x00\x01\x02\xff\x00\x00\x10binary" * 8, BinaryInput, "NUL"),
    ],
)
def test_rejections_name_the_reason(data: bytes, error: type, words: str) -> None:
    with pytest.raises(error) as info:
        decode_bytes(data, source="sample.bin")
    assert words in str(info.value)
    assert "sample.bin" in str(info.value)


def test_undecodable_bytes_raise_decode_error() -> None:
    import random

    rng = random.Random(1)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(500))
    with pytest.raises(DecodeError):
        decode_bytes(data, source="noise")


def test_wrong_cyrillic_codepage_scores_lower() -> None:
    right = RU.encode("cp1251").decode("cp1251")
    wrong = RU.encode("cp1251").decode("koi8-r")
    assert cyrillic_plausibility(right) > cyrillic_plausibility(wrong) + 0.3


def test_declared_charset_is_used_for_latin_pages() -> None:
    page = "<html><head><meta charset='windows-1252'></head><body>Café – “naïve”</body></html>"
    data = page.encode("cp1252")
    assert declared_charset(data) == "cp1252"
    assert decode_bytes(data, source="t", declared=declared_charset(data)) == page


def test_cyrillic_check_beats_a_wrong_latin_declaration() -> None:
    data = f"<html><head><meta charset=iso-8859-1></head><body>{RU}</body></html>".encode("cp1251")
    assert RU in decode_bytes(data, source="t", declared=declared_charset(data))


def test_xml_prolog_declaration() -> None:
    assert declared_charset(b'<?xml version="1.0" encoding="KOI8-R"?><rss/>') == "koi8-r"


def test_utf8_cut_mid_character_keeps_the_text() -> None:
    data = RU.encode("utf-8")[: len(RU.encode("utf-8")) - 2]
    assert decode_bytes(data, source="t") == RU[:-2]


def test_one_bad_byte_in_utf8_is_replaced_not_a_new_guess() -> None:
    data = RU.encode("utf-8") + b"\xff\n" + RU.encode("utf-8")
    text = decode_bytes(data, source="t")
    assert text == f"{RU}\ufffd\n{RU}"


@pytest.mark.parametrize(
    ("text", "enc"),
    [
        ("Café au lait, naïve « déjà »", "latin-1"),
        ("Die Brücke über den Fluß – schön", "cp1252"),
        ("Zażółć gęślą jaźń, powiedział burmistrz miasta.", "cp1250"),
    ],
)
def test_western_and_central_european_single_byte(text: str, enc: str) -> None:
    assert decode_bytes(text.encode(enc), source="t") == text
