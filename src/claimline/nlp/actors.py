"""Find actors in text and resolve them to sides, from a conflict profile.

An *actor* is anyone who acts or speaks: a named official ("Viktor Trehubov",
"Syrsky", even the misspelt "Gahev"), a state body ("Russia's Defence
Ministry"), an armed force ("Ukrainian troops", "Moscow's army", "the
Russians"), a unit ("the 92nd Mechanized Brigade", "the 'West' group of
forces"), a media outlet, an OSINT project, or a government by its capital
("Kyiv said...").  Every name and side comes from the profile
(:mod:`claimline.profiles`); this module holds only language rules, so a new
conflict needs a new profile file, not new code.

Public functions:

- :func:`find_actors` — every actor mention in a text, with offsets;
- :func:`side_of_phrase` — the side an actor phrase denotes ("Moscow's troops");
- :func:`outlet_side` / :func:`find_outlet` — an outlet's own voice;
- :func:`wire_credit` — the agency a reprinted article credits ("(Reuters)");
- :func:`resolve_speaker` — a speaker phrase from the claims extractor to an
  actor with a side (implemented in :mod:`claimline.nlp.speaker_sides`).

Every function takes the profile as its second argument or as ``profile=``:
a :class:`~claimline.profiles.Profile`, a profile name or path, or None for
the default profile.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from claimline.model import Actor
from claimline.nlp._actor_lexicon import (
    KIND_PRIORITY,
    NEUTRAL,
    PLACE_PREPOSITIONS,
    UNKNOWN,
    Entry,
    Lexicon,
    lexicon_for,
    normalize,
)
from claimline.nlp.outlets import find_outlet, outlet_side, wire_credit
from claimline.profiles import Profile, load_profile


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor found in a text: ``text[start:end]`` names ``actor``.

    ``via`` says how it was found: ``exact`` (a profile name or alias),
    ``surname``, ``fuzzy`` (a misspelt surname; ``score`` < 1), ``pattern`` (a
    unit pattern), ``grouping``, ``side-word`` ("Russian forces") or
    ``context`` (the side came from a neighbouring word: "Ukraine's 59th Brigade").
    """

    start: int
    end: int
    text: str
    actor: Actor
    score: float = 1.0
    via: str = "exact"


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    entries: list[Entry]
    score: float = 1.0
    via: str = "exact"
    side: str | None = None  # filled in from context for side-less units and bodies

    @property
    def kind(self) -> str:
        return self.entries[0].kind

    @property
    def length(self) -> int:
        return self.end - self.start

    def resolved_side(self) -> str | None:
        if self.side is not None:
            return self.side
        sides = {e.side for e in self.entries}
        return sides.pop() if len(sides) == 1 else None


_FUZZY_TOKEN = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?![\w])")
_BEFORE_GAP = re.compile(r"\s*(?:['’]s)?\s*(?:the\s+)?", re.IGNORECASE)
_AFTER_GAP = re.compile(r"\s*(?:of\s+(?:the\s+)?)?", re.IGNORECASE)
_NEGATING_PREFIX = re.compile(r"(?:anti|анти|non)[-‐]?\s?$", re.IGNORECASE)
# "Russian-speaking residents", "a Ukrainian-born analyst": language or origin, not a side.
_NOT_A_SIDE_SUFFIX = re.compile(
    r"[-‐](?:speaking|speaker|speakers|language|languages|born|descent|origin|american|"
    r"canadian|british|israeli|german|era|made|built)\b|\s+(?:language|speakers?)\b",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)\s+(?:the\s+)?$")
_PLACE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:north|south|east|west)(?:ern)?|central|centre|center|north-?east(?:ern)?|"
    r"south-?east(?:ern)?|north-?west(?:ern)?|south-?west(?:ern)?|territor(?:y|ies)|borders?|"
    r"border\s+regions?|regions?|oblasts?|soil|cities|towns|villages|front\s*line|frontline|"
    r"airspace|coast|interior|heartland|hinterland)\b(?!\s+(?:forces|troops|command|group))",
    re.IGNORECASE,
)
_DASH_CHARS = "-‐‑–—"
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF]")


