"""Find place mentions in text and link them to the gazetteer.

:func:`find_places` is the extraction entry point: a longest-match scan over
capitalised word sequences (Latin and Cyrillic, inflected forms included),
then the context rules of :mod:`claimline.nlp.place_roles` (settlement, oblast,
sector, part of a town, or not a place at all), then disambiguation of
homonyms by the document's other places.  No NLP model runs here: an article
of a few thousand characters takes a few milliseconds.

:func:`resolve_place` answers "which entries could this name be?" with scores
and reasons, for the CLI and for callers that already have a name.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from claimline.model import PlaceKind, PlaceMention
from claimline.nlp import place_roles
from claimline.nlp._place_rank import AMBIGUITY_GAP, _disambiguate
from claimline.nlp._place_scan import _WORD_RE, _excluded, _lookup, _Match, _scan, _Token
from claimline.nlp._place_unlinked import unlinked_settlements
from claimline.nlp.aliases import adjective_bases, is_cyrillic, lemma_candidates, normalize
from claimline.nlp.common_words import COMMON_WORDS
from claimline.nlp.gazetteer import AliasHit, Entry, Gazetteer, load_gazetteer

#: Words announcing a settlement ("the village of X", "X village").
_SETTLEMENT_CUE = re.compile(
    r"(?:village|town|city|settlement|hamlet|locality|село|села|селе|селу|селом|селі|селища|"
    r"селище|селищі|поселок|посёлок|поселка|посёлка|поселке|деревн[яиюе]|хутор[аеу]?|город|"
    r"города|городе|місто|міста|місті|смт|пгт|н\.\s?п\.|с\.)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
_SETTLEMENT_CUE_AFTER = re.compile(r"^\s+(?:village|settlement|hamlet)\b", re.IGNORECASE)
_SMALL = 3_000.0  # importance below which a bare homonym needs support


#: Endings of Ukrainian surnames (Rudenko, Kovalchuk, Melnyk's -iuk): a village
#: spelled like a surname needs a cue before it counts.
_SURNAME_ENDINGS = ("enko", "chuk", "iuk", "yuk", "енко", "чук", "юк")


def _is_tiny_homonym_risk(m: _Match, text: str) -> str | None:
    """A reason to drop a one-word match that is probably an ordinary word."""
    if " " in m.text:
        return None
    best = max(h.entry.importance() for h in m.hits)
    key = normalize(m.text)
    if m.cyr and not m.sent_start:
        # Mid-sentence capitals in Russian and Ukrainian are proper nouns:
        # only common words ("телеканал «Мир»") and surnames are suspects.
        forms = {key, *lemma_candidates(key)}
        if (
            forms & COMMON_WORDS
            and best < 50_000
            and not _SETTLEMENT_CUE.search(text[max(0, m.start - 25) : m.start])
        ):
            return "a common word"
        if (
            best < 10_000
            and key.endswith(_SURNAME_ENDINGS)
            and not _SETTLEMENT_CUE.search(text[max(0, m.start - 25) : m.start])
        ):
            return "a surname-like word without a settlement cue"
        return None
    cued = bool(_SETTLEMENT_CUE.search(text[max(0, m.start - 25) : m.start])) or bool(
        _SETTLEMENT_CUE_AFTER.match(text[m.end : m.end + 20])
    )
    if cued:
        return None
    if key in COMMON_WORDS and best < 50_000:
        return "a common word without a settlement cue"
    if m.sent_start and best < _SMALL and len(key) <= 6 and m.role.kind == "settlement":
        return "short sentence-initial word naming only a small place"
    if all(h.source == "geonames_alt" for h in m.hits) and best < 10_000:
        return "only a minor alternate spelling matches"
    if len(key) <= 3 and best < 50_000:
        return "too short for a small place"
    if best < 10_000 and key.endswith(_SURNAME_ENDINGS):
        return "a surname-like word without a settlement cue"
    return None


_LIST_JOIN = re.compile(r"^(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s+(?:and|or)\s+)$")


# Oblique adjective endings ("Харківського", "Покровському", "Курской"): a name that
# is an adjective in these cases, before a lower-case noun, qualifies that noun.
_ADJ_OBLIQUE_RX = re.compile(r"(?:ого|ому|ой|ей|ою|ым|им|ых|их|ій|ої|ім|ей)$", re.IGNORECASE)
_LOWER_CYR_WORD_RX = re.compile(r"\s+[а-яёіїєґ]{3,}")


def _adjective_before_noun(text: str, m: _Match) -> bool:
    if " " in m.text or not _ADJ_OBLIQUE_RX.search(m.text):
        return False
    return bool(_LOWER_CYR_WORD_RX.match(text, m.end))


def _named_again(kept: list[_Match], doubtful: list[_Match], gaz: Gazetteer) -> list[_Match]:
    """Bring back a doubtful one-word name ("Nadiia" is also a first name; a short
    name opening a sentence) when the same document names it as a place elsewhere
    ("the village of Nadiia … fighting went on in Nadiia"): one text, one reading."""
    if not doubtful:
        return kept
    confirmed = {
        normalize(k.text) for k in kept if any(h.entry.kind == "settlement" for h in k.hits)
    }
    back = []
    for m in doubtful:
        if normalize(m.text) in confirmed:
            m.hits = _kind_filter(m, gaz)
            back.append(m)
    return sorted([*kept, *back], key=lambda m: m.start) if back else kept


def _listed_alternates(
    text: str, kept: list[_Match], spare: list[_Match], gaz: Gazetteer
) -> list[_Match]:
    """Bring back a name known only by a stray alternate spelling ("Lukyantsy") when it
    stands in a list with a settlement that was kept ("Lukyantsy, Krasnoye and …"):
    the list says it is a place too."""
    if not spare:
        return kept
    towns = [k for k in kept if any(h.entry.kind == "settlement" for h in k.hits)]
    back = []
    for m in spare:
        for k in towns:
            gap = text[m.end : k.start] if k.start >= m.end else text[k.end : m.start]
            if len(gap) <= 6 and _LIST_JOIN.match(gap):
                m.hits = _kind_filter(m, gaz)
                back.append(m)
                break
    return sorted([*kept, *back], key=lambda x: x.start) if back else kept


def _kind_filter(m: _Match, gaz: Gazetteer) -> list[AliasHit]:
    """Candidates that fit the role: oblast words pick the oblast whose
    centre the name is, sector and part roles need a settlement."""
    role = m.role.kind
    if role in ("admin_area", "raion"):
        want = "oblast" if role == "admin_area" else "raion"
        areas: list[AliasHit] = []
        for h in m.hits:
            if h.entry.kind == "admin_area" and (h.entry.feature == want or role == "admin_area"):
                areas.append(h)
            for a in gaz.admin_by_center.get(h.entry.id, []):
                if a.feature == want:
                    areas.append(AliasHit(a, h.source))
        if areas:
            return areas
        return [h for h in m.hits if h.entry.kind == "admin_area"] or m.hits
    if role in ("sector", "part"):
        return [h for h in m.hits if h.entry.kind in ("settlement", "feature")] or m.hits
    return m.hits


_RIVER_BEFORE = re.compile(r"(?:\briver|\bрек[аиуеіой]\w*|\bрічк\w*|\bрiчк\w*)\s+$", re.IGNORECASE)
_RIVER_AFTER = re.compile(r"^\s+(?:river|River)\b")


def _river_reading(text: str, m: _Match, gaz: Gazetteer) -> list[AliasHit]:
    """The river a name denotes, when the words around it say so: "the river
    Dnipro", "за реку Днепр", "the Dnipro" (an English town takes no article),
    "Oskil river".  Empty when the text reads as a town."""
    before = text[max(0, m.start - 16) : m.start]
    cue = bool(_RIVER_BEFORE.search(before) or _RIVER_AFTER.match(text[m.end : m.end + 8]))
    if any(h.entry.kind == "feature" for h in m.hits):
        # The name is both a river and a village ("за річкою Оскіл"): a river word
        # next to it keeps only the river, else the ranking decides.
        return [h for h in m.hits if h.entry.feature == "river"] if cue else []
    if not cue and not m.cyr:
        cue = bool(re.search(r"\bthe\s+$", before)) and not re.search(
            r"^\s*(?:direction|axis|sector|front|region|oblast|district|raion)",
            text[m.end : m.end + 12],
            re.IGNORECASE,
        )
    if not cue:
        return []
    keys = {normalize(m.text), *(lemma_candidates(normalize(m.text)) if m.cyr else [])}
    return [AliasHit(e, "en") for k in keys for e in gaz.rivers.get(k, [])]


# A works or facility named after its town and inside it ("the Lysychansk oil refinery",
# "the Kupiansk railway station"): a claim about it is a claim about part of the town.
_TOWN_SITE_AFTER = re.compile(
    r"^\s+(?P<site>(?:(?:oil|chemical|coke|coking|steel|metallurgical|tractor|machine-building|"
    r"cement|glass|ammonia|fertili[sz]er|meat|sugar|brick|bread)\s+)?(?:refinery|plant|factory|"
    r"works|steelworks|mill)|(?:(?:railway|train|bus)\s+station)|airport|airfield|"
    r"(?:grain\s+)?elevator|(?:coal\s+)?mine|industrial\s+(?:zone|area|park))\b",
    re.IGNORECASE,
)
# A power plant or dam carries its town's name but may stand far from it (the
# Zaporizhzhia nuclear plant is in Enerhodar): neither the town nor a part of it.
_REMOTE_SITE_AFTER = re.compile(
    r"^\s+(?:(?:nuclear|thermal|hydroelectric|hydro|coal-fired|solar)\s+)?(?:power\s+(?:plant|station)|"
    r"NPP|TPP|HPP|nuclear\s+plant|hydroelectric\s+(?:plant|station))\b",
    re.IGNORECASE,
)


# "X and Y areas", "X, Y and Z areas": a plural "areas" after a list of town names.
_AREAS_AFTER = re.compile(
    r"(?:,\s*[A-Z][\w’'-]+)*,?\s+(?:and|or)\s+[A-Z][\w’'-]+\s+areas\b|\s+areas\b"
)
_CLOCK_AFTER = re.compile(r"^\s+time\b(?!\s+(?:to|for|in|of)\b)")


def _site_role(text: str, end: int) -> place_roles.Role | None:
    """The role of a town name that qualifies a noun after it: part of the town for a
    works inside it, ``skip`` for a power plant named after it or a clock ("5 a.m.
    Moscow time"); else ``None``."""
    after = text[end : end + 48]
    if _CLOCK_AFTER.match(after):
        return place_roles.Role("skip", why="a time zone ('Moscow time')")
    if _REMOTE_SITE_AFTER.match(after):
        return place_roles.Role("skip", why="names a power plant, not the town")
    m = _TOWN_SITE_AFTER.match(after)
    if m:
        site = re.sub(r"\s+", " ", m.group("site").lower())
        return place_roles.Role("part", part=site, span_end=end + m.end(), why="a site in the town")
    return None


def _sector_town(m: _Match, gaz: Gazetteer) -> list[AliasHit]:
    """A sector is named by the adjective of a town ("на Херсонском
    направлении"): prefer the largest town the adjective derives from."""
    words = normalize(m.text).split(" ")
    best = m.hits
    top = max(h.entry.importance() for h in m.hits)
    for base in adjective_bases(words[-1]):
        hits = [
            h
            for h in gaz.lookup(" ".join([*words[:-1], base]), normalized=True)
            if h.entry.kind == "settlement"
        ]
        if hits and max(h.entry.importance() for h in hits) > top:
            best, top = hits, max(h.entry.importance() for h in hits)
    return best


def _banks_to_town(matches: list[_Match]) -> None:
    """ "The left bank of the Oskil" in a report about one town is that town's
    bank: turn river-bank parts into parts of the document's main settlement
    (the most often named one), when there is one."""
    towns: dict[str, list[Entry]] = {}
    for m in matches:
        if m.chosen and m.chosen.kind == "settlement" and m.role.kind == "settlement":
            towns.setdefault(m.chosen.id, []).append(m.chosen)
    if not towns:
        return
    main = max(towns.values(), key=len)[0]
    for m in matches:
        if (
            m.role.kind == "part"
            and m.chosen
            and m.chosen.kind == "feature"
            and "bank" in (m.role.part or "")
        ):
            river = m.chosen.name
            m.role = place_roles.Role(
                "part",
                part=f"{m.role.part} of the {river}",
                span_start=m.role.span_start,
                span_end=m.role.span_end,
                why=f"river bank; {main.name} is the main place of the text",
            )
            m.scores = [(s, main, why) for s, _e, why in m.scores[:1]]
            m.chosen = main
            m.how = "river-bank"


_profiles_applied: set[tuple[int, str]] = set()
_profile_words: dict[int, dict[str, list[str]]] = {}


def _profile_names(profile: Any) -> dict[str, list[str]]:
    """Every person, unit, grouping, force, OSINT project and outlet the
    profile names ("Budanov", "Aidar", "Hromadske", "Khortytsia"), indexed by
    each of their normalised words: a place word inside one of these names is
    not a place mention."""
    if profile is None:
        return {}
    key = id(profile)
    if key not in _profile_words:
        names: set[str] = set()
        for o in getattr(profile, "officials", ()) or ():
            names.update([o.name, *o.variants])
        for group in ("units", "groupings", "forces", "osint", "outlets"):
            for o in getattr(profile, group, ()) or ():
                names.update([o.name, *o.aliases])
        index: dict[str, list[str]] = {}
        for n in names:
            if n and len(n) >= 4:
                for w in normalize(n).split(" "):
                    index.setdefault(w, []).append(n)
        _profile_words[key] = index
    return _profile_words[key]


@functools.lru_cache(maxsize=4096)
def _name_rx(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name), re.IGNORECASE)


