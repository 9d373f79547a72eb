"""The offline gazetteer: places and their aliases, loaded once per process.

The data is the SQLite file ``claimline/data/gazetteer.sqlite`` built by
``scripts/build_gazetteer.py`` (GeoNames, CC BY 4.0, and Ukraine's KATOTTG
register; see docs/gazetteer.md).  :func:`load_gazetteer` reads it into memory
(about half a second): an alias index keyed by :func:`~claimline.nlp.aliases.normalize`
and every entry, so that lookups during extraction are dictionary hits.

Political renamings (Artemivsk → Bakhmut) come from the conflict profile and
are added with :meth:`Gazetteer.add_renamings`; an alias added that way ranks
above every other alias of the same spelling.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from claimline.errors import GazetteerError, NotFound
from claimline.model import Place, PlaceKind
from claimline.nlp.aliases import normalize

#: How much an alias's origin is trusted, highest first.  Official forms beat
#: transliteration variants, which beat guessed Russian forms and the long tail
#: of GeoNames alternate names (old names, foreign exonyms).
SOURCE_RANK: dict[str, float] = {
    "renaming": 1.0,
    "kmu": 1.0,
    "en": 1.0,
    "uk": 1.0,
    "geonames": 0.95,
    "ru": 0.95,
    "uk_latin": 0.9,
    "ru_latin": 0.9,
    "uk_alt": 0.8,
    "ru_guess": 0.75,
    "ru_guess_latin": 0.7,
    "geonames_alt": 0.65,
    # a settlement a conflict profile adds: below the register's own forms, so that a
    # homonym elsewhere needs the text's context to lose to it
    "profile": 0.85,
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row (a superset of :class:`claimline.model.Place`)."""

    id: str
    name: str
    kind: str
    feature: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    parent_id: str | None
    center_id: str | None
    katottg: str | None
    name_uk: str | None
    name_ru: str | None
    lat: float | None
    lon: float | None
    approximate: bool
    population: int | None

    def to_place(self) -> Place:
        return Place(
            id=self.id,
            name=self.name,
            kind=PlaceKind(self.kind),
            country=self.country,
            admin1=self.admin1,
            admin2=self.admin2,
            lat=self.lat,
            lon=self.lon,
            approximate=self.approximate,
            population=self.population,
            feature_code=self.feature,
        )

    def importance(self) -> float:
        """A population prior; register villages without a count get a
        small default by settlement type, so a city outranks a village."""
        if self.population:
            return float(self.population)
        return {
            "capital": 100_000.0,
            "city": 10_000.0,
            "urban-type settlement": 3_000.0,
            "settlement": 500.0,
            "village": 200.0,
            "town": 1_000.0,
            "country": 10_000_000.0,
            "oblast": 1_000_000.0,
            "raion": 100_000.0,
            "river": 100_000.0,
        }.get(self.feature or "", 1_000.0)


@dataclass(frozen=True, slots=True)
class AliasHit:
    """An alias key that names an entry, with where the alias came from."""

    entry: Entry
    source: str

    @property
    def rank(self) -> float:
        return SOURCE_RANK.get(self.source, 0.6)


class Renaming(Protocol):
    old: str
    new: str
    country: str | None


# A profile place note's admin area ("in Kursk Oblast") and neighbour ("near Sudzha").
_NOTE_AREA_RX = re.compile(
    r"\bin\s+((?:[A-Z][\w'’-]*\s+){1,3}(?:Oblast|State|Region|Governorate))\b"
)
_NOTE_NEAR_RX = re.compile(r"\bnear\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2})")

_ENTRY_COLUMNS = (
    "id, name, kind, feature, country, admin1, admin2, admin3, parent_id, center_id, "
    "katottg, name_uk, name_ru, lat, lon, approximate, population"
)


def default_path() -> Path:
    """Where the shipped gazetteer lives inside the installed package."""
    return Path(str(resources.files("claimline") / "data" / "gazetteer.sqlite"))


