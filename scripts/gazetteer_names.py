"""Name forms for the gazetteer build: romanizations and alternate names.

``kmu`` gives the canonical English name of a Ukrainian place (KMU 2010);
``uk_romanizations`` and ``ru_romanizations`` the spellings English media use
(BGN/PCGN, British, ICAO, GOST, anyascii, and the "-yy → -y" simplification);
``clean_alternates`` sorts GeoNames alternate names into Ukrainian, Russian
and Latin ones.
"""

from __future__ import annotations

import math
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import anyascii  # noqa: E402
import translitua  # noqa: E402

from claimline.nlp.aliases import cyrillic_language, normalize  # noqa: E402

_JUNK_WORDS = ("область", "oblast", "region", "район", "raion", "rayon", "oblast'")


def kmu(uk: str) -> str:
    """KMU 2010 romanization, apostrophes dropped as the standard says."""
    return translitua.translit(uk.replace("’", "'")).replace("'", "").replace("’", "")


def _simplified(latin: str) -> str:
    # English media drop the doubled -yy/-iy/-yi endings: Krasny Liman, Veliky Burluk.
    words = []
    for w in latin.split(" "):
        for end in ("yy", "yi", "iy", "ii", "yj", "ij", "yĭ"):
            if w.lower().endswith(end) and len(w) > 4:
                w = w[: -len(end)] + "y"
                break
        words.append(w)
    return " ".join(words)


def uk_romanizations(uk: str) -> list[tuple[str, str]]:
    """(alias, source) Latin forms of a Ukrainian name, canonical KMU first."""
    out = [(kmu(uk), "kmu")]
    out.append((anyascii.anyascii(uk), "uk_latin"))
    for table in (translitua.UkrainianBGN, translitua.UkrainianBritish):
        out.append((translitua.translit(uk, table), "uk_latin"))
    out.append((_simplified(out[0][0]), "uk_latin"))
    out.append((_simplified(anyascii.anyascii(uk)), "uk_latin"))
    return out


_BGN_RU = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
_RU_VOWELS = set("аеёиоуыэюяьъй")


def ru_bgn(ru: str) -> str:
    """BGN/PCGN-style Russian romanization as English media use it: ``е`` is
    ``ye`` at the start of a word and after a vowel (Николаев → Nikolayev,
    Андреевка → Andreyevka); soft and hard signs are dropped."""
    out = []
    prev = " "
    for ch in ru:
        low = ch.lower()
        if low in _BGN_RU:
            lat = _BGN_RU[low]
            if low == "е" and (not prev.isalpha() or prev.lower() in _RU_VOWELS):
                lat = "ye"
            out.append(lat.capitalize() if ch.isupper() else lat)
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


def ru_romanizations(ru: str) -> list[tuple[str, str]]:
    """(alias, source) Latin forms of a Russian name as English media write it."""
    first = anyascii.anyascii(ru)
    out = [(first, "ru_latin"), (_simplified(first), "ru_latin"), (ru_bgn(ru), "ru_latin")]
    for table in (translitua.RussianICAO, translitua.RussianGOST2006):
        out.append((translitua.translit(ru, table), "ru_latin"))
    return out


def clean_alternates(names: Iterable[str]) -> tuple[list[str], list[str], list[str]]:
    """Split GeoNames alternate names into (Ukrainian, Russian, Latin) lists."""
    uk, ru, latin = [], [], []
    for name in names:
        low = name.lower()
        if any(j in low for j in _JUNK_WORDS) or any(c.isdigit() for c in name):
            continue
        lang = cyrillic_language(name)
        if lang == "uk":
            uk.append(name)
        elif lang == "ru":
            ru.append(name)
        elif (
            lang is None
            and name[:1].isupper()
            and all(c.isascii() or c.isalpha() and "LATIN" in _uname(c) for c in name)
        ):
            latin.append(name)
    return uk, ru, latin


def _uname(c: str) -> str:
    return unicodedata.name(c, "")


def best_first(names: list[str], model: str) -> list[str]:
    """``names`` without repeats, the one most like ``model`` first (GeoNames
    lists alternate names alphabetically, so an old name may come first)."""
    from rapidfuzz import fuzz

    uniq = list(dict.fromkeys(names))
    return sorted(uniq, key=lambda n: -fuzz.ratio(normalize(n), normalize(model)))


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = a, b
    x = math.radians(lo2 - lo1) * math.cos(math.radians((la1 + la2) / 2))
    y = math.radians(la2 - la1)
    return 6371.0 * math.hypot(x, y)


_RU_VOWEL_LETTERS = "аеёиоуыэюя"


def akanye(ru: str) -> str:
    """The Russian form with its first ``о`` written ``а``, as an unstressed
    first syllable is pronounced and often spelt in Russian names of Ukrainian
    villages (Роботино → Работино).  Only for words of three syllables or more;
    the name itself when the rule does not apply."""
    words = ru.split(" ")
    first = words[0]
    vowels = [i for i, ch in enumerate(first.lower()) if ch in _RU_VOWEL_LETTERS]
    if len(vowels) < 3 or first[vowels[0]] != "о":
        return ru
    words[0] = first[: vowels[0]] + "а" + first[vowels[0] + 1 :]
    return " ".join(words)
