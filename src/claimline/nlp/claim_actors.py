"""Who the actor of an English claim is, read from the parse around its trigger.

The side written in the phrase ("in Russian hands"), the passive "by" agent
(never a deadline: "by March", "by mid-June"), the possessor of a
nominalisation, the active subject (climbing through xcomp/conj/relcl), or the
*other* side of a patient ("Ukrainian units were encircled"); "our forces" /
"its troops" are the speaker's side and "the enemy" the other side, resolved by
the caller.  Split out of :mod:`claimline.nlp.claims_en`, which re-exports
:func:`other_side`.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from claimline.model import ClaimType
from claimline.nlp import attribution
from claimline.nlp.claim_lexicon import (
    ENEMY_WORDS,
    FORCE_LEMMAS,
    OWN_SIDE_WORDS,
    REPORT_LEMMAS,
    Trigger,
)


def _actor_for(
    tok: Any, trig: Trigger, m: re.Match[str], profile: Any
) -> tuple[str | None, str, bool, bool]:
    """The side of the claim's actor and how it was found (+ own-side / enemy flags)."""
    if trig.role in ("inline", "sided") and "act" in m.re.groupindex and m.group("act"):
        side = attribution.side_of(m.group("act"), profile)
        if side:
            return side, "inline", False, False
        words = m.group("act").lower().split()
        if words and words[0] in OWN_SIDE_WORDS:
            return None, "pronoun", True, False
    if trig.role == "expelled":
        return _expelled_side(tok, profile)
    phrase_tok, patient = _agent_token(tok, trig)
    if trig.type is ClaimType.WITHDREW:
        patient = False  # forces "were pulled back/regrouped": they are the ones leaving
    if phrase_tok is not None:
        side, own, enemy = _side_of_token(phrase_tok, profile)
        if side and not patient:
            return side, "parse", False, False
        if side and patient:
            other = _other_side(side, profile)
            if other:
                return other, "patient", False, False
        if side is None and not (own or enemy) and phrase_tok.lower_ in ("they", "them"):
            # "Russian troops had infiltrated X, allowing them to push into the village":
            # the pronoun takes the side of the sided subject before it in the sentence
            ante = _pronoun_antecedent_side(phrase_tok, profile)
            if ante:
                if not patient:
                    return ante, "pronoun", False, False
                other = _other_side(ante, profile)
                if other:
                    return other, "patient", False, False
        if own and not patient:
            owner = _its_owner(phrase_tok, profile)
            if owner:
                return owner, "parse", False, False
        if (own or enemy) and not patient:
            return None, "pronoun", own, enemy
        if (own or enemy) and patient:
            return None, "pronoun", enemy, own
    # A "from X" phrase names the side that lost the place: "freed from Russian occupation".
    if trig.type in (ClaimType.CAPTURED,):
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                for g in child.children:
                    side, _o, _e = _side_of_token(g, profile)
                    if side:
                        other = _other_side(side, profile)
                        if other:
                            return other, "patient", False, False
    # "held out against Russian assaults", "repelled attacks against Ukrainian lines":
    # the holder or defender is the side other than the one "against" names.
    if trig.type in (ClaimType.CONTROLS, ClaimType.REPELLED):
        for child in tok.children:
            if trig.type is ClaimType.REPELLED and child.dep_ == "dobj":
                # "the defenders beat back a Russian assault": the assault is the other side's
                side, _o, _e = _side_of_token(child, profile)
                other = _other_side(side, profile) if side else None
                if other:
                    return other, "patient", False, False
            if child.dep_ == "prep" and child.lower_ == "against":
                for g in child.children:
                    side, _o, _e = _side_of_token(g, profile)
                    other = _other_side(side, profile) if side else None
                    if other:
                        return other, "patient", False, False
    # The lexical fallback: a side word among the trigger's own dependents.
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            side, own, enemy = _side_of_token(child, profile)
            if side:
                return side, "clause", False, False
            if child.dep_ == "poss" and child.lower_ == "their":
                # "Russian troops entered X, but the village was not under their control"
                ante = _pronoun_antecedent_side(child, profile)
                if ante:
                    return ante, "pronoun", False, False
    return None, "none", False, False