class Gazetteer:
    """Entries and an alias index, in memory.  Read-only after loading,
    except for :meth:`add_renamings`, so one instance serves many threads."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        if not self.path.is_file():
            raise GazetteerError(
                f"gazetteer not found at {self.path}",
                hint="run `make gazetteer` (python scripts/build_gazetteer.py)",
            )
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            rows = con.execute(f"SELECT {_ENTRY_COLUMNS} FROM places").fetchall()
            alias_rows = con.execute("SELECT norm, place_id, source FROM aliases").fetchall()
            self.metadata: dict[str, str] = dict(con.execute("SELECT key, value FROM metadata"))
            con.close()
        except sqlite3.Error as exc:
            raise GazetteerError(f"gazetteer at {self.path} is unreadable: {exc}") from exc
        self.entries: dict[str, Entry] = {}
        for r in rows:
            self.entries[r[0]] = Entry(*r[:15], bool(r[15]), r[16])
        self._index: dict[str, list[AliasHit]] = {}
        for norm, pid, source in alias_rows:
            entry = self.entries.get(pid)
            if entry is not None:
                self._index.setdefault(norm, []).append(AliasHit(entry, source))
        # First words of every key, with the longest key they open: the scanner
        # skips a word at once when no alias starts with it.
        self.first_words: dict[str, int] = {}
        for norm in self._index:
            parts = norm.split(" ")
            if self.first_words.get(parts[0], 0) < len(parts):
                self.first_words[parts[0]] = len(parts)
        # Rivers by their bare names ("dnipro" from "Dnipro River", "днепр" from
        # "река Днепр"), for a name the text calls a river.
        self.rivers: dict[str, list[Entry]] = {}
        river_words = {"river", "река", "річка", "reka", "richka"}
        for norm, hits in self._index.items():
            for h in hits:
                if h.entry.kind == "feature" and h.entry.feature == "river":
                    bare = " ".join(w for w in norm.split(" ") if w not in river_words)
                    if bare and h.entry not in self.rivers.get(bare, []):
                        self.rivers.setdefault(bare, []).append(h.entry)
        # Admin areas by the settlement that is their centre (Kharkiv → oblast).
        self.admin_by_center: dict[str, list[Entry]] = {}
        for e in self.entries.values():
            if e.kind == "admin_area" and e.center_id:
                self.admin_by_center.setdefault(e.center_id, []).append(e)
        self._renamed: set[tuple[str, str]] = set()
        self.profile_entries: set[str] = set()  # ids of settlements profiles added
        self._lock = threading.Lock()

    # ---- lookups

    def __len__(self) -> int:
        """Entries of the built file; settlements a profile added are in
        :attr:`profile_entries` and not counted, so the count matches the build's."""
        return len(self.entries) - len(self.profile_entries)

    def __contains__(self, norm: object) -> bool:
        return norm in self._index

    def lookup(self, name: str, *, normalized: bool = False) -> list[AliasHit]:
        """Entries an alias names (exact key match), best alias source first."""
        key = name if normalized else normalize(name)
        hits = self._index.get(key, [])
        return sorted(hits, key=lambda h: (-h.rank, -h.entry.importance()))

    def get(self, place_id: str) -> Entry:
        """The entry with this id; raises :class:`NotFound` otherwise."""
        try:
            return self.entries[str(place_id)]
        except KeyError:
            raise NotFound(
                f"no gazetteer entry with id {place_id!r}",
                hint="search with `claimline places resolve NAME`",
            ) from None

    def aliases_of(self, place_id: str) -> list[tuple[str, str]]:
        """(alias, source) pairs of one entry, as stored plus renamings."""
        self.get(place_id)
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            rows = con.execute(
                "SELECT alias, source FROM aliases WHERE place_id = ? ORDER BY source, alias",
                (str(place_id),),
            ).fetchall()
        finally:
            con.close()
        extra = [(old, "renaming") for old, pid in sorted(self._renamed) if pid == str(place_id)]
        return [*rows, *extra]

    def keys(self) -> Iterable[str]:
        return self._index.keys()

    def info(self) -> dict[str, Any]:
        """Metadata of the build: input versions, counts, credit."""
        out: dict[str, Any] = dict(self.metadata)
        for k in ("inputs", "stats"):
            if k in out:
                out[k] = json.loads(out[k])
        return out

    def fuzzy(
        self, name: str, *, cutoff: float = 88.0, min_importance: float = 0.0, limit: int = 5
    ) -> list[tuple[AliasHit, float]]:
        """Aliases spelled like ``name`` (rapidfuzz ratio ≥ ``cutoff``), for
        misspellings only: callers try exact and inflected keys first.  Keys
        must share the first letter and differ in length by at most three."""
        from rapidfuzz import fuzz, process

        key = normalize(name)
        if len(key) < 5:
            return []
        buckets = self._fuzzy_buckets(min_importance)
        pool = [k for n in range(len(key) - 3, len(key) + 4) for k in buckets.get((key[0], n), ())]
        out: list[tuple[AliasHit, float]] = []
        for k, score, _ in process.extract(
            key, pool, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit
        ):
            for h in self._index[k]:
                if h.entry.importance() >= min_importance:
                    out.append((h, float(score)))
        out.sort(key=lambda x: (-x[1], -x[0].rank, -x[0].entry.importance()))
        return out

    def _fuzzy_buckets(self, min_importance: float) -> dict[tuple[str, int], list[str]]:
        cache = self.__dict__.setdefault("_buckets", {})
        if min_importance not in cache:
            buckets: dict[tuple[str, int], list[str]] = {}
            for k, hits in self._index.items():
                if any(h.entry.importance() >= min_importance for h in hits):
                    buckets.setdefault((k[:1], len(k)), []).append(k)
            cache[min_importance] = buckets
        return cache[min_importance]

    # ---- renamings

    def add_renamings(self, renamings: Sequence[Renaming] | Iterable[Renaming]) -> int:
        """Add ``old`` names as aliases of the entry named ``new``.

        The target is the most important settlement whose alias is ``new`` (in
        ``country`` when the record has one).  Returns how many were added;
        a renaming whose new name is unknown is skipped.
        """
        added = 0
        with self._lock:
            for r in renamings:
                hits = [h for h in self.lookup(r.new) if h.entry.kind == "settlement"]
                country = getattr(r, "country", None)
                if country:
                    hits = [h for h in hits if h.entry.country == country] or hits
                if not hits:
                    continue
                target = max(hits, key=lambda h: (h.rank, h.entry.importance())).entry
                key = normalize(r.old)
                parts = key.split(" ")
                if self.first_words.get(parts[0], 0) < len(parts):
                    self.first_words[parts[0]] = len(parts)
                if (key, target.id) in self._renamed:
                    continue
                lst = self._index.setdefault(key, [])
                lst[:] = [h for h in lst if h.entry.id != target.id]
                lst.insert(0, AliasHit(target, "renaming"))
                self._renamed.add((key, target.id))
                added += 1
        return added

    def apply_profile(self, profile: Any) -> int:
        """Bring in a conflict profile's place data: ``renamings`` and
        ``exonyms`` (old → new) become aliases ranked above all others, and
        where the profile's name for a place is not the gazetteer's (Wad
        Madani for GeoNames' Wad Medani, Bahri for Khartoum North) the entry
        takes the profile's name, keeping the old one as an alias.  Returns
        how many aliases or names changed."""
        changed = 0
        countries = set(getattr(profile, "countries", ()) or ())
        records = [
            *(getattr(profile, "renamings", ()) or ()),
            *(getattr(profile, "exonyms", ()) or ()),
        ]
        for r in records:
            found = self._settlements_named(r.new, r.country)
            if found:
                changed += self.add_renamings([r])
                # The profile's spelling is the canonical one (Wad Madani,
                # not GeoNames' Wad Medani), when an alias already pointed there.
                target = max(found, key=lambda e: e.importance())
                if normalize(target.name) != normalize(r.new):
                    changed += self._adopt_name(target.name, r.new, r.country)
            elif self._settlements_named(r.old, r.country, own_names_only=True):
                changed += self._adopt_name(r.old, r.new, r.country)
        for note in getattr(profile, "places", ()) or ():
            country = note.country or (next(iter(countries)) if len(countries) == 1 else None)
            found = self._settlements_named(note.name, country)
            if found:
                # Known under a stray alias only (GeoNames' "Babanusah" for
                # Babanusa): the profile's spelling becomes the canonical name.
                target = max(found, key=lambda e: e.importance())
                if normalize(target.name) != normalize(note.name) and normalize(target.name) in {
                    normalize(a) for a in note.aliases
                }:
                    changed += self._adopt_name(target.name, note.name, country)
                continue
            for alias in note.aliases:
                if self._settlements_named(alias, country):
                    changed += self._adopt_name(alias, note.name, country)
                    break
            else:
                changed += self._add_noted_place(note, country)
        return changed

    def _add_noted_place(self, note: Any, country: str | None) -> int:
        """Add a settlement the gazetteer lacks (a border village the register of
        another country does not list) from a profile's place note: its name and
        aliases become ``profile`` aliases; "in <X Oblast|State>" in the note gives the
        admin area and "near <Town>" the approximate coordinates (the town's)."""
        if not country or not note.name:
            return 0
        text = note.note or ""
        area = _NOTE_AREA_RX.search(text)
        admin1 = None
        if area is not None:
            admins = [h.entry for h in self.lookup(area.group(1)) if h.entry.kind == "admin_area"]
            admin1 = admins[0].name if admins else None
        lat = lon = None
        near = _NOTE_NEAR_RX.search(text)
        if near is not None:
            towns = self._settlements_named(near.group(1), country)
            if towns:
                town = max(towns, key=lambda e: e.importance())
                lat, lon = town.lat, town.lon
        pid = f"P-{country}-{normalize(note.name).replace(' ', '-')}"
        if pid in self.entries:
            return 0
        entry = Entry(
            pid, note.name, "settlement", "village", country, admin1, None, None, None, None,
            None, None, None, lat, lon, True, None,
        )  # fmt: skip
        with self._lock:
            self.entries[pid] = entry
            self.profile_entries.add(pid)
            for alias in (note.name, *note.aliases):
                key = normalize(alias)
                self._index.setdefault(key, []).append(AliasHit(entry, "profile"))
                parts = key.split(" ")
                if self.first_words.get(parts[0], 0) < len(parts):
                    self.first_words[parts[0]] = len(parts)
        return 1

    def _settlements_named(
        self, name: str, country: str | None, *, own_names_only: bool = False
    ) -> list[Entry]:
        """Settlements ``name`` is an alias of; with ``own_names_only``, not
        counting stray GeoNames alternate names (old names, exonyms)."""
        return [
            h.entry
            for h in self.lookup(name)
            if h.entry.kind == "settlement"
            and (country is None or h.entry.country == country)
            and not (own_names_only and h.source in ("geonames_alt", "uk_alt"))
        ]

    def _adopt_name(self, old: str, new: str, country: str | None) -> int:
        """Rename the most important settlement called ``old`` to ``new``."""
        found = self._settlements_named(
            old, country, own_names_only=True
        ) or self._settlements_named(old, country)
        if not found:
            return 0
        target = max(found, key=lambda e: e.importance())
        renamed = dataclasses.replace(target, name=new)
        with self._lock:
            self.entries[target.id] = renamed
            for hits in self._index.values():
                for i, h in enumerate(hits):
                    if h.entry.id == target.id:
                        hits[i] = AliasHit(renamed, h.source)
            key = normalize(new)
            lst = self._index.setdefault(key, [])
            lst.insert(0, AliasHit(renamed, "renaming"))
            self._renamed.add((key, target.id))
            parts = key.split(" ")
            if self.first_words.get(parts[0], 0) < len(parts):
                self.first_words[parts[0]] = len(parts)
        return 1


_cache: dict[str, Gazetteer] = {}
_cache_lock = threading.Lock()


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The gazetteer at ``path`` (default: the shipped one), loaded once and
    cached for the life of the process."""
    key = str(Path(path).resolve()) if path else "<default>"
    with _cache_lock:
        gaz = _cache.get(key)
        if gaz is None:
            gaz = Gazetteer(path)
            _cache[key] = gaz
        return gaz


__all__ = ["AliasHit", "Entry", "Gazetteer", "SOURCE_RANK", "default_path", "load_gazetteer"]