def _profile(profile: Profile | str | None) -> Profile:
    """A profile object from a profile, a profile name or path, or None (the default)."""
    if isinstance(profile, Profile):
        return profile
    return load_profile(profile)


def scan(text: str, lexicon: Lexicon, *, include_generic: bool = False) -> list[_Hit]:
    """All non-overlapping hits in ``text``, side words included, in text order."""
    hits: list[_Hit] = []
    for rx, case_sensitive in ((lexicon.ci_regex, False), (lexicon.cs_regex, True)):
        if rx is None:
            continue
        # Search again one character after each match start, so that a longer term
        # starting inside a shorter one ("the Kremlin" / "Kremlin-installed
        # administration") is still seen; overlaps are settled below.
        m = rx.search(text)
        while m is not None:
            entries = lexicon.lookup(m.group(), case_sensitive)
            if entries:
                hits.append(_Hit(m.start(), m.end(), list(entries), via=entries[0].via))
            m = rx.search(text, m.start() + 1)
    for rx, entry in lexicon.org_patterns:
        hits.extend(_Hit(m.start(), m.end(), [entry]) for m in rx.finditer(text))
    if lexicon.grouping_rx is not None:
        for m in lexicon.grouping_rx.finditer(text):
            k = next(int(name[1:]) for name, value in m.groupdict().items() if value is not None)
            hits.append(_Hit(m.start(), m.end(), [lexicon.grouping_entries[k]], via="grouping"))
    for rx, side in lexicon.unit_patterns:
        for m in rx.finditer(text):
            entry = Entry("unit", side, " ".join(m.group().split()), subkind="pattern")
            hits.append(_Hit(m.start(), m.end(), [entry], via="pattern", side=side))
    if include_generic:
        for rx, entry in lexicon.generic:
            hits.extend(_Hit(m.start(), m.end(), [entry], via="generic") for m in rx.finditer(text))
    hits = [h for h in hits if not _negated(text, h)]
    accepted = _resolve_overlaps(hits)
    accepted.extend(_fuzzy_surnames(text, lexicon, accepted))
    accepted = [h for h in accepted if not _locative_state(text, h) and not _dateline(text, h)]
    accepted.sort(key=lambda h: h.start)
    accepted = _composites(text, lexicon, accepted)
    _sides_from_context(text, lexicon, accepted)
    return accepted


@functools.lru_cache(maxsize=16)
def scan_cached(text: str, lexicon: Lexicon) -> tuple[_Hit, ...]:
    """:func:`scan` without generic speakers, remembered for the last few texts:
    the claims of one article ask about the same text many times (its actors,
    the side of a body named in it).  The hits must not be changed."""
    return tuple(scan(text, lexicon))


def _negated(text: str, hit: _Hit) -> bool:
    """ "anti-Kremlin" is not the Kremlin's voice; "Russian-speaking" names a
    language, "the Russian language" too."""
    if hit.kind not in ("side_word", "state", "body"):
        return False
    if _NEGATING_PREFIX.search(text[max(0, hit.start - 6) : hit.start]):
        return True
    return hit.kind == "side_word" and bool(_NOT_A_SIDE_SUFFIX.match(text, hit.end))


