"""The temporal-expression rules: pre-compiled patterns and their resolvers.

Each rule is a compiled regular expression and a function that turns one match
into a :class:`Parsed` value given a :class:`Context` (the anchor date, whether
the clause points forward, the year last named in the text, the day last named).
:mod:`claimline.nlp.timex` runs the rules, keeps the longest non-overlapping
matches and wraps them into mentions.

English month and weekday names are matched case-sensitively (capitalised or
all capitals), so the verbs "may" and "march" never become months; every other
word is matched case-insensitively through ``(?i:...)`` groups.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from claimline.model import Precision
from claimline.nlp import timex_lexicon as lx


@dataclass(frozen=True, slots=True)
class Context:
    """What a resolver may know besides the match itself."""

    anchor: date | None
    forward: bool = False  # the clause's tense points after the anchor
    that_year: int | None = None  # the year last named before the match
    last_day: date | None = None  # the day last named before the match


@dataclass(frozen=True, slots=True)
class Parsed:
    """A resolved expression; ``start``/``end`` None mean open or unknown."""

    kind: str
    start: date | None
    end: date | None
    precision: Precision
    basis: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relation: str | None = None  # since, until, after, before


#: A yearless date at most this many days after the anchor is read forward.
NEAR_FUTURE_DAYS = 7

Resolver = Callable[[re.Match[str], Context], "Parsed | None"]

# --- pattern fragments -------------------------------------------------------


def _case_forms(words: list[str]) -> str:
    forms = sorted({f for w in words for f in (w.capitalize(), w.upper())}, key=len, reverse=True)
    return "|".join(forms)


_FULL_MONTHS = [w for w, _ in lx.EN_MONTHS.items() if len(w) > 4 or w in ("may", "june", "july")]
_ABBR_MONTHS = [w for w in lx.EN_MONTHS if w not in _FULL_MONTHS]


def _mon(name: str = "mon", full_only: bool = False) -> str:
    alternatives = _case_forms(_FULL_MONTHS)
    if not full_only:
        alternatives += "|" + "|".join(f"(?:{a})\\.?" for a in _case_forms(_ABBR_MONTHS).split("|"))
    return rf"(?<![\w])(?P<{name}>{alternatives})(?![\w])"


def _smon(name: str = "smon") -> str:
    forms = "|".join(sorted(lx.SLAVIC_MONTHS, key=len, reverse=True))
    return rf"(?<![\w])(?P<{name}>(?i:{forms}))(?![\w])"


_WD = _case_forms(list(lx.EN_WEEKDAYS))
_SLAVIC_SEASONS = "|".join(
    sorted((w for w in lx.SEASONS if not w.isascii()), key=len, reverse=True)
)
_SWD = "|".join(sorted(lx.SLAVIC_WEEKDAYS, key=len, reverse=True))
_SEASON = "|".join(
    sorted(
        {f for s in ("spring", "summer", "autumn", "fall", "winter") for f in (s, s.capitalize())}
    )
)


def _day(name: str = "day") -> str:
    return rf"(?<![\d,.:/])(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"


def _year(name: str = "year") -> str:
    return rf"(?P<{name}>(?:19|20)\d\d)(?!\d|,\d|\s*%|\.\d)"


_NUM = (
    r"(?:\d{1,3}|a\s+few|a\s+couple\s+of|several|twenty-four|forty-eight|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|a|an)"
)
_THAT_YEAR = r"(?P<that>that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year"
_SYEAR_SUFFIX = r"(?:\s*(?:года|году|год|г\.|року|році|рік|р\.))"

# --- helpers -----------------------------------------------------------------


def _month_of(m: re.Match[str], group: str = "mon") -> int | None:
    word = m.groupdict().get(group)
    if word is None:
        return None
    word = word.rstrip(".").lower()
    return lx.EN_MONTHS.get(word) or lx.SLAVIC_MONTHS.get(word)


def _explicit_or_none(kind: str, precision: Precision, **parts: int | None) -> Parsed:
    return Parsed(kind, None, None, precision, "none", **parts)  # type: ignore[arg-type]


def _that_year(m: re.Match[str], ctx: Context) -> int | None:
    """The year meant by "that year" / "the following year", from the text."""
    word = (m.groupdict().get("that") or "").lower().split()
    if ctx.that_year is None:
        return None
    if word and word[-1] in ("following", "next"):
        return ctx.that_year + 1
    if word and word[-1] == "previous":
        return ctx.that_year - 1
    return ctx.that_year


def resolve_day_month(
    kind: str, year: int | None, month: int, day: int, ctx: Context, weekday: int | None = None
) -> Parsed | None:
    """A day of a month; without a year the most recent one not after the
    anchor (the next one when the clause points forward)."""
    if not 1 <= day <= 31:
        return None
    if year is not None:
        when = lx.safe_date(year, month, day)
        if when is None:
            return None
        return Parsed(kind, when, when, Precision.DAY, "explicit", year, month, day, weekday)
    if lx.safe_date(2000, month, day) is None:  # 2000 is a leap year
        return None
    if ctx.anchor is None:
        return Parsed(kind, None, None, Precision.DAY, "none", None, month, day, weekday)
    when = lx.recent_day(ctx.anchor, month, day, forward=ctx.forward)
    if not ctx.forward:
        # A date a few days after publication is meant, not the same day a year
        # earlier: a report never drops the year of a date eleven months old.
        ahead = lx.recent_day(ctx.anchor, month, day, forward=True)
        if ahead is not None and (ahead - ctx.anchor).days <= NEAR_FUTURE_DAYS:
            when = ahead
    if when is None:
        return None
    return Parsed(kind, when, when, Precision.DAY, "relative", None, month, day, weekday)


def resolve_month(month: int, year: int | None, ctx: Context, basis: str = "explicit") -> Parsed:
    if year is None:
        if ctx.anchor is None:
            return _explicit_or_none("month", Precision.MONTH, month=month)
        year = lx.recent_month_year(ctx.anchor, month, forward=ctx.forward)
        basis = "relative"
    start, end = lx.month_interval(year, month)
    return Parsed("month", start, end, Precision.MONTH, basis, year, month)


def _month_part(part: str, month: int, year: int | None, ctx: Context, basis: str) -> Parsed:
    first, last = lx.MONTH_PARTS[part]
    whole = resolve_month(month, year, ctx, basis)
    if whole.start is None:
        return Parsed("month_part", None, None, Precision.WEEK, "none", None, month)
    start = whole.start.replace(day=first)
    end = whole.start.replace(day=last) if last is not None else whole.end
    return Parsed("month_part", start, end, Precision.WEEK, whole.basis, whole.year, month)


def _norm_part(text: str) -> str:
    words = text.lower().replace("-", " ").split()
    words = [w for w in words if w not in ("the", "of")]
    return " ".join(words)


# --- resolvers ---------------------------------------------------------------


def _iso(m: re.Match[str], ctx: Context) -> Parsed | None:
    return resolve_day_month("date", int(m["year"]), int(m["mm"]), int(m["dd"]), ctx)


def _numeric(m: re.Match[str], ctx: Context) -> Parsed | None:
    day, month = int(m["dd"]), int(m["mm"])
    if month > 12 and day <= 12:  # an American month/day order
        day, month = month, day
    if not 1 <= month <= 12:
        return None
    return resolve_day_month("date", int(m["year"]), month, day, ctx)


def _day_month(m: re.Match[str], ctx: Context) -> Parsed | None:
    month = _month_of(m, "mon") if m.groupdict().get("mon") else _month_of(m, "smon")
    if month is None:
        return None
    year = int(m["year"]) if m.groupdict().get("year") else None
    weekday = m.groupdict().get("wd")
    wd = lx.EN_WEEKDAYS.get(weekday.lower()) if weekday else None
    return resolve_day_month("date", year, month, int(m["day"]), ctx, wd)


def _month_year(m: re.Match[str], ctx: Context) -> Parsed | None:
    month = _month_of(m, "mon") if m.groupdict().get("mon") else _month_of(m, "smon")
    if month is None:
        return None
    if m.groupdict().get("year"):
        return resolve_month(month, int(m["year"]), ctx)
    year = _that_year(m, ctx)
    if year is None:
        return resolve_month(month, None, ctx)
    return resolve_month(month, year, ctx, basis="anchor")


_CUE_RELATION = {
    "since": "since", "from": "since", "until": "until", "till": "until", "by": "until",
    "before": "before", "after": "after", "с": "since", "со": "since", "з": "since",
    "із": "since", "от": "since", "від": "since", "до": "until", "после": "after",
    "після": "after",
}  # fmt: skip


def _with_cue(parsed: Parsed | None, m: re.Match[str]) -> Parsed | None:
    cue = (m.groupdict().get("cue") or "").lower()
    relation = _CUE_RELATION.get(cue)
    if parsed is None or relation is None:
        return parsed
    return Parsed(**{**_fields(parsed), "relation": relation})


def _fields(p: Parsed) -> dict[str, object]:
    return {name: getattr(p, name) for name in Parsed.__slots__}  # type: ignore[attr-defined]


def _bare_month(m: re.Match[str], ctx: Context) -> Parsed | None:
    month = _month_of(m, "mon") if m.groupdict().get("mon") else _month_of(m, "smon")
    if month is None:
        return None
    cue = (m.groupdict().get("cue") or "").lower()
    if cue == "last" and ctx.anchor is not None:
        # "last April": the most recent April that is over.
        year = ctx.anchor.year if month < ctx.anchor.month else ctx.anchor.year - 1
        return resolve_month(month, year, ctx, basis="relative")
    if cue == "next":
        ctx = Context(ctx.anchor, True, ctx.that_year, ctx.last_day)
    return _with_cue(resolve_month(month, None, ctx), m)


def _month_part_rule(m: re.Match[str], ctx: Context) -> Parsed | None:
    month = _month_of(m, "mon") if m.groupdict().get("mon") else _month_of(m, "smon")
    if month is None:
        return None
    part = _norm_part(m["part"])
    if part not in lx.MONTH_PARTS:
        return None
    if m.groupdict().get("year"):
        return _with_cue(_month_part(part, month, int(m["year"]), ctx, "explicit"), m)
    if m.groupdict().get("that"):
        year = _that_year(m, ctx)
        return _with_cue(_month_part(part, month, year, ctx, "anchor"), m)
    return _with_cue(_month_part(part, month, None, ctx, "relative"), m)


def _month_range_rule(m: re.Match[str], ctx: Context) -> Parsed | None:
    """ "between May and July 2023", "from October 2023 to February 2024"."""
    month1, month2 = _month_of(m, "mon1"), _month_of(m, "mon2")
    if month1 is None or month2 is None:
        return None
    g = m.groupdict()
    year1 = int(g["year1"]) if g.get("year1") else None
    year2 = int(g["year2"]) if g.get("year2") else None
    basis = "explicit"
    if year2 is None:
        last = resolve_month(month2, None, ctx)
        if last.start is None:
            return Parsed("month_range", None, None, Precision.MONTH, "none", None, month2)
        year2, basis = last.start.year, last.basis
    if year1 is None:
        year1 = year2 if month1 <= month2 else year2 - 1
    start, end = date(year1, month1, 1), lx.month_end(year2, month2)
    if start > end:
        return None
    return Parsed("month_range", start, end, Precision.MONTH, basis, year2, month2)


def _year_rule(m: re.Match[str], ctx: Context) -> Parsed | None:
    year = int(m["year"])
    cue = _norm_part(m.groupdict().get("cue") or "")
    if cue in lx.YEAR_PARTS:
        first, last = lx.YEAR_PARTS[cue]
        start, end = date(year, first, 1), lx.month_end(year, last)
        return Parsed("year_part", start, end, Precision.SEASON, "explicit", year)
    parsed = Parsed("year", date(year, 1, 1), date(year, 12, 31), Precision.YEAR, "explicit", year)
    return _with_cue(parsed, m)


def _slavic_year_part(m: re.Match[str], ctx: Context) -> Parsed | None:
    parsed = _year_rule(m, ctx)
    relation = _CUE_RELATION.get((m.groupdict().get("rel") or "").lower())
    if parsed is None or relation is None:
        return parsed
    return Parsed(**{**_fields(parsed), "relation": relation})


def _season_rule(m: re.Match[str], ctx: Context) -> Parsed | None:
    first = lx.SEASONS[m["season"].lower()]
    rel = (m.groupdict().get("rel") or "").lower()
    if m.groupdict().get("year"):
        year, basis = int(m["year"]), "explicit"
    elif m.groupdict().get("that"):
        year, basis = _that_year(m, ctx), "anchor"  # type: ignore[assignment]
        if year is None:
            return Parsed("season", None, None, Precision.SEASON, "none")
    elif ctx.anchor is None:
        return Parsed("season", None, None, Precision.SEASON, "none")
    else:
        anchor, basis = ctx.anchor, "relative"
        # The season that contains the anchor, or the most recent one begun.
        year = anchor.year if (anchor.month >= first or first == 12) else anchor.year - 1
        if first == 12 and anchor.month < 12:
            year = anchor.year - 1
        begun = lx.season_interval(year, first)
        if rel == "last" and begun[0] <= anchor <= begun[1]:
            year -= 1
        elif rel == "next" or (ctx.forward and begun[1] < anchor):
            year += 1
    start, end = lx.season_interval(year, first)
    return Parsed("season", start, end, Precision.SEASON, basis, year)


def _weekday_rule(m: re.Match[str], ctx: Context) -> Parsed | None:
    word = (m.groupdict().get("wd") or m.groupdict().get("swd") or "").lower()
    weekday = lx.EN_WEEKDAYS.get(word, lx.SLAVIC_WEEKDAYS.get(word))
    if weekday is None:
        return None
    rel = " ".join((m.groupdict().get("rel") or "").lower().split())
    if ctx.anchor is None:
        return Parsed("weekday", None, None, Precision.DAY, "none", weekday=weekday)
    forward = rel in ("next", "coming", "наступну", "следующую", "следующий") or (
        ctx.forward and rel not in ("last", "past", "this past", "прошлую", "прошлый", "минулу")
    )
    if forward:
        when = lx.weekday_after(ctx.anchor, weekday)
    elif rel in ("last", "прошлую", "прошлый", "минулу", "минулий", "минулої"):
        when = lx.weekday_on_or_before(ctx.anchor - timedelta(days=1), weekday)
    else:
        when = lx.weekday_on_or_before(ctx.anchor, weekday)
    return Parsed("weekday", when, when, Precision.DAY, "relative", weekday=weekday)


_UNIT_PRECISION = {
    "hour": Precision.DAY, "day": Precision.DAY, "week": Precision.WEEK,
    "month": Precision.MONTH, "year": Precision.YEAR,
}  # fmt: skip


def _span_back(anchor: date, count: int, unit: str) -> date:
    if unit == "hour":
        return anchor - timedelta(days=max(1, (count + 23) // 24))
    if unit == "day":
        return anchor - timedelta(days=count)
    if unit == "week":
        return anchor - timedelta(weeks=count)
    if unit == "month":
        return lx.add_months(anchor, -count)
    return lx.add_months(anchor, -12 * count)


def _span_forward(anchor: date, count: int, unit: str) -> date:
    if unit in ("hour", "day", "week"):
        return anchor + (anchor - _span_back(anchor, count, unit))
    return lx.add_months(anchor, count if unit == "month" else 12 * count)


def _unit(word: str) -> str:
    word = word.lower()
    for unit in _UNIT_PRECISION:
        if word.startswith(unit):
            return unit
    return "day"


def _duration_rule(m: re.Match[str], ctx: Context) -> Parsed | None:
    """ "over the past 24 hours", "for six months", "in recent weeks": a stretch
    of time that ends at the anchor (or starts there when the tense is future)."""
    unit = _unit(m["unit"])
    count = lx.number_value(m.groupdict().get("num") or "") if m.groupdict().get("num") else None
    if count is None and "recent" in m.group(0).lower():
        count = {"day": 7, "week": 6, "month": 6, "year": 3, "hour": 24}[unit]
    elif count is None:  # "over the past day", "in the last week"
        count = 24 if unit == "hour" else 1
    if ctx.anchor is None:
        return Parsed("duration", None, None, _UNIT_PRECISION[unit], "none")
    coming = bool(m.groupdict().get("coming")) or (ctx.forward and m["head"].lower() == "for")
    if coming:
        end = _span_forward(ctx.anchor, count, unit)
        return Parsed("duration", ctx.anchor, end, _UNIT_PRECISION[unit], "relative")
    start = _span_back(ctx.anchor, count, unit)
    return Parsed("duration", start, ctx.anchor, _UNIT_PRECISION[unit], "relative")


def _ago_rule(m: re.Match[str], ctx: Context) -> Parsed | None:
    unit = _unit(m["unit"])
    count = lx.number_value(m["num"]) or 1
    if ctx.anchor is None:
        return Parsed("ago", None, None, _UNIT_PRECISION[unit], "none")
    point = _span_back(ctx.anchor, count, unit)
    if unit in ("day", "hour"):
        return Parsed("ago", point, point, Precision.DAY, "relative")
    slack = {"week": 3, "month": 15, "year": 182}[unit]
    return Parsed(
        "ago", point - timedelta(days=slack), point + timedelta(days=slack),
        _UNIT_PRECISION[unit], "relative",
    )  # fmt: skip


def _neighbour_day(m: re.Match[str], ctx: Context) -> Parsed | None:
    """ "the previous day", "two days later": relative to the day last named."""
    text = m.group(0).lower()
    count = lx.number_value(m.groupdict().get("num") or "") or 1
    sign = 1 if any(w in text for w in ("next", "following", "after", "later")) else -1
    base, basis = (ctx.last_day, "anchor") if ctx.last_day else (ctx.anchor, "relative")
    if base is None:
        return Parsed("neighbour", None, None, Precision.DAY, "none")
    when = base + timedelta(days=sign * count)
    return Parsed("neighbour", when, when, Precision.DAY, basis)


def _relative_rule(m: re.Match[str], ctx: Context) -> Parsed | None:
    key = " ".join(m["rel"].lower().split())
    if key in lx.RELATIVE_DAYS:
        if ctx.anchor is None:
            return Parsed("relative", None, None, Precision.DAY, "none")
        a, b = lx.RELATIVE_DAYS[key]
        return Parsed(
            "relative", ctx.anchor + timedelta(days=a), ctx.anchor + timedelta(days=b),
            Precision.DAY, "relative",
        )  # fmt: skip
    kind, offset = lx.RELATIVE_PERIODS[key]
    if ctx.anchor is None:
        return Parsed("relative", None, None, Precision(lx.PERIOD_PRECISION[kind]), "none")
    start, end = lx.period(kind, offset, ctx.anchor)
    return Parsed("relative", start, end, Precision(lx.PERIOD_PRECISION[kind]), "relative")


def _range_rule(m: re.Match[str], ctx: Context) -> Parsed | None:
    g = m.groupdict()
    month2 = _month_of(m, "mon2") if g.get("mon2") else _month_of(m, "smon2")
    month1 = (_month_of(m, "mon1") if g.get("mon1") else None) or month2
    month2 = month2 or month1  # "July 3 to 9": the month is written once
    if month1 is None or month2 is None:
        return None
    if month1 == month2 and int(g["day1"]) >= int(g["day2"]):  # "July 4th and 2nd"
        return None
    year = int(g["year"]) if g.get("year") else None
    last = resolve_day_month("range", year, month2, int(g["day2"]), ctx)
    if last is None:
        return None
    if last.end is None:
        return Parsed("range", None, None, Precision.DAY, "none", None, month2, int(g["day2"]))
    year1 = last.end.year if month1 <= month2 else last.end.year - 1
    first = lx.safe_date(year1, month1, int(g["day1"]))
    if first is None or first > last.end:
        return None
    return Parsed("range", first, last.end, Precision.DAY, last.basis, year, month2, int(g["day2"]))


# --- the rule table ----------------------------------------------------------

_RANGE_SEP = r"\s*(?:[-–—]|(?i:to|and|until|till|through|по|до|і|и))\s*"
_RANGE_HEAD = r"(?i:(?:between|from|с|з|від)\s+)?"

RULES: list[tuple[str, re.Pattern[str], Resolver]] = [
    ("iso", re.compile(
        r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)(?![\d-])"),
     _iso),
    ("numeric", re.compile(
        r"(?<![\d.,/])(?P<dd>[0-3]?\d)[./](?P<mm>[01]?\d)[./](?P<year>(?:19|20)\d\d)(?![\d.]\d)"),
     _numeric),
    ("range_dm", re.compile(
        _RANGE_HEAD + _day("day1") + _RANGE_SEP + _day("day2") + r"\s+(?:of\s+)?"
        + _mon("mon2") + rf"(?:,?\s+{_year()})?"), _range_rule),
    ("range_md", re.compile(
        _RANGE_HEAD + _mon("mon1") + r"\s+" + _day("day1") + _RANGE_SEP + r"(?:" + _mon("mon2")
        + r"\s+)?" + _day("day2") + rf"(?![\d%])(?:,?\s+{_year()})?"), _range_rule),
    ("range_dmdm", re.compile(
        _RANGE_HEAD + _day("day1") + r"\s+" + _mon("mon1") + _RANGE_SEP + _day("day2") + r"\s+"
        + _mon("mon2") + rf"(?:,?\s+{_year()})?"), _range_rule),
    ("range_slavic", re.compile(
        _RANGE_HEAD + _day("day1") + _RANGE_SEP + _day("day2") + r"\s+" + _smon("smon2")
        + rf"(?:\s+{_year()}{_SYEAR_SUFFIX}?)?"), _range_rule),
    ("day_month", re.compile(
        rf"(?:(?P<wd>{_WD}),?\s+(?:the\s+)?)?" + _day() + r"\s+(?:of\s+)?" + _mon()
        + rf"(?:,?\s+{_year()})?"), _day_month),
    ("month_day", re.compile(
        rf"(?:(?P<wd>{_WD}),?\s+)?" + _mon() + r"\s+" + _day()
        + rf"(?![\d%:]|,\d|\.\d)(?:,?\s+{_year()})?"), _day_month),
    ("slavic_date", re.compile(
        _day() + r"\s+" + _smon() + rf"(?:\s+{_year()}{_SYEAR_SUFFIX}?)?"), _day_month),
    ("month_range", re.compile(
        r"(?i:between|from)\s+" + _mon("mon1", full_only=True) + rf"(?:,?\s+{_year('year1')})?"
        + r"\s+(?i:to|and|until|till|through)\s+" + _mon("mon2", full_only=True)
        + rf"(?:,?\s+{_year('year2')})?"), _month_range_rule),
    ("month_range_dash", re.compile(
        _mon("mon1", full_only=True) + rf"(?:\s+{_year('year1')})?" + r"\s*[-–—]\s*"
        + _mon("mon2", full_only=True) + rf"(?:,?\s+{_year('year2')})?"), _month_range_rule),
    ("month_year", re.compile(_mon() + rf"(?:\s+of)?,?\s+(?:{_year()}|{_THAT_YEAR})"), _month_year),
    ("slavic_month_year", re.compile(
        r"(?:(?i:в|во|у)\s+)?" + _smon() + rf"\s+{_year()}{_SYEAR_SUFFIX}?"), _month_year),
    ("month_part", re.compile(
        r"(?:(?P<cue>(?i:since|from|until|till|by|before|after))\s+)?(?P<part>(?i:(?:the\s+)?"
        r"(?:end|beginning|start|middle|first\s+half|second\s+half|(?:first|second|third|fourth|"
        r"last)\s+week|(?:first|last|final|opening|closing)\s+(?:(?:two|few)\s+)?(?:days|weeks))"
        r"\s+of|early|mid|late))[\s-]+"
        + _mon(full_only=True) + rf"(?:,?\s+(?:of\s+)?(?:{_year()}|{_THAT_YEAR}))?"),
     _month_part_rule),
    ("slavic_month_part", re.compile(
        r"(?:(?P<cue>(?i:с|со|з|із|от|від|до|в|у|на))\s+)?(?P<part>(?i:конца|конце|начала|начале|"
        r"середины|середине|кінця|кінці|початку|середини|середині|наприкінці))\s+" + _smon()
        + rf"(?:\s+{_year()}{_SYEAR_SUFFIX}?)?"), _month_part_rule),
    ("bare_month", re.compile(
        r"(?P<cue>(?i:in|since|from|until|till|by|during|through|throughout|last|this|next|"
        r"before|after|as\s+of))\s+" + _mon(full_only=True) + r"(?!\s*\d)"), _bare_month),
    ("slavic_bare_month", re.compile(
        r"(?P<cue>(?i:в|во|у|с|со|з|із|до|после|після))\s+" + _smon() + r"(?!\s*\d)"),
     _bare_month),
    ("year", re.compile(
        r"(?P<cue>(?i:in|since|from|until|till|by|during|through|throughout|of|before|after|"
        r"as\s+early\s+as|early|late|mid|(?:the\s+)?(?:end|beginning|start|middle|first\s+half|"
        r"second\s+half)\s+of))[\s-]+" + _year()
        + r"(?!\s*(?i:km|kilomet|people|soldiers|troops|residents|inhabitants|civilians))"),
     _year_rule),
    ("slavic_year", re.compile(
        r"(?:(?P<cue>(?i:в|во|у|с|со|з|із|до|после|після|от|від))\s+)?" + _year() + _SYEAR_SUFFIX),
     _year_rule),
    ("slavic_year_part", re.compile(
        r"(?:(?P<rel>(?i:с|со|з|із|до))\s+)?(?:(?i:в|у|на)\s+)?(?P<cue>(?i:начале|начала|конце|"
        r"конца|середине|середины|кінці|кінця|початку|середині|середини|наприкінці))\s+"
        + _year() + _SYEAR_SUFFIX), _slavic_year_part),
    ("slavic_season", re.compile(
        rf"(?P<season>(?i:{_SLAVIC_SEASONS}))(?![\w])(?:\s+{_year()}{_SYEAR_SUFFIX}?)?"),
     _season_rule),
    ("season", re.compile(
        rf"(?:(?i:the)\s+)?(?P<season>{_SEASON})\s+(?:(?i:of)\s+)?(?:{_year()}|(?i:{_THAT_YEAR}))"),
     _season_rule),
    ("season_rel", re.compile(
        rf"(?P<rel>(?i:this|last|next|past))\s+(?P<season>{_SEASON})(?![\w])"), _season_rule),
    ("season_in", re.compile(
        r"(?i:(?:earlier|later)\s+)?(?i:in|during|over|through|throughout|by|before)\s+(?i:the)\s+"
        rf"(?P<season>{_SEASON})(?![\w])(?!\s+of\b)"), _season_rule),
    ("weekday", re.compile(
        r"(?:(?P<rel>(?i:this\s+past|this|last|next|on|coming|past))\s+)?"
        rf"(?<![\w])(?P<wd>{_WD})(?![\w])(?:\s+(?i:morning|afternoon|evening|night))?"),
     _weekday_rule),
    ("slavic_weekday", re.compile(
        r"(?i:(?:в|во|у)\s+(?:(?P<rel>прошлую|прошлый|эту|этот|минулу|минулий|цю|цей|наступну|"
        rf"следующую|следующий)\s+)?)(?P<swd>(?i:{_SWD}))(?![\w])"), _weekday_rule),
    ("duration", re.compile(
        r"(?i:(?P<head>over|in|during|for|within)\s+(?:the\s+)?(?:(?:past|last|previous)|"
        r"(?P<coming>coming|next))\s+(?:(?P<num>" + _NUM[3:-1] + r")\s+)?"
        r"(?P<unit>hours?|days?|weeks?|months?|years?))(?![\w])"), _duration_rule),
    ("duration_for", re.compile(
        r"(?i:(?P<head>for)\s+(?:(?:more\s+than|over|well\s+over|almost|nearly|about|around|"
        r"roughly|at\s+least|some|the\s+past|the\s+last)\s+)?(?P<num>" + _NUM[3:-1]
        + r")\s+(?P<unit>hours|days|weeks|months|years)"
        r"(?![\w])(?!\s+(?:ago|later|earlier|before|after)))"), _duration_rule),
    ("duration_recent", re.compile(
        r"(?i:(?P<head>in|over|during)\s+recent\s+(?P<unit>days|weeks|months|years))"),
     _duration_rule),
    ("ago", re.compile(
        r"(?i:(?P<num>" + _NUM[3:-1] + r")\s+(?P<unit>hours?|days?|weeks?|months?|years?)\s+ago)"),
     _ago_rule),
    ("neighbour", re.compile(
        r"(?i:the\s+(?:previous|following|next)\s+day|the\s+day\s+(?:before|after)(?!\s+yesterday)"
        r"(?!\s+tomorrow)|(?P<num>a|one|two|three|four|five|\d)\s+days?\s+(?:earlier|later))"),
     _neighbour_day),
    ("relative", re.compile(
        r"(?<![\w])(?P<rel>(?i:"
        + "|".join(
            re.escape(k).replace(r"\ ", r"\s+")
            for k in sorted([*lx.RELATIVE_DAYS, *lx.RELATIVE_PERIODS], key=len, reverse=True)
        )
        + r"))(?![\w])"), _relative_rule),
]  # fmt: skip

# When two rules match the same stretch, the earlier rule in this order wins.
RULE_ORDER = {name: i for i, (name, _, _) in enumerate(RULES)}

# --- where a rule may start ----------------------------------------------------
# Rules are tried only where a word that can begin them starts (a number, a
# month or weekday name, or one of the listed words), with ``pattern.match`` at
# that position: this keeps a 4,000-character article to a few hundred cheap
# attempts instead of thirty full scans.

_CUES_EN = "in since from until till by during through throughout of before after as"
_PARTS_EN = "the end beginning start middle first second early mid late"
_SLAVIC_CUES = "в во у с со з із от від до после після на начиная"
_NUMBER_STARTERS = (
    "a an one two three four five six seven eight nine ten eleven twelve fourteen fifteen"
    " twenty thirty several couple twenty-four forty-eight"
)

STARTERS: dict[str, str] = {
    "iso": "#num",
    "numeric": "#num",
    "range_dm": "#num between from",
    "range_md": "#mon between from",
    "range_dmdm": "#num between from",
    "range_slavic": "#num between from с з від",
    "day_month": "#wd #num",
    "month_day": "#wd #mon",
    "slavic_date": "#num",
    "month_year": "#mon",
    "slavic_month_year": "#smon в во у",
    "month_part": f"since from until till by before after {_PARTS_EN} third fourth last final "
    "opening closing",
    "month_range": "between from",
    "month_range_dash": "#mon",
    "slavic_month_part": _SLAVIC_CUES + " конца конце начала начале середины середине кінця кінці"
    " початку середини середині наприкінці",
    "bare_month": f"{_CUES_EN} last this next",
    "slavic_bare_month": _SLAVIC_CUES,
    "year": f"{_CUES_EN} {_PARTS_EN}",
    "slavic_year": f"#num {_SLAVIC_CUES}",
    "slavic_year_part": _SLAVIC_CUES + " начале начала конце конца середине середины кінці кінця"
    " початку середині середини наприкінці",
    "slavic_season": "#season",
    "season": "the #season",
    "season_rel": "this last next past",
    "season_in": "earlier later in during over through throughout by before",
    "weekday": "#wd this last next on coming past",
    "slavic_weekday": "в во у",
    "duration": "over in during for within",
    "duration_for": "for",
    "duration_recent": "in over during",
    "ago": f"#num {_NUMBER_STARTERS}",
    "neighbour": "the a one two three four five #num",
    "relative": " ".join(sorted({k.split()[0] for k in [*lx.RELATIVE_DAYS, *lx.RELATIVE_PERIODS]})),
}

_MONTH_TOKENS = {f for w in lx.EN_MONTHS for f in (w.capitalize(), w.upper())}
_WEEKDAY_TOKENS = {f for w in lx.EN_WEEKDAYS for f in (w.capitalize(), w.upper())}
TOKEN = re.compile(r"\w+(?:-\w+)?")


def token_keys(token: str) -> list[str]:
    """The starter keys a word carries: itself (lowercased) and its classes."""
    low = token.lower()
    keys = [low]
    if token[0].isdigit():
        keys.append("#num")
    elif token in _MONTH_TOKENS:
        keys.append("#mon")
    elif token in _WEEKDAY_TOKENS:
        keys.append("#wd")
    elif low in lx.SLAVIC_MONTHS:
        keys.append("#smon")
    elif low in lx.SEASONS:
        keys.append("#season")
    if "-" in low:  # "mid-June", "twenty-four": the first half starts rules too
        keys.append(low.split("-", 1)[0])
    return keys


def rule_index() -> dict[str, list[tuple[int, re.Pattern[str], Resolver]]]:
    """Starter key -> the rules (order, pattern, resolver) that may start there."""
    index: dict[str, list[tuple[int, re.Pattern[str], Resolver]]] = {}
    for name, pattern, resolver in RULES:
        for key in STARTERS[name].split():
            index.setdefault(key, []).append((RULE_ORDER[name], pattern, resolver))
    return index