def _inside_profile_name(text: str, m: _Match, index: dict[str, list[str]]) -> bool:
    for w in normalize(m.text).split(" "):
        for name in index.get(w, ()):
            lo, hi = max(0, m.start - len(name)), min(len(text), m.end + len(name))
            for hit in _name_rx(name).finditer(text, lo, hi):
                a, b = hit.start(), hit.end()
                edges_ok = (a == 0 or not text[a - 1].isalnum()) and (
                    b == len(text) or not text[b].isalnum()
                )
                if not (edges_ok and a <= m.start and m.end <= b):
                    continue
                if (a, b) != (m.start, m.end):
                    return True  # strictly inside a longer name
                # The name is the whole mention ("Днепр" is also a grouping of
                # forces): a cue for a place in the text wins over the name.
                before = text[max(0, m.start - 25) : m.start]
                if (
                    m.role.kind == "settlement"
                    and not m.role.why
                    and not _SETTLEMENT_CUE.search(before)
                ):
                    return True
    return False


_default_profile: list[Any] = []  # loaded once: finding the file costs more than a scan


def _prepare(gazetteer: Gazetteer | None, profile: Any) -> tuple[Gazetteer, Sequence[str] | None]:
    gaz = gazetteer or load_gazetteer()
    if isinstance(profile, str):  # a profile's name or path
        from claimline.profiles import load_profile

        profile = load_profile(profile)
    if profile is None:
        if not _default_profile:
            try:
                from claimline.profiles import load_profile

                _default_profile.append(load_profile())
            except Exception:  # a broken or missing profile must not stop place linking
                _default_profile.append(None)
        profile = _default_profile[0]
    countries = None
    if profile is not None:
        key = (id(gaz), str(getattr(profile, "name", id(profile))))
        if key not in _profiles_applied:
            gaz.apply_profile(profile)
            _profiles_applied.add(key)
        countries = tuple(getattr(profile, "countries", ()) or ()) or None
    return gaz, countries


