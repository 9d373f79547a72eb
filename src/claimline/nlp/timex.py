"""Temporal expressions: find them in a text and resolve them to intervals.

>>> from datetime import date
>>> [m.interval.start for m in find_times("Troops entered the town on July 28.", date(2025, 7, 30))]
[datetime.date(2025, 7, 28)]

Resolution is relative to an *anchor*, the publication date.  A date without a
year is the most recent such date not after the anchor unless the clause's
tense points forward; a weekday likewise.  Nothing reads the wall clock: with
``anchor=None`` relative expressions come back with both sides None and basis
``none``.  Reference events ("since the start of the full-scale invasion")
come from the conflict profile or from the ``events`` argument.

Public API: :class:`TimeMention`, :func:`find_times`, :func:`resolve_time`,
:func:`time_for_span`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from claimline.model import Precision, TimeInterval
from claimline.nlp import timex_lexicon as lx
from claimline.nlp import timex_rules as tr

__all__ = [
    "TimeMention", "find_times", "resolve_time", "time_for_span", "default_events", "story_day",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class TimeMention:
    """One temporal expression: ``text[start:end]`` and its interval.

    ``year``/``month``/``day``/``weekday`` keep what the text itself said (a
    date without a year has ``year=None``) so that publication-date inference
    can reason about unresolved mentions.  ``relation`` is since, until, after
    or before when the expression is introduced by one of those words;
    ``forward`` is True when the clause's tense points after the anchor.
    """

    start: int
    end: int
    text: str
    interval: TimeInterval
    kind: str = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relation: str | None = None
    forward: bool = False


# --- events --------------------------------------------------------------------

# A part of an event ("the start of", "the first days of") read backwards from
# the event phrase; the phrase patterns themselves come from the profile.
_EVENT_PART = re.compile(
    r"(?:the\s+)?(?P<part>start|beginning|onset|outbreak|eve|first\s+(?:days?|hours|weeks?|months?)|"
    r"early\s+days|initial\s+(?:phase|stage|days)|начала|начале|начало|початку|початок|"
    r"первые\s+(?:дни|часы)|перші\s+(?:дні|години)|перших\s+(?:днях|годинах|днів))\s+"
    r"(?:of\s+)?(?:the\s+|their\s+|its\s+|this\s+|russia's\s+)?$"
)
_EVENT_CACHE: dict[tuple[Any, ...], tuple[re.Pattern[str] | None, tuple[Any, ...]]] = {}


def default_events() -> tuple[Any, ...]:
    """The reference events of the default conflict profile, or () without one."""
    try:
        from claimline.profiles import load_profile
    except ImportError:  # the profile package is optional for this module
        return ()
    try:
        return tuple(load_profile().events)
    except Exception:  # noqa: BLE001 - a broken profile must not break time parsing
        return ()


def _event_pattern(events: Sequence[Any]) -> tuple[re.Pattern[str] | None, tuple[Any, ...]]:
    """One alternation of every event's patterns, a named group per event.

    Profile patterns are lowercase, so the pattern runs without IGNORECASE on
    the lowercased text: one scan instead of one case-folding scan per event.
    """
    key = tuple((e.name, tuple(e.patterns), e.start, e.end) for e in events)
    cached = _EVENT_CACHE.get(key)
    if cached is None:
        kept = tuple(e for e in events if e.patterns)
        groups = [
            f"(?P<e{i}>{'|'.join(f'(?:{p})' for p in e.patterns)})" for i, e in enumerate(kept)
        ]
        pattern = re.compile(rf"(?<![\w])(?:{'|'.join(groups)})(?![\w])") if groups else None
        cached = _EVENT_CACHE[key] = (pattern, kept)
    return cached


def _event_candidates(text: str, events: Sequence[Any]) -> list[tuple[int, int, int, Any, Any]]:
    pattern, kept = _event_pattern(events)
    if pattern is None:
        return []
    low = text.lower()
    if len(low) != len(text):  # a rare letter whose lowercase is longer: keep offsets true
        pattern = re.compile(pattern.pattern, re.IGNORECASE)
        low = text
    found: list[tuple[int, int, int, Any, Any]] = []
    for m in pattern.finditer(low):
        event = kept[int((m.lastgroup or "e0")[1:])]
        start = m.start()
        part = _EVENT_PART.search(low, max(0, start - 50), start)
        if part is not None:
            start = part.start()
        found.append((start, m.end(), -1, (event, part["part"] if part else ""), m))
    return found


def _event_parsed(event: Any, part: str) -> tr.Parsed:
    start: date = event.start
    part = " ".join(part.lower().split())
    if part.startswith(("first week", "early days", "initial", "first days", "первые дни",
                        "перші дні", "перших дн")):  # fmt: skip
        return tr.Parsed("event", start, start + timedelta(days=7), Precision.WEEK, "event")
    if part or event.end is None:
        return tr.Parsed("event", start, start, Precision.DAY, "event")
    return tr.Parsed("event", start, event.end, Precision.DAY, "event")


# --- tense and prefixes --------------------------------------------------------

_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|won't|won’t|going\s+to|plans?\s+to|planned\s+to|intends?\s+to|expected\s+to|"
    r"scheduled|set\s+to|due\s+to\s+(?:be|start|begin|meet|hold)|upcoming|будет|будут|буде|"
    r"будуть|планирует|планує|планируется|планується)\b|'ll\b"
)
_FUTURE_AFTER = re.compile(r"(?i)^\s*,?\s*(?:[\w'’-]+\s+){0,3}?(?:will|shall|would|'ll)\b")
_CLAUSE_STOP = re.compile(r"[.;!?\n]|\bthat\b")
_REPORTING = re.compile(r"(?i)\b(?:that|said|says|told|reported|announced)\b")
_PREFIX = re.compile(
    r"(?i)(?<![\w])(?P<cue>since|from|until|till|up\s+to|after|before|as\s+of|starting|"
    r"beginning|ever\s+since|by|начиная\s+с|с|со|з|із|від|до|после|після)\s+(?:the\s+)?$"
)
_SINCE_EVENT = re.compile(
    r"(?i)(?<![\w])(?:ever\s+)?since\s+(?:(?:the|its|their|his|her|our|this|that)\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:in|on|of|at)\s+$"
)
_SINCE_INSIDE = re.compile(r"(?i)(?:since|ever\s+since|с|со|з|із|від)\s")
_PREFIX_RELATION = {
    "since": "since", "ever since": "since", "from": "since", "starting": "since",
    "beginning": "since", "начиная с": "since", "с": "since", "со": "since", "з": "since",
    "із": "since", "від": "since", "until": "until", "till": "until", "up to": "until",
    "до": "until", "by": "until", "after": "after", "после": "after", "після": "after",
    "before": "before",
}  # fmt: skip


def _points_forward(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 70) : start]
    stops = list(_CLAUSE_STOP.finditer(window))
    clause = window[stops[-1].end() :] if stops else window
    if _FUTURE.search(clause):
        return True
    # "On Monday, the envoys will meet": the future verb follows a clause-initial date.
    if len(clause.strip()) <= 12 and " " not in clause.strip():
        after = text[end : end + 45]
        hit = _FUTURE_AFTER.match(after)
        if hit and not _REPORTING.search(after[: hit.end()]):
            return True
    return False


# --- the dateline --------------------------------------------------------------

_DL_MONTH = "|".join(
    sorted({f for w in lx.EN_MONTHS for f in (w.capitalize(), w.upper())}, key=len, reverse=True)
)
#: "MOSCOW, Nov 20 (Reuters) -", "KYIV, 3 March —": the day the story was filed.
_DATELINE = re.compile(
    r"(?<![\w,])(?P<city>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,2}),\s+"
    rf"(?:(?P<mon>{_DL_MONTH})\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<mon2>{_DL_MONTH})\.?)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*(?P<agency>\([A-Z][\w .]{1,24}\)\s*)?(?:[-–—]|/)"
)
_DATELINE_REACH = 2000
_DATELINE_LAG = 3


def story_day(text: str, anchor: date | None) -> date | None:
    """The day relative expressions resolve against: the dateline's day when a
    dateline in the first 2,000 characters names one at most three days before
    ``anchor`` (feed metadata often runs a day late across time zones: a story
    filed "MOSCOW, Nov 20" and published on the 21st says "on Thursday" of the
    20th), else ``anchor`` itself.  A dateline's city is in capitals or is
    followed by an agency ("Kyiv, Nov 20 (Reuters) -")."""
    if anchor is None:
        return None
    return _story_day(text, anchor)


@functools.lru_cache(maxsize=64)
def _story_day(text: str, anchor: date) -> date:
    # Asked once for every claim of a document: the answer is the document's.
    m = _DATELINE.search(text, 0, _DATELINE_REACH)
    if m is None or not (m["city"].isupper() or m["agency"]):
        return anchor
    month = lx.EN_MONTHS[(m["mon"] or m["mon2"]).lower()]
    year = int(m["year"]) if m["year"] else anchor.year
    try:
        day = date(year, month, int(m["day"] or m["day2"]))
        if day > anchor and not m["year"]:
            day = date(year - 1, month, day.day)
    except ValueError:
        return anchor
    return day if 0 < (anchor - day).days <= _DATELINE_LAG else anchor


# --- the scanner ---------------------------------------------------------------


_INDEX = tr.rule_index()
_TOKEN_RULES: dict[str, tuple[tuple[int, re.Pattern[str], Any], ...]] = {}
# Function words start many rules ("in", "the", "on") but begin a time
# expression only when a number or a time word follows closely.
_GATED = frozenset(
    "the in of a an on for over by from as during this last next past after before since "
    "until till through throughout within early late mid earlier later between".split()
)
_TRIGGER_WORDS = [
    f
    for w in ("day", "week", "month", "year", "hour", "night", "spring", "summer", "autumn",
              "fall", "winter")
    for f in (w, w.capitalize(), w.upper())
] + [
    f
    for w in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    for f in (w.capitalize(), w.upper())
]  # fmt: skip


def _by_first_letter(words: Sequence[str]) -> str:
    """An alternation of ``words`` grouped by first letter ("D(?:ay|ec)|..."): the
    same matches as the flat one (no word is a prefix of another), but ``re``
    tries one group at a position instead of every word."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(
        f"{re.escape(c)}(?:{'|'.join(sorted(rest, key=len, reverse=True))})"
        for c, rest in sorted(groups.items())
    )


