"""Resolve a speaker phrase to an actor with a side.

The claims extractor hands over the phrase that says who made a claim
("Viktor Trehubov, the spokesman of Ukraine's Khortytsia group", "Russia's
Defence Ministry", "Russian military bloggers", "an anonymous Telegram
channel").  :func:`resolve_speaker` finds who that is and which side they speak
for, in this order of evidence:

1. a named official of the profile (full name, surname or misspelling);
2. another actor the profile knows (state body, OSINT project, unit, armed
   force, a generic speaker with a side such as "military bloggers"), the
   leftmost one;
3. a side word in the phrase ("an aide close to the *Ukrainian* leadership");
4. a media outlet named in the phrase ("a VGTRK correspondent");
5. a neutral or unknown generic speaker ("analysts", "videos on social media").

Without any of these the side is ``unknown``: it is never guessed from nothing.
"""

from __future__ import annotations

import re

from claimline.model import Actor
from claimline.nlp._actor_lexicon import NEUTRAL, UNKNOWN, Lexicon, lexicon_for, normalize
from claimline.nlp.actors import _actor, _Hit, _profile, outlet_side, scan, scan_cached
from claimline.profiles import Profile

_LEADING = re.compile(r"^(?:according\s+to|citing|per|by|from|said|says)\s+", re.IGNORECASE)
_TRIM = " \t\r\n,;:.!?()[]—–-"
_QUOTE_PAIRS = {'"': '"', "«": "»", "“": "”", "„": "“", "'": "'"}

# Kinds that name the speaker itself (tier 2), as opposed to the outlet carrying it.
_NAMED_KINDS = ("body", "osint", "unit", "forces", "generic", "state")


def clean_phrase(phrase: str) -> str:
    """The phrase without a leading "according to" and surrounding punctuation."""
    text = " ".join(phrase.split()).strip(_TRIM)
    text = _LEADING.sub("", text).strip(_TRIM)
    # Quotes around the whole phrase go; a quoted name inside it stays whole.
    while len(text) >= 2 and _QUOTE_PAIRS.get(text[0]) == text[-1]:
        text = text[1:-1].strip(_TRIM)
    if text[:1] in _QUOTE_PAIRS and text.count(text[0]) == 1 and text[0] != "«":
        text = text[1:].strip(_TRIM)
    if text[-1:] in ('"', "”", "»", "'") and text.count(text[-1]) == 1 and text[-1] != "»":
        text = text[:-1].strip(_TRIM)
    return text


def resolve_speaker(
    phrase: str,
    profile: Profile | str | None = None,
    *,
    context: str | None = None,
    outlet: str | None = None,
) -> Actor:
    """The actor a speaker phrase names, with its side from the profile, else
    from side words in the phrase, else ``unknown``.

    A profile entity comes back under its canonical name with its role; an
    unnamed speaker keeps the phrase as its name (``kind`` is the kind of what
    identified it, or ``generic``).  Outlets in the phrase decide the side only
    when nothing else does ("Andrei Rudenko of VGTRK" is the person; "a VGTRK
    correspondent" speaks with VGTRK's side).

    A known body named without a side ("the General Staff") can still get one
    from the document: ``context`` (the text before the phrase, or the whole
    article) when it names the same body with a side ("Ukraine's General
    Staff"), else ``outlet`` (the publishing outlet's name or domain) when that
    outlet belongs to one side, since a national outlet's unqualified "the
    Defence Ministry" is its own country's.  Neutral outlets settle nothing.
    """
    p = _profile(profile)
    lexicon = lexicon_for(p)
    actor = _resolve(phrase, p, lexicon)
    if actor.side == UNKNOWN and actor.kind == "body" and actor.canonical:
        found = _side_from_context(actor.canonical, context, lexicon) if context else None
        if found is None and outlet:
            found = _side_from_outlet(actor.canonical, outlet, p, lexicon)
        if found is not None:
            side, canonical = found
            name = canonical if actor.name == actor.canonical else actor.name
            return Actor(
                name=name, side=side, kind=actor.kind, role=actor.role, canonical=canonical
            )
    return actor