def find_places(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    profile: Any = None,
    exclude: Sequence[tuple[int, int]] = (),
) -> list[PlaceMention]:
    """Every place mention in ``text``, in text order, linked to the gazetteer.

    ``exclude`` holds character ranges (removed furniture, person or unit
    names found elsewhere) where no mention may start or end.  ``profile``
    (default: the default conflict profile) adds its renamings and prefers its
    countries.  A mention whose two best candidates are close is returned with
    ``ambiguous=True`` and the ids of all ``candidates``; ``place_id`` is then
    the best-scored one, never a silent pick.  Mentions of kind ``part`` carry
    the parent town's id and the part in ``part``; ``sector`` mentions carry
    the town the sector is named after.
    """
    if isinstance(profile, str):  # a profile's name or path
        from claimline.profiles import load_profile

        profile = load_profile(profile)
    gaz, countries = _prepare(gazetteer, profile)
    # Dating and extraction both link the same texts (and forked extraction
    # workers inherit what ingestion found); the gazetteer only changes when a
    # profile is applied, which the key counts.
    key = (
        text,
        id(gaz),
        str(getattr(profile, "fingerprint", None) or getattr(profile, "name", profile)),
        tuple(exclude),
        len(_profiles_applied),
    )
    with _MEMO_LOCK:
        cached = _MEMO.get(key)
        if cached is not None:
            _MEMO.move_to_end(key)
            return list(cached)
    found = _find_places(text, gaz, countries, profile, exclude)
    with _MEMO_LOCK:
        _MEMO[key] = tuple(found)
        if len(_MEMO) > _MEMO_SIZE:
            _MEMO.popitem(last=False)
    return found