_TRIGGER = re.compile(r"\d|" + _by_first_letter(_TRIGGER_WORDS))
_GATE_REACH = 48


def _rules_for(word: str) -> tuple[tuple[int, re.Pattern[str], Any], ...]:
    rules = _TOKEN_RULES.get(word)
    if rules is None:
        seen: dict[int, tuple[int, re.Pattern[str], Any]] = {}
        for key in tr.token_keys(word):
            for rule in _INDEX.get(key, ()):
                seen.setdefault(rule[0], rule)
        rules = tuple(seen.values())
        if len(_TOKEN_RULES) < 50_000:  # a bounded memo: vocabularies are open-ended
            _TOKEN_RULES[word] = rules
    return rules


def _candidates(text: str, events: Sequence[Any]) -> list[tuple[int, int, int, Any, Any]]:
    """Every rule match that starts at a word able to begin it."""
    found: list[tuple[int, int, int, Any, Any]] = []
    triggers = [m.start() for m in _TRIGGER.finditer(text)]
    for tok in tr.TOKEN.finditer(text):
        word = tok.group(0)
        rules = _rules_for(word)
        if not rules:
            continue
        pos = tok.start()
        if word.lower() in _GATED:
            i = bisect_left(triggers, tok.end())
            if i == len(triggers) or triggers[i] - pos > _GATE_REACH:
                continue
        for order, pattern, resolver in rules:
            m = pattern.match(text, pos)
            if m is not None and m.end() > pos:
                found.append((pos, m.end(), order, resolver, m))
    found.extend(_event_candidates(text, events))
    return found