def _side_from_context(generic: str, context: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """The side and canonical name of the last mention of the same body with a side."""
    key = normalize(generic)
    for hit in reversed(_context_hits(context, lexicon)):
        side = hit.resolved_side()
        if (
            hit.kind == "body"
            and lexicon.is_side(side)
            and key in normalize(hit.entries[0].canonical)
        ):
            return side or UNKNOWN, hit.entries[0].canonical
    return None


def _context_hits(context: str, lexicon: Lexicon) -> tuple[_Hit, ...]:
    return scan_cached(context, lexicon)


def _side_from_outlet(
    generic: str, outlet: str, p: Profile, lexicon: Lexicon
) -> tuple[str, str] | None:
    """The publishing outlet's side, and that side's body of the same name."""
    side = outlet_side(outlet, p)
    if not lexicon.is_side(side):
        return None
    key = normalize(generic)
    for body in lexicon.bodies_of_side(side):
        if key in normalize(body.canonical):
            return side, body.canonical
    return side, generic


def _resolve(phrase: str, p: Profile, lexicon: Lexicon) -> Actor:
    """:func:`resolve_speaker` without the document context."""
    text = clean_phrase(phrase)
    if not text:
        return Actor(name="", side=UNKNOWN, kind="unknown")
    hits = scan(text, lexicon, include_generic=True)

    def has_side(hit: _Hit, *, neutral: bool = True) -> bool:
        side = hit.resolved_side()
        return lexicon.is_side(side) or (neutral and side == NEUTRAL)

    people = [h for h in hits if h.kind == "person" and has_side(h)]
    if people:
        return _actor(text, people[0], lexicon)

    named = [
        h
        for h in hits
        if h.kind in _NAMED_KINDS
        and has_side(h, neutral=False)
        or (h.kind in ("body", "osint") and has_side(h))
    ]
    side_words = [h for h in hits if h.kind == "side_word" and has_side(h, neutral=False)]
    if named:
        first = named[0]
        if (
            first.kind == "generic"
            and side_words
            and side_words[0].resolved_side() != first.resolved_side()
        ):
            # "Ukrainian military bloggers": a side word beats the side a kind of
            # speaker has by default (military bloggers are mostly Russian)
            return Actor(
                name=text,
                side=side_words[0].resolved_side() or UNKNOWN,
                kind="generic",
                role=first.entries[0].canonical,
            )
        return _speaker_from(text, first, lexicon)

    if side_words:
        kind = _kind_of(hits)
        return Actor(name=text, side=side_words[0].resolved_side() or UNKNOWN, kind=kind)

    media = [h for h in hits if h.kind == "media" and has_side(h)]
    if media:
        return _speaker_from(text, media[0], lexicon)

    generic = [h for h in hits if h.kind == "generic"]
    if generic:
        hit = generic[0]
        side = hit.resolved_side() or UNKNOWN
        return Actor(name=text, side=side, kind="generic", role=hit.entries[0].canonical)
    # A body or unit the profile knows only without a side ("the General Staff").
    sideless = [h for h in hits if h.kind in ("body", "unit", "forces")]
    if sideless:
        actor = _speaker_from(text, sideless[0], lexicon)
        return Actor(
            name=actor.name,
            side=UNKNOWN,
            kind=actor.kind,
            role=actor.role,
            canonical=actor.canonical,
        )
    return Actor(name=text, side=UNKNOWN, kind="unknown")


def _speaker_from(text: str, hit: _Hit, lexicon: Lexicon) -> Actor:
    """The actor for the hit that identified the speaker.

    If the hit is the whole phrase (give or take an article), the speaker *is*
    that entity; otherwise the phrase names someone belonging to it ("a
    spokesman for the Russian-installed administration") and keeps its words.
    """
    actor = _actor(text, hit, lexicon)
    rest = (text[: hit.start] + text[hit.end :]).strip(_TRIM).lower()
    if rest in ("", "the", "a", "an") or actor.kind in ("generic",):
        if actor.kind == "generic":
            return Actor(name=text, side=actor.side, kind="generic", role=actor.role)
        return actor
    return Actor(
        name=text, side=actor.side, kind=actor.kind, role=actor.role, canonical=actor.canonical
    )


def _kind_of(hits: list[_Hit]) -> str:
    for hit in hits:
        if hit.kind in ("generic", "forces", "unit", "body", "media", "osint"):
            return hit.kind
    return "generic"


__all__ = ["clean_phrase", "resolve_speaker"]
