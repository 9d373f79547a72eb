"""Place names that stand for a government, not for a place a claim is about.

"Kyiv said", "Moscow's claim", "under the control of Kyiv", "Kyiv's summer
counteroffensive": the capital (or any place) named as a side's government or
people is not a claim place, and a part of the city the gazetteer gave it
("the city centre" after "Moscow ordered ...") goes with it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from claimline.model import PlaceKind, PlaceMention

# A verb of saying or knowing after a place name makes the name its government
# ("Kyiv denied", "Moscow has not commented", "Kyiv did not immediately
# confirm"), with auxiliaries, a negation and an adverb in between.
_SAYING_VERBS = (
    r"said|says|say|claim(?:s|ed)?|den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|"
    r"announce[sd]?|insist(?:s|ed)?|state[sd]?|report(?:s|ed)?|confirm(?:s|ed)?|"
    r"comment(?:s|ed)?|acknowledge[sd]?|admit(?:s|ted)?|accuse[sd]?|warn(?:s|ed)?|"
    r"respond(?:s|ed)?|repl(?:y|ies|ied)|call(?:s|ed)?|describe[sd]?|refute[sd]?|"
    r"disput(?:e|es|ed)|maintain(?:s|ed)?|responded|vowed|promised|hailed|welcomed"
)
_ACTOR_USE_RX = re.compile(
    r"(?:['’]s)?\s+(?:sources?|officials?|authorities|government|time)\b|"
    r"\s+(?:(?:has|have|had|did|does|do|will|would|could|can)(?:n['’]t)?\s+)?"
    r"(?:(?:not|never|yet|also|so\s+far|quickly|immediately|publicly|officially|firmly|"
    r"repeatedly|flatly|strongly|\w+ly)\s+){0,3}"
    rf"(?:{_SAYING_VERBS})\b|"
    r"['’]s\s+(?:claims?|forces|troops|army|military|statement|words|control|denial|version)\b|"
    r"-(?:controlled|held|backed|installed)\b|"
    # "Киев опроверг", "Москва заявила", "Київ заявив"
    r"\s+(?:опроверг\w*|заявил\w*|заявля\w*|сообщил\w*|отверг\w*|спростува\w*|заяви\w*|"
    r"повідоми\w*|не\s+подтвер\w*|не\s+підтверд\w*|подтверд\w*|підтверд\w*)",
    re.IGNORECASE,
)
# The holder named after "under the control of": "under the control of Kyiv",
# "под контролем Киева", "під контролем Києва".
_HOLDER_BEFORE_RX = re.compile(
    r"(?:under\s+(?:the\s+)?(?:full\s+|firm\s+|effective\s+)?control\s+of|controlled\s+by|"
    r"(?:под|під)\s+(?:полным\s+|повним\s+)?контролем)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def names_actor(text: str, p: PlaceMention, capitals: frozenset[str] = frozenset()) -> bool:
    """A place name used for its government or people ("Kyiv said", "Moscow's claim",
    "Kyiv sources", "Kyiv time", "Kyiv did not confirm", "under the control of
    Kyiv"; for a side's capital also "Kyiv's summer counteroffensive"): not a
    place any claim is about."""
    if _ACTOR_USE_RX.match(text, p.end, p.end + 60):
        return True
    if _HOLDER_BEFORE_RX.search(text, max(0, p.start - 40), p.start):
        return True
    name = re.sub(r"['’]s$", "", p.text).lower()
    return name in capitals and bool(_CAPITAL_POSSESSION_RX.match(text, p.end, p.end + 60))


# "Kyiv's (long-awaited) counteroffensive", "Moscow's war": what the capital's
# government does or has; "Kyiv's outskirts" stays a place (not listed).
_CAPITAL_POSSESSION_RX = re.compile(
    # "Moscow ordered its troops", "Kyiv has sent reinforcements": the government acts
    r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:ordered|annexed|launched|sent|deployed|"
    r"mobili[sz]ed|demanded|warned|threatened|signed|recogni[sz]ed|accused|blamed|pulled|"
    r"agreed|refused|offered|urged|wants|wanted|plans|planned|sought|seeks|tried|vowed|"
    r"pledged|hopes|hoped|insists|expects|expected|needs|needed)\b|"
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:counter-?offensives?|offensives?|campaign|war|"
    r"operations?|incursion|push|drive|advance|strategy|plans?|leadership|command|allies|"
    r"partners|backers|position|account|response|stance|demands?|side|officials|"
    r"defen[cs]e\s+ministry|government|military|army|forces|troops)\b",
    re.IGNORECASE,
)


def capitals_of(profile: Any) -> frozenset[str]:
    """The lower-cased capitals that stand for a side's government in ``profile``."""
    key = getattr(profile, "fingerprint", None) or profile
    found = _CAPITALS.get(key)
    if found is None:
        from claimline.profiles import load_profile

        p = profile if hasattr(profile, "sides") else load_profile(profile)
        found = frozenset(re.sub(r"['’]s$", "", c).lower() for s in p.sides for c in s.capitals)
        _CAPITALS[key] = found
    return found


_CAPITALS: dict[Any, frozenset[str]] = {}


__all__ = ["capitals_of", "names_actor"]


_CITY_WORD_RX = re.compile(r"\b(?:city|місто|міста|місті|город[аеу]?|городом)\b", re.IGNORECASE)


def oblast_centre(word: str, places: Sequence[PlaceMention], before: int) -> PlaceMention | None:
    """ "Chernihiv's regional governor said troops had left the city": with no town
    named before it, "the city" after a region named for its centre is that centre
    (the gazetteer's administrative centre of the oblast, when it bears the name)."""
    if not _CITY_WORD_RX.search(word):
        return None
    region = next(
        (
            p
            for p in reversed(places)
            if p.start < before and p.kind is PlaceKind.ADMIN_AREA and p.place_id
        ),
        None,
    )
    if region is None or not region.canonical:
        return None
    from claimline.nlp.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    try:
        centre_id = gaz.get(region.place_id).center_id
        centre = gaz.get(centre_id) if centre_id else None
    except Exception:  # noqa: BLE001 - an entry without a centre names none
        return None
    if centre is None or centre.kind != "settlement":
        return None
    if not region.canonical.split()[0].startswith(centre.name.split()[0]):
        return None  # the region is not named for this centre
    return dataclasses.replace(
        region,
        place_id=str(centre.id),
        canonical=centre.name,
        kind=PlaceKind.SETTLEMENT,
        lat=centre.lat,
        lon=centre.lon,
        candidates=(str(centre.id),),
    )