_NO_CONTEXT = tr.Context(None)


def _valid(found: list[tuple[int, int, int, Any, Any]]) -> list[tuple[int, int, int, Any, Any]]:
    """Matches whose parts form a time ("July 4th and 2nd" is no range): a
    failed longer match must not hide a good shorter one."""
    return [c for c in found if c[2] == -1 or c[3](c[4], _NO_CONTEXT) is not None]


def _select(
    found: list[tuple[int, int, int, Any, re.Match[str]]],
) -> list[tuple[int, int, int, Any, re.Match[str]]]:
    """The longest matches that do not overlap; ties go to the earlier rule."""
    taken: list[tuple[int, int, int, Any, re.Match[str]]] = []
    for cand in sorted(found, key=lambda c: (c[0] - c[1], c[2], c[0])):
        s, e = cand[0], cand[1]
        if all(e <= t[0] or s >= t[1] for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c[0])


def _apply_relation(p: tr.Parsed, relation: str | None) -> tr.Parsed:
    if relation == "since":
        basis = p.basis if p.basis in ("event", "none") else "since"
        end = None
        return tr.Parsed(p.kind, p.start, end, Precision.OPEN, basis, p.year, p.month, p.day,
                         p.weekday, relation)  # fmt: skip
    if relation == "until":
        return tr.Parsed(p.kind, None, p.end, Precision.OPEN, p.basis if p.end else "none",
                         p.year, p.month, p.day, p.weekday, relation)  # fmt: skip
    if relation is not None:
        return tr.Parsed(p.kind, p.start, p.end, p.precision, p.basis, p.year, p.month, p.day,
                         p.weekday, relation)  # fmt: skip
    return p


