"""Media outlets: the side of an outlet's own voice, and wire credits.

- :func:`find_outlet` — the profile's outlet for a name, alias, domain or URL;
- :func:`outlet_side` — the side its own voice speaks for;
- :func:`wire_credit` — the agency a reprinted article credits ("(Reuters)").

All three are re-exported by :mod:`claimline.nlp.actors`.  Outlets and their
alignment are profile data (``outlets:`` in the profile YAML).
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from rapidfuzz import fuzz, process

from claimline.nlp._actor_lexicon import UNKNOWN, lexicon_for, normalize
from claimline.profiles import Outlet, Profile, load_profile


def _profile(profile: Profile | str | None) -> Profile:
    return profile if isinstance(profile, Profile) else load_profile(profile)


# (id of the profile, name) -> (the profile, its outlet): outlet names repeat from
# one document to the next, and the fuzzy fallback costs milliseconds a lookup.
_FOUND: dict[tuple[int, str], tuple[Profile, Outlet | None]] = {}
_FOUND_LIMIT = 4096


def find_outlet(name: str, profile: Profile | str | None = None) -> Outlet | None:
    """The profile's outlet for a name, alias, domain or URL ("RIA", "tass.ru",
    "https://www.reuters.com/world/..."), or None."""
    p = _profile(profile)
    key = (id(p), name)
    hit = _FOUND.get(key)
    if hit is not None and hit[0] is p:
        return hit[1]
    found = _find_outlet(name, p)
    if len(_FOUND) >= _FOUND_LIMIT:
        _FOUND.clear()
    _FOUND[key] = (p, found)
    return found


def _find_outlet(name: str, p: Profile) -> Outlet | None:
    raw = name.strip()
    if not raw:
        return None
    host = _host(raw)
    if host:
        for outlet in p.outlets:
            if any(host == d or host.endswith("." + d) for d in outlet.domains):
                return outlet
    key = re.sub(r"^the\s+", "", normalize(raw))
    for outlet in p.outlets:
        for alias in (outlet.name, *outlet.aliases):
            if re.sub(r"^the\s+", "", normalize(alias)) == key:
                return outlet
    from claimline.nlp.actors import scan  # here: actors imports this module

    lexicon = lexicon_for(p)
    for hit in scan(raw, lexicon):
        if hit.kind == "media":
            canonical = hit.entries[0].canonical
            return next((o for o in p.outlets if o.name == canonical), None)
    names = {o.name.lower(): o for o in p.outlets if len(o.name) >= 6}
    best = process.extractOne(key, list(names), scorer=fuzz.ratio, score_cutoff=90)
    return names[best[0]] if best else None


def outlet_side(name: str, profile: Profile | str | None = None) -> str:
    """The side of an outlet's own voice: a profile side code, ``"neutral"``
    (wires, foreign and independent media) or ``"unknown"`` when the profile
    does not know the outlet."""
    outlet = find_outlet(name, profile=profile)
    return outlet.side if outlet is not None else UNKNOWN


def wire_credit(text: str, profile: Profile | str | None = None) -> Outlet | None:
    """The agency a syndicated article credits, or None.

    A reprint carries the voice of the agency it credits, not of the site that
    reprinted it: "KYIV, May 3 (Reuters) -", "MOSCOW, July 15. /TASS/.",
    "© AFP 2024", a line starting "Published by Reuters" or "By AFP".  Only
    credits in these forms count, not an agency merely named in the story
    ("told Reuters"); the earliest one wins.
    """
    p = _profile(profile)
    rx = _credit_regex(p)
    m = rx.search(text) if rx is not None else None
    if m is None:
        return None
    name = m.group("paren") or m.group("slash") or m.group("copy") or m.group("line")
    return find_outlet(name, p)


_CREDIT_CACHE: dict[tuple[str, str], re.Pattern[str] | None] = {}


def _credit_regex(p: Profile) -> re.Pattern[str] | None:
    """One regex for the credit forms of every wire agency of the profile."""
    key = (p.source, p.fingerprint or p.name)
    if key not in _CREDIT_CACHE:
        names = sorted(
            {n for o in p.outlets if o.kind == "wire" for n in (o.name, *o.aliases)},
            key=len,
            reverse=True,
        )
        alt = "|".join(re.escape(n) for n in names)
        _CREDIT_CACHE[key] = (
            re.compile(
                rf"\(\s*(?P<paren>{alt})\s*\)"
                rf"|/\s*(?P<slash>{alt})\s*/"
                rf"|(?:©|\([cC]\)|[Cc]opyright)\s*(?:\d{{4}}\s+)?(?P<copy>{alt})(?!\w)"
                rf"|^[^\S\n]*(?:[Bb]y|[Pp]ublished\s+by|[Ss]ource:)[^\S\n]+(?:the\s+)?(?P<line>{alt})(?!\w)",
                re.MULTILINE,
            )
            if names
            else None
        )
    return _CREDIT_CACHE[key]


def _host(value: str) -> str | None:
    """The lowercased host of a URL or bare domain ("www.tass.ru/x" → "tass.ru")."""
    candidate = value if "://" in value else "//" + value
    if " " in value or "." not in value:
        return None
    try:
        host = (urlparse(candidate).hostname or "").lower()
    except ValueError:  # "[" in the value reads as a broken IPv6 literal
        return None
    if not re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", host):
        return None
    return host[4:] if host.startswith("www.") else host


__all__ = ["find_outlet", "outlet_side", "wire_credit"]