#: A preposition that takes the locative ("в Антонівці", "у Щербаках", "на ...").
_LOCATIVE_PREP = re.compile(r"(?:^|[\s(«\"])(?:в|у|на|во)\s+$", re.IGNORECASE)


def _prefer_attested_lemmas(text: str, matches: list[_Match], gaz: Gazetteer) -> None:
    """A Cyrillic word that is itself a name may be an inflected form of
    another: "в Антонівці" is the locative of Антонівка as much as the village
    Антонівці.  The other reading wins when the document writes that name
    elsewhere (in any form), and after a locative preposition the ``-ці`` of a
    ``-ка`` name joins the candidates, so the ranking can weigh both."""
    seen: dict[str, set[str]] = {}
    for m in matches:
        if not m.cyr or " " in m.text:
            continue
        key = normalize(m.text)
        ids = {h.entry.id for h in m.hits}
        seen.setdefault(key, set()).update(ids)
    for m in matches:
        if not m.cyr or m.how != "exact" or " " in m.text:
            continue
        key = normalize(m.text)
        own = {h.entry.id for h in m.hits}
        for lemma in lemma_candidates(key):
            alt = [h for h in gaz.lookup(lemma, normalized=True) if h.entry.id not in own]
            if not alt:
                continue
            alt_ids = {h.entry.id for h in alt}
            attested = any(k != key and ids & alt_ids and not ids & own for k, ids in seen.items())
            if attested:
                m.hits, m.how = alt, "inflected"
                break
            if (
                key.endswith("ці")
                and lemma.endswith("ка")
                and _LOCATIVE_PREP.search(text[max(0, m.start - 6) : m.start])
            ):
                m.hits = [*alt, *m.hits]
                break