def find_times(
    text: str,
    anchor: date | None,
    *,
    language: str = "en",
    events: Iterable[Any] | None = None,
) -> list[TimeMention]:
    """Every temporal expression in ``text``, in text order, resolved against
    ``anchor`` (the publication date, or None when unknown).

    ``events`` are reference events (records with ``name``, ``patterns``,
    ``start``, ``end``); None means the default profile's events.  English,
    Russian and Ukrainian are covered by own rules; for other languages
    dateparser is asked about candidate spans only.  Never reads the clock.
    """
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    anchor = story_day(text, anchor)
    event_list = tuple(default_events() if events is None else events)
    mentions: list[TimeMention] = []
    that_year: int | None = None
    last_day: date | None = None
    for s, e, _order, resolver, m in _select(_valid(_candidates(text, event_list))):
        forward = _points_forward(text, s, e)
        ctx = tr.Context(anchor, forward, that_year, last_day)
        parsed = _event_parsed(*resolver) if _order == -1 else resolver(m, ctx)
        if parsed is None:
            continue
        if _order == -1 and _SINCE_INSIDE.match(text, s):
            parsed = _apply_relation(parsed, "since")
        elif parsed.relation is None:
            prefix = _PREFIX.search(text, max(0, s - 16), s)
            if prefix is not None:
                cue = " ".join(prefix["cue"].lower().split())
                parsed = _apply_relation(parsed, _PREFIX_RELATION.get(cue))
                s = prefix.start()
            elif _SINCE_EVENT.search(text, max(0, s - 60), s) is not None:
                # "since its recapture in May 2023": a state since that date.
                parsed = _apply_relation(parsed, "since")
        elif parsed.relation in ("since", "until"):
            parsed = _apply_relation(parsed, parsed.relation)
        if parsed.basis == "relative" and anchor and parsed.start and parsed.start > anchor:
            forward = True  # "next week", "tomorrow": after publication
        mentions.append(_mention(text, s, e, parsed, forward))
        if parsed.year is not None and parsed.basis in ("explicit", "anchor"):
            that_year = parsed.year
        elif parsed.kind == "event" and parsed.start is not None:
            that_year = parsed.start.year
        if (
            parsed.precision is Precision.DAY
            and parsed.start is not None
            and parsed.start == parsed.end
        ):
            last_day = parsed.start
    if language and language not in ("en", "ru", "uk"):
        mentions = _merge(mentions, _dateparser_mentions(text, anchor, language))
    return mentions