def _agent_token(tok: Any, trig: Trigger) -> tuple[Any, bool]:
    """The token heading the actor phrase, and whether it is the patient instead."""
    children = list(tok.children)
    has_aux = any(c.dep_ in ("aux", "nsubj") for c in children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "relcl", "advcl") and not has_aux
    )
    if not passive and tok.dep_ == "conj" and tok.tag_ == "VBN" and not has_aux:
        # "troops were bypassed and cut off": the second participle shares the passive
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children)
    for c in children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            pobjs = [g for g in c.children if g.dep_ == "pobj"]
            if pobjs and not any(_is_time_word(g) for g in pobjs):
                return pobjs[0], False  # "by mid-June" (split in three) is a deadline
    if tok.pos_ in ("NOUN", "PROPN") or tok.tag_ == "VBG" and tok.dep_ in ("pobj", "nsubj", "dobj"):
        for c in children:
            if c.dep_ in ("poss", "amod", "compound") and c.i < tok.i and _names_actor(c):
                return c, False
        # "the invading force's attempt to take" → handled by the governor below.
    if passive:
        for c in children:
            if c.dep_ == "nsubjpass":
                return c, True
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            # "Russian troops tried to break in but were pushed back": the shared subject
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj, True
        if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head, True
        return None, True
    if tok.dep_ == "prep" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return tok.head, False  # "Russian units inside the town"
    # An encircling verb without an object is a reduced passive: "units encircled near X".
    if (
        trig.type is ClaimType.ENCIRCLED
        and tok.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("dobj", "aux") for c in children)
    ):
        subj = next((c for c in children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj, True
    # Active voice: the subject, climbing through xcomp/conj/relcl.
    if tok.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubj" for c in children):
        left = _preverbal_noun(tok)
        if left is not None:
            return left, False
    cur = tok
    for _ in range(8):
        if cur.dep_ == "conj" and cur.head.lemma_.lower() in REPORT_LEMMAS:
            # "X were advancing on Y, the governor said, and had reached Z": the second
            # verb goes on with the reported clause, whose subject is the actor
            rep = next((c for c in cur.head.children if c.dep_ == "ccomp"), None)
            if rep is None and cur.head.dep_ == "parataxis":
                rep = cur.head.head  # "X were advancing, the governor said, and had reached Y"
            subj = (
                next((c for c in rep.children if c.dep_ == "nsubj"), None)
                if rep is not None
                else None
            )
            if subj is not None and not any(c.dep_ == "nsubj" for c in cur.children):
                return subj, False
        for c in cur.children:
            if c.dep_ == "nsubj":
                if c.tag_ in ("WDT", "WP") and cur.dep_ == "relcl":
                    return cur.head, False
                return c, False
        if cur.dep_ in (
            "xcomp",
            "conj",
            "advcl",
            "pcomp",
            "prep",
            "pobj",
            "acomp",
            "attr",
            "npadvmod",
            "nummod",
            "quantmod",
            "advmod",
        ) or (cur.dep_ == "dobj" and cur.pos_ == "NOUN"):
            cur = cur.head
            continue
        if cur.dep_ == "amod" and trig.type is ClaimType.ADVANCING:
            cur = cur.head  # "pushed to within a few km of X": from "few" up to the verb
            continue
        if cur.dep_ == "relcl":
            return cur.head, False
        if cur.dep_ == "acl" and cur.tag_ == "VBG":
            return cur.head, False
        break
    return None, False


# Modifiers of a control noun that say how much, not whose: "in full control of".
_DEGREE_WORDS = frozenset(
    {"full", "complete", "total", "effective", "partial", "firm", "operational", "tactical",
     "fire", "overall", "practical", "actual", "de", "facto"}
)  # fmt: skip


def _names_actor(mod: Any) -> bool:
    """Whether a noun trigger's modifier can name its actor ("Russian control",
    "Kyiv's capture"); a degree word ("full control") cannot, so the actor is
    sought further up ("the Ukrainians are in full control of X")."""
    return mod.dep_ == "poss" or mod.lower_ not in _DEGREE_WORDS


_TIME_WORDS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "end", "time", "then", "now", "morning",
        "evening", "night", "noon", "midday", "spring", "summer", "autumn", "winter", "week",
        "month", "year", "day", "today", "tonight", "yesterday", "mid", "early", "late",
        "weekend", "dawn", "dusk", "nightfall", "midnight", "afternoon",
    }
)  # fmt: skip


