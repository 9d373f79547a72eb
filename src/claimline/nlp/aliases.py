"""Alias normalisation and inflection for place names in Latin and Cyrillic.

One function, :func:`normalize`, turns any spelling of a name into the key the
gazetteer is indexed by: case, apostrophes (’ ' ʼ ` and dropped ones),
diacritics on Latin letters, hyphens and spaces all collapse, so
``Kup'yans'k``, ``Kupyansk`` and ``KUPYANSK`` share a key and so do
``Куп’янськ`` and ``Куп'янськ``.  The build script and the run-time matcher both
use it, which is what keeps the stored keys and the looked-up keys in step.

Russian and Ukrainian decline place names (``в Купянске``, ``під Куп'янськом``,
``Авдіївці``).  Rather than storing every case form, :func:`lemma_candidates`
undoes the case endings of a word: it proposes the nominative forms the word
could come from, and the caller keeps the ones that are gazetteer keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Every apostrophe-like mark seen in place names; all are dropped from keys
#: because sources disagree on them and many drop them altogether.
APOSTROPHES = "'’ʼ`´‘ʹ′＇"
_APOSTROPHE_RE = re.compile(f'[{APOSTROPHES}"”“]')
_SEPARATORS_RE = re.compile(r"[\s\-‐‑‒–—_./]+")

_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_ONLY = set("іїєґ")
#: Letters of Serbian, Macedonian, Belarusian, Kazakh ... Cyrillic: an alternate
#: name holding one of them is neither Russian nor Ukrainian.
_FOREIGN_CYRILLIC = set("јљњћђџўѓќѕәғқңөұүһі̇")


def is_cyrillic(text: str) -> bool:
    """True when ``text`` holds at least one Cyrillic letter."""
    return bool(_CYRILLIC_RE.search(text))


def cyrillic_language(text: str) -> str | None:
    """``"uk"``, ``"ru"`` or None (another Cyrillic language, or not Cyrillic).

    Ukrainian is recognised by its own letters (і ї є ґ); a Cyrillic name
    without them and without the letters of other Cyrillic alphabets is taken
    as Russian, and ``ы ъ э ё`` make that certain.
    """
    low = text.lower()
    if not is_cyrillic(low):
        return None
    letters = set(low)
    if letters & _FOREIGN_CYRILLIC - {"і"}:
        return None
    # Russian spells the sound with ъ/ь; only Ukrainian uses an apostrophe.
    if letters & _UKRAINIAN_ONLY or letters & set(APOSTROPHES):
        return None if letters & set("ыэъё") else "uk"
    return "ru"


def _fold_latin(ch: str) -> str:
    # Only Latin letters lose their diacritics: NFD would turn Cyrillic й into
    # и + breve and ї into і + diaeresis, which are different letters.
    if ch.isascii() or _CYRILLIC_RE.match(ch):
        return ch
    decomposed = unicodedata.normalize("NFD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"}.get(base, base)


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """The lookup key of a place name: casefolded, apostrophes dropped,
    Latin diacritics removed, ``ё`` as ``е``, hyphens and runs of spaces as
    one space.  Idempotent: ``normalize(normalize(x)) == normalize(x)``."""
    text = unicodedata.normalize("NFC", name).casefold()
    text = _APOSTROPHE_RE.sub("", text)
    text = "".join(_fold_latin(c) for c in text)
    text = text.replace("ё", "е")
    return _SEPARATORS_RE.sub(" ", text).strip()


# --- inflection -------------------------------------------------------------

#: (ending in the text, ending of the nominative) pairs for Russian and
#: Ukrainian nouns and adjectives, longest endings first.  They are applied to a
#: normalised word (apostrophes gone, ё as е), so ``Куп'янську`` arrives as
#: ``купянську``.  Over-generation is harmless: a candidate only counts when it
#: is a gazetteer key.
_ENDINGS: tuple[tuple[str, str], ...] = (
    # adjectives, masculine/neuter/feminine (Великий Бурлук, Веселе, Велика Новосілка)
    ("ого", "ий"),
    ("ого", "ый"),
    ("ого", "ой"),
    ("ого", "е"),
    ("ого", "ое"),
    ("ому", "ий"),
    ("ому", "ый"),
    ("ому", "е"),
    ("ому", "ое"),
    ("ому", "ой"),
    ("его", "ий"),
    ("ему", "ий"),
    ("его", "ее"),
    ("ему", "ее"),
    ("ым", "ый"),
    ("ым", "ое"),
    ("им", "ий"),
    ("им", "е"),
    ("ім", "ий"),
    ("ім", "е"),
    ("ом", "ый"),
    ("ом", "ое"),
    ("ом", "ой"),
    ("ої", "а"),
    ("ій", "а"),
    ("ою", "а"),
    ("ой", "ая"),
    ("ую", "ая"),
    ("ей", "яя"),
    # -ів/-їв towns alternate the vowel (Харків → Харкова, Київ → Києва)
    ("ового", "ів"),
    ("овому", "ів"),
    ("овим", "ів"),
    ("ова", "ів"),
    ("ову", "ів"),
    ("овом", "ів"),
    ("ові", "ів"),
    ("єва", "їв"),
    ("єву", "їв"),
    ("євом", "їв"),
    ("єві", "їв"),
    ("ева", "ів"),
    ("еві", "ів"),
    # -піль/-поль towns alternate the vowel too (Костянтинопіль → Костянтинополя)
    ("олем", "іль"),
    ("оля", "іль"),
    ("олю", "іль"),
    ("олі", "іль"),
    # Ukrainian -ка/-га/-ха in the locative (Авдіївці, Ризі, Вільсі)
    ("ці", "ка"),
    ("зі", "га"),
    ("сі", "ха"),
    # -ье / -ья / -ья (Запорожье, Запоріжжя)
    ("ья", "ье"),
    ("ью", "ье"),
    ("ьем", "ье"),
    ("ьи", "ья"),
    ("ье", "ья"),
    ("ям", "я"),
    ("ей", "ь"),
    # feminine nouns in -ія / -ия (Балаклія → з Балаклії, Балаклію, Балаклією)
    ("ії", "ія"),
    ("ію", "ія"),
    ("ією", "ія"),
    ("ии", "ия"),
    ("ию", "ия"),
    ("ией", "ия"),
    # feminine nouns in -а / -я
    ("ы", "а"),
    ("и", "а"),
    ("і", "а"),
    ("е", "а"),
    ("у", "а"),
    ("ой", "а"),
    ("ою", "а"),
    ("и", "я"),
    ("і", "я"),
    ("е", "я"),
    ("ю", "я"),
    ("ей", "я"),
    ("ею", "я"),
    # soft-sign nouns (Ставрополь, Мелітополь)
    ("я", "ь"),
    ("ю", "ь"),
    ("ем", "ь"),
    ("і", "ь"),
    ("и", "ь"),
    ("е", "ь"),
    ("ем", "ь"),
    # neuter nouns in -о (Иваново)
    ("а", "о"),
    ("у", "о"),
    ("ом", "о"),
    ("е", "о"),
    ("і", "о"),
    # consonant stems (Бахмут, Купянск, Куп'янськ, Покровськ)
    ("ом", ""),
    ("ові", ""),
    ("ым", ""),
    ("а", ""),
    ("у", ""),
    ("е", ""),
    ("і", ""),
)


def lemma_candidates(word: str, min_stem: int = 3) -> list[str]:
    """Nominative forms a normalised Cyrillic ``word`` may be an inflection of.

    The word itself is not included.  A stem shorter than ``min_stem`` letters
    is never proposed: short words are too often a different word altogether.
    """
    if len(word) <= min_stem or not is_cyrillic(word):
        return []
    out: list[str] = []
    for ending, base in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            stem = word[: len(word) - len(ending)]
            # After -ськ/-цьк a Ukrainian noun takes -у in the locative
            # (у Покровську); "-ські", "-ське" there are adjectives (українські).
            if base == "" and ending in ("і", "е", "а") and stem.endswith(("ськ", "цьк", "зьк")):
                if ending != "а":
                    continue
            cand = stem + base
            if cand != word and cand not in out:
                out.append(cand)
    # A Russian adjectival name for a Ukrainian one: "Дальнее" is "Дальнє" (normalised
    # "дальне"), "Степовая" is "Степова", "-овка" is "-івка" ("Новоселовка").
    for cand in [word, *out]:
        for ru, uk in _RU_UK_ENDINGS:
            if cand.endswith(ru) and len(cand) - len(ru) >= min_stem:
                alt = cand[: len(cand) - len(ru)] + uk
                if alt != word and alt not in out:
                    out.append(alt)
    return out


_RU_UK_ENDINGS = (("нее", "не"), ("ая", "а"), ("овка", "івка"), ("евка", "іївка"))


def phrase_lemmas(words: list[str], limit: int = 64) -> list[str]:
    """Nominative keys a multi-word Cyrillic phrase may come from.

    Each word is replaced by itself or one of its lemma candidates; the
    product is capped at ``limit`` keys, the unchanged phrase excluded.
    """
    # Words after the first may be short (Часів Яр → Часовом Яре).
    options = [[w, *lemma_candidates(w, 3 if i == 0 else 2)] for i, w in enumerate(words)]
    keys: list[str] = [""]
    for opts in options:
        keys = [f"{k} {o}".strip() for k in keys for o in opts][:limit]
    joined = " ".join(words)
    return [k for k in keys if k != joined]


_ADJ_RE = re.compile(
    r"^(.{3,}?)(ск|цк|ськ|цьк)(ий|ый|ое|ого|ому|ом|ое|е|ім|им|ая|ой|а|ої|ій|у|ую)$"
)


def adjective_bases(word: str) -> list[str]:
    """Town names a normalised Cyrillic place adjective may be formed from:
    ``херсонском`` → ``херсонск``, ``херсон``; ``купянском`` → ``купянск``.
    Used where the grammar wants an adjective ("на Херсонском направлении")."""
    m = _ADJ_RE.match(word)
    if not m:
        return []
    stem, suffix, _ending = m.groups()
    return [stem + suffix, stem]


# --- Ukrainian → Russian name forms ------------------------------------------

#: Suffix rules from a Ukrainian name to the Russian form Russian media use for
#: it (Петропавлівка → Петропавловка, Веселе → Веселое).  Applied to villages
#: that GeoNames gives no Russian name for; stored with the source ``ru_guess``.
_UK_TO_RU_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("іївка", "еевка"),
    ("ївка", "еевка"),
    ("івка", "овка"),
    ("ївськ", "еевск"),
    ("івськ", "овск"),
    ("івське", "овское"),
    ("івський", "овский"),
    ("ськ", "ск"),
    ("цьк", "цк"),
    ("ське", "ское"),
    ("цьке", "цкое"),
    ("зьке", "зское"),
    ("ський", "ский"),
    ("цький", "цкий"),
    ("ове", "ово"),
    ("еве", "ево"),
    ("єве", "ево"),
    ("ине", "ино"),
    ("не", "ное"),
    ("ле", "лое"),
    ("ре", "рое"),
    ("ве", "вое"),
    ("ий", "ый"),
    ("ів", "ов"),
    ("їв", "ев"),
)
_UK_TO_RU_LETTERS = str.maketrans(
    {"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "", "’": "", "ʼ": ""}
)
_RU_SOFT_SOUNDS = re.compile(r"([гкхжшчщц])ый\b")


def guess_russian(uk_name: str) -> str:
    """A plausible Russian form of a Ukrainian Cyrillic place name.

    A heuristic (Ukrainian ``и`` is left as ``и``, so ``Синьківка`` becomes
    ``Синьковка``); it serves matching of Russian-language text, not display.
    """
    words = []
    for word in re.split(r"(\s+|-)", uk_name):
        low = word
        for uk, ru in _UK_TO_RU_SUFFIXES:
            if low.lower().endswith(uk) and len(low) > len(uk) + 1:
                low = low[: len(low) - len(uk)] + ru
                break
        words.append(low.translate(_UK_TO_RU_LETTERS))
    return _RU_SOFT_SOUNDS.sub(r"\1ий", "".join(words))


# --- Russian transliterations of Ukrainian two-word names --------------------

#: Russian-transliterated forms of the adjective that opens many Ukrainian
#: village names ("Malye Shcherbaki" for Mali Shcherbaky, "Bolshaya
#: Pisarevka" for Velyka Pysarivka), each with its Ukrainian forms.
_RU_PREFIXES: dict[str, tuple[str, ...]] = {}
for _uk, _ru in (
    ("mala", "malaya"),
    ("mali", "malye malyye maliye malie"),
    ("male", "maloye maloe"),
    ("malyi", "malyy maly malyi malyj"),
    ("velyka", "velikaya bolshaya bol'shaya"),
    ("velyki", "velikiye velikie bolshiye bolshie"),
    ("velyke", "velikoye velikoe bolshoye bolshoe"),
    ("velykyi", "velikiy veliky velikii bolshoy bolshoi"),
    ("nova", "novaya"),
    ("novi", "novye novyye noviye"),
    ("nove", "novoye novoe"),
    ("novyi", "novyy novy novyi novyj"),
    ("stara", "staraya"),
    ("stari", "starye staryye stariye"),
    ("stare", "staroye staroe"),
    ("staryi", "staryy stary staryi staryj"),
    ("verkhnia", "verkhnyaya"),
    ("verkhni", "verkhniye verkhnie"),
    ("verkhnie", "verkhneye verkhnee"),
    ("nyzhnia", "nizhnyaya"),
    ("nyzhni", "nizhniye nizhnie"),
    ("nyzhnie", "nizhneye nizhnee"),
):
    for _form in _ru.split():
        _RU_PREFIXES.setdefault(normalize(_form), ())
        _RU_PREFIXES[normalize(_form)] += (_uk,)

#: Russian endings of the second word and their Ukrainian transliterations:
#: Russian ``и`` is written i, Ukrainian ``и`` y (Shcherbaki → Shcherbaky).
_RU_LATIN_ENDINGS: tuple[tuple[str, str], ...] = (
    ("yevka", "iivka"),
    ("evka", "ivka"),
    ("ovka", "ivka"),
    ("oye", "e"),
    ("oe", "e"),
    ("aya", "a"),
    ("iye", "i"),
    ("ye", "i"),
    ("ovo", "ove"),
    ("ino", "yne"),
    ("ki", "ky"),
    ("gi", "hy"),
    ("khi", "khy"),
    ("i", "y"),
)


def ukrainian_prefix_forms(word: str) -> tuple[str, ...]:
    """Ukrainian forms of a normalised Russian-transliterated name prefix
    (``malye`` → ``mali``); empty when ``word`` is no such prefix."""
    return _RU_PREFIXES.get(word, ())


def ukrainian_latin_keys(words: list[str]) -> list[str]:
    """Ukrainian keys for a Latin phrase written in the Russian transliteration
    whose first word is a common adjective prefix: ``malye shcherbaki`` →
    ``mali shcherbaky``, ``mali shcherbaki``, ...  Empty otherwise."""
    if len(words) < 2:
        return []
    heads = ukrainian_prefix_forms(words[0])
    if not heads:
        return []
    last = words[-1]
    tails = [last]
    for ru, uk in _RU_LATIN_ENDINGS:
        if last.endswith(ru) and len(last) > len(ru) + 2:
            cand = last[: len(last) - len(ru)] + uk
            if cand not in tails:
                tails.append(cand)
    # Russian "ы" is "y" and Ukrainian "и" "y"; Russian "и" is "i" where the
    # Ukrainian name has "y" (Pisarevka → Pysarivka): try that swap inside too.
    for t in list(tails):
        swapped = re.sub(r"(?<=[bcdfghklmnprstvz])i(?=[bcdfghklmnprstvz])", "y", t)
        if swapped not in tails:
            tails.append(swapped)
    mid = words[1:-1]
    return [" ".join([h, *mid, t]) for h in heads for t in tails]


def strip_possessive(token: str) -> str | None:
    """``Kupiansk's`` → ``Kupiansk``; None when there is no possessive."""
    m = re.match(rf"^(.+?)[{APOSTROPHES}]s$", token)
    if m:
        return m.group(1)
    if token.endswith(("s'", "s’")):
        return token[:-1]
    return None


__all__ = [
    "APOSTROPHES",
    "adjective_bases",
    "cyrillic_language",
    "guess_russian",
    "is_cyrillic",
    "lemma_candidates",
    "normalize",
    "phrase_lemmas",
    "strip_possessive",
    "ukrainian_latin_keys",
    "ukrainian_prefix_forms",
]
