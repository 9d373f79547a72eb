"""Language identification with lingua, restricted to a configured set."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

DEFAULT_LANGUAGES: tuple[str, ...] = ("en", "ru", "uk", "de", "fr", "es", "it", "pl")
_SAMPLE_CHARS = 3000  # enough for a stable answer; keeps detection cheap on long pages
_MIN_LETTERS = 12

#: English function words that are not words of the other configured languages
#: (no "a", "in", "on", "to", "was", "die", "an", "is"...).  Running English
#: prose has one in six or seven of its words among these; German, French,
#: Spanish, Italian or Polish prose almost none.
_ENGLISH_MARKERS = frozenset(
    "the of and that with for said from by has have had this which were are its their "
    "after been would will not but who they".split()
)
_WORD = re.compile(r"[^\W\d_]+")
#: The shortcut needs this many words, this share of them markers, and (almost)
#: only ASCII letters: anything less plain goes to lingua.
_SHORTCUT_MIN_WORDS = 60
_SHORTCUT_MARKER_SHARE = 0.12
_SHORTCUT_OTHER_LETTERS = 0.005


def normalise_language(code: str | None) -> str | None:
    """Turn "en-US", "EN", "ru_RU" into an ISO 639-1 code; ``None`` for nothing usable."""
    if not code:
        return None
    base = str(code).strip().replace("_", "-").split("-", 1)[0].lower()
    return base if len(base) == 2 and base.isalpha() else None


@lru_cache(maxsize=4)
def _detector(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = []
    for lang in languages:
        try:
            codes.append(getattr(IsoCode639_1, lang.upper()))
        except AttributeError:
            continue  # lingua does not know it: leave it out rather than fail
    if len(codes) < 2:
        return None
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect_language(text: str, languages: Sequence[str] = DEFAULT_LANGUAGES) -> str | None:
    """The ISO 639-1 code of ``text``'s language among ``languages``, or ``None``.

    With a single configured language that language is returned for any text
    with letters.  Too little text (a few letters) gives ``None``.
    """
    langs = tuple(dict.fromkeys(lang.lower() for lang in languages))
    sample = text[:_SAMPLE_CHARS]
    if not _has_letters(sample, _MIN_LETTERS):
        return None
    if len(langs) == 1:
        return langs[0]
    if "en" in langs and plainly_english(sample):
        return "en"  # lingua's answer for such a text, at a fraction of the cost
    detector = _detector(langs)
    if detector is None:
        return None
    found = detector.detect_language_of(sample)
    if found is None:
        return None
    return found.iso_code_639_1.name.lower()


def _has_letters(sample: str, n: int) -> bool:
    """Whether ``sample`` holds at least ``n`` letters (``str.isalpha``)."""
    count = 0
    for c in sample:  # stops at the n-th letter: a page of text is not counted through
        if c.isalpha():
            count += 1
            if count >= n:
                return True
    return False


def plainly_english(sample: str) -> bool:
    """Whether ``sample`` is English prose beyond doubt, without a model.

    True only for a text of at least ``_SHORTCUT_MIN_WORDS`` words written
    in ASCII letters (a handful of others allowed: a name, a quoted word)
    where English function words found in none of the other configured
    languages make ``_SHORTCUT_MARKER_SHARE`` of the words.  Mixed, short or
    foreign texts answer False and are left to the detector.
    """
    words = _WORD.findall(sample)
    if len(words) < _SHORTCUT_MIN_WORDS:
        return False
    letters = sum(map(len, words))
    ascii_letters = sum(len(w) for w in words if w.isascii())
    if letters - ascii_letters > _SHORTCUT_OTHER_LETTERS * letters:
        return False
    markers = sum(1 for w in words if w.lower() in _ENGLISH_MARKERS)
    return markers >= _SHORTCUT_MARKER_SHARE * len(words)


__all__ = ["DEFAULT_LANGUAGES", "detect_language", "normalise_language", "plainly_english"]