def _mention(text: str, s: int, e: int, p: tr.Parsed, forward: bool) -> TimeMention:
    span = text[s:e]
    interval = TimeInterval(p.start, p.end, p.precision, p.basis, span)
    return TimeMention(s, e, span, interval, p.kind, p.year, p.month, p.day, p.weekday,
                       p.relation, forward)  # fmt: skip


# --- other languages -----------------------------------------------------------

_DP_CANDIDATE = re.compile(
    r"(?<![\w])(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?(?:\s+(?:de\s+)?(?:19|20)\d\d)?"
    r"|[^\W\d_]{3,12}\s+\d{1,2},?\s+(?:19|20)\d\d)(?![\w])"
)


def _dateparser_mentions(text: str, anchor: date | None, language: str) -> list[TimeMention]:
    """Explicit dates in a language without own rules, via dateparser on candidate spans."""
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return []
    parts = ["day", "month"] if anchor is not None else ["day", "month", "year"]
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": parts}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    found = []
    for m in _DP_CANDIDATE.finditer(text):
        try:
            value = dateparser.parse(m.group(0), languages=[language], settings=settings)
        except Exception:  # noqa: BLE001 - dateparser raises many types on odd input
            value = None
        if value is None:
            continue
        day = value.date()
        has_year = re.search(r"(?:19|20)\d\d", m.group(0)) is not None
        interval = TimeInterval(
            day, day, Precision.DAY, "explicit" if has_year else "relative", m.group(0)
        )
        found.append(TimeMention(m.start(), m.end(), m.group(0), interval, "date",
                                 day.year if has_year else None, day.month, day.day))  # fmt: skip
    return found


def _merge(ours: list[TimeMention], extra: list[TimeMention]) -> list[TimeMention]:
    kept = list(ours)
    for m in extra:
        if all(m.end <= o.start or m.start >= o.end for o in ours):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def resolve_time(
    expression: str,
    anchor: date | None,
    *,
    language: str = "en",
    events: Iterable[Any] | None = None,
) -> TimeInterval | None:
    """The interval of one time expression (the longest one found in
    ``expression``), or None when it holds none."""
    mentions = find_times(expression, anchor, language=language, events=events)
    if not mentions:
        return None
    return max(mentions, key=lambda m: m.end - m.start).interval


# --- attaching a time to a claim -----------------------------------------------

_SENTENCE_END = re.compile(r"[.!?]+[\"'”’»)]*(?=\s)|\n")
# A full stop after these words does not end a sentence ("Gen. Syrskyi", "U.S.").
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|No|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|vs|approx|ca)|\b[A-Z]|\b[A-Z]\.[A-Z])$"
)
_CLAUSE_BREAK = re.compile(r"[;,:()—–]|\s-\s|(?i:\b(?:that|which|while|whereas|but|and)\b)")


def _sentence_bounds(
    text: str, start: int, end: int, masked: Sequence[tuple[int, int]] = ()
) -> tuple[int, int]:
    """The sentence around ``[start, end)``; stops inside a time expression
    ("Nov. 13") or after an abbreviation do not count."""

    # Only expressions near the span can hold a stop that is scanned below.
    lo = max(0, start - 2000)
    spans = sorted((a, b) for a, b in masked if b > lo)
    starts = [a for a, _b in spans]
    reach: list[int] = []  # the furthest end among the spans starting at or before each
    for _a, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)

    def inside(pos: int) -> bool:
        k = bisect_left(starts, pos + 1) - 1
        return k >= 0 and reach[k] > pos

    def real(m: re.Match[str]) -> bool:
        if inside(m.start()):
            return False
        if m.group(0) == "\n":
            # "As the ministry put it,\n\n“Troops left the town.”": a line that
            # ends in a comma or colon introduces the next one.
            return not text[max(0, m.start() - 200) : m.start()].rstrip().endswith((",", ":"))
        return not _ABBREVIATION.search(text, max(0, m.start() - 8), m.start())

    left = 0
    # the last real stop before the span: tried from the nearest one back
    for m in reversed(list(_SENTENCE_END.finditer(text, lo, start))):
        if real(m):
            left = m.end()
            break
    right = len(text)
    for m in _SENTENCE_END.finditer(text, end):
        if real(m):
            right = m.start()
            break
    return left, max(right, end)


