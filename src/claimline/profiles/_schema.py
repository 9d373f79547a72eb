"""The records a conflict profile is made of.

A profile is data: one YAML file per conflict (see ``docs/profiles.md``).  The
loader in :mod:`claimline.profiles._loader` validates the file and turns it into
these frozen records, with tuples instead of lists so that a profile is hashable,
picklable and safe to share between threads and processes.

Matching terms follow one small convention everywhere: a term is a literal
phrase matched case-insensitively on word boundaries (all-capital abbreviations
of up to five letters, such as ``AFU`` or ``RT``, match case-sensitively), and a
trailing ``*`` makes it a stem (``украинск*`` matches ``украинские``,
``украинских``...).  Fields called ``patterns`` hold regular expressions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class SideDef:
    """One party to the conflict and the words that denote it.

    ``names`` are the country or party names (Ukraine, Україна, України...),
    ``adjectives`` the words that qualify something as this side's (Ukrainian,
    украинск*), ``demonyms`` the plural people-words that can stand for its
    forces (the Ukrainians), ``capitals`` the metonyms for its government
    (Kyiv, Kiev), ``pejoratives`` the other side's names for it (окупанти).
    ``forces`` is the canonical name of its armed forces.  ``home`` lists the
    countries (ISO 3166 alpha-2) it defends by default: a town there that
    "fell", with no side named, fell to another side.
    """

    code: str
    name: str
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    pejoratives: tuple[str, ...] = ()
    forces: str | None = None
    home: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Official:
    """A named person with a role and a side.

    ``variants`` hold other spellings and known misspellings of the full name
    or of the surname alone; each variant's last word also counts as a surname.
    """

    name: str
    side: str
    role: str | None = None
    variants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Organisation:
    """A state body, an armed force, a named unit, a grouping or an OSINT project."""

    name: str
    side: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Outlet:
    """A media outlet and the side its own voice speaks for."""

    name: str
    side: str
    kind: str = "media"  # wire, newspaper, tv, radio, online, magazine
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class UnitPattern:
    """A regular expression that finds a military unit the profile does not name.

    ``side`` is set when the pattern itself implies one (a Russian-only unit
    type); otherwise the side comes from the phrase or stays unknown.
    """

    pattern: str
    side: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class GenericSpeaker:
    """A pattern for a speaker without a name: "military bloggers", "analysts"."""

    pattern: str
    side: str
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Renaming:
    """A place name that was replaced (``old`` → ``new``) in ``country``."""

    old: str
    new: str
    country: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A dated reference event ("since the full-scale invasion").

    ``patterns`` are lowercase regular expressions; ``end`` is None for an
    event that is a single day or has no end.
    """

    name: str
    patterns: tuple[str, ...]
    start: date
    end: date | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceNote:
    """A place the conflict is known for; a fact for documentation and tests."""

    name: str
    country: str
    aliases: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    """A validated conflict profile; build it with :func:`claimline.profiles.load_profile`."""

    name: str
    title: str
    sides: tuple[SideDef, ...]
    countries: tuple[str, ...]
    description: str | None = None
    forces: tuple[Organisation, ...] = ()
    units: tuple[Organisation, ...] = ()
    groupings: tuple[Organisation, ...] = ()
    unit_patterns: tuple[UnitPattern, ...] = ()
    officials: tuple[Official, ...] = ()
    bodies: tuple[Organisation, ...] = ()
    outlets: tuple[Outlet, ...] = ()
    osint: tuple[Organisation, ...] = ()
    generic_speakers: tuple[GenericSpeaker, ...] = ()
    renamings: tuple[Renaming, ...] = ()
    exonyms: tuple[Renaming, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[PlaceNote, ...] = ()
    force_nouns: tuple[str, ...] = ()
    # (language code, side) for outlets the list does not name: the side of an
    # unlisted outlet's own voice by the language it writes in.
    unlisted_outlets: tuple[tuple[str, str], ...] = ()
    source: str = ""  # the file it was read from
    fingerprint: str = ""  # sha256 of the file's bytes: a cache key for compiled matchers

    @property
    def side_codes(self) -> tuple[str, ...]:
        return tuple(s.code for s in self.sides)

    def home_side(self, country: str | None) -> str | None:
        """The side at home in ``country`` (a two-letter code), for a two-sided
        profile whose sides all have ``home`` countries; None when the profile
        cannot say (no homes, or not exactly one side at home there)."""
        if country is None or len(self.sides) != 2 or not all(s.home for s in self.sides):
            return None
        homes = [s.code for s in self.sides if country in s.home]
        return homes[0] if len(homes) == 1 else None

    def unlisted_outlet_side(self, language: str | None) -> str | None:
        """The side of an outlet the profile does not list, writing in
        ``language`` ("en", "uk-UA"), or None when the profile says nothing."""
        if not language:
            return None
        lang = language.split("-")[0].split("_")[0].lower()
        return next((side for code, side in self.unlisted_outlets if code == lang), None)

    def side(self, code: str) -> SideDef | None:
        """The side with this code, or None."""
        for s in self.sides:
            if s.code == code:
                return s
        return None
