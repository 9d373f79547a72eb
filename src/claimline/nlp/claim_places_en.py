"""Which places an English trigger is about, read from the parse of its sentence.

:func:`_places_for` is the entry point used by :mod:`claimline.nlp.claims_en`: the
trigger's own arguments (minus sub-clauses holding other claims), the noun an
adjective trigger qualifies, the noun a relative clause modifies, a copula's
subject, then the clause.  The helpers below it answer the narrower questions the
claim loop asks about a mention (does it label troops, lie on a road's goal, sit
in another clause, continue an elliptic list).  Split out of ``claims_en`` to keep
both modules small; ``claims_en`` re-exports what other modules import.
"""

from __future__ import annotations

import re
from typing import Any

from claimline.model import ClaimType, PlaceKind, PlaceMention
from claimline.nlp.claim_lexicon import FORCE_LEMMAS, Trigger

# Dependents that open another clause: their places belong to other claims.
_SUBCLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"})


def _token_at(sent: Any, char: int) -> Any:
    span = sent.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _mention_root(sent: Any, start: int, end: int) -> Any:
    span = sent.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _is_nominal_modifier_only(tok: Any, trig: Trigger) -> bool:
    """ "occupied Bakhmut" and "the liberated city" still count; "control room" and
    "surrounding villages" do not."""
    if tok.dep_ == "amod" and tok.tag_ == "VBG":
        return True
    return tok.dep_ == "compound" and trig.type is not ClaimType.CONTROLS


_STATIONED = frozenset(
    {"station", "base", "deploy", "locate", "position", "stand", "remain", "trap"}
)


def _clause_tokens(head: Any, keep: Any) -> set[int]:
    """Token ids of ``head``'s subtree, leaving out sub-clauses not holding ``keep``."""
    out: set[int] = set()
    stack = [head]
    while stack:
        node = stack.pop()
        out.add(node.i)
        for child in node.children:
            located = (
                child.dep_ == "acl"
                and node.lemma_.lower() in FORCE_LEMMAS
                and child.lemma_.lower() in _STATIONED
            )  # "troops stationed in X" says where the forces are
            if child.dep_ in _SUBCLAUSE_DEPS and keep not in child.subtree and not located:
                continue
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and keep not in child.subtree:
                continue
            stack.append(child)
    return out


def _clause_head(tok: Any) -> Any:
    cur = tok
    while (
        cur.head.i != cur.i
        # a gerund subject ("fighting continued in X") belongs to its verb's clause
        and (cur.pos_ not in ("VERB", "AUX") or cur.dep_ in ("nsubj", "nsubjpass"))
        and cur.dep_ not in _SUBCLAUSE_DEPS
    ):
        cur = cur.head
    return cur