def _is_time_word(tok: Any) -> bool:
    """ "by March", "by the end of May", "by 2023": a deadline, not a "by" agent."""
    low = tok.lower_
    return low in _TIME_WORDS or low.isdigit() or low.split("-")[0] in _TIME_WORDS


def _preverbal_noun(verb: Any) -> Any:
    """The noun right before a verb the parser left without a subject
    ("… and Russian forces entered")."""
    for j in range(verb.i - 1, max(verb.i - 5, verb.sent.start - 1), -1):
        t = verb.doc[j]
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            # "… and in late March had broken into X": a noun inside a phrase of
            # its own is no subject; the coordination above names it
            return None if t.dep_ == "pobj" else t
        if t.pos_ in ("ADV", "AUX", "PART") or t.dep_ in ("aux", "neg", "advmod"):
            continue
        return None
    return None


def _expelled_side(tok: Any, profile: Any) -> tuple[str | None, str, bool, bool]:
    """Who lost the place in "(they) were driven out by X": the passive subject (or the
    subject shared with the verb it is coordinated with), else the side other than
    the "by" agent's."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        side, _own, _enemy = _side_of_token(subj, profile)
        if side is None and subj.lower_ in ("they", "them"):
            side = _pronoun_antecedent_side(subj, profile)
        if side:
            return side, "parse", False, False
    for c in tok.children:
        if c.dep_ == "agent":
            for g in c.children:
                side, _own, _enemy = _side_of_token(g, profile)
                other = _other_side(side, profile) if side else None
                if other:
                    return other, "patient", False, False
    return None, "none", False, False


def _pronoun_antecedent_side(pron: Any, profile: Any) -> str | None:
    """The side of the last subject before ``pron`` in its sentence that names one."""
    for t in reversed(list(pron.sent)[: pron.i - pron.sent.start]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in FORCE_LEMMAS:
            side, _own, _enemy = _side_of_token(t, profile)
            if side:
                return side
    return None


def _its_owner(force: Any, profile: Any) -> str | None:
    """The side of the subject that "its/their" forces belong to, when a verb above
    names it: "Ukraine's military ordered its units to retreat" → UA.  ``None`` for
    "our" forces (the speaker's) or when no sided subject governs the phrase."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in force.children):
        return None
    cur = force.head
    for _ in range(3):
        subj = next(
            (c for c in cur.children if c.dep_ == "nsubj" and c.i != force.i and c.i < force.i),
            None,
        )
        if subj is not None:
            side, _own, _enemy = _side_of_token(subj, profile)
            return side
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None


def _side_of_token(tok: Any, profile: Any) -> tuple[str | None, bool, bool]:
    phrase = attribution._span_text(tok)
    low = {t.lower_ for t in tok.subtree}
    if low & ENEMY_WORDS:
        return None, False, True
    side = attribution.side_of(phrase, profile)
    if side:
        return side, False, False
    if tok.lower_ in OWN_SIDE_WORDS or low & {"our", "we", "us"}:
        return None, True, False
    # "its forces", "their units": the owner is the speaker's side (resolved by the caller).
    if tok.lemma_.lower() in FORCE_LEMMAS and low & {"its", "their"}:
        return None, True, False
    return None, False, False


def _other_side(side: str, profile: Any) -> str | None:
    sides = _side_codes(profile)
    others = [s for s in sides if s != side]
    return others[0] if len(sides) == 2 and len(others) == 1 else None


def _side_codes(profile: Any) -> list[str]:
    if profile is None or isinstance(profile, str):
        return list(_default_side_codes(profile))
    return [s.code for s in getattr(profile, "sides", ())]


@functools.lru_cache(maxsize=8)
def _default_side_codes(name: str | None) -> tuple[str, ...]:
    try:
        from claimline.profiles import load_profile

        profile = load_profile(name)
    except Exception:  # noqa: BLE001 - no profile means no opposite side
        return ()
    return tuple(s.code for s in getattr(profile, "sides", ()))


def other_side(side: str | None, profile: Any = None) -> str | None:
    """The opposing side in a two-sided profile, or ``None``."""
    return _other_side(side, profile) if side else None