_MEMO: OrderedDict[tuple[Any, ...], tuple[PlaceMention, ...]] = OrderedDict()
_MEMO_SIZE = 4096
_MEMO_LOCK = threading.Lock()


def _find_places(
    text: str,
    gaz: Gazetteer,
    countries: Sequence[str] | None,
    profile: Any,
    exclude: Sequence[tuple[int, int]],
) -> list[PlaceMention]:
    matches = _scan(text, gaz, exclude)
    _prefer_attested_lemmas(text, matches, gaz)
    named = _profile_names(profile if profile is not None else _default_profile[0])
    kept: list[_Match] = []
    spare: list[_Match] = []  # dropped as a stray alternate spelling; a list may vouch for them
    doubtful: list[_Match] = []  # dropped as a possible homonym; the text may name it again
    for m in matches:
        m.role = place_roles.classify(
            text, m.start, m.end if m.ctx_end is None else m.ctx_end, cyrillic=m.cyr
        )
        if m.ctx_end is not None and m.role.span_end is not None:
            m.role = dataclasses.replace(m.role, span_end=None)
        if m.role.kind == "settlement" and not m.cyr:
            end = m.end if m.ctx_end is None else m.ctx_end
            m.role = _site_role(text, end) or m.role
            if _AREAS_AFTER.match(text, end, min(len(text), end + 80)):
                # "the withdrawal from the Sumy and Chernihiv areas": the lands around
                # the towns, like "regions"
                m.role = place_roles.Role("admin_area", why="area around the town (areas)")
        river = _river_reading(text, m, gaz)
        if river:
            m.hits = river
            if m.role.kind != "part":
                m.role = place_roles.Role("settlement", why="river")
        if m.role.kind == "skip":
            continue
        if named and _inside_profile_name(text, m, named):
            continue  # inside a person's, unit's or outlet's name the profile knows
        kinds = {h.entry.kind for h in m.hits}
        if m.role.kind == "settlement" and "settlement" in kinds:
            small = max(h.entry.importance() for h in m.hits) < 50_000
            if small and (
                place_roles.looks_like_name_before(text, m.start, gaz)
                or place_roles.looks_like_name_after(text, m.end, gaz)
            ):
                continue
        if m.cyr and m.role.kind == "settlement" and _adjective_before_noun(text, m):
            continue  # "під час Харківського контрнаступу": an adjective, not the village
        risk = _is_tiny_homonym_risk(m, text)
        if risk is not None:
            if risk.startswith("only a minor alternate"):
                spare.append(m)
            elif "surname" not in risk:  # a person may share a village's name
                doubtful.append(m)
            continue
        if m.role.kind == "sector" and m.cyr:
            m.hits = _sector_town(m, gaz)
        m.hits = _kind_filter(m, gaz)
        kept.append(m)
    kept = _listed_alternates(text, kept, spare, gaz)
    kept = _named_again(kept, doubtful, gaz)
    _disambiguate(kept, countries)
    _banks_to_town(kept)
    mentions = _without_overlaps([(m.start, _mention(m, text, gaz)) for m in kept], text)
    mentions.extend(_city_parts(text, mentions, exclude))
    mentions.extend(unlinked_settlements(text, [(p.start, p.end) for p in mentions], exclude))
    mentions.sort(key=lambda p: (p.start, p.end))
    return mentions


