"""The actor of a claim whose grammar names none, from who says it and where.

"Soledar had been captured", "the town was surrounded", "Часів Яр не
захоплено": the side follows from the speaker's side (each side announces its
own gains and denies the other's), from a side word in the sentence, or from
which side is at home where the town lies (a bare "fell" or "occupied").
"""

from __future__ import annotations

from typing import Any

from claimline.model import ClaimType, Side
from claimline.nlp import attribution
from claimline.nlp.claims_en import Finding, other_side

PRONOUN_DENIERS = frozenset({"he", "she", "they", "it", "we", "the spokesman", "the spokeswoman"})


def inferred_actor(
    f: Finding, speaker_side: str | None, profile: Any, *, denied: bool | None = None
) -> str | None:
    """The actor of a claim whose grammar names none ("Soledar had been captured").

    "occupied"/"occupation" is said of the other side than the speaker's; a
    place that "fell" fell to the side the sentence names; otherwise a party
    reporting a change speaks of its own side's action (each side "liberates"
    what it takes); a neutral voice leaves the sentence's side word.
    """
    party = speaker_side if speaker_side not in (None, Side.UNKNOWN, Side.NEUTRAL) else None
    denied = f.negated if denied is None else denied
    low = f.framing.lower()
    if any(w.startswith(("occup", "оккуп", "окуп")) for w in low.split()):
        # A side the same sentence names as holding the place is the occupier ("held
        # by Russian forces since February, when it was occupied"); otherwise the
        # occupier is the side other than the one speaking, or than the one acting in
        # the sentence ("Ukrainian drones struck occupied X").
        holder = _holder_named_in_sentence(f, profile)
        if holder is not None:
            return holder
        # With no side in sight, an occupier is foreign to the country the
        # town lies in ("Буча была оккупирована": by the side not at home).
        return other_side(party or f.clause_side, profile) or _not_home_side(f, profile)
    if low.startswith(("fell", "fall", "пал", "впал")):
        if " to " in f" {low} " and f.clause_side is not None:
            return f.clause_side  # "fell to Russian forces" names the side
        if (f.denier_phrase is not None or f.negated) and party:
            # "X's official denied that the village had fallen", "insisted that the
            # town had not fallen": the side saying so holds it.
            return other_side(party, profile)
        # A bare "fell" ("the fall of X") loses the town to whoever does not
        # defend the country it lies in; a side word nearby is only a fallback.
        return _not_home_side(f, profile) or f.clause_side
    if f.type is ClaimType.ENCIRCLED:
        if party:
            # The encircled side denies it; the encircling side announces it (a
            # side at home there may be the one encircling a town it lost: Lyman).
            return other_side(party, profile) if denied else party
        # "The town was surrounded", no side speaking: the besieger is the side
        # not at home where the town lies; a side word nearby is only a fallback.
        return _not_home_side(f, profile) or f.clause_side
    if f.type is ClaimType.CAPTURED and party and denied:
        # "Часів Яр не захоплено", "the town has not been taken", said by a side: it
        # denies the other side's capture, not one of its own.
        return other_side(party, profile)
    return party or f.clause_side


_SIDE_NOUNS = frozenset({"side", "army", "party", "force", "camp"})


def neither_side_holds(tok: Any) -> bool:
    """Whether the holding verb ``tok`` has "neither side" (or "neither army") as subject."""
    if tok is None:
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lemma_.lower() in _SIDE_NOUNS
        and any(g.lower_ == "neither" for g in c.children)
        for c in tok.children
    )


def _not_home_side(f: Finding, profile: Any) -> str | None:
    """The side a bare "fell" gives the town to: of a two-sided profile whose
    sides have ``home`` countries, the one that is not at home where the
    town lies ("Pokrovsk fell": to Russia; "Sudzha fell": to Ukraine)."""
    return _home_sides(f, profile)[1]


def _home_sides(f: Finding, profile: Any) -> tuple[str | None, str | None]:
    """(the side at home where the town lies, the other side), or Nones when the
    profile's sides have no single home there."""
    from claimline.nlp.places import place_country
    from claimline.profiles import load_profile

    p = profile if hasattr(profile, "sides") else load_profile(profile)
    home = p.home_side(place_country(f.place.place_id) if f.place.place_id else None)
    if home is None:
        return None, None
    return home, next(s.code for s in p.sides if s.code != home)


def favours(ctype: ClaimType, actor: str | None, side: Any, profile: Any) -> bool:
    """Whether an affirmed claim is good news for ``side``: a side rejecting "the
    claim" rejects its opponent's gains, never its own (the recapture it won in a
    background clause of the sentence it rebuts)."""
    if actor is None or side in (None, Side.UNKNOWN, Side.NEUTRAL, "unknown", "neutral"):
        return False
    if ctype is ClaimType.CONTESTED:
        return False
    if ctype is ClaimType.WITHDREW:
        return other_side(actor, profile) == str(side)
    return actor == str(side)


#: Verbs whose agent ("held by X") or subject ("X held it") holds the place.
_HOLD_LEMMAS = frozenset({"hold", "control", "occupy", "keep", "seize", "capture", "take"})


def _holder_named_in_sentence(f: Finding, profile: Any) -> str | None:
    """The side that another holding verb of the trigger's sentence gives as holder."""
    tok = getattr(f, "token", None)
    if tok is None:
        return None
    for verb in tok.sent:
        if verb.i == tok.i or verb.lemma_.lower() not in _HOLD_LEMMAS:
            continue
        passive = any(ch.dep_ in ("auxpass", "nsubjpass") for ch in verb.children)
        for ch in verb.children:
            if ch.dep_ == "agent" or (ch.dep_ == "nsubj" and not passive):
                side = attribution.side_of(attribution._span_text(ch), profile)
                if side:
                    return side
    return None


__all__ = ["PRONOUN_DENIERS", "favours", "inferred_actor", "neither_side_holds"]