def _as_of(anchor: date | None) -> TimeInterval:
    if anchor is None:
        return TimeInterval(None, None, Precision.NONE, "none", None)
    return TimeInterval(anchor, anchor, Precision.DAY, "publication", None)


def time_for_span(
    mentions: Sequence[TimeMention], start: int, end: int, text: str, anchor: date | None
) -> TimeInterval:
    """The time a claim at ``text[start:end]`` belongs to.

    The nearest time expression in the span's own clause wins (the stretch
    between the span and the nearest clause punctuation, semicolon or
    subordinating word), then the nearest in its sentence; otherwise the claim
    is "as of" the anchor (basis ``publication``), or open with basis ``none``
    when there is no anchor.  Expressions pointing forward are not used.
    """
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    anchor = story_day(text, anchor)
    s_left, s_right = _sentence_bounds(text, start, end, [(m.start, m.end) for m in mentions])
    inside = [m for m in mentions if m.start >= s_left and m.end <= s_right and not m.forward]
    if not inside:
        inherited = _paragraph_time(mentions, text, s_left, start, end)
        return inherited.interval if inherited is not None else _as_of(anchor)
    masked = [(m.start, m.end) for m in inside]

    def is_break(pos: int) -> bool:
        return not any(a <= pos < b for a, b in masked) and not (start <= pos < end)

    breaks = [
        b.start() for b in _CLAUSE_BREAK.finditer(text, s_left, s_right) if is_break(b.start())
    ]
    c_left = max([b for b in breaks if b < start], default=s_left)
    c_right = min([b for b in breaks if b >= end], default=s_right)

    def distance(m: TimeMention) -> int:
        if m.end <= start:
            return start - m.end
        if m.start >= end:
            return m.start - end
        return 0

    same_clause = [m for m in inside if m.start >= c_left and m.end <= c_right]
    # "for two years" measures its own clause's state ("a town that held out
    # for two years"), not an event elsewhere in the sentence; "over the past
    # day" sets the scene for the whole sentence and stays.
    sentence = [m for m in inside if not (m.kind == "duration" and _FOR.match(m.text))]
    pool = same_clause or _event_times(sentence, text, start) or sentence
    if not pool:
        return _as_of(anchor)
    chosen = min(pool, key=lambda m: (distance(m), m.start))
    ending = _when_it_ended(chosen, text, start)
    if ending is not None:
        return ending
    ended = _perfect_duration(chosen, inside, text)
    if ended is not None:
        return ended
    if _NOW.fullmatch(chosen.text.strip()):
        # "reported on Thursday that 70% of the town was now under its control":
        # "now" in reported speech is the moment of the speech.
        reports = [m for m in inside if m.start < chosen.start and _is_report_time(m, text)]
        if reports:
            return reports[-1].interval
    return _across_connective(chosen, text, start, end, anchor)


#: A speech verb right before a time: "said on Friday", "told reporters on 3 May",
#: "заявило в воскресенье".  Such a time is the report's, not the event's.
_SPEECH_BEFORE = re.compile(
    r"(?i:\b(?:said|says|told(?:\s+[\w'’]+){0,2}|announced|reported|stated|claimed|confirmed|"
    r"added|declared|denied|wrote|posted|заяви\w*|сообщи\w*|повідоми\w*|заявля\w*|"
    r"подтверди\w*|підтверди\w*)\s+(?:(?:late|early|on|in|в|во|у)\s+)?$)"
)
_POINT = (Precision.DAY, Precision.WEEK)
_FOR = re.compile(r"(?i:for\s)")
_NOW = re.compile(r"(?i:now|currently|at\s+present|сейчас|теперь|зараз|нині|наразі)")


def _is_report_time(m: TimeMention, text: str) -> bool:
    """Whether ``m`` dates a statement ("the ministry said on Friday")."""
    return _SPEECH_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


