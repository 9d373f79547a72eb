"""Words of time: month, weekday, season and number lexicons for English,
Russian and Ukrainian, plus the calendar arithmetic the time rules share.

Everything here is data or a pure function of its arguments: no wall clock.
The regular-expression fragments are built from these tables so that adding
a language means adding words, not rules.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# English month names and abbreviations.  English month words are matched
# case-sensitively (capitalised) so that "may" the verb and "march" the verb
# never become months.
EN_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Russian and Ukrainian month forms: nominative, genitive ("28 июля"),
# prepositional/locative ("в сентябре", "у вересні").
_SLAVIC_MONTH_FORMS: tuple[tuple[int, str], ...] = (
    (1, "январь января январе січень січня січні"),
    (2, "февраль февраля феврале лютий лютого лютому"),
    (3, "март марта марте березень березня березні"),
    (4, "апрель апреля апреле квітень квітня квітні"),
    (5, "май мая мае травень травня травні"),
    (6, "июнь июня июне червень червня червні"),
    (7, "июль июля июле липень липня липні"),
    (8, "август августа августе серпень серпня серпні"),
    (9, "сентябрь сентября сентябре вересень вересня вересні"),
    (10, "октябрь октября октябре жовтень жовтня жовтні"),
    (11, "ноябрь ноября ноябре листопад листопада листопаді"),
    (12, "декабрь декабря декабре грудень грудня грудні"),
)
SLAVIC_MONTHS: dict[str, int] = {
    form: month for month, forms in _SLAVIC_MONTH_FORMS for form in forms.split()
}

EN_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip

# Accusative ("в субботу", "у суботу") and nominative forms.
SLAVIC_WEEKDAYS: dict[str, int] = {
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3,
    "пятницу": 4, "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6,
    "понеділок": 0, "вівторок": 1, "середу": 2, "середа": 2, "четвер": 3,
    "п'ятницю": 4, "п’ятницю": 4, "пʼятницю": 4, "п'ятниця": 4, "суботу": 5,
    "субота": 5, "неділю": 6, "неділя": 6,
}  # fmt: skip

# Meteorological seasons: (first month, number of months).  Winter of year Y
# is December Y to February Y+1.
SEASONS: dict[str, int] = {
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
    "весна": 3, "весной": 3, "весною": 3, "лето": 6, "летом": 6, "літо": 6,
    "влітку": 6, "осень": 9, "осенью": 9, "осінь": 9, "восени": 9,
    "зима": 12, "зимой": 12, "взимку": 12, "навесні": 3, "взимі": 12, "узимку": 12,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
    "twenty-four": 24, "thirty": 30, "forty-eight": 48, "several": 3,
    "a few": 3, "few": 3, "couple of": 2, "a couple of": 2,
}  # fmt: skip

# Parts of a month as day ranges; the last value None means "to month end".
MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10), "beginning": (1, 10), "start": (1, 10),
    "mid": (11, 20), "middle": (11, 20), "late": (21, None), "end": (21, None),
    "first half": (1, 15), "second half": (16, None), "first week": (1, 7),
    "second week": (8, 14), "third week": (15, 21), "fourth week": (22, 28),
    "last week": (24, None),
    "first days": (1, 7), "first few days": (1, 7), "opening days": (1, 7),
    "first weeks": (1, 14), "first two weeks": (1, 14), "first few weeks": (1, 14),
    "last days": (22, None), "last few days": (22, None), "final days": (22, None),
    "closing days": (22, None), "last weeks": (15, None), "final weeks": (15, None),
    "last two weeks": (15, None), "last few weeks": (15, None),
    "начала": (1, 10), "начале": (1, 10), "середины": (11, 20),
    "середине": (11, 20), "конца": (21, None), "конце": (21, None),
    "початку": (1, 10), "середини": (11, 20), "середині": (11, 20),
    "кінця": (21, None), "кінці": (21, None), "наприкінці": (21, None),
}  # fmt: skip

# Parts of a year as month ranges.
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4), "beginning": (1, 3), "start": (1, 3), "mid": (5, 8),
    "middle": (5, 8), "late": (9, 12), "end": (10, 12),
    "first half": (1, 6), "second half": (7, 12),
    "начале": (1, 3), "начала": (1, 3), "початку": (1, 3), "середине": (5, 8),
    "середины": (5, 8), "середині": (5, 8), "середини": (5, 8), "конце": (10, 12),
    "конца": (10, 12), "кінці": (10, 12), "кінця": (10, 12), "наприкінці": (10, 12),
}  # fmt: skip


def number_value(word: str) -> int | None:
    """The integer a digit string or an English number word stands for."""
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def month_interval(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), month_end(year, month)


def season_interval(year: int, first_month: int) -> tuple[date, date]:
    """The three months of a season starting in ``first_month`` of ``year``."""
    start = date(year, first_month, 1)
    last_month = first_month + 2
    last_year = year + (last_month - 1) // 12
    return start, month_end(last_year, (last_month - 1) % 12 + 1)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def weekday_after(anchor: date, weekday: int) -> date:
    """The first such weekday strictly after ``anchor``."""
    return anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the parts do not form one (31 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def recent_day(anchor: date, month: int, day: int, *, forward: bool = False) -> date | None:
    """The most recent ``month``/``day`` not after ``anchor`` (or the next one
    on or after it when ``forward``).  29 February falls back a year at a time."""
    step = 1 if forward else -1
    for offset in range(0, 9):
        year = anchor.year + step * offset
        candidate = safe_date(year, month, day)
        if candidate is None:
            continue
        if (candidate >= anchor) if forward else (candidate <= anchor):
            return candidate
    return None


def recent_month_year(anchor: date, month: int, *, forward: bool = False) -> int:
    """The year of the most recent ``month`` that has begun by ``anchor``
    (or, when ``forward``, the next one not yet over)."""
    if forward:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


# Relative words resolved against the anchor: key -> (kind of computation, offset).
RELATIVE_DAYS: dict[str, tuple[int, int]] = {}
for _words, _span in (
    ("today|tonight|this morning|this afternoon|this evening|earlier today|later today|"
     "now|currently|at present|at the moment|сегодня|сьогодні|сегодня утром|нынче|сейчас|"
     "зараз|наразі", (0, 0)),
    ("yesterday|yesterday morning|yesterday afternoon|yesterday evening|вчера|вчора|"
     "накануне|напередодні", (-1, -1)),
    ("overnight|last night|overnight on|ночью|вночі|минулої ночі|прошлой ночью|этой ночью",
     (-1, 0)),
    ("the day before yesterday|позавчера|позавчора", (-2, -2)),
    ("tomorrow|завтра", (1, 1)),
):  # fmt: skip
    for _w in _words.split("|"):
        RELATIVE_DAYS[_w] = _span

RELATIVE_PERIODS: dict[str, tuple[str, int]] = {
    "this week": ("week", 0), "the current week": ("week", 0), "last week": ("week", -1),
    "the previous week": ("week", -1), "earlier this week": ("week_to_date", 0),
    "next week": ("week", 1), "the past week": ("days", 7), "the last week": ("days", 7),
    "this month": ("month", 0), "the current month": ("month", 0), "last month": ("month", -1),
    "the previous month": ("month", -1), "earlier this month": ("month_to_date", 0),
    "next month": ("month", 1), "the end of the month": ("month_end", 0),
    "the end of this month": ("month_end", 0), "the end of last month": ("month_end", -1),
    "the beginning of the month": ("month_start", 0), "the start of the month": ("month_start", 0),
    "the beginning of this month": ("month_start", 0), "the past month": ("days", 30),
    "this year": ("year", 0), "the current year": ("year", 0), "last year": ("year", -1),
    "the previous year": ("year", -1), "earlier this year": ("year_to_date", 0),
    "next year": ("year", 1), "the past year": ("days", 365),
    "the end of the year": ("year_end", 0),
    "the end of this year": ("year_end", 0), "the end of last year": ("year_end", -1),
    "на этой неделе": ("week", 0), "цього тижня": ("week", 0), "на цьому тижні": ("week", 0),
    "на прошлой неделе": ("week", -1), "минулого тижня": ("week", -1),
    "на минулому тижні": ("week", -1), "в этом месяце": ("month", 0), "цього місяця": ("month", 0),
    "в прошлом месяце": ("month", -1), "минулого місяця": ("month", -1),
    "в этом году": ("year", 0), "цього року": ("year", 0), "этом году": ("year", 0),
    "в прошлом году": ("year", -1), "минулого року": ("year", -1), "торік": ("year", -1),
}  # fmt: skip

PERIOD_PRECISION = {
    "week": "week", "week_to_date": "week", "days": "week",
    "month": "month", "month_to_date": "month", "month_end": "week",
    "month_start": "week", "year": "year", "year_to_date": "year",
    "year_end": "season",
}  # fmt: skip


def period(kind: str, offset: int, anchor: date) -> tuple[date, date]:
    """The calendar stretch a relative period word names, ``offset`` periods away."""
    if kind in ("week", "week_to_date"):
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=offset)
        return (monday, anchor) if kind == "week_to_date" else (monday, monday + timedelta(days=6))
    if kind == "days":
        return anchor - timedelta(days=offset), anchor
    if kind.startswith("month"):
        first = add_months(anchor.replace(day=1), offset)
        start, end = month_interval(first.year, first.month)
        if kind == "month_to_date":
            return start, anchor
        if kind == "month_end":
            return start.replace(day=21), end
        if kind == "month_start":
            return start, start.replace(day=10)
        return start, end
    year = anchor.year + offset
    if kind == "year_to_date":
        return date(year, 1, 1), anchor
    if kind == "year_end":
        return date(year, 10, 1), date(year, 12, 31)
    return date(year, 1, 1), date(year, 12, 31)
