"""Compiled matchers for the actors of one conflict profile.

:func:`lexicon_for` turns a :class:`~claimline.profiles.Profile` into regular
expressions and lookup tables once and caches them by the profile's
fingerprint.  Nothing here knows a conflict: every name comes from the profile,
and the only built-in words are language vocabulary (force nouns, grouping
words, place prepositions in English, Russian and Ukrainian).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from claimline.model import Side
from claimline.profiles import Profile

# Kinds of lexicon entries, in the order overlap resolution prefers them when two
# hits cover the same span (lower wins).
KIND_PRIORITY = {
    "person": 0,
    "body": 1,
    "osint": 2,
    "media": 3,
    "unit": 4,
    "forces": 5,
    "generic": 6,
    "state": 7,
    "side_word": 8,
}

#: Nouns that make "<side word> <noun>" an armed-forces actor.  Language data.
FORCE_NOUNS = (
    # English
    "forces",
    "force",
    "troops",
    "army",
    "armies",
    "military",
    "militaries",
    "soldiers",
    "soldier",
    "servicemen",
    "serviceman",
    "servicemembers",
    "fighters",
    "fighter",
    "units",
    "unit",
    "assault groups",
    "assault group",
    "assault units",
    "sabotage groups",
    "infantry",
    "artillery",
    "special forces",
    "mercenaries",
    "militants",
    "brigades",
    "battalions",
    "formations",
    "grouping",
    "command",
    "commanders",
    "commander",
    "defenders",
    "armed forces",
    "ground forces",
    "land forces",
    "assault troops",
    "airborne troops",
    "drone units",
    "sappers",
    "side",
    # Russian
    "войска",
    "войск",
    "войсками",
    "войскам",
    "военные",
    "военных",
    "военным",
    "военными",
    "военнослужащие",
    "военнослужащих",
    "бойцы",
    "бойцов",
    "бойцами",
    "силы",
    "сил",
    "силам",
    "силами",
    "армия",
    "армии",
    "армией",
    "армию",
    "подразделения",
    "подразделений",
    "подразделениями",
    "штурмовики",
    "штурмовиков",
    "штурмовые группы",
    "военнослужащий",
    "боевики",
    "боевиков",
    "формирования",
    "формирований",
    "сторона",
    "стороны",
    # Ukrainian
    "війська",
    "військ",
    "військами",
    "військам",
    "військові",
    "військових",
    "військовим",
    "військовими",
    "військовослужбовці",
    "військовослужбовців",
    "бійці",
    "бійців",
    "бійцями",
    "сили",
    "силами",
    "армія",
    "армії",
    "армією",
    "підрозділи",
    "підрозділів",
    "підрозділами",
    "штурмовики",
    "штурмовиків",
    "захисники",
    "захисників",
    "оборонці",
    "воїни",
    "воїнів",
    "формування",
    "сторона",
    "сторони",
)

#: Words that turn a grouping's name into a unit mention ("the 'West' group of forces").
GROUPING_AFTER = (
    r"(?:operational[- ]strategic\s+group(?:ing)?|operational[- ]tactical\s+group(?:ing)?"
    r"|group(?:ing)?\s+of\s+(?:forces|troops)|forces\s+grouping|battle\s*group|grouping"
    r"|group|task\s+force|OSG)"
)
GROUPING_BEFORE = (
    r"(?:group(?:ing)?\s+of\s+(?:forces|troops)|battle\s*group|operational[- ]strategic\s+group"
    r"|группировк\w*(?:\s+войск)?|угрупован\w*(?:\s+військ)?|ОСУВ|ОТУ|ОСГ|ОУВ)"
)

#: Prepositions after which a country or capital name is a place, not an actor.
PLACE_PREPOSITIONS = frozenset(
    "in into inside within to toward towards from near across around outside throughout over "
    "at of through beyond against "
    "в во на из с со до к ко по под у з із від біля під через над".split()
)

#: Whitespace inside a term: spaces and at most one line break (a wrapped line), never a
#: paragraph break, so that "Ukrainian troops" does not join a heading below.
WS = r"(?=\s)[^\S\n]*\n?[^\S\n]*"

_APOSTROPHES = "'’ʼ`"
_QUOTES = '"«»“”„‘'
_DASHES = "-‐‑–"
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_FUZZY_NAME = re.compile(r"[A-Z][a-z]+")


def normalize(text: str) -> str:
    """The lookup key of a term or a matched span: lowercased, quotes dropped,
    apostrophes, dashes and whitespace unified."""
    out = []
    for ch in text:
        if ch in _QUOTES:
            continue
        if ch in _APOSTROPHES:
            out.append("'")
        elif ch in _DASHES:
            out.append("-")
        else:
            out.append(ch.lower())
    return " ".join("".join(out).replace("-", " - ").split()).replace(" - ", "-")


def _loose(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def is_case_sensitive(term: str) -> bool:
    """Short all-capital abbreviations (AFU, RT, ЗСУ) must match as capitals."""
    letters = [c for c in term if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


def term_atoms(term: str, *, fold: bool = False) -> list[str]:
    """A profile term as a list of regex atoms, one per character (see
    :mod:`claimline.profiles._schema` for the term conventions).  ``fold``
    lowercases letters, for alternations compiled case-insensitively."""
    stem = term.endswith("*")
    if stem:
        term = term[:-1]
    atoms: list[str] = []
    for ch in term.strip():
        if ch in _APOSTROPHES:
            atoms.append("['’ʼ`]")
        elif ch in _QUOTES:
            atoms.append("[\"«»“”„‘’']?")
        elif ch in _DASHES:
            atoms.append(r"[-‐‑–\s]?")
        elif ch.isspace():
            if not atoms or atoms[-1] != WS:
                atoms.append(WS)
        else:
            low = ch.lower() if fold and len(ch.lower()) == 1 else ch
            atoms.append(re.escape(low))
    if stem:
        atoms.append(r"\w*")
    return atoms


def term_pattern(term: str) -> str:
    """A regex body for a profile term."""
    return "".join(term_atoms(term))


_CYR_ADJ_ENDINGS = r"(?:ий|ый|ой|ій|ого|ому|им|ым|ом|ем|ая|ую|ей|ої|ою)"
_CYR_NOUN_ENDINGS = r"(?:а|у|ом|ым|им|е|і|ові|еві|ою|ой|ю|я)?"


def surname_atoms(surname: str) -> list[str]:
    """A surname as regex atoms, with Russian/Ukrainian case endings for Cyrillic ones."""
    if _CYRILLIC.search(surname):
        for ending in ("ий", "ый", "ой", "ій"):
            if surname.endswith(ending):
                return [re.escape(c) for c in surname[: -len(ending)]] + [_CYR_ADJ_ENDINGS]
        return [re.escape(c) for c in surname] + [_CYR_NOUN_ENDINGS]
    return term_atoms(surname)


def surname_pattern(surname: str) -> str:
    return "".join(surname_atoms(surname))


_END = ""  # trie key marking the end of a term


def trie_regex(terms: list[list[str]]) -> str:
    """One regex for many atom sequences, factored as a trie.

    A flat alternation of hundreds of terms is tried term by term at every
    position; the trie tries one branch per character.  Longer terms are
    preferred: at each node the branches come before the end of a term.
    """
    root: dict = {}
    for atoms in terms:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[_END] = {}
    return _node_regex(root)


def _node_regex(node: dict) -> str:
    branches = [atom + _node_regex(child) for atom, child in node.items() if atom != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


@dataclass(frozen=True, slots=True)
class Entry:
    """What a lexicon term stands for."""

    kind: str  # see KIND_PRIORITY
    side: str | None
    canonical: str
    role: str | None = None
    subkind: str | None = None  # name, adjective, demonym, capital, pejorative; outlet kind
    via: str = "exact"


class _Alternation:
    """Many terms compiled into one trie regex, with tables from matched text back
    to entries: exact (normalised) text, loose text (letters and digits only, for
    dash and quote variants), and per-term regexes for stems and inflections."""

    def __init__(self, flags: int) -> None:
        self.flags = flags
        self.exact: dict[str, list[Entry]] = {}
        self.loose: dict[str, list[Entry]] = {}
        self.patterned: list[tuple[re.Pattern[str], Entry]] = []
        self._terms: list[list[str]] = []

    def add(self, term: str, entry: Entry, atoms: list[str] | None = None) -> None:
        fold = bool(self.flags & re.IGNORECASE)
        plain = term_atoms(term, fold=fold)
        literal = not term.endswith("*") and (atoms is None or atoms == plain)
        atoms = atoms if atoms is not None else plain
        self._terms.append(atoms)
        if literal:
            for table, key in ((self.exact, normalize(term)), (self.loose, _loose(term))):
                bucket = table.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
        else:
            self.patterned.append((re.compile("".join(atoms), self.flags), entry))

    def compile(self) -> re.Pattern[str] | None:
        if not self._terms:
            return None
        return re.compile(r"(?<!\w)(?:" + trie_regex(self._terms) + r")(?!\w)", self.flags)

    def lookup(self, matched: str) -> list[Entry]:
        found = self.exact.get(normalize(matched)) or self.loose.get(_loose(matched))
        if found:
            return found
        return [e for rx, e in self.patterned if rx.fullmatch(matched)]


class Lexicon:
    """Everything :mod:`claimline.nlp.actors` needs to scan a text for one profile."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.side_codes = profile.side_codes
        ci = _Alternation(re.IGNORECASE)
        cs = _Alternation(0)
        self._ci, self._cs = ci, cs

        def add(term: str, entry: Entry) -> None:
            (cs if is_case_sensitive(term) else ci).add(term, entry)

        for side in profile.sides:
            for sub, terms in (
                ("name", side.names),
                ("adjective", side.adjectives),
                ("demonym", side.demonyms),
                ("capital", side.capitals),
                ("pejorative", side.pejoratives),
            ):
                kind = (
                    "forces"
                    if sub in ("demonym", "pejorative")
                    else ("side_word" if sub == "adjective" else "state")
                )
                canonical = (side.forces or side.name) if kind == "forces" else side.name
                for term in terms:
                    add(term, Entry(kind, side.code, canonical, subkind=sub))

        # Single capitalised words (Ukrinform, Izvestia) for fuzzy matching of misspellings.
        self.fuzzy_names: dict[str, list[Entry]] = {}

        def add_fuzzy_name(term: str, entry: Entry) -> None:
            if _FUZZY_NAME.fullmatch(term) and len(term) >= 7:
                bucket = self.fuzzy_names.setdefault(term.lower(), [])
                if entry not in bucket:
                    bucket.append(entry)

        def add_org(kind: str, org, subkind: str | None = None) -> None:  # type: ignore[no-untyped-def]
            entry = Entry(kind, org.side, org.name, role=org.role, subkind=subkind)
            for term in (org.name, *org.aliases):
                add(term, entry)
                add_fuzzy_name(term, entry)
            for pattern in org.patterns:
                self.org_patterns.append((re.compile(pattern), entry))

        self.org_patterns: list[tuple[re.Pattern[str], Entry]] = []
        for org in profile.forces:
            add_org("forces", org)
        for org in profile.units:
            add_org("unit", org)
        for org in profile.bodies:
            add_org("body", org)
        for org in profile.osint:
            add_org("osint", org)
        for outlet in profile.outlets:
            entry = Entry("media", outlet.side, outlet.name, role=outlet.kind, subkind=outlet.kind)
            for term in (outlet.name, *outlet.aliases):
                add(term, entry)
                add_fuzzy_name(term, entry)

        # Officials: full names and multi-word variants anywhere; surnames (the last word
        # of each name, and single-word variants) only when capitalised.
        self.surnames: dict[str, list[Entry]] = {}
        for person in profile.officials:
            entry = Entry("person", person.side, person.name, role=person.role)
            surnames = set()
            for name in (person.name, *person.variants):
                words = name.split()
                if len(words) > 1:
                    ci.add(name, entry)
                    surname = words[-1]
                    if len(surname) < 4:  # "Kim": too common to stand alone
                        continue
                else:
                    surname = name
                surnames.add(surname)
            for surname in surnames:
                surname_entry = Entry(
                    "person", person.side, person.name, role=person.role, via="surname"
                )
                cs.add(surname, surname_entry, atoms=surname_atoms(surname))
                bucket = self.surnames.setdefault(surname.lower(), [])
                if surname_entry not in bucket:
                    bucket.append(surname_entry)
        # Surnames long enough for fuzzy matching of misspellings.
        self.fuzzy_surnames = sorted(
            {s for s in self.surnames if len(s) >= 6 and not _CYRILLIC.search(s)}
        )

        self.fuzzy_name_keys = sorted(self.fuzzy_names)

        self.ci_regex = ci.compile()
        self.cs_regex = cs.compile()

        nouns = sorted({*FORCE_NOUNS, *profile.force_nouns}, key=len, reverse=True)
        noun_alts = "|".join(term_pattern(n) for n in nouns)
        # "<side>['s] [one non-numeric word] <noun>": "Russian assault troops", "Kyiv's army".
        self.force_noun_after = re.compile(
            rf"(?:['’]s)?{WS}(?:(?!\d)[\w-]+{WS})?(?:{noun_alts})(?!\w)", re.IGNORECASE
        )
        # "<noun> [of [the]] <country>": "войска России", "troops of Ukraine".
        self.force_noun_before = re.compile(
            rf"(?<!\w)(?:{noun_alts}){WS}(?:of{WS}(?:the{WS})?)?$", re.IGNORECASE
        )

        self.unit_patterns = [
            (re.compile(u.pattern, re.IGNORECASE), u.side) for u in profile.unit_patterns
        ]

        self.groupings: list[tuple[re.Pattern[str], Entry]] = []
        self.grouping_entries: list[Entry] = []
        quote = "[\"'«»“”‘’]?"
        after: list[str] = []
        before: list[str] = []
        for grouping in profile.groupings:
            entry = Entry(
                "unit", grouping.side, grouping.name, role=grouping.role, subkind="grouping"
            )
            names = "|".join(
                term_pattern(n) for n in sorted(grouping.aliases, key=len, reverse=True)
            )
            if not names:
                continue
            rx = re.compile(
                rf"(?<!\w){quote}(?:{names}){quote}\s+{GROUPING_AFTER}(?!\w)"
                rf"|(?<!\w){GROUPING_BEFORE}\s+{quote}(?:{names}){quote}(?!\w)",
                re.IGNORECASE,
            )
            self.groupings.append((rx, entry))
            k = len(self.grouping_entries)
            self.grouping_entries.append(entry)
            after.append(f"(?P<a{k}>{names})")
            before.append(f"(?P<b{k}>{names})")
        # All groupings in one pattern: one pass over the text instead of one a
        # grouping (these patterns have no literal start the engine can seek,
        # so each pass costs about as much as all of them together).  The
        # named group that took part says which grouping matched.
        self.grouping_rx: re.Pattern[str] | None = None
        if after:
            self.grouping_rx = re.compile(
                rf"(?<!\w){quote}(?:{'|'.join(after)}){quote}\s+{GROUPING_AFTER}(?!\w)"
                rf"|(?<!\w){GROUPING_BEFORE}\s+{quote}(?:{'|'.join(before)}){quote}(?!\w)",
                re.IGNORECASE,
            )

        self.generic = [
            (
                re.compile(g.pattern, re.IGNORECASE),
                Entry("generic", g.side, g.label or g.pattern, subkind="generic"),
            )
            for g in profile.generic_speakers
        ]

    def lookup(self, matched: str, case_sensitive: bool) -> list[Entry]:
        return (self._cs if case_sensitive else self._ci).lookup(matched)

    def is_side(self, code: str | None) -> bool:
        """True when ``code`` is one of the profile's sides (not neutral or unknown)."""
        return code is not None and code in self.side_codes

    def bodies_of_side(self, side: str) -> list[Entry]:
        return [
            Entry("body", b.side, b.name, role=b.role)
            for b in self.profile.bodies
            if b.side == side
        ]


_CACHE: dict[tuple[str, str, str], Lexicon] = {}
_LOCK = threading.Lock()


def lexicon_for(profile: Profile) -> Lexicon:
    """The compiled lexicon of ``profile``, built once per profile file version."""
    key = (profile.name, profile.source, profile.fingerprint or str(id(profile)))
    lexicon = _CACHE.get(key)
    if lexicon is None:
        lexicon = Lexicon(profile)
        with _LOCK:
            _CACHE[key] = lexicon
    return lexicon


UNKNOWN = str(Side.UNKNOWN)
NEUTRAL = str(Side.NEUTRAL)