def _places_for(
    tok: Any, trig: Trigger, place_toks: list[tuple[PlaceMention, Any]], alone: bool
) -> tuple[list[PlaceMention], str]:
    if not place_toks:
        return [], "none"
    if tok.dep_ == "appos" and tok.pos_ == "NOUN":
        # "X, the final Russian stronghold on the river": the noun describes X
        hits = [p for p, t in place_toks if t.i == tok.head.i]
        if hits:
            return _prefer(hits), "argument"
    if tok.dep_ == "amod" or (tok.dep_ == "compound" and tok.head.pos_ in ("PROPN", "NOUN")):
        # An adjective trigger is about the noun it qualifies ("occupied Bakhmut").
        near = {tok.head.i} | {
            c.i for c in tok.head.children if c.dep_ in ("compound", "appos", "prep")
        }
        near |= {g.i for c in tok.head.children if c.dep_ == "prep" for g in c.children}
        if tok.head.dep_ == "appos":
            near.add(tok.head.head.i)  # "X, the last Ukrainian-held town": the noun is X
        if tok.tag_ == "VBN" and tok.head.dep_ == "dobj" and tok.head.head.lemma_ == "have":
            # "had thwarted attempts to break into X", the parser taking "had" for the verb:
            # the participle governs the object phrase, places and all
            near |= {t.i for t in tok.head.subtree}
        cop = tok.head
        while cop.dep_ in ("attr", "pobj", "prep") and cop.head.i != cop.i:
            cop = cop.head  # "the town is (one of) the final Ukrainian-held strongpoints"
        if cop.i != tok.head.i and cop.lemma_.lower() in ("be", "remain", "stay"):
            near |= _copula_subject(cop)
        return _prefer([p for p, t in place_toks if t.i in near]), "argument"
    modified = _modified_noun(tok)
    if modified is not None:
        subject = _copula_subject(modified.head) if modified.dep_ == "attr" else set()
        hits = [
            p
            for p, t in place_toks
            if t.i == modified.i
            or (modified.dep_ == "appos" and t.i == modified.head.i)
            or (t.dep_ == "appos" and t.head.i == modified.i)
            # "the town of X, where …"
            or (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == modified.i)
            # "X, one of the last villages held by …"
            or (
                modified.dep_ == "pobj"
                and modified.head.lower_ == "of"
                and modified.head.head.dep_ == "appos"
                and t.i == modified.head.head.head.i
            )
            # "X was the only city taken by …": the copula's subject
            or t.i in subject
        ]
        if hits:
            return _prefer(hits), "argument"
    if trig.role == "expel" and tok.dep_ in ("advcl", "conj", "relcl"):
        # "occupied X until May, when a counteroffensive drove them out", "held X before
        # Ukrainian forces drove them out": the place is the one the clause above names
        cur = tok.head
        while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
            cur = cur.head
        hits = _outermost([(p, t) for p, t in place_toks if t.i in _clause_tokens(cur, cur)])
        if hits:
            return _prefer(hits), "clause"
    if (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBN"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
    ):
        # "maps showed most of X as occupied", "listed X as liberated": the object of the
        # verb above is what the participle describes
        obj = {t.i for c in tok.head.children if c.dep_ == "dobj" for t in c.subtree}
        hits = _outermost([(p, t) for p, t in place_toks if t.i in obj])
        if hits:
            return _prefer(hits), "argument"
    if trig.type is ClaimType.REPELLED:
        own = {t.i for t in tok.subtree}  # "beat back efforts to break into X": the target is deep
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and _is_passive(tok):
            # "tried to break into X but were pushed back": the attempt names the target
            own |= _clause_tokens(tok.head, tok.head)
    elif trig.strict and tok.lemma_.lower() in ("leave", "lose", "get"):
        own = _direct_objects(tok)  # "left Lyman", "Lyman was lost"; not "holdouts left in X"
        if tok.lemma_.lower() == "get":  # "got X back", never "got the wounded back from X"
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            own = {c.i for c in objs} | {
                g.i for c in objs for g in c.children if g.dep_ in ("conj", "appos", "compound")
            }
    else:
        own = _clause_tokens(tok, tok)
    hits = _outermost([(p, t) for p, t in place_toks if t.i in own and t.i != tok.i])
    if not hits and trig.type is ClaimType.ENCIRCLED and tok.pos_ == "VERB":
        # "surrounded the enemy grouping in the X and Y area": the parser can read the
        # force noun as a verb of its own; the encircled force's place is still X and Y
        hits = _outermost([(p, t) for p, t in place_toks if _plain_path(t, tok)])
    if not hits and trig.role == "expelled" and tok.dep_ == "conj":
        # "they took the town … and were driven out": the place the first verb names
        objs = _direct_objects(tok.head)
        hits = _outermost([(p, t) for p, t in place_toks if t.i in objs])
    if hits:
        return _prefer(hits), "argument"
    if trig.strict and tok.lemma_.lower() in ("leave", "lose", "get"):
        return [], "none"
    head = _clause_head(tok)
    rel = next(
        (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")),
        None,
    )
    where = (
        next((c for c in head.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
        if rel is None and head.dep_ == "relcl"
        else None
    )
    if where is not None:
        # "fighting goes on in X, a few km to the east, where Russian units hold the
        # northern streets": "where" stands for the place its clause hangs on, or the
        # place that noun's phrase describes; not "a grey zone where neither side …"
        hit = _place_above(head.head, place_toks)
        if hit is not None:
            return [hit], "clause"
    if rel is not None:
        # "…, which has stayed in Ukrainian hands": the antecedent is the place just before "which".
        before = [(p, t) for p, t in place_toks if t.i < rel.i]
        if before:
            return [max(before, key=lambda pt: pt[1].i)[0]], "clause"
    if head.i != tok.i and head.lemma_.lower() in ("be", "remain", "stay"):
        subj = _copula_subject(head)
        hits = [p for p, t in place_toks if t.i in subj]
        if hits:  # "Vuhledar is the only town in the area still under Ukrainian control"
            return _prefer(hits), "clause"
    if head.i != tok.i:
        clause = _clause_tokens(head, tok)
        hits = [p for p, t in place_toks if t.i in clause]
        if hits and (
            not trig.strict or tok.dep_ in ("pobj", "dobj", "attr", "nsubj", "nsubjpass", "acomp")
        ):
            return _prefer(hits), "clause"
    if trig.strict:
        return [], "none"
    forces_object = any(c.dep_ == "dobj" and c.lemma_.lower() in FORCE_LEMMAS for c in tok.children)
    if forces_object and tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.i != tok.i:
        # "entered Lyman, having encircled thousands of troops": the forces were
        # encircled where the main clause puts them.
        clause = _clause_tokens(tok.head, tok.head)
        hits = [p for p, t in place_toks if t.i in clause]
        if hits:
            return _prefer(hits), "clause"
    if alone:
        settlements = [
            p for p, _t in place_toks if p.kind in (PlaceKind.SETTLEMENT, PlaceKind.PART)
        ]
        if len({p.canonical for p in settlements}) == 1:
            return [settlements[0]], "sentence"
    return [], "none"


def _place_above(noun: Any, place_toks: list[tuple[PlaceMention, Any]]) -> PlaceMention | None:
    """The place ``noun`` is, or describes through appositions and prepositional
    phrases ("X, a few kilometres to the east": from "east" up to X)."""
    at = {t.i: p for p, t in place_toks}
    cur = noun
    for _ in range(5):
        if cur.i in at:
            return at[cur.i]
        if cur.dep_ not in ("pobj", "prep", "appos") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _is_passive(tok: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _copula_subject(verb: Any) -> set[int]:
    subj = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if not subj and verb.dep_ == "conj" and verb.head.i != verb.i:
        return _copula_subject(verb.head)  # "X had been held … and was the only city taken"
    return subj


def _direct_objects(tok: Any) -> set[int]:
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and tok.tag_ == "VBN"):
            out |= {t.i for t in c.subtree}
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            out |= {t.i for t in c.subtree}
    if tok.dep_ == "acomp":  # "Kupiansk is lost"
        out |= _copula_subject(tok.head)
    return out


def _modified_noun(tok: Any) -> Any:
    """The noun a relative or participle clause holding the trigger modifies
    ("a besieged town Kyiv says it has retaken")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN"):
            where = any(c.lower_ == "where" for c in tok.children)
            if not where and any(
                c.dep_ in ("dobj", "nsubjpass")
                and c.i != cur.head.i
                and c.tag_ not in ("WDT", "WP")
                # a relative "that" the parser tags as a conjunction is still the pronoun
                and c.lower_ not in ("that", "which")
                for c in tok.children
            ):
                return None
            return cur.head  # "the town, where units had been encircled" is about the town
        if (
            cur.dep_ in ("xcomp", "ccomp", "conj", "prep", "pobj", "attr", "acomp")
            and cur.head.i != cur.i
        ):
            cur = cur.head  # "Balakliia, which has stayed under Moscow's control"
            continue
        return None
    return None


def _outermost(hits: list[tuple[PlaceMention, Any]]) -> list[PlaceMention]:
    """Leave out places that only describe another hit ("Chasiv Yar, west of occupied
    Bakhmut, held out"); coordinated places ("X, Y and Z") all stay."""
    ids = {t.i for _p, t in hits}
    out = []
    for p, t in hits:
        cur, nested = t, False
        while cur.head.i != cur.i:
            dep = cur.dep_
            cur = cur.head
            if cur.i in ids and cur.i != t.i:
                nested = dep not in ("conj", "compound", "cc")
                break
        if not nested:
            out.append(p)
    return out


def _prefer(hits: list[PlaceMention]) -> list[PlaceMention]:
    """Settlements and parts over the areas that locate them ("X in the Y region")."""
    fine = [p for p in hits if p.kind in (PlaceKind.SETTLEMENT, PlaceKind.PART, PlaceKind.FEATURE)]
    coarse = [p for p in hits if p not in fine and p.kind is not PlaceKind.COUNTRY]
    seen: set[str] = set()
    out: list[PlaceMention] = []
    for p in fine or coarse:
        key = p.canonical or p.text
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _pronoun_argument(tok: Any) -> Any:
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lower_ == "it":
            return child
        if (
            child.dep_ == "nsubj"
            and child.lower_ == "it"
            and not any(c.dep_ == "dobj" for c in tok.children)
        ):
            return child  # "after it fell to Russian forces"
        if child.dep_ == "advmod" and child.lower_ == "there":
            return child
    verb = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else tok
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "the garrison there was outflanked and cut off", "there" parsed as an expletive
        there = next((c for c in verb.children if c.dep_ == "expl" and c.lower_ == "there"), None)
        if there is not None:
            return there
    subjects = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not subjects and tok.dep_ == "conj":
        subjects = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    for subj in subjects:
        # "the units there were cut off": "there" on the subject
        there = next((g for g in subj.children if g.lower_ == "there"), None)
        if there is not None:
            return there
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("toward", "towards", "into", "on", "around"):
            # "advancing toward it", "broke into it"
            it = next((g for g in child.children if g.dep_ == "pobj" and g.lower_ == "it"), None)
            if it is not None:
                return it
    return _its_part(tok)


# Parts of a town that "its" can own: "battles near its northern edge".
_PART_NOUNS = frozenset(
    {"edge", "outskirts", "outskirt", "centre", "center", "district", "districts", "part", "parts",
     "approaches", "neighbourhood", "neighborhood", "quarter", "streets", "flank", "side"}
)  # fmt: skip


def _its_part(tok: Any) -> Any:
    """ "its" owning a part of a town in the trigger's own phrase, or in its verb's when
    the trigger is the subject ("battles near its northern edge", "combat rages on its
    eastern edge")."""
    heads = [tok, tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [tok]
    for h in heads:
        for child in h.children:
            if child.dep_ != "prep":
                continue
            for g in child.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in _PART_NOUNS:
                    its = next(
                        (c for c in g.children if c.dep_ == "poss" and c.lower_ == "its"), None
                    )
                    if its is not None:
                        return its
    return None


# "the capture of X was over, as was that of the hamlets of A and B"
_ELLIPSIS_RX = re.compile(
    r",?\s+as\s+(?:had|has|have|was|were|is|are|did)\s+(?:that|those)\s+of\b", re.IGNORECASE
)


def _elliptic_places(
    text: str, after: int, located: list[tuple[PlaceMention, Any]], targets: list[PlaceMention]
) -> list[PlaceMention]:
    """The settlements of an elliptic "as had that of A, B and C" after a claim noun:
    the same event happened to them (sentence-relative offset ``after``)."""
    m = _ELLIPSIS_RX.search(text, after)
    if m is None:
        return []
    seen = {p.canonical for p in targets}
    out = []
    for p, t in located:
        if t.idx >= m.end() and p.kind is PlaceKind.SETTLEMENT and p.canonical not in seen:
            out.append(p)
            seen.add(p.canonical)
    return out


_PLACE_NOUNS = frozenset(
    {"capital", "town", "city", "village", "settlement", "hub", "stronghold", "centre", "center"}
)


def _describes_head_place(tok: Any) -> bool:
    """A participle clause whose object is a place noun with no name ("…, retaking the
    capital of the province"), hanging on a verb of the same sentence."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    if tok.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PLACE_NOUNS for c in tok.children)


def _in_subclause(p: PlaceMention, offset: int, sent: Any, head: Any) -> bool:
    """Whether the mention ``p`` lies in a clause below ``head`` (not its own phrases)."""
    t = _mention_root(sent, p.start - offset, p.end - offset)
    if t is None:
        return False
    cur = t
    while cur.i != head.i and cur.head.i != cur.i:
        if cur.dep_ in _SUBCLAUSE_DEPS or cur.dep_ == "xcomp":
            return True
        cur = cur.head
    return False


def _via_relative(t: Any, top: Any) -> bool:
    """Whether ``t`` hangs below ``top`` through a relative clause ("X, the last
    stronghold in the area, which they have surrounded")."""
    cur = t
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "relcl":
            return True
        cur = cur.head
    return False


def _plain_path(t: Any, tok: Any) -> bool:
    """Whether ``t`` lies below ``tok`` through plain arguments and modifiers only, not
    through an apposition, a relative, reported or coordinated clause."""
    cur, steps = t, 0
    while cur.i != tok.i:
        if cur.head.i == cur.i or (
            cur.dep_ in ("appos", "relcl", "ccomp", "conj", "acl", "xcomp")
            and not (cur.dep_ == "conj" and cur.pos_ == "PROPN")  # "X and Y" stay together
        ):
            return False
        cur, steps = cur.head, steps + 1
        if steps > 8:
            return False
    return t.i != tok.i


def _forces_left(tok: Any, trig: Trigger) -> bool:
    """ "Ukrainian forces had left (with their equipment)", "after the troops withdrew":
    a strict "leave" or a plain "withdraw/retreat" whose subject is a force and which has
    no object, particle or goal ("left for the front", "left behind")."""
    if trig.type is not ClaimType.WITHDREW:
        return False
    lemma = tok.lemma_.lower()
    if not ((trig.strict and lemma == "leave") or lemma in ("withdraw", "retreat")):
        return False  # "after government troops withdrew": the same, for the plain verbs
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "prt", "xcomp", "ccomp", "attr") for c in kids):
        return False
    if any(
        c.dep_ == "prep" and c.lower_ in ("for", "to", "toward", "towards", "into") for c in kids
    ):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in FORCE_LEMMAS


_FIGHT_LEMMAS = frozenset(
    {"go", "fight", "fighting", "continue", "rage", "battle", "clash", "underway"}
)
_ROAD_LEMMAS = frozenset({"road", "route", "highway", "motorway", "railway", "supply", "corridor"})


def _road_goal(p: PlaceMention, offset: int, sent: Any) -> bool:
    """ "fighting on the roads to X": X names where a road leads, not where the fight is."""
    root = _mention_root(sent, p.start - offset, p.end - offset)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("to", "toward", "towards"):
        return False
    return root.head.head.lemma_.lower() in _ROAD_LEMMAS


def _labels_a_force(p: PlaceMention, t: Any) -> bool:
    """A region's name that labels troops ("LPR units", "DPR forces"): the actor, not a
    place of fighting (a town's name before a force noun stays: "the Bakhmut garrison")."""
    return (
        p.kind in (PlaceKind.ADMIN_AREA, PlaceKind.COUNTRY)
        and t.dep_ in ("compound", "amod", "nmod")
        and t.head.lemma_.lower() in FORCE_LEMMAS
    )
