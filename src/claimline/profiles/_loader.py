"""Read and validate conflict profile YAML files.

Validation is strict on purpose: a profile is edited by hand, and a typo in a
key (``offcials:``) or a side code (``side: UK``) would otherwise silently drop
data.  Every problem raises :class:`~claimline.errors.ProfileError` whose message
names the file and the dotted path of the bad key (``officials[3].side``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import yaml

from claimline.errors import ProfileError
from claimline.model import Side
from claimline.profiles._schema import (
    Event,
    GenericSpeaker,
    Official,
    Organisation,
    Outlet,
    PlaceNote,
    Profile,
    Renaming,
    SideDef,
    UnitPattern,
)

#: Side values every profile accepts besides its own side codes.
EXTRA_SIDES = (str(Side.NEUTRAL), str(Side.UNKNOWN))

_CODE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,15}$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")

T = TypeVar("T")


class _Reader:
    """Walks the parsed YAML, checking types and naming the path of each error."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.side_codes: tuple[str, ...] = ()

    def fail(self, path: str, message: str, hint: str | None = None) -> ProfileError:
        return ProfileError(f"profile {self.source}: {path}: {message}", hint=hint)

    def mapping(self, value: Any, path: str, allowed: set[str], required: set[str]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(path, f"expected a mapping, got {type(value).__name__}")
        for key in value:
            if key not in allowed:
                hint = "allowed keys: " + ", ".join(sorted(allowed))
                if " " in str(key).strip():
                    # {name: X, role: a, b} parses "b" as a key: the usual slip in this format.
                    hint = (
                        "a comma inside an unquoted value of a {...} mapping starts a new "
                        "key: put the value in quotes; " + hint
                    )
                raise self.fail(f"{path}.{key}" if path else str(key), "unknown key", hint=hint)
        for key in sorted(required):
            if value.get(key) in (None, "", []):
                raise self.fail(f"{path}.{key}" if path else key, "is required")
        return value

    def text(self, value: Any, path: str, *, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.fail(path, f"expected text, got {type(value).__name__}")
        text = str(value).strip()
        if not text and not optional:
            raise self.fail(path, "must not be empty")
        return text or None

    def texts(self, value: Any, path: str) -> tuple[str, ...]:
        """A list of non-empty strings (a single string is accepted as a list of one)."""
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.fail(path, f"expected a list of text, got {type(value).__name__}")
        out = []
        for i, item in enumerate(value):
            text = self.text(item, f"{path}[{i}]")
            assert text is not None
            out.append(text)
        return tuple(out)

    def regexes(self, value: Any, path: str) -> tuple[str, ...]:
        patterns = self.texts(value, path)
        for i, pattern in enumerate(patterns):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise self.fail(f"{path}[{i}]", f"not a valid regular expression: {exc}") from None
        return patterns

    def side(self, value: Any, path: str, *, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        code = self.text(value, path)
        allowed = self.side_codes + EXTRA_SIDES
        if code not in allowed:
            raise self.fail(
                path,
                f"{code!r} is not a side of this profile",
                hint="use one of: " + ", ".join(allowed),
            )
        return code

    def day(self, value: Any, path: str, *, optional: bool = False) -> date | None:
        if value is None and optional:
            return None
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            raise self.fail(path, f"{value!r} is not a date (use YYYY-MM-DD)") from None

    def records(self, value: Any, path: str, build: Callable[[Any, str], T]) -> tuple[T, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(path, f"expected a list, got {type(value).__name__}")
        return tuple(build(item, f"{path}[{i}]") for i, item in enumerate(value))


def parse_profile(data: Any, source: str, fingerprint: str = "") -> Profile:
    """Validate parsed YAML ``data`` and build a :class:`Profile`.

    Raises :class:`ProfileError` naming the first bad key.
    """
    r = _Reader(source)
    top = r.mapping(
        data,
        "",
        allowed={
            "name",
            "title",
            "description",
            "sides",
            "countries",
            "forces",
            "units",
            "groupings",
            "unit_patterns",
            "officials",
            "bodies",
            "outlets",
            "osint",
            "generic_speakers",
            "renamings",
            "exonyms",
            "events",
            "places",
            "force_nouns",
            "unlisted_outlets",
        },
        required={"name", "title", "sides", "countries"},
    )
    if not isinstance(top["sides"], list) or len(top["sides"]) < 2:
        raise r.fail("sides", "a profile needs a list of at least two sides")
    sides = r.records(top["sides"], "sides", lambda v, p: _side(r, v, p))
    codes = [s.code for s in sides]
    for i, code in enumerate(codes):
        if code in codes[:i] or code in EXTRA_SIDES:
            raise r.fail(f"sides[{i}].code", f"{code!r} is used twice or is reserved")
    r.side_codes = tuple(codes)

    countries = r.texts(top["countries"], "countries")
    for i, country in enumerate(countries):
        if not _COUNTRY_RE.match(country):
            raise r.fail(f"countries[{i}]", f"{country!r} is not a two-letter country code")

    def org(kind: str) -> tuple[Organisation, ...]:
        return r.records(top.get(kind), kind, lambda v, p: _organisation(r, v, p))

    profile = Profile(
        name=r.text(top["name"], "name") or "",
        title=r.text(top["title"], "title") or "",
        description=r.text(top.get("description"), "description", optional=True),
        sides=sides,
        countries=countries,
        forces=org("forces"),
        units=org("units"),
        groupings=org("groupings"),
        unit_patterns=r.records(
            top.get("unit_patterns"), "unit_patterns", lambda v, p: _unit_pattern(r, v, p)
        ),
        officials=r.records(top.get("officials"), "officials", lambda v, p: _official(r, v, p)),
        bodies=org("bodies"),
        outlets=r.records(top.get("outlets"), "outlets", lambda v, p: _outlet(r, v, p)),
        osint=org("osint"),
        generic_speakers=r.records(
            top.get("generic_speakers"), "generic_speakers", lambda v, p: _generic(r, v, p)
        ),
        renamings=r.records(top.get("renamings"), "renamings", lambda v, p: _renaming(r, v, p)),
        exonyms=r.records(top.get("exonyms"), "exonyms", lambda v, p: _renaming(r, v, p)),
        events=r.records(top.get("events"), "events", lambda v, p: _event(r, v, p)),
        places=r.records(top.get("places"), "places", lambda v, p: _place(r, v, p)),
        force_nouns=r.texts(top.get("force_nouns"), "force_nouns"),
        unlisted_outlets=_unlisted_outlets(r, top.get("unlisted_outlets")),
        source=source,
        fingerprint=fingerprint,
    )
    return profile


def _unlisted_outlets(r: _Reader, value: Any) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise r.fail(
            "unlisted_outlets",
            f"expected a mapping of language to side, got {type(value).__name__}",
        )
    out = []
    for lang, side in value.items():
        code = str(lang).strip().lower()
        if not re.fullmatch(r"[a-z]{2,3}", code):
            raise r.fail(
                f"unlisted_outlets.{lang}", f"{lang!r} is not a language code (en, uk, ru)"
            )
        out.append((code, r.side(side, f"unlisted_outlets.{lang}") or ""))
    return tuple(out)


def _side(r: _Reader, value: Any, path: str) -> SideDef:
    keys = {
        "code",
        "name",
        "names",
        "adjectives",
        "demonyms",
        "capitals",
        "pejoratives",
        "forces",
        "home",
    }
    v = r.mapping(value, path, keys, {"code", "name"})
    code = r.text(v["code"], f"{path}.code") or ""
    if not _CODE_RE.match(code):
        raise r.fail(f"{path}.code", f"{code!r} is not a valid side code (letters, digits, _-)")
    return SideDef(
        code=code,
        name=r.text(v["name"], f"{path}.name") or "",
        names=r.texts(v.get("names"), f"{path}.names"),
        adjectives=r.texts(v.get("adjectives"), f"{path}.adjectives"),
        demonyms=r.texts(v.get("demonyms"), f"{path}.demonyms"),
        capitals=r.texts(v.get("capitals"), f"{path}.capitals"),
        pejoratives=r.texts(v.get("pejoratives"), f"{path}.pejoratives"),
        forces=r.text(v.get("forces"), f"{path}.forces", optional=True),
        home=tuple(c.upper() for c in r.texts(v.get("home"), f"{path}.home")),
    )


def _organisation(r: _Reader, value: Any, path: str) -> Organisation:
    v = r.mapping(value, path, {"name", "side", "aliases", "role", "patterns"}, {"name", "side"})
    return Organisation(
        name=r.text(v["name"], f"{path}.name") or "",
        side=r.side(v["side"], f"{path}.side") or "",
        aliases=r.texts(v.get("aliases"), f"{path}.aliases"),
        role=r.text(v.get("role"), f"{path}.role", optional=True),
        patterns=r.regexes(v.get("patterns"), f"{path}.patterns"),
    )


def _official(r: _Reader, value: Any, path: str) -> Official:
    v = r.mapping(value, path, {"name", "side", "role", "variants"}, {"name", "side"})
    return Official(
        name=r.text(v["name"], f"{path}.name") or "",
        side=r.side(v["side"], f"{path}.side") or "",
        role=r.text(v.get("role"), f"{path}.role", optional=True),
        variants=r.texts(v.get("variants"), f"{path}.variants"),
    )


def _outlet(r: _Reader, value: Any, path: str) -> Outlet:
    keys = {"name", "side", "kind", "aliases", "domains", "country", "note"}
    v = r.mapping(value, path, keys, {"name", "side"})
    return Outlet(
        name=r.text(v["name"], f"{path}.name") or "",
        side=r.side(v["side"], f"{path}.side") or "",
        kind=r.text(v.get("kind", "media"), f"{path}.kind") or "media",
        aliases=r.texts(v.get("aliases"), f"{path}.aliases"),
        domains=tuple(d.lower() for d in r.texts(v.get("domains"), f"{path}.domains")),
        country=r.text(v.get("country"), f"{path}.country", optional=True),
        note=r.text(v.get("note"), f"{path}.note", optional=True),
    )


def _unit_pattern(r: _Reader, value: Any, path: str) -> UnitPattern:
    v = r.mapping(value, path, {"pattern", "side", "note"}, {"pattern"})
    return UnitPattern(
        pattern=r.regexes(v["pattern"], f"{path}.pattern")[0],
        side=r.side(v.get("side"), f"{path}.side", optional=True),
        note=r.text(v.get("note"), f"{path}.note", optional=True),
    )


def _generic(r: _Reader, value: Any, path: str) -> GenericSpeaker:
    v = r.mapping(value, path, {"pattern", "side", "label"}, {"pattern", "side"})
    return GenericSpeaker(
        pattern=r.regexes(v["pattern"], f"{path}.pattern")[0],
        side=r.side(v["side"], f"{path}.side") or "",
        label=r.text(v.get("label"), f"{path}.label", optional=True),
    )


def _renaming(r: _Reader, value: Any, path: str) -> Renaming:
    v = r.mapping(value, path, {"old", "new", "country", "note"}, {"old", "new", "country"})
    return Renaming(
        old=r.text(v["old"], f"{path}.old") or "",
        new=r.text(v["new"], f"{path}.new") or "",
        country=r.text(v["country"], f"{path}.country") or "",
        note=r.text(v.get("note"), f"{path}.note", optional=True),
    )


def _event(r: _Reader, value: Any, path: str) -> Event:
    v = r.mapping(
        value, path, {"name", "patterns", "start", "end", "note"}, {"name", "patterns", "start"}
    )
    start = r.day(v["start"], f"{path}.start")
    end = r.day(v.get("end"), f"{path}.end", optional=True)
    assert start is not None
    if end is not None and end < start:
        raise r.fail(f"{path}.end", f"{end} is before start {start}")
    patterns = r.regexes(v["patterns"], f"{path}.patterns")
    for i, pattern in enumerate(patterns):
        if pattern != pattern.lower():
            raise r.fail(f"{path}.patterns[{i}]", "event patterns must be lowercase")
    return Event(
        name=r.text(v["name"], f"{path}.name") or "",
        patterns=patterns,
        start=start,
        end=end,
        note=r.text(v.get("note"), f"{path}.note", optional=True),
    )


def _place(r: _Reader, value: Any, path: str) -> PlaceNote:
    v = r.mapping(value, path, {"name", "country", "aliases", "note"}, {"name", "country"})
    return PlaceNote(
        name=r.text(v["name"], f"{path}.name") or "",
        country=r.text(v["country"], f"{path}.country") or "",
        aliases=r.texts(v.get("aliases"), f"{path}.aliases"),
        note=r.text(v.get("note"), f"{path}.note", optional=True),
    )


def read_profile_file(path: Path) -> Profile:
    """Read, parse and validate one profile file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProfileError(f"profile {path}: cannot be read: {exc.strerror}") from None
    try:
        # The C loader when libyaml is there: the default profile parses 5x faster.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(raw.decode("utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    except UnicodeDecodeError:
        raise ProfileError(f"profile {path}: is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}, column {where.column + 1}" if where else ""
        raise ProfileError(f"profile {path}: is not valid YAML{at}: {exc}") from None
    return parse_profile(data, str(path), hashlib.sha256(raw).hexdigest())