def _event_times(inside: Sequence[TimeMention], text: str, start: int) -> list[TimeMention]:
    """The sentence's times without those of its speech verbs, when a report
    also dates the event itself: "said on Friday that its forces had completed
    the capture of the town, a rail hub, on Thursday evening".  Empty when
    there is no such event time, so a report's day still dates a claim that has
    no other ("said on Friday that troops had entered the town").  Only times of
    a day or a week after the speech verb count: a "since 2022" further on is
    the background of a state, not the event's day."""
    reports = [m for m in inside if _is_report_time(m, text)]
    if not reports:
        return []
    first = min(r.start for r in reports)
    if first > start:  # "Troops entered X, the army said on Friday": no complement
        return []
    events = [
        m for m in inside
        if m not in reports and m.start > first and m.relation is None
        and m.interval.precision in _POINT
    ]  # fmt: skip
    return events


_WHEN = re.compile(r"\s*,?\s*(?:when|as)\b", re.IGNORECASE)
_CLAUSE_PUNCT = re.compile(r"[,;:()—–.!?]")
_RANGE_WORD = re.compile(r"(?i:\b(?:until|till|to|through|and)\b|[-–—])")


def _when_it_ended(m: TimeMention, text: str, start: int) -> TimeInterval | None:
    """The end of a span that a "when" clause closes.

    "Russian forces held the town from March 2022 until September 2022, when
    a counteroffensive drove them out": the driving out is the last part of the
    span, September 2022, not the whole span.  None when the claim's clause is
    not a "when" clause right after a span (or an "until" date).
    """
    iv = m.interval
    when = _WHEN.match(text, m.end) if m.end <= start else None
    if when is None or iv.end is None or _CLAUSE_PUNCT.search(text, when.end(), start):
        return None  # no "when", or the claim is past the "when" clause
    if m.relation != "until" and not (iv.start != iv.end and _RANGE_WORD.search(m.text, 1)):
        return None
    precision = iv.precision
    if precision is Precision.OPEN:
        precision = Precision.DAY if m.day else Precision.MONTH if m.month else Precision.YEAR
    end = iv.end
    if precision is Precision.DAY:
        first = end
    elif precision is Precision.YEAR:
        first = date(end.year, 1, 1)
    else:  # a month, or a week/season span: the last month of it
        first = date(end.year, end.month, 1)
        precision = Precision.MONTH
    return TimeInterval(first, end, precision, iv.basis if iv.basis != "none" else "anchor", m.text)


_HAD_BEFORE = re.compile(r"(?i:\bhad\b(?:\s+[\w'’-]+){1,4}\s+$)")


def _perfect_duration(
    m: TimeMention, inside: Sequence[TimeMention], text: str
) -> TimeInterval | None:
    """A past-perfect duration ends at the sentence's dated event, not at publication.

    "Kherson, which had been occupied for eight months, was liberated on 11
    November": the eight months end on 11 November.  None unless ``m`` is a
    "for N units" duration after "had" and the sentence has a date of its own.
    """
    iv = m.interval
    if m.kind != "duration" or not _FOR.match(m.text) or iv.start is None or iv.end is None:
        return None
    if _HAD_BEFORE.search(text, max(0, m.start - 60), m.start) is None:
        return None
    dated = [
        o for o in inside
        if o is not m and o.kind != "duration" and o.relation is None
        and o.interval.start is not None and o.interval.start <= iv.end
    ]  # fmt: skip
    if not dated:
        return None
    ref = min(dated, key=lambda o: abs(o.start - m.start)).interval.start
    shift = iv.end - ref
    return TimeInterval(iv.start - shift, ref, iv.precision, "anchor", m.text)


#: A simple past right at the trigger: "were repelled", "was taken", "fell",
#: "withdrew", "отбили", "відійшли"; not "has been taken" or "are holding".
_PAST_AT = re.compile(r"(?i:\b(?:was|were)\s+(?:\w+ly\s+)?$)")
_PAST_WORD = re.compile(
    r"(?i:\w{2,}ed|took|retook|fell|left|held|fought|drove|won|broke|withdrew|overran|"
    r"seized|began|came|lost|went|beat|\w{3,}(?:ли|ла|ло|лися|лись))"
)
_NOT_SIMPLE_PAST = re.compile(
    r"(?i:\b(?:has|have|had|is|are|am|be|been|being|will|would|can|could|may|might|must|"
    r"shall|should|to)\s+(?:\w+\s+){0,2}$)"
)


