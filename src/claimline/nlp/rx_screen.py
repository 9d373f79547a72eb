"""A literal screen in front of a regular expression.

Python's ``re`` tries a pattern such as ``\\b(?:captur(?:e|ed)|seiz(?:e|ed))\\b``
at every position of a text, so a lexicon of some eighty trigger patterns
costs most of its time proving that a sentence holds none of them.  Most such
patterns cannot match without one of a few plain strings ("captur", "seiz"):
:func:`required_literals` reads them off the pattern's parse tree, and
:class:`Screened` runs the pattern only on a text that contains one of them
(a substring test, done in C, is many times cheaper than the scan).

The screen is conservative by construction: a literal set is derived only
where every match must contain one of its strings; anything the analysis does
not understand (character classes, back-references, unknown operators) gives
no requirement, and the pattern then always runs.  Text and literals are
compared case-folded, so the screen also holds for case-insensitive patterns
(:func:`fold`: ``casefold`` maps the characters ``re.IGNORECASE`` treats as
equal to one form, but for the dotless ``ı``, which it adds).  The answers
are those of the bare pattern; only the time differs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import product
from typing import Any, TypeVar

_T = TypeVar("_T")
Screen = tuple[_T, tuple[str, ...] | None]

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10 names
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

# Bounds that keep the analysis small: a class of more characters, or a set of
# more strings, is treated as "anything".
_MAX_CLASS = 8
_MAX_SET = 64

# (exact, required): ``exact`` is the finite set of strings the node can match
# (None when unknown or too many); ``required`` a set of strings one of which
# every match contains (None when there is none to rely on).
_Info = tuple[frozenset[str] | None, frozenset[str] | None]

_EMPTY: frozenset[str] = frozenset({""})


def required_literals(pattern: str | re.Pattern[str], flags: int = 0) -> frozenset[str] | None:
    """Case-folded strings one of which every match of ``pattern`` contains, or
    None when no such set can be shown (the pattern must always be tried)."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    try:
        tree = _p.parse(pattern, flags & ~re.UNICODE)
    except re.error:
        return None
    exact, required = _sequence(list(tree))
    best = _better(required, _as_required(exact))
    return None if best is None else _minimal(best)


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Without the strings that contain another one ("bc" once "b" is there):
    the screen's answer is the same, with fewer tests."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _as_required(exact: frozenset[str] | None) -> frozenset[str] | None:
    if exact is None or "" in exact:
        return None
    return exact


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirement sets (longer shortest string, then
    fewer strings); either alone when the other is None."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def fold(text: str) -> str:
    """``text`` in the form the screen compares: case-folded, with the dotless
    ``ı`` (which ``re.IGNORECASE`` takes for ``i``) written ``i``."""
    if text.isascii():
        return text.lower()  # the same string, faster
    return text.casefold().translate(_DOTLESS)


_DOTLESS = str.maketrans({"\u0131": "i"})


def _fold(chars: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(ch) for ch in chars)


def _concat(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > _MAX_SET:
        return None
    return frozenset(x + y for x, y in product(a, b))


def _sequence(items: list[tuple[Any, Any]]) -> _Info:
    """A concatenation: exact strings while every item is exact; otherwise the
    best requirement among the items and the exact runs between them."""
    exact: frozenset[str] | None = _EMPTY
    run: frozenset[str] | None = _EMPTY
    required: frozenset[str] | None = None
    for op, av in items:
        e, r = _node(op, av)
        required = _better(required, r)
        if e is None:
            required = _better(required, _as_required(run))
            run = _EMPTY
            exact = None
            continue
        joined = _concat(run, e) if run is not None else None
        if joined is None:
            # too many strings: keep what the run had as a requirement, restart it
            required = _better(required, _as_required(run))
            required = _better(required, _as_required(e))
            run = e
        else:
            run = joined
        if exact is not None:
            exact = _concat(exact, e)
    required = _better(required, _as_required(run))
    return exact, required


def _node(op: Any, av: Any) -> _Info:
    if op is _c.LITERAL:
        return frozenset({fold(chr(av))}), None
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_CLASS:
                chars.update(chr(x) for x in range(value[0], value[1] + 1))
            else:  # NEGATE, CATEGORY, a wide range: any character
                return None, None
        if not chars or len(chars) > _MAX_CLASS:
            return None, None
        return _fold(frozenset(chars)), None
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op is _c.BRANCH:
        exacts: list[frozenset[str]] = []
        reqs: list[frozenset[str]] = []
        exact_ok = req_ok = True
        for branch in av[1]:
            e, r = _sequence(list(branch))
            if e is None:
                exact_ok = False
            else:
                exacts.append(e)
            best = _better(r, _as_required(e))
            if best is None:
                req_ok = False
            else:
                reqs.append(best)
        exact = frozenset().union(*exacts) if exact_ok else None
        if exact is not None and len(exact) > _MAX_SET:
            exact = None
        required = frozenset().union(*reqs) if req_ok and reqs else None
        if required is not None and len(required) > _MAX_SET:
            required = None
        return exact, required
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        low, high, sub = av
        e, r = _sequence(list(sub))
        if low == 0:
            if high == 1 and e is not None:
                return e | _EMPTY, None
            return None, None
        if low == high == 1:
            return e, r
        return None, _better(r, _as_required(e))
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _EMPTY, None  # zero-width: consumes nothing, requires nothing here
    return None, None  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...: unknown


_LITERALS: dict[re.Pattern[str], tuple[str, ...] | None] = {}


def literals_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """:func:`required_literals` of ``pattern`` as a tuple, computed once a pattern."""
    try:
        return _LITERALS[pattern]
    except KeyError:
        found = required_literals(pattern)
        lits = _LITERALS[pattern] = None if found is None else tuple(sorted(found))
        return lits


def might_match(pattern: re.Pattern[str], folded: str) -> bool:
    """False when ``pattern`` cannot match anywhere in the text whose
    :func:`fold` is ``folded``; True when it may (then run it)."""
    lits = literals_of(pattern)
    return lits is None or any(map(folded.__contains__, lits))


def screens(items: Sequence[_T], pattern_of: Callable[[_T], re.Pattern[str]]) -> list[Screen[_T]]:
    """``(item, literals)`` for each item (a trigger, say) with a pattern, for a
    loop that tests many patterns on one text:
    ``if lits is None or any(map(folded.__contains__, lits))``."""
    return [(item, literals_of(pattern_of(item))) for item in items]


class Screened:
    """``pattern`` behind its literal screen: ``search`` and ``finditer`` answer
    as the pattern does, skipping the scan when the text holds none of the
    required strings."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    @property
    def flags(self) -> int:
        return self.pattern.flags

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        if not might_match(self.pattern, fold(text)):
            return None
        return self.pattern.search(text, *args)

    def finditer(self, text: str, *args: Any) -> Iterator[re.Match[str]]:
        if not might_match(self.pattern, fold(text)):
            return iter(())
        return self.pattern.finditer(text, *args)
