"""What a place name is doing in its sentence: the roles of a mention.

A gazetteer hit is only a candidate.  The words around it decide whether the
text talks about the settlement itself, its oblast ("Kharkiv region",
"Kharkiv Governor"), a front sector ("the Kupiansk direction"), a part of the
town ("the northern outskirts of Kupiansk", "left bank of Kupiansk"), or not
about a place at all: a unit ("the Kharkiv Brigade"), an organisation ("Kyiv
Post") or a person.  The rules are general English, Russian and Ukrainian
patterns; :func:`classify` applies them to the text around one match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimline.nlp.aliases import lemma_candidates, normalize

_DIR = r"(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?|central|centre|center"
_PART_NOUN = (
    r"parts?|outskirts|districts?|neighbou?rhoods?|suburbs?|edges?|banks?|quarters?|"
    r"micro-?districts?|industrial (?:zone|area|district)s?|city cent(?:re|er)|cent(?:re|er)|"
    r"downtown|old town|private sector|sections?|flanks?|half"
)

#: "the northern part of", "left bank of the city of", "the outskirts of"
PART_BEFORE = re.compile(
    rf"(?P<part>(?:(?:{_DIR}|left|right|old|industrial|eastern|western)[\s-]+)*(?:{_PART_NOUN}))"
    r"\s+of\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?$",
    re.IGNORECASE,
)
#: "northern Kupiansk", "central Bakhmut"
PART_ADJ_BEFORE = re.compile(rf"\b(?P<part>{_DIR}|downtown)\s+$", re.IGNORECASE)
#: "Kupiansk's northern outskirts", "Bakhmut's city centre"
PART_AFTER = re.compile(
    rf"^['’]s\s+(?P<part>(?:(?:{_DIR}|left|right|old|industrial)[\s-]+)*(?:{_PART_NOUN}))\b",
    re.IGNORECASE,
)
#: Russian / Ukrainian: "на северной окраине", "в центре", "у північній частині міста"
PART_BEFORE_CYR = re.compile(
    r"(?P<part>(?:(?:северн|южн|восточн|западн|центральн|північн|південн|східн|західн|"
    r"центральн|промышленн|промислов)\w*\s+)?(?:окраин|околиц|передмісті|част|"
    r"центр|промзон)\w*)\s+(?:города\s+|міста\s+|поселка\s+|селища\s+|села\s+)?$",
    re.IGNORECASE,
)

ADMIN_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?P<w>regions?|oblasts?|provinces?|regional|governorate|governor|"
    r"oblast military administration|military administration|region's|oblast's)\b",
    re.IGNORECASE,
)
#: "Donetsk and Luhansk regions", "Kharkiv, Sumy and Chernihiv oblasts": the
#: first names of a coordinated list share the plural region word.
ADMIN_LIST_AFTER = re.compile(
    r"^(?:,\s*[A-Z][\w’'-]+)*,?\s+(?:and|or)\s+[A-Z][\w’'-]+\s+(?P<w>regions|oblasts|provinces)\b"
)
RAION_AFTER = re.compile(r"^(?:['’]s)?\s+(?P<w>districts?|raions?|rayons?)\b", re.IGNORECASE)
SECTOR_AFTER = re.compile(
    r"^\s+(?P<w>(?:operational\s+)?(?:directions?|axis|axes|sectors?|fronts?|salient|"
    r"front\s+line|frontline))\b",
    re.IGNORECASE,
)
SECTOR_AFTER_CYR = re.compile(
    r"^\s+(?P<w>направлени\w*|напрям\w*|участк\w*|участок|ділянц\w*|ділянк\w*|фронт\w*)",
    re.IGNORECASE,
)
#: A place word naming a unit: "Kharkiv Brigade", "Dnipro-1 Regiment", "the Kupiansk Group".
UNIT_AFTER = re.compile(
    r"^(?:[\s-]+(?:\d+|[A-Z][\w’'-]*)){0,3}[\s-]+(?:Army|Squadron|Special Forces|Guard)s?\b"
    r"|^(?:[\s-]+(?:\d+|[A-Z][\w’'-]*)){0,3}[\s-]+(?i:brigade|battalion|regiment|division|corps|"
    r"detachment|group(?:ing)?|(?:operational|tactical|strategic)[\w-]*\s+group)s?\b"
    r"|^\s+(?:группировк|угрупован|бригад|батальйон|батальон|полк|ОТУ|ОСУВ)\w*"
)
#: A place word naming a unit, announced before it: "угруповання військ «Хортиця»",
#: "the group of forces 'Khortytsia'".
UNIT_BEFORE = re.compile(
    r"(?:угрупован\w*|угрупуван\w*|группировк\w*|ОСУВ|ОТУ|group(?:ing)?|brigade|battalion|"
    r"regiment)\s+(?:військ\s+|войск\s+|of\s+forces\s+|of\s+troops\s+)?[«\"„“'‘]?$",
    re.IGNORECASE,
)

#: A place word inside an organisation's or outlet's name.
ORG_AFTER = re.compile(
    r"^\s+(?:Post|Independent|Times|University|Institute|Academy|Polytechnic|Conservatory|"
    r"Daily|Herald|Telegraph|Gazette|Journal|News|Radio|TV|Channel|Pride|Patriarchate|"
    r"Tractor|Dynamo|Metalist|FC|Club|Opera|Philharmonic|Zoo|Energy|Oblenergo|Vodokanal|"
    r"Pravda|Gazeta|Vedomosti|Izvestia|Street|Avenue|Square|Prospect|Boulevard|Lane|Highway|"
    r"Embankment|Stadium|Cathedral|Monastery|Lavra|Fleet)\b"
)
#: Words that may stand before a place without making it part of a name.
NAME_GUARD_EXCEPTIONS = frozenset(
    """в у на под під біля возле около из з із от від до за над после после
    область области району районе районі
    in near at of from to for by on the a an and or but as into onto toward towards
    outside around about across via with without after before since until while when
    russian ukrainian russia ukraine occupied liberated captured besieged embattled
    northern southern eastern western central greater frontline front-line key strategic
    city town village settlement hamlet village of town of said says told reported
    mayor governor head chief monday tuesday wednesday thursday friday saturday sunday""".split()
)


@dataclass(frozen=True, slots=True)
class Role:
    """The role the context gives a mention."""

    kind: str  # settlement, admin_area, raion, sector, part, skip
    part: str | None = None
    span_start: int | None = None  # the mention's span grows to cover the part phrase
    span_end: int | None = None
    why: str = ""


_OF_ENDINGS = ("of ", "of the ", "city of ", "town of ", "village of ", "settlement of ")


def classify(text: str, start: int, end: int, *, cyrillic: bool) -> Role:
    """The role of the name at ``text[start:end]`` given its neighbours."""
    after = text[end : end + 60]
    before = text[max(0, start - 60) : start]
    if UNIT_AFTER.match(after) or UNIT_BEFORE.search(before[-40:]):
        return Role("skip", why="part of a unit's name")
    if ORG_AFTER.match(after):
        return Role("skip", why="part of an organisation's name")
    m = SECTOR_AFTER.match(after) or (SECTOR_AFTER_CYR.match(after) if cyrillic else None)
    if m:
        return Role(
            "sector",
            part=m.group("w").lower(),
            span_end=end + m.end(),
            why=f"sector ({m.group('w')})",
        )
    m = ADMIN_AFTER.match(after)
    if m:
        return Role("admin_area", span_end=end + m.end(), why=f"oblast ({m.group('w')})")
    m = ADMIN_LIST_AFTER.match(text[end : end + 120])
    if m:
        return Role("admin_area", why=f"oblast (listed before {m.group('w')})")
    m = RAION_AFTER.match(after)
    if m:
        return Role("raion", span_end=end + m.end(), why=f"raion ({m.group('w')})")
    m = PART_AFTER.match(after)
    if m:
        return Role(
            "part", part=m.group("part").lower(), span_end=end + m.end(), why="part of the town"
        )
    m = None
    if before.endswith(_OF_ENDINGS):
        m = PART_BEFORE.search(before)
    elif cyrillic:
        m = PART_BEFORE_CYR.search(before)
    if m:
        return Role(
            "part",
            part=m.group("part").lower(),
            span_start=start - len(before) + m.start(),
            why="part of the town",
        )
    window = before[-24:]
    m = PART_ADJ_BEFORE.search(window) if not cyrillic else None
    if m:
        return Role(
            "part",
            part=m.group("part").lower(),
            span_start=start - len(window) + m.start(),
            why="part of the town",
        )
    return Role("settlement")


#: "the northern part of the city", "the city centre": a part of a town named
#: earlier, found without a place name.
PART_OF_THE_CITY = re.compile(
    rf"\b(?:the\s+)?(?P<part>(?:(?:{_DIR}|left|right|old|industrial)[\s-]+)*(?:{_PART_NOUN}))"
    r"\s+of\s+the\s+(?:city|town|village)\b"
    r"|\bthe\s+(?:city|town)(?:['’]s)?\s+(?P<part2>cent(?:re|er)|outskirts|industrial zone|"
    rf"(?:{_DIR})\s+(?:outskirts|districts|parts?|neighbou?rhoods))\b",
    re.IGNORECASE,
)


def _known_word(word: str, gaz: Any) -> bool:
    """True when some gazetteer alias starts with ``word`` (or its lemma)."""
    key = normalize(word)
    if key in gaz.first_words:
        return True
    return any(k in gaz.first_words for k in lemma_candidates(key))


def looks_like_name_before(text: str, start: int, gaz: Any = None) -> bool:
    """True when the word right before ``start`` looks like a first name
    (a capitalised word on the same line that is not a cue, function word,
    possessive or place), as in "Andriy Shevchenko": the place word is then
    a surname."""
    m = re.search(r"([A-ZА-ЯІЇЄҐ][a-zа-яіїєґё]+)\s$", text[max(0, start - 30) : start])
    if not m:
        return False
    word = m.group(1)
    if word.lower() in NAME_GUARD_EXCEPTIONS or (gaz is not None and _known_word(word, gaz)):
        return False
    k = start - 1 - len(word)
    prev = text[max(0, k - 3) : k].strip()
    # Sentence-initial capitalised words ("Near", "Inside") are not names.
    return not (prev == "" or prev[-1:] in ".!?:;\"“”'’(")


def looks_like_name_after(text: str, end: int, gaz: Any) -> bool:
    """True when a capitalised word that is no place follows on the same
    line ("Oleh Syniehubov"): the place word is then a first name.  Lines in
    title case (headlines) are left alone."""
    m = re.match(r" ([A-ZА-ЯІЇЄҐ][a-zа-яіїєґё’'-]+)\b", text[end : end + 40])
    if not m or m.group(1).lower() in NAME_GUARD_EXCEPTIONS:
        return False
    if _known_word(m.group(1), gaz):
        return False
    line_start = text.rfind("\n", 0, end) + 1
    line_end = text.find("\n", end)
    words = re.findall(r"[^\W\d_]+", text[line_start : line_end if line_end >= 0 else len(text)])
    caps = sum(1 for w in words if w[:1].isupper())
    return not (words and caps / len(words) > 0.6)


__all__ = [
    "PART_OF_THE_CITY",
    "Role",
    "classify",
    "looks_like_name_after",
    "looks_like_name_before",
]
