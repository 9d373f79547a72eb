"""Publication dates from metadata strings and from URL paths.

Never falls back to the current date: a value that names no year gives ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache

from claimline.model import Precision

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}.*)?\s*$")
_ISO_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T\d{2}:?\d{2}.*)?\s*$")
_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_YEAR_ONLY = re.compile(r"^\s*(\d{4})\s*$")
_HAS_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|21\d\d)(?!\d)")
_RFC2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")

MIN_YEAR = 1900
MAX_YEAR = 2100
DEFAULT_LANGUAGES: tuple[str, ...] = ("en", "ru", "uk", "de", "fr", "es", "it", "pl")

# URL date patterns, most specific first; each is validated as a real date.
_URL_PATTERNS: tuple[tuple[re.Pattern[str], Precision], ...] = (
    (re.compile(r"(?<!\d)((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?=/|$|[-_.])"), Precision.DAY),
    (re.compile(r"(?<![\d])((?:19|20)\d\d)-(\d{2})-(\d{2})(?![\d])"), Precision.DAY),
    (re.compile(r"(?<![\d])((?:19|20)\d\d)_(\d{2})_(\d{2})(?![\d])"), Precision.DAY),
    (re.compile(r"(?<=[/_-])((?:19|20)\d\d)(\d{2})(\d{2})(?=[/_.-]|$)"), Precision.DAY),
    (re.compile(r"(?<=/)((?:19|20)\d\d)/(\d{1,2})(?=/)"), Precision.MONTH),
)


def _valid(y: int, m: int, d: int) -> date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_published(
    value: str | None, *, languages: Sequence[str] = DEFAULT_LANGUAGES
) -> tuple[date, Precision] | None:
    """Parse a publication date as an input gives it.

    Handles ISO dates and datetimes (the local calendar day is kept, not the UTC
    one), ``2025-11`` (month precision), ``2025`` (year), RFC 2822 feed dates,
    and written dates in the configured languages ("21 November 2025",
    "21 ноября 2025").  Returns ``None`` for anything without an explicit year,
    so relative words ("yesterday") never turn into today's date.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text or len(text) > 120:
        return None
    m = _ISO_DAY.match(text) or _ISO_COMPACT.match(text)
    if m:
        day = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (day, Precision.DAY) if day else None
    m = _ISO_MONTH.match(text)
    if m:
        month = int(m.group(2))
        day = _valid(int(m.group(1)), month, 1) if 1 <= month <= 12 else None
        return (day, Precision.MONTH) if day else None
    m = _YEAR_ONLY.match(text)
    if m:
        day = _valid(int(m.group(1)), 1, 1)
        return (day, Precision.YEAR) if day else None
    if not _HAS_YEAR.search(text):
        return None
    if _RFC2822.match(text):
        try:
            dt = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            dt = None
        if dt is not None:
            day = _valid(dt.year, dt.month, dt.day)
            if day:
                return day, Precision.DAY
    return _parse_written(text, tuple(languages))


@lru_cache(maxsize=8)
def _date_parser(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    # Only languages dateparser knows; an unknown code would raise.
    known = tuple(lang for lang in languages if lang in _dateparser_languages()) or ("en",)
    return DateDataParser(
        languages=list(known),
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        },
    )


@lru_cache(maxsize=1)
def _dateparser_languages() -> frozenset[str]:
    from dateparser.data import languages_info

    return frozenset(languages_info.language_order)


def _parse_written(text: str, languages: tuple[str, ...]) -> tuple[date, Precision] | None:
    data = _date_parser(languages).get_date_data(text)
    obj = getattr(data, "date_obj", None)
    if not isinstance(obj, datetime):
        return None
    period = getattr(data, "period", "day") or "day"
    day = _valid(obj.year, obj.month, obj.day)
    if day is None:
        return None
    if period == "month":
        return day.replace(day=1), Precision.MONTH
    if period == "year":
        return day.replace(month=1, day=1), Precision.YEAR
    return day, Precision.DAY


def date_from_url(url: str | None) -> tuple[date, Precision] | None:
    """Find a publication date in a URL path (/2025/11/21/, /2025-11-21/, /20251121/, /2025/11/).

    Only the path is searched (not the host or query) and every match must be a
    real calendar date between 1900 and 2100.
    """
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I)
    path = path.split("?", 1)[0].split("#", 1)[0]
    for pattern, precision in _URL_PATTERNS:
        for m in pattern.finditer(path):
            y, mo = int(m.group(1)), int(m.group(2))
            d = int(m.group(3)) if precision is Precision.DAY else 1
            day = _valid(y, mo, d)
            if day is not None:
                return day, precision
    return None


__all__ = ["DEFAULT_LANGUAGES", "date_from_url", "parse_published"]
