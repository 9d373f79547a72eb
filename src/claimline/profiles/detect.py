"""Which shipped conflict profile a document is about.

Each profile names its sides (country names, adjectives, capitals, demonyms),
its armed forces, bodies and the places the conflict is known for.  A
document is given the profile whose *distinctive* words it uses most: words
that no other shipped profile also lists ("army", "Khartoum" in two profiles
would count for neither).  When no profile's words occur, or two profiles tie,
the default profile stays: detection only moves a document away from the
default on evidence.

Phrases are looked up as word tuples in one table built once, so a document
costs one pass over the words of its first :data:`WINDOW` characters.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Sequence

from claimline.profiles._schema import Profile

#: Characters of a document looked at: the headline and lead name the conflict.
WINDOW = 6000
#: Distinct distinctive words a profile needs before it displaces the default.
MIN_EVIDENCE = 2


def _terms(p: Profile) -> set[str]:
    """The lower-cased words and phrases that point to profile ``p``."""
    out: set[str] = set()

    def add(values: Iterable[str | None]) -> None:
        for v in values:
            if v and len(v.strip("*")) >= 3:
                out.add(v.lower())

    for s in p.sides:
        add([s.name, s.forces, *s.names, *s.adjectives, *s.demonyms, *s.capitals])
    sides = set(p.side_codes)
    for org in (*p.forces, *p.bodies, *p.groupings):
        if getattr(org, "side", None) in sides:  # a neutral body (the UN) tells nothing
            add([org.name, *getattr(org, "aliases", ())])
    for o in p.officials:
        add([getattr(o, "name", None)])
    for note in p.places:
        add([note.name, *note.aliases])
    return {t for t in out if t not in _GENERIC and t.removeprefix("the ") not in _GENERIC}


def _generic_words() -> frozenset[str]:
    from claimline.nlp._actor_lexicon import FORCE_NOUNS

    extra = {"military", "government", "paramilitaries", "paramilitary", "militia", "rebels"}
    return frozenset({*(n.lower() for n in FORCE_NOUNS), *extra})


# Words any war report uses ("the army", "troops"): a profile may list them as
# names of a side, but they do not say which war a text is about.
_GENERIC = _generic_words()


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.replace("’", "'") for w in _WORD.findall(text.lower()))


class _Index:
    """Distinctive phrases (word tuples) and stems of each profile."""

    def __init__(self, names: tuple[str, ...]) -> None:
        from claimline.profiles import load_profile

        terms = {name: _terms(load_profile(name)) for name in names}
        self.names = names
        self.phrases: dict[tuple[str, ...], str] = {}
        self.stems: dict[str, list[tuple[str, str]]] = {}  # first 3 letters -> (stem, profile)
        self.longest = 1
        for name in names:
            others = set().union(*(t for n, t in terms.items() if n != name))
            for term in terms[name] - others:
                words = _words(term.rstrip("*"))
                if not words:
                    continue
                if term.endswith("*") and len(words) == 1:
                    self.stems.setdefault(words[0][:3], []).append((words[0], name))
                else:
                    self.phrases[words] = name
                    self.longest = max(self.longest, len(words))
        self.firsts = frozenset(words[0] for words in self.phrases)

    def scores(self, text: str) -> dict[str, int]:
        words = _words(text)
        found: dict[str, set[tuple[str, ...]]] = {name: set() for name in self.names}
        firsts = self.firsts
        for i, word in enumerate(words):
            stems = self.stems.get(word[:3])
            if stems:
                for stem, name in stems:
                    if word.startswith(stem):
                        found[name].add((stem,))
            if word not in firsts:
                continue
            for n in range(1, self.longest + 1):
                key = words[i : i + n]
                if len(key) < n:
                    break
                name = self.phrases.get(key)
                if name is not None:
                    found[name].add(key)
        return {name: len(keys) for name, keys in found.items()}


@functools.lru_cache(maxsize=8)
def _index(names: tuple[str, ...]) -> _Index:
    return _Index(names)


def profile_scores(text: str, names: Sequence[str] | None = None) -> dict[str, int]:
    """For each profile of ``names`` (default: all shipped), how many distinct
    distinctive words of it occur in the first :data:`WINDOW` characters."""
    from claimline.profiles import list_profiles

    return _index(tuple(names or list_profiles())).scores(text[:WINDOW])


def detect_profile(text: str, names: Sequence[str] | None = None) -> str:
    """The name of the profile ``text`` is about (see the module docstring).

    The default is the ``CLAIMLINE_PROFILE`` environment variable's profile, or
    ``ru_ua``; a named profile replaces it only with at least
    :data:`MIN_EVIDENCE` distinctive words and more of them than any other.
    """
    from claimline.profiles import DEFAULT_PROFILE

    default = os.environ.get("CLAIMLINE_PROFILE") or DEFAULT_PROFILE
    scores = profile_scores(text, names)
    if not scores:
        return default
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if top < MIN_EVIDENCE or top == runner_up:
        return default
    return best


__all__ = ["MIN_EVIDENCE", "WINDOW", "detect_profile", "profile_scores"]