def _without_overlaps(pairs: list[tuple[int, PlaceMention]], text: str) -> list[PlaceMention]:
    """Mentions that do not overlap: a part phrase grown back over the mention
    before it ("Saltivskyi District of Kharkiv") is cut back to its own name,
    and dropped when it only repeats the same place."""
    out: list[PlaceMention] = []
    for name_start, p in sorted(pairs, key=lambda x: (x[1].start, x[1].end)):
        prev = out[-1] if out else None
        if prev is not None and p.start < prev.end:
            if prev.place_id == p.place_id or name_start < prev.end:
                continue
            p = dataclasses.replace(
                p,
                start=name_start,
                text=text[name_start : p.end],
                kind=PlaceKind.SETTLEMENT,
                part=None,
            )
        out.append(p)
    return out


def _mention(m: _Match, text: str, gaz: Gazetteer) -> PlaceMention:
    e = m.chosen or m.scores[0][1]
    ids = list(dict.fromkeys(x.id for _, x, _ in m.scores))
    part_name = None
    if e.kind == "part" and e.parent_id in gaz.entries:
        # A named part (Azovstal, Saltivskyi District) is reported as its town
        # with the part, like "the northern outskirts of Kupiansk".
        part_name, e = e.name, gaz.entries[e.parent_id]
        ids = list(dict.fromkeys(e.id if gaz.entries[x].parent_id == e.id else x for x in ids))
    gap = m.scores[0][0] - m.scores[1][0] if len(m.scores) > 1 and len(ids) > 1 else 99.0
    ambiguous = len(ids) > 1 and gap < AMBIGUITY_GAP
    kind = PlaceKind.PART if part_name else PlaceKind(e.kind)
    role = m.role.kind
    if role == "sector" and e.kind == "settlement":
        kind = PlaceKind.SECTOR
    elif role == "part" and e.kind == "settlement":
        kind = PlaceKind.PART
    start = m.role.span_start if m.role.span_start is not None else m.start
    end = m.role.span_end if m.role.span_end is not None else m.end
    score = 1.0 / (1.0 + math.exp(-gap)) if len(ids) > 1 else 1.0
    if m.how in ("inflected", "russian-spelling"):
        score *= 0.95
    elif m.how == "fuzzy":
        score *= 0.7
    elif m.how == "river-bank":
        score *= 0.6
    elif m.how == "hyphen-part":
        score *= 0.8
    elif m.how == "article":
        score *= 0.9
    why = f"{m.how} match of {m.text!r}; {m.scores[0][2]}"
    if m.role.why:
        why += f"; {m.role.why}"
    if ambiguous:
        why += f"; ambiguous between {len(ids)} entries"
    return PlaceMention(
        text=text[start:end],
        start=start,
        end=end,
        place_id=e.id,
        canonical=e.name,
        kind=kind,
        part=part_name or (m.role.part if kind in (PlaceKind.PART, PlaceKind.SECTOR) else None),
        score=round(score, 3),
        why=why,
        candidates=tuple(ids[:12]),
        ambiguous=ambiguous,
        lat=e.lat,
        lon=e.lon,
    )


_THE_CITY = re.compile(r"\bthe (?:city|town|village)\b", re.IGNORECASE)