def _resolve_overlaps(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest hit where hits overlap; on equal length, the kind that
    says more (a person over a side word)."""
    order = sorted(hits, key=lambda h: (-h.length, KIND_PRIORITY.get(h.kind, 9), h.start))
    spans: list[tuple[int, int]] = []  # accepted spans, sorted and disjoint
    taken: list[_Hit] = []
    for hit in order:
        if not _overlaps(spans, hit.start, hit.end):
            bisect.insort(spans, (hit.start, hit.end))
            taken.append(hit)
    return taken


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_left(spans, (start, end))
    if k < len(spans) and spans[k][0] < end:
        return True
    return k > 0 and spans[k - 1][1] > start


def _fuzzy_surnames(text: str, lexicon: Lexicon, taken: list[_Hit]) -> list[_Hit]:
    """Capitalised words a typo away from a known surname or one-word name.

    Same first letter; for surnames one edit (two from eight letters), for
    outlet and body names (seven letters or more) one edit.  A transposition
    ("Ukrinfrom") counts as one edit.
    """
    if not lexicon.fuzzy_surnames and not lexicon.fuzzy_names:
        return []
    found = []
    spans = sorted((t.start, t.end) for t in taken)
    for m in _FUZZY_TOKEN.finditer(text):
        word = m.group()
        if len(word) < 6 or _overlaps(spans, m.start(), m.end()):
            continue
        low = word.lower()
        best = _closest(low, lexicon.fuzzy_surnames, long_allowance=True)
        table = lexicon.surnames
        if best is None:
            best = _closest(low, lexicon.fuzzy_name_keys, long_allowance=False)
            table = lexicon.fuzzy_names
        if best is None:
            continue
        name, score = best
        entries = [
            Entry(e.kind, e.side, e.canonical, role=e.role, subkind=e.subkind, via="fuzzy")
            for e in table[name]
        ]
        found.append(_Hit(m.start(), m.end(), entries, score=score, via="fuzzy"))
    return found


def _closest(word: str, names: list[str], *, long_allowance: bool) -> tuple[str, float] | None:
    """The name within the allowed edit distance of ``word``, with a 0–1 score."""
    if not names:
        return None
    best = process.extractOne(word, names, scorer=fuzz.ratio, score_cutoff=75)
    if best is None:
        return None
    name = best[0]
    allowed = 2 if long_allowance and len(name) >= 8 else 1
    if name[0] != word[0] or name == word or OSA.distance(word, name) > allowed:
        return None
    return name, round(best[1] / 100, 3)


def _locative_state(text: str, hit: _Hit) -> bool:
    """ "in Ukraine", "from Moscow", "в Украине", "Ukraine's east", "the
    Russia-Ukraine war": a place or a name of the war, not an actor."""
    if hit.kind != "state":
        return False
    m = _WORD_BEFORE.search(text, max(0, hit.start - 20), hit.start)
    if m and m.group(1).lower() in PLACE_PREPOSITIONS:
        return True
    if _PLACE_AFTER.match(text, hit.end):
        return True
    # Joined to another name by a dash: "Russia-Ukraine", "Kyiv–Moscow talks".
    before = text[max(0, hit.start - 1) : hit.start]
    after = text[hit.end : hit.end + 1]
    return (before in _DASH_CHARS and hit.start >= 2 and text[hit.start - 2].isalpha()) or (
        after in _DASH_CHARS and text[hit.end + 1 : hit.end + 2].isupper()
    )


def _dateline(text: str, hit: _Hit) -> bool:
    """ "MOSCOW, July 15 (Reuters) -": a dateline names where, not who."""
    if hit.kind != "state" or not text[hit.start : hit.end].isupper():
        return False
    line_start = text.rfind("\n", 0, hit.start) + 1
    return not text[line_start : hit.start].strip() or text[hit.end : hit.end + 1] == ","


def _composites(text: str, lexicon: Lexicon, hits: list[_Hit]) -> list[_Hit]:
    """Join a side word to a following force noun ("Russian forces", "Kyiv's
    troops", "российские войска") and a force noun to a following country name
    ("войска России"), unless the noun belongs to another hit."""
    out: list[_Hit] = []
    skip_until = -1
    for i, hit in enumerate(hits):
        if hit.start < skip_until:
            continue
        nxt = hits[i + 1].start if i + 1 < len(hits) else len(text)
        if hit.kind in ("side_word", "state") and lexicon.is_side(hit.resolved_side()):
            m = lexicon.force_noun_after.match(text, hit.end)
            if m and m.end() <= nxt:
                out.append(_forces_hit(lexicon, hit, hit.start, m.end()))
                skip_until = m.end()
                continue
            if hit.kind == "state":
                prev_end = out[-1].end if out else 0
                window_start = max(prev_end, hit.start - 40)
                b = lexicon.force_noun_before.search(text[window_start : hit.start])
                if b:
                    out.append(_forces_hit(lexicon, hit, window_start + b.start(), hit.end))
                    continue
        out.append(hit)
    return out


def _forces_hit(lexicon: Lexicon, side_hit: _Hit, start: int, end: int) -> _Hit:
    side = side_hit.resolved_side()
    side_def = lexicon.profile.side(side or "")
    canonical = (side_def.forces or side_def.name) if side_def else (side or UNKNOWN)
    return _Hit(start, end, [Entry("forces", side, canonical)], via="side-word")


def _sides_from_context(text: str, lexicon: Lexicon, hits: list[_Hit]) -> None:
    """Give side-less units and bodies the side of an adjacent side word:
    "Ukraine's 59th Brigade", "the Russian General Staff", "Генштаб ЗСУ".

    A country name that qualifies a unit, body or force ("Ukraine's Khortytsia
    group", "Сили оборони України", "the Air Force of Ukraine") joins its
    mention instead of standing as an actor.  Edits ``hits`` in place.
    """
    consumed: set[int] = set()
    for i, hit in enumerate(hits):
        if hit.kind not in ("unit", "body", "forces"):
            continue
        prev = hits[i - 1] if i > 0 and (i - 1) not in consumed else None
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        before = prev is not None and bool(_BEFORE_GAP.fullmatch(text, prev.end, hit.start))
        gap_after = _AFTER_GAP.fullmatch(text, hit.end, nxt.start) if nxt is not None else None
        after = nxt is not None and gap_after is not None

        side = None
        if not lexicon.is_side(hit.resolved_side()) and hit.kind != "forces":
            side = _side_inside(text, hit, lexicon)
            if (
                side is None
                and prev is not None
                and before
                and prev.kind in ("side_word", "state", "forces")
                and lexicon.is_side(prev.resolved_side())
            ):
                side = prev.resolved_side()
            if (
                side is None
                and nxt is not None
                and after
                and nxt.kind in ("state", "forces")
                and lexicon.is_side(nxt.resolved_side())
            ):
                side = nxt.resolved_side()
        elif (
            hit.kind == "unit"
            and prev is not None
            and before
            and prev.kind in ("side_word", "state")
            and lexicon.is_side(prev.resolved_side())
            and prev.resolved_side() != hit.resolved_side()
        ):
            # both armies number their corps and brigades: "Ukraine's 3rd Army Corps"
            # is Ukrainian whatever side the lexicon gives a unit of that name
            side = prev.resolved_side()

        if prev is not None and before and prev.kind == "state":
            consumed.add(i - 1)
            hit.start = prev.start
        if (
            nxt is not None
            and gap_after is not None
            and nxt.kind == "state"
            and ("of" in gap_after.group().lower() or _CYRILLIC_WORD.match(text, nxt.start))
        ):
            consumed.add(i + 1)
            hit.end = nxt.end

        if side is None:
            continue
        hit.side = side
        hit.via = "context"
        if hit.kind == "body":
            generic = normalize(hit.entries[0].canonical)
            for body in lexicon.bodies_of_side(side):
                if generic in normalize(body.canonical):
                    hit.entries = [body]
                    break
    for i in sorted(consumed, reverse=True):
        del hits[i]
    _sides_from_earlier_mentions(hits)


def _side_inside(text: str, hit: _Hit, lexicon: Lexicon) -> str | None:
    """The side word inside a unit found by pattern ("the 59th Ukrainian brigade")."""
    if hit.via != "pattern" or lexicon.ci_regex is None:
        return None
    sides = {
        e.side
        for m in lexicon.ci_regex.finditer(text, hit.start, hit.end)
        for e in lexicon.lookup(m.group(), False)
        if e.kind == "side_word" and lexicon.is_side(e.side)
    }
    return sides.pop() if len(sides) == 1 else None


def _sides_from_earlier_mentions(hits: list[_Hit]) -> None:
    """A body named without a side takes the side of the same body named with
    one earlier in the text ("Ukraine's General Staff said... the General Staff
    added"), when all such earlier mentions agree."""
    # Sided bodies seen so far, by normalised canonical name: (sides, last hit).
    seen: dict[str, tuple[set[str], _Hit]] = {}
    for hit in hits:
        if hit.kind != "body":
            continue
        side = hit.resolved_side()
        if side not in (None, UNKNOWN):
            key = normalize(hit.entries[0].canonical)
            sides = seen[key][0] if key in seen else set()
            sides.add(side or UNKNOWN)
            seen[key] = (sides, hit)
            continue
        generic = normalize(hit.entries[0].canonical)
        matches = [(sides, last) for name, (sides, last) in seen.items() if generic in name]
        all_sides = set().union(*(m[0] for m in matches)) if matches else set()
        if len(all_sides) == 1:
            earlier = max((m[1] for m in matches), key=lambda h: h.start)
            hit.entries = list(earlier.entries)
            hit.side = earlier.resolved_side()
            hit.via = "context"


def _actor(text: str, hit: _Hit, lexicon: Lexicon) -> Actor:
    surface = " ".join(text[hit.start : hit.end].split())
    side = hit.resolved_side() or UNKNOWN
    canonicals = {e.canonical for e in hit.entries}
    entry = hit.entries[0]
    if len(canonicals) > 1:  # a surname two officials share
        return Actor(name=surface, side=side, kind=entry.kind)
    if entry.kind == "unit" and entry.subkind == "pattern":
        name = re.sub(r"^(?:the)\s+", "", surface, flags=re.IGNORECASE)
        return Actor(name=name, side=side, kind="unit", canonical=entry.canonical)
    if entry.kind == "forces" and hit.via == "side-word":
        return Actor(name=surface, side=side, kind="forces", canonical=entry.canonical)
    if entry.kind == "generic":
        return Actor(name=surface, side=side, kind="generic", role=entry.canonical)
    return Actor(
        name=entry.canonical, side=side, kind=entry.kind, role=entry.role, canonical=entry.canonical
    )


def find_actors(
    text: str,
    profile: Profile | str | None = None,
    *,
    include_generic: bool = False,
    include_states: bool = True,
) -> list[ActorMention]:
    """Every actor named in ``text``, in text order, without overlaps.

    Officials by full name, surname or a known or near misspelling; state
    bodies; outlets; OSINT projects; armed forces named by the profile or by a
    side word and a force noun; units by name, grouping or pattern; and, unless
    ``include_states`` is false, a country or capital standing for its
    government ("Kyiv denied it"; not "in Kyiv").  ``include_generic`` adds the
    profile's generic speakers ("military bloggers", "analysts").  Bare side
    adjectives ("Ukrainian") are not actors.
    """
    p = _profile(profile)
    lexicon = lexicon_for(p)
    mentions = []
    hits = (
        scan(text, lexicon, include_generic=True) if include_generic else scan_cached(text, lexicon)
    )
    for hit in hits:
        if hit.kind == "side_word" or (hit.kind == "state" and not include_states):
            continue
        mentions.append(
            ActorMention(
                start=hit.start,
                end=hit.end,
                text=text[hit.start : hit.end],
                actor=_actor(text, hit, lexicon),
                score=hit.score,
                via=hit.via,
            )
        )
    return mentions


def side_of_phrase(phrase: str, profile: Profile | str | None = None) -> str | None:
    """The side an actor phrase denotes, or None when it names none.

    "Ukrainian forces" and "ЗСУ" give the Ukrainian side code, "Moscow's
    troops" the Russian one (codes as in the profile); "the 92nd Mechanized
    Brigade" gets its side from the profile or from a side word in the phrase.
    A phrase that only names a neutral party gives ``"neutral"``.  Media
    outlets count only when nothing else in the phrase has a side.
    """
    p = _profile(profile)
    lexicon = lexicon_for(p)
    hits = scan(phrase, lexicon)
    media_side = None
    for hit in hits:
        side = hit.resolved_side()
        if not (lexicon.is_side(side) or side == NEUTRAL):
            continue
        if hit.kind == "media":
            media_side = media_side or side
            continue
        return side
    return media_side


def resolve_speaker(
    phrase: str,
    profile: Profile | str | None = None,
    *,
    context: str | None = None,
    outlet: str | None = None,
) -> Actor:
    """The actor a speaker phrase names, with its side: see
    :func:`claimline.nlp.speaker_sides.resolve_speaker`."""
    from claimline.nlp.speaker_sides import resolve_speaker as _resolve

    return _resolve(phrase, profile, context=context, outlet=outlet)


__all__ = [
    "ActorMention",
    "find_actors",
    "find_outlet",
    "outlet_side",
    "resolve_speaker",
    "side_of_phrase",
    "wire_credit",
]
