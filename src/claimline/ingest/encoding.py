"""Turn the bytes of an input into text, or say exactly why that is impossible.

Supported: UTF-8 (with or without BOM), UTF-16/UTF-32 (BOM, or UTF-16 recognised
by its NUL pattern), cp1251 and KOI8-R/KOI8-U (Russian and Ukrainian sites), and
whatever single-byte encoding charset-normalizer is sure about.  The Cyrillic
single-byte encodings cannot be told apart by validity (every byte decodes in
both), so they are ranked by how plausible the decoded letters are as text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from claimline.errors import BinaryInput, DecodeError, EmptyInput

# Magic numbers of formats that are certainly not text.  Checked before any
# decoding so that a PDF or a picture is reported as such, not as "undecodable".
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 document (DOC/XLS)"),
    (b"RIFF", "RIFF media file (WAV/AVI/WEBP)"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "ICO image"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
)

# Most frequent Russian/Ukrainian lowercase letters; in a wrong single-byte
# decoding of Cyrillic text the mass moves to uppercase or rare letters.
_COMMON_CYR = set("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфїієґ")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CYRILLIC_CANDIDATES = ("cp1251", "koi8-r", "koi8-u")
_WESTERN = frozenset(
    "àâäáãåæçéèêëíìîïñóòôöõøœúùûüýÿßÀÂÄÁÃÅÆÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØŒÚÙÛÜÝŸ€“”‘’„–—…«»°·×\u00a0¡¿£§©®"
)
_DECLARED = re.compile(
    r"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I
)


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format ``data`` starts with, or ``None`` if it has no known magic."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            if magic == b"MZ" and len(data) > 64 and data[:64].count(b"\x00") < 8:
                continue  # "MZ" also starts ordinary words; a real PE header is full of NULs
            if magic == b"ID3" and data[3:4] not in (b"\x02", b"\x03", b"\x04"):
                continue
            return name
    return None


def _utf16_by_nul_pattern(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 of mostly ASCII/Latin/Cyrillic text by where its NULs sit."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / max(len(even), 1)
    odd_nul = odd.count(0) / max(len(odd), 1)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    # Cyrillic in UTF-16 puts 0x04 in the high byte instead of NUL.
    if len(sample) >= 8:
        odd_04 = sum(1 for b in odd if b in (0, 4)) / len(odd)
        even_04 = sum(1 for b in even if b in (0, 4)) / len(even)
        if odd_04 > 0.8 and even_04 < 0.2:
            return "utf-16-le"
        if even_04 > 0.8 and odd_04 < 0.2:
            return "utf-16-be"
    return None


def cyrillic_plausibility(text: str) -> float:
    """Score in [0, 1]: how much ``text`` looks like real Cyrillic prose.

    Real text is mostly lowercase and dominated by a dozen frequent letters; a
    cp1251 text read as KOI8-R (or the reverse) comes out mostly uppercase.
    """
    letters = [c for c in text if "\u0400" <= c <= "\u04ff"]
    if not letters:
        return 0.0
    lower = sum(1 for c in letters if c.islower()) / len(letters)
    common = sum(1 for c in letters if c.lower() in _COMMON_CYR and c.islower()) / len(letters)
    # A KOI8 variant that lacks the text's letters turns them into box-drawing signs.
    non_ascii = sum(1 for c in text if ord(c) > 127)
    in_alphabet = len(letters) / non_ascii if non_ascii else 0.0
    return 0.4 * lower + 0.4 * common + 0.2 * in_alphabet


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    return bad / len(text)


def _check_text(text: str, *, source: str, encoding: str) -> str:
    if not text.strip():
        raise EmptyInput(f"{source}: only whitespace after decoding as {encoding}")
    if _control_ratio(text) > 0.01:
        raise BinaryInput(
            f"{source}: decoded as {encoding} but full of control characters; not a text file"
        )
    return text


def _decode_single_byte(data: bytes, *, source: str, declared: str | None = None) -> str:
    # Cyrillic first: if any candidate gives plausible Cyrillic, take the best one.
    best: tuple[float, str, str] | None = None
    for enc in _CYRILLIC_CANDIDATES:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        cyr = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
        letters = sum(1 for c in text if c.isalpha())
        if letters == 0 or cyr / letters < 0.5:
            continue
        score = cyrillic_plausibility(text)
        if best is None or score > best[0] + 1e-9:
            best = (score, enc, text)
    if best is not None and best[0] >= 0.6:
        return _check_text(best[2], source=source, encoding=best[1])
    # Pages often declare latin-1 while being cp1251, so the declaration comes
    # after the Cyrillic check, and before statistical guessing.
    if declared and declared not in ("utf-8", "ascii"):
        try:
            return _check_text(data.decode(declared), source=source, encoding=declared)
        except (LookupError, UnicodeDecodeError):
            pass

    # Western European text: cp1252 when every non-ASCII character it yields is
    # an ordinary accented letter or typographic sign.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and all(c in _WESTERN for c in western if ord(c) > 127):
        return _check_text(western, source=source, encoding="cp1252")

    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None or match.encoding is None:
        raise DecodeError(
            f"{source}: not valid UTF-8, UTF-16, cp1251 or KOI8-R, and no other encoding fits",
            hint="convert the file to UTF-8",
        )
    return _check_text(str(match), source=source, encoding=match.encoding)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first 2 KB (meta or XML prolog)."""
    head = data[:2048].decode("ascii", errors="ignore")
    m = _DECLARED.search(head)
    if not m:
        return None
    name = (m.group(1) or m.group(2)).strip().lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, source: str, declared: str | None = None) -> str:
    """Decode ``data`` to text, normalising line ends to ``\\n``.

    ``declared`` is a charset the container states (HTTP header, HTML meta); it
    is tried, strictly, after BOMs and UTF-8 and before any guessing.

    Raises ``EmptyInput`` for no bytes or whitespace only, ``BinaryInput`` for a
    known binary format or NUL bytes that UTF-16 does not explain, and
    ``DecodeError`` when no supported encoding fits.
    """
    if not data or not data.strip():
        raise EmptyInput(f"{source}: empty input")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"{source}: starts with a {enc} BOM but is not {enc}: {exc}"
                ) from exc
            return _normalise_newlines(
                _check_text(text.lstrip("\ufeff"), source=source, encoding=enc)
            )
    kind = sniff_binary(data)
    if kind is not None:
        raise BinaryInput(f"{source}: binary file ({kind}), not text")
    if b"\x00" in data:
        enc16 = _utf16_by_nul_pattern(data)
        if enc16 is None:
            raise BinaryInput(f"{source}: contains NUL bytes and is not UTF-16 text")
        try:
            text = data.decode(enc16)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{source}: looks like {enc16} but does not decode: {exc}") from exc
        return _normalise_newlines(_check_text(text, source=source, encoding=enc16))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        mostly = _mostly_utf8(data)
        if mostly is not None:
            text = mostly
        else:
            text = _decode_single_byte(data, source=source, declared=declared)
    else:
        text = _check_text(text, source=source, encoding="utf-8")
    return _normalise_newlines(text)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken sequences (a file cut mid-character, one bad
    line), decoded with U+FFFD for the broken bytes; ``None`` if it is not that.

    Only accepted when the text also holds valid multi-byte sequences, so a
    Latin-1 or cp1251 file (whose every accented byte is invalid) is not.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if bad <= max(3, len(data) // 2000) and good >= 4 * bad:
        return text.rstrip("\ufffd")  # a character cut off at the end is dropped
    return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


__all__ = ["cyrillic_plausibility", "declared_charset", "decode_bytes", "sniff_binary"]