def _city_parts(
    text: str, mentions: list[PlaceMention], exclude: Sequence[tuple[int, int]]
) -> list[PlaceMention]:
    """Parts of "the city" that refer back to the last settlement named."""
    out = []
    seen: set[int] = set()
    for quick in _THE_CITY.finditer(text):
        lo = max(0, quick.start() - 80)
        m = place_roles.PART_OF_THE_CITY.search(text, lo, min(len(text), quick.end() + 60))
        if m is None or m.start() in seen or _excluded(m.start(), m.end(), exclude):
            continue
        seen.add(m.start())
        prev = [
            p
            for p in mentions
            if p.end <= m.start() and p.kind in (PlaceKind.SETTLEMENT, PlaceKind.PART)
        ]
        if not prev:
            continue
        p = prev[-1]
        part = (m.group("part") or m.group("part2") or "").lower()
        out.append(
            PlaceMention(
                text=m.group(),
                start=m.start(),
                end=m.end(),
                place_id=p.place_id,
                canonical=p.canonical,
                kind=PlaceKind.PART,
                part=part,
                score=round(p.score * 0.8, 3),
                why=f"part of the city: refers back to {p.canonical!r} at {p.start}",
                candidates=(p.place_id,) if p.place_id else (),
                ambiguous=p.ambiguous,
                lat=p.lat,
                lon=p.lon,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class Candidate:
    """One answer of :func:`resolve_place`."""

    id: str
    name: str
    kind: str
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    approximate: bool
    population: int | None
    score: float
    why: str
    alias_source: str


def place_country(place_id: str, gazetteer: Gazetteer | None = None) -> str | None:
    """The country code (ISO 3166 alpha-2) of a gazetteer place, or None if unknown."""
    gaz = gazetteer or load_gazetteer()
    entry = gaz.entries.get(str(place_id))
    return entry.country if entry is not None else None


def resolve_place(
    name: str,
    *,
    context: str | None = None,
    gazetteer: Gazetteer | None = None,
    profile: Any = None,
    limit: int = 10,
) -> list[Candidate]:
    """Gazetteer entries ``name`` may denote, best first, with scores in
    (0, 1] that sum to at most 1 and a ``why`` for each.

    The name is tried exactly, then as a possessive or an inflected Russian /
    Ukrainian form, then (last resort, marked ``fuzzy``) by spelling
    similarity.  ``context`` (a sentence or document) lets the other places
    and oblasts it names favour nearby homonyms.
    """
    gaz, countries = _prepare(gazetteer, profile)
    words = [normalize(w) for w in _WORD_RE.findall(name)] or [normalize(name)]
    hits = gaz.lookup(" ".join(words), normalized=True)
    how = "exact"
    if not hits:
        toks = [
            _Token(0, 0, w, normalize(w), True, is_cyrillic(w), False)
            for w in _WORD_RE.findall(name)
        ]
        if toks:
            hits, how = _lookup(gaz, toks)
    fuzzy_scores: dict[str, float] = {}
    if not hits:
        found = gaz.fuzzy(name, cutoff=80.0, limit=limit)
        hits = [h for h, _ in found]
        fuzzy_scores = {h.entry.id: sc for h, sc in found}
        how = "fuzzy"
    if not hits:
        return []
    m = _Match(0, len(name), name, hits, how, is_cyrillic(name), False)
    others: list[_Match] = []
    if context:
        others = [x for x in _scan(context, gaz, ()) if normalize(x.text) != normalize(name)]
    _disambiguate([*others, m], countries)
    seen: dict[str, tuple[float, Entry, str, str]] = {}
    src_of = {h.entry.id: h.source for h in hits}
    for sc, e, why in m.scores:
        if e.id not in seen:
            if how == "fuzzy":
                why = f"fuzzy match (similarity {fuzzy_scores.get(e.id, 0):.0f}); {why}"
            else:
                why = f"{how} match; {why}"
            seen[e.id] = (sc, e, why, src_of.get(e.id, ""))
    ranked = sorted(seen.values(), key=lambda x: -x[0])[:limit]
    top = ranked[0][0]
    weights = [math.exp(x[0] - top) for x in ranked]
    total = sum(weights)
    factor = 0.7 if how == "fuzzy" else 1.0
    return [
        Candidate(
            id=e.id,
            name=e.name,
            kind=e.kind,
            country=e.country,
            admin1=e.admin1,
            admin2=e.admin2,
            lat=e.lat,
            lon=e.lon,
            approximate=e.approximate,
            population=e.population,
            score=round(factor * w / total, 3),
            why=why,
            alias_source=src,
        )
        for (sc, e, why, src), w in zip(ranked, weights, strict=True)
    ]


__all__ = ["Candidate", "find_places", "place_country", "resolve_place"]