def _simple_past(text: str, start: int, end: int) -> bool:
    """Whether the trigger ``text[start:end]`` is a verb in the simple past."""
    word = text[start:end].split()[-1] if text[start:end].split() else ""
    before = text[max(0, start - 40) : start]
    if _NOT_SIMPLE_PAST.search(before):
        return False
    return _PAST_AT.search(before) is not None or _PAST_WORD.fullmatch(word) is not None


def _paragraph_time(
    mentions: Sequence[TimeMention], text: str, s_left: int, start: int, end: int
) -> TimeMention | None:
    """The day a dateless claim inherits from the sentence before it.

    "On 3 May the brigade reported twelve assaults. They were repelled near
    the village.": a sentence with no time of its own, in the same paragraph,
    telling of a single past event in the simple past, continues the story of
    the sentence before, whose day (or week) it takes.  A present state ("the
    town remains under Ukrainian control"), a perfect ("has taken") or a new
    paragraph keeps "as of" publication.  Only one sentence back: a story that
    runs on for longer has usually moved on.
    """
    gap_end = s_left
    k = gap_end
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0 or "\n" in text[k:gap_end] or not _simple_past(text, start, end):
        return None
    masked = [(m.start, m.end) for m in mentions]
    p_left, p_right = _sentence_bounds(text, k - 1, k - 1, masked)
    previous = [
        m for m in mentions
        if p_left <= m.start and m.end <= k and not m.forward and m.relation is None
        and m.interval.precision in _POINT and m.interval.start is not None
    ]  # fmt: skip
    return previous[-1] if previous else None


#: Words that join two events in time order: "A before B", "A until B", "A after B".
_BEFORE = re.compile(
    r"(?i:\b(?:before|until|till|prior\s+to|ahead\s+of)\b)"
    r"|(?i:\b(?:до\s+того\s+как|перед\s+тем\s+как|пока\s+не|до\s+того\s+як|перш\s+ніж|поки\s+не)\b)"
)
#: A finite verb after the connective: "before *the army freed it* in 2022" joins
#: two events, while "before dawn on Friday" only places one.
_EVENT_VERB = re.compile(
    r"(?i:\b(?:\w{3,}ed|was|were|had|has|have|took|retook|fell|began|came|won|drove|left|"
    r"broke|withdrew|overran|seized|fought|held|lost)\b)"
    r"|(?i:\b\w{3,}(?:ли|ла|ло|лися|лись)\b)"
)
_AFTER = re.compile(
    r"(?i:\b(?:after|once|since)\b)"
    r"|(?i:\b(?:после\s+того\s+как|після\s+того\s+як)\b)"
)


def _across_connective(
    m: TimeMention, text: str, start: int, end: int, anchor: date | None
) -> TimeInterval:
    """The claim's time when a connective ties it to a dated event in the sentence.

    "The village was held by the invaders for weeks *before* Ukrainian units
    retook it in March 2023": the date is the retaking's, and the occupation
    ended before it.  "After" the dated event, the claim's state
    begins once it is over.  With no connective, the sentence's date is taken
    as the claim's own, as before.
    """
    iv = m.interval
    if m.start < end:  # the date precedes the claim or is inside it
        return iv
    between = text[end : m.start]
    before, after = _BEFORE.search(between), _AFTER.search(between)
    joined = before or after
    if joined is None or not _EVENT_VERB.search(between, joined.end()):
        return iv
    if before is not None and iv.start is not None:
        return TimeInterval(None, iv.start - timedelta(days=1), Precision.OPEN, "anchor", m.text)
    if after is not None and iv.end is not None:
        until = anchor if anchor is not None and anchor > iv.end else None
        return TimeInterval(iv.end + timedelta(days=1), until, Precision.OPEN, "anchor", m.text)
    return iv
