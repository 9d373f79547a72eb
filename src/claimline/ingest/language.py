"""Language identification with lingua, restricted to a configured set."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

DEFAULT_LANGUAGES: tuple[str, ...] = ("en", "ru", "uk", "de", "fr", "es", "it", "pl")
_SAMPLE_CHARS = 3000  # enough for a stable answer; keeps detection cheap on long pages
_MIN_LETTERS = 12


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
    if sum(1 for c in sample if c.isalpha()) < _MIN_LETTERS:
        return None
    if len(langs) == 1:
        return langs[0]
    detector = _detector(langs)
    if detector is None:
        return None
    found = detector.detect_language_of(sample)
    if found is None:
        return None
    return found.iso_code_639_1.name.lower()


__all__ = ["DEFAULT_LANGUAGES", "detect_language", "normalise_language"]
