"""English claim finding over the dependency parse.

For each control trigger in a parsed sentence this module works out which
places the trigger is about (its own arguments first, then its clause), who
the actor is (active subject, passive "by" agent, possessor or "by" phrase of
a nominalisation, the side written in the phrase itself, or the other side of
a patient: "Ukrainian units were surrounded" → encircled by the other side),
and how the claim is framed (negation, intention, hedge).  The result is a
list of :class:`Finding` records; :mod:`claimline.nlp.claims` turns them into
:class:`~claimline.model.Claim` records with attribution and time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimline.model import ClaimType, Modality, PlaceKind, PlaceMention
from claimline.nlp import attribution, modality
from claimline.nlp.claim_actors import _actor_for, _other_side, _side_of_token
from claimline.nlp.claim_actors import other_side as other_side  # re-export
from claimline.nlp.claim_filters import (
    ADMIT_LEMMAS,
    APPOSITIVE_DISTANCE_RX,
    LOCATED_DISTANCE_RX,
    NOT_PLACE_HEADS,
    denial_above,
    is_landmark,
    nominal_under,
    silent_complement,
)
from claimline.nlp.claim_filters import sentence_denials as sentence_denials  # re-export
from claimline.nlp.claim_lexicon import (
    DENY_LEMMAS,
    DENY_RX,
    EN_TRIGGERS,
    FORCE_LEMMAS,
    INTENT_LEMMAS,
    REBUTTAL_SENTENCE_RX,
    Trigger,
)
from claimline.nlp.claim_places_en import (
    _FIGHT_LEMMAS,
    _clause_head,
    _clause_tokens,
    _describes_head_place,
    _elliptic_places,
    _forces_left,
    _in_subclause,
    _is_nominal_modifier_only,
    _labels_a_force,
    _outermost,
    _places_for,
    _prefer,
    _pronoun_argument,
    _road_goal,
    _token_at,
    _via_relative,
)
from claimline.nlp.claim_places_en import _mention_root as _mention_root  # re-export
from claimline.nlp.rx_screen import fold, screens

_EXTENT_RX = re.compile(
    r"(?P<e>(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+|some\s+)?\d+(?:[.,]\d+)?\s*(?:%|per\s*cent)|"
    r"(?:almost\s+|nearly\s+|about\s+)?(?:half|a\s+third|two[- ]thirds|three[- ]quarters|"
    r"a\s+quarter|most|much|"
    r"the\s+rest|parts?|the\s+(?:northern|southern|eastern|western|central)\s+(?:parts?|half|districts?|"
    r"outskirts))|(?:northern|southern|eastern|western|industrial|north[- ]eastern|"
    r"south[- ]eastern|"
    r"north[- ]western|south[- ]western)\s+(?:outskirts|districts|neighbou?rhoods|parts?)|"
    r"(?:the\s+)?outskirts)\s+(?:of\s+|in\s+)?(?:the\s+(?:city|town|village)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_FULL_RX = re.compile(r"\b(?:full(?:y)?|complete(?:ly)?|entire(?:ly)?|whole)\b", re.IGNORECASE)
_PARTIAL_RX = re.compile(r"\b(?:largely|mostly|partly|partially|part\s+of)\b", re.IGNORECASE)


@dataclass(slots=True)
class Finding:
    """One claim found in one sentence, before attribution and time."""

    type: ClaimType
    place: PlaceMention
    trigger_start: int  # offsets into the document's clean text
    trigger_end: int
    framing: str
    actor: str | None = None
    actor_how: str = "none"  # parse, inline, patient, pronoun, clause, speaker, none
    place_how: str = "argument"  # argument, clause, sentence, reference
    negated: bool = False
    modality: Modality | None = None
    hedged: bool = False
    extent: str | None = None
    speaker_phrase: str | None = None
    hedging_verb: bool = False
    denier_phrase: str | None = None  # a denial in the same sentence
    false_claim: bool = False  # "X's false claims that..."
    own_side: bool = False  # actor written as "our forces": the speaker's side
    enemy: bool = False  # actor written as "the enemy": the speaker's opponent
    clause_side: str | None = None  # the side word nearest the trigger (a weak fallback)
    token: Any = field(default=None, repr=False)


# each trigger with the strings it cannot match without (rx_screen)
_EN_SCREENS = screens(EN_TRIGGERS, lambda t: t.pattern)


def find_en(
    sent: Any,
    offset: int,
    places: Sequence[PlaceMention],
    *,
    profile: Any = None,
    resolve_it: Callable[[int], PlaceMention | None] | None = None,
) -> list[Finding]:
    """Findings in one parsed sentence ``sent`` that starts at ``offset``.

    ``places`` are the mentions (named and resolved references) inside the
    sentence, in document offsets; ``resolve_it`` maps a pronoun's document
    offset to the last named settlement ("liberated it").
    """
    text = sent.text
    folded = fold(text)
    anchored: dict[int, tuple[Trigger, re.Match[str]]] = {}
    for trig, lits in _EN_SCREENS:
        if lits is not None and not any(map(folded.__contains__, lits)):
            continue  # none of the words the pattern needs is in the sentence
        for m in trig.pattern.finditer(text):
            anchor = (
                m.start("anchor")
                if "anchor" in trig.pattern.groupindex and m.group("anchor")
                else m.start()
            )
            tok = _token_at(sent, anchor)
            if tok is None:
                continue
            old = anchored.get(tok.i)
            if old is None or (m.end() - m.start()) > (old[1].end() - old[1].start()):
                anchored[tok.i] = (trig, m)
    _drop_shadowed(sent, anchored)
    if DENY_RX.search(text) or REBUTTAL_SENTENCE_RX.search(text):
        # "said the claim was false and that its units remained in the town": forces
        # still there, against a claim of capture, is the hold itself
        for i, (trig, m) in list(anchored.items()):
            if trig.type is ClaimType.ENTERED and sent[i].lemma_.lower() == "remain":
                anchored[i] = (Trigger(ClaimType.CONTROLS, trig.pattern, strict=trig.strict), m)
    place_toks = [(p, _mention_root(sent, p.start - offset, p.end - offset)) for p in places]
    place_toks = [
        (p, t)
        for p, t in place_toks
        if t is not None and not _names_a_speaker(t) and not _labels_a_force(p, t)
    ]
    # Landmarks locate another noun; only an adjective on the landmark itself
    # ("west of occupied X") still makes a claim about it.
    doc_text = place_toks[0][1].doc.text if place_toks else ""  # built once, not per place
    landmarks = {t.i for _p, t in place_toks if is_landmark(t, doc_text)}
    located = [(p, t) for p, t in place_toks if t.i not in landmarks]
    side_words = _side_words(sent, profile, text)
    out: list[Finding] = []
    for i, (trig, m) in sorted(anchored.items()):
        tok = sent[i]
        if _is_nominal_modifier_only(tok, trig) or (trig.strict and tok.pos_ == "ADJ"):
            continue
        if (
            trig.type is ClaimType.CONTROLS
            and tok.pos_ == "NOUN"
            and tok.dep_ in ("nsubj", "csubj")
        ):
            continue  # "full control over X allows us to..." states a value, not a holder
        if (
            trig.type is ClaimType.ADVANCING
            and m.group(0)[:1].isdigit()
            and (
                APPOSITIVE_DISTANCE_RX.search(text, 0, m.start())
                or LOCATED_DISTANCE_RX.search(text, max(0, m.start() - 40), m.start())
            )
        ):
            continue  # "X, a town 5 km from the border" locates the town, it is no advance
        if _capability(tok):
            continue  # "Russia lacks the forces to take X", "had the strength to retake X"
        if _indirect_question(tok):
            continue  # "could not say who held X", "it is unclear which side controls X"
        if trig.type is ClaimType.ADVANCING and _place_is_located(tok, place_toks):
            continue  # "X is (still) only a few kilometres from the front": where X lies
        if trig.type is ClaimType.CONTESTED and _dates_another_event(tok):
            continue  # "seized X after (weeks of) heavy fighting": the fighting dates the capture
        if trig.type is ClaimType.ENTERED and any(
            c.lemma_.lower() in _EVENT_SUBJECTS
            for subj in tok.children
            if subj.dep_ == "nsubj"
            for c in (subj, *(a for a in subj.children if a.dep_ == "appos"))
        ):
            continue  # "the battle for X has entered a new phase": an event, no troops
        if trig.type in (ClaimType.WITHDREW, ClaimType.ENTERED) and _civilian_subject(tok):
            continue  # "residents who refused to leave X", "families returned to X": no forces
        if (
            trig.type is ClaimType.ADVANCING
            and tok.pos_ == "NOUN"
            and tok.lemma_.lower() == "approach"
        ):
            continue  # "the approaches to the city" are roads, not an advance
        if trig.type in (ClaimType.CONTESTED, ClaimType.ADVANCING) and any(
            j != i and anchored[j][0].type is ClaimType.REPELLED and tok in sent[j].subtree
            for j in anchored
        ):
            continue  # "repelled an assault on X", "held back advances near X": one claim
        if trig.type is ClaimType.CONTROLS and any(
            j != i
            and anchored[j][0].type is ClaimType.ENCIRCLED
            and sent[j] in tok.subtree
            and not _via_relative(sent[j], tok)
            for j in anchored
        ):
            continue  # "control of every road but one into the town" is an encirclement
        if (
            trig.type is ClaimType.ENTERED
            and tok.lower_ == "inside"
            and (
                tok.head.lemma_.lower() in _FIGHT_LEMMAS
                or any(
                    anchored[j][0].type is ClaimType.CONTESTED and sent[j].i == tok.head.i
                    for j in anchored
                )
            )
        ):
            continue  # "clashes went on inside X" are the contest, not an entry
        if (
            trig.type is ClaimType.ADVANCING
            and tok.lower_ in ("on", "at")
            and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.head.lemma_.lower() not in FORCE_LEMMAS
        ):
            continue  # "the gas station on the outskirts of X" locates a building
        if (
            trig.type is ClaimType.ADVANCING
            and tok.lower_ in ("on", "at")
            and any(
                anchored[j][0].type is ClaimType.ENTERED and j in (tok.head.i, tok.head.head.i)
                for j in anchored
            )
        ):
            continue  # "a foothold on the eastern outskirts of X" is the entry itself
        own_landmark = tok.dep_ in ("amod", "compound") and tok.head.i in landmarks
        targets, how = _places_for(
            tok, trig, place_toks if own_landmark else located, len(anchored) == 1
        )
        if len(targets) > 1:
            # "pressed on X since the fall of Y": Y only dates the advance on X
            where = {id(p): t for p, t in place_toks}
            dated = [p for p in targets if id(p) in where and _in_time_phrase(where[id(p)], tok)]
            if dated and len(dated) < len(targets):
                targets = [p for p in targets if p not in dated]
        if targets and tok.pos_ == "NOUN":
            targets = targets + _elliptic_places(text, m.end(), located, targets)
        if not targets and resolve_it is not None:
            it = _pronoun_argument(tok)
            if it is not None and it.lower_ == "its":
                # "X is mostly held, but combat still rages on its eastern edge": only
                # a settlement named earlier in the same sentence owns the part
                named = [
                    p
                    for p, t in place_toks
                    if t.i < it.i
                    and p.kind in (PlaceKind.SETTLEMENT, PlaceKind.PART)
                    and not p.why.startswith("reference")
                ]
                if named:
                    targets, how = [named[-1]], "reference"
            elif it is not None:
                ref = resolve_it(offset + it.idx)
                if ref is not None:
                    targets, how = [ref], "reference"
        if not targets and _describes_head_place(tok):
            # "entered the centre of X on Saturday, retaking the regional capital": the
            # participle's object describes the place the main verb names
            objs = _clause_tokens(tok.head, tok.head)
            named = _outermost([(p, t) for p, t in located if t.i in objs])
            if named:
                targets, how = _prefer(named), "clause"
        if not targets and trig.type is ClaimType.ENCIRCLED and _force_object(tok):
            # "pushed into X late on Tuesday, having surrounded two battalions": the
            # encircled force is at the place the sentence names before it
            before = [p for p, t in located if t.i < tok.i and p.kind is PlaceKind.SETTLEMENT]
            if before:
                targets, how = [before[-1]], "clause"
        if not targets and _forces_left(tok, trig):
            # "the town is lost, … and our units had left by dawn": troops that
            # leave without an object leave the town the sentence is about
            before = [p for p, t in located if t.i < tok.i and p.kind is PlaceKind.SETTLEMENT]
            if before:
                targets, how = [before[-1]], "clause"
        if not targets:
            continue
        denied_noun = nominal_under(tok, DENY_LEMMAS)
        if denied_noun is None and nominal_under(tok, ADMIT_LEMMAS, negated=True) is not None:
            continue  # "never acknowledged losing X": another party's silence, no claim
        if denied_noun is None and silent_complement(tok) is not None:
            continue  # "did not confirm that X had fallen": nobody asserts it here
        actor, actor_how, own, enemy = _actor_for(tok, trig, m, profile)
        if actor is None and not (own or enemy) and tok.lemma_.lower() == "fall":
            # "X fell …, once the garrison there was cut off": it fell to the encircler
            for j, (t2, m2) in anchored.items():
                if j != i and t2.type is ClaimType.ENCIRCLED:
                    side2, how2, _o, _e = _actor_for(sent[j], t2, m2, profile)
                    if side2 and how2 in ("patient", "parse", "inline"):
                        actor, actor_how = side2, "clause"
                        break
        if trig.role == "sided" and actor_how != "inline":
            continue  # "an eastern stronghold" names no holder; "a Ukrainian stronghold" does
        if trig.type is ClaimType.CONTROLS and prenominal_occupied(tok):
            # "Ukrainian drones struck occupied X": the attacker is not the occupier
            if actor is None:  # "forces shelled occupied X", the parser leaving it subjectless
                prev = tok.doc[tok.i - 1]
                subj = next((c for c in prev.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    actor = _side_of_token(subj, profile)[0]
            other = _other_side(actor, profile) if actor else None
            actor, actor_how = other, ("patient" if other else "none")
            own, enemy = (enemy, own) if other is None else (False, False)
        if denied_noun is not None:
            # "Kyiv denied the capture of X": the content is the other side's capture,
            # negated by the denier; only the noun's own "by"/possessor names its actor.
            actor, actor_how = _own_nominal_actor(tok, profile)
            own, enemy = False, actor is None
        targets = [p for p in targets if not _is_actor_place(p, tok, offset, sent)]
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and trig.type is not ClaimType.CONTESTED
            and how != "argument"
        ):
            # "The pullback followed a vote that named X": a
            # subject event noun without its own place is not about a place deep in
            # another clause of the sentence
            targets = [p for p in targets if not _in_subclause(p, offset, sent, tok.head)]
        if trig.type is ClaimType.CONTESTED:
            targets = [p for p in targets if not _road_goal(p, offset, sent)]
        if not targets:
            continue
        clause_side = _nearest_side(tok, side_words)
        mod = modality.modality_of(tok)
        if (
            trig.type is ClaimType.CONTESTED
            and mod is Modality.INTENDED
            # "to attempt / plan an assault on X" is a fight not (yet) fought
            and not (
                tok.pos_ == "NOUN"
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in INTENT_LEMMAS
            )
            # "the threat of an assault on X" is a fight that may come, not one fought
            and not (
                tok.pos_ == "NOUN"
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "of"
                and tok.head.head.lemma_.lower() in _POSSIBILITY_NOUNS
            )
        ):
            mod = None  # "struggling to hold positions in X" is the fighting itself
        if (
            trig.type is ClaimType.WITHDREW
            and mod is Modality.INTENDED
            and modality.ordered_in_past(tok)
        ):
            mod = None  # "had ordered the garrison to retreat from X": the withdrawal as reported
        if trig.type is ClaimType.REPELLED and mod is Modality.INTENDED and tok.dep_ == "conj":
            mod = None  # "tried to break in but were pushed back": the attempt was the attacker's
        if trig.type is ClaimType.REPELLED and mod is Modality.INTENDED and tok.dep_ == "amod":
            mod = None  # "had thwarted attempts" (misparsed): the attempt is what was repelled
        spk = attribution.parse_speaker(tok)
        denier, false_claim = denial_above(tok)
        ctype, negated = trig.type, modality.is_negated(tok) or denied_noun is not None
        if ctype is ClaimType.CAPTURED and mod is Modality.INTENDED and _trying_since(tok):
            # "troops have been trying to seize X since spring": an attempt kept
            # up for months is the fight for the town
            ctype, mod = ClaimType.CONTESTED, None
        if ctype is ClaimType.CONTROLS and negated and _no_longer(tok):
            # "X is not under Russian control anymore", "they do not hold it any longer":
            # the holder has lost it, which the guideline codes as lost (a withdrawal)
            ctype, negated = ClaimType.WITHDREW, False
        for place in targets:
            out.append(
                Finding(
                    type=ctype,
                    place=place,
                    trigger_start=offset + m.start(),
                    trigger_end=offset + m.end(),
                    framing=m.group(0),
                    actor=actor,
                    actor_how=actor_how,
                    place_how=how,
                    negated=negated,
                    modality=mod,
                    hedged=modality.is_hedged(tok, text),
                    extent=trig.extent or place.part or _extent(text, place.start - offset, trig),
                    speaker_phrase=spk[0] if spk else None,
                    hedging_verb=bool(spk and spk[1]),
                    denier_phrase=None if denied_noun is not None else denier,
                    false_claim=false_claim,
                    own_side=own,
                    enemy=enemy,
                    clause_side=clause_side,
                    token=tok,
                )
            )
    return out


# "the threat of", "a risk of": what follows may happen, it has not.
_POSSIBILITY_NOUNS = frozenset("threat risk danger prospect possibility fear plan".split())

# Nouns whose infinitive says what one could do, not what was done.
_CAPABILITY_NOUNS = frozenset(
    "force strength capacity capability ability means resource manpower power reserve "
    "troop soldier men chance".split()
)


def _dates_another_event(tok: Any) -> bool:
    """ "after heavy fighting", "following weeks of heavy fighting": the fight is the
    time of another event in the sentence, not a claim of its own; so is "since the
    fighting flared" (the fight as the subject of a time clause)."""
    if tok.dep_ == "nsubj" and tok.head.dep_ == "advcl":
        return any(
            c.dep_ == "mark" and c.lower_ in ("since", "after", "before", "until")
            for c in tok.head.children
        )
    if tok.dep_ != "pobj":
        return False
    head = tok.head
    if head.lower_ == "of" and head.head.lemma_.lower() in ("hour", "day", "week", "month", "year"):
        unit = head.head
        if unit.dep_ != "pobj":
            return False
        head = unit.head
    return head.lower_ in ("after", "following", "since")


def _capability(tok: Any) -> bool:
    """ "had the forces to take X", "lacks the strength to retake X": an infinitive
    on a noun of means is a capability, no claim that it happened."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ == "acl":
        return tok.head.lemma_.lower() in _CAPABILITY_NOUNS
    # the parser may make the noun the infinitive's subject: "had [the forces to take X]"
    return (
        tok.dep_ in ("ccomp", "xcomp")
        and tok.head.lemma_.lower() in ("have", "lack", "need", "possess", "gather", "muster")
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _CAPABILITY_NOUNS for c in tok.children)
    )


def _indirect_question(tok: Any) -> bool:
    """A trigger whose subject is "who"/"which side" in a clause that is the object
    of another verb or adjective ("could not say who held X", "unclear which side
    controls X"): the question of the holder, not an answer."""
    if tok.dep_ not in ("ccomp", "xcomp", "advcl", "pcomp", "dobj"):
        return False
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.tag_ in ("WP", "WDT"):
                return True
            return any(g.dep_ == "det" and g.tag_ == "WDT" for g in c.children)  # "which side"
    return False


def _place_is_located(tok: Any, place_toks: list[tuple[PlaceMention, Any]]) -> bool:
    """Whether a distance at ``tok`` ("a few kilometres from …") is the predicate of a
    place: "X is/lies N km from the front" says where X is, not that anyone advances."""
    cur = tok
    while cur.dep_ in ("nummod", "quantmod", "amod", "advmod", "npadvmod") and cur.head.i != cur.i:
        cur = cur.head  # from the number up to "kilometres"
    if cur.dep_ not in ("attr", "npadvmod", "acomp") or cur.head.lemma_.lower() not in (
        "be",
        "lie",
        "sit",
        "stand",
        "remain",
    ):
        return False
    subj = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(t is not None and t.i == subj.i for _p, t in place_toks)


# People who come and go without holding ground: their leaving or entering is no claim.
_CIVILIAN_LEMMAS = frozenset(
    "resident inhabitant civilian villager townspeople people person family household "
    "refugee evacuee pensioner child woman local dweller citizen".split()
)


def _civilian_subject(tok: Any) -> bool:
    """Whether the one who leaves or enters at ``tok`` is named as civilians ("nine
    residents who refused to leave X", "families have returned to X"): the subject
    of the verb, of the verb it completes ("refused to leave"), or the noun a
    relative "who" stands for."""
    cur = tok
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.tag_ in ("WP", "WDT") and _clause_head(cur).dep_ == "relcl":
                subj = _clause_head(cur).head  # "residents who …"
            return subj.lemma_.lower() in _CIVILIAN_LEMMAS
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# Subjects of "entered" that are events, not forces ("the battle entered its third month").
_EVENT_SUBJECTS = frozenset(
    {
        "battle",
        "fight",
        "fighting",
        "war",
        "offensive",
        "conflict",
        "campaign",
        "siege",
        "operation",
        "assault",
        "talks",
        "phase",
        "stage",
        "crisis",
        "struggle",
        "defence",
        "defense",
        "counteroffensive",
        "standoff",
    }
)


def _force_object(tok: Any) -> bool:
    """An encircling verb whose object is a force ("encircled thousands of Russian
    troops", "blocked the Ukrainian units") rather than a place."""
    if tok.pos_ != "VERB":
        return False
    for c in tok.children:
        if c.dep_ != "dobj":
            continue
        heads = [c, *(g for p in c.children if p.dep_ == "prep" for g in p.children)]
        if any(h.lemma_.lower() in FORCE_LEMMAS for h in heads):
            return True
    return False


def _trying_since(tok: Any) -> bool:
    """ "have been trying to take X (since October)": a "try/attempt" in the perfect
    progressive, or with a "since" phrase, governing the capture verb."""
    head = tok.head if tok.dep_ == "xcomp" else None
    if head is None or head.lemma_.lower() not in ("try", "attempt", "seek", "struggle"):
        return False
    kids = list(head.children)
    progressive = any(c.dep_ == "aux" and c.lower_ == "been" for c in kids)
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in [*kids, *tok.children])
    return progressive or since


_TIME_PREPS = frozenset({"since", "after", "before", "following", "until", "till"})


def _in_time_phrase(place_tok: Any, trigger: Any) -> bool:
    """Whether the place token sits in a time phrase ("since the fall of Y") that
    does not hold the trigger itself."""
    cur = place_tok
    for _ in range(6):
        if cur.head.i == cur.i or cur.i == trigger.i:
            return False
        cur = cur.head
        if cur.i == trigger.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ in _TIME_PREPS:
            return trigger not in cur.subtree
    return False


def _no_longer(tok: Any) -> bool:
    """ "not ... anymore", "not ... any longer" on the trigger's clause.  ("no longer
    hold X" stays a negated state: tests/test_claims_patterns.py pins that reading.)"""
    for node in [tok, *modality.governors(tok)[:3]]:
        for c in node.children:
            if c.lower_ == "anymore" or (
                c.lower_ == "longer" and any(g.lower_ == "any" for g in c.children)
            ):
                return True
            if c.lower_ == "longer" and c.i > 0 and c.doc[c.i - 1].lower_ == "any":
                return True
    return False


def _own_nominal_actor(tok: Any, profile: Any) -> tuple[str | None, str]:
    """The side a claim noun names itself: "the Russian capture", "capture by Russian units"."""
    for c in tok.children:
        cands = [c] if c.dep_ in ("poss", "amod", "compound") else []
        if c.dep_ in ("agent", "prep") and c.lower_ == "by":
            cands = [g for g in c.children if g.dep_ == "pobj"]
        for g in cands:
            side, _own, _enemy = _side_of_token(g, profile)
            if side:
                return side, "parse"
    return None, "none"


_CAPTURE_CONTROL_VERBS = frozenset(
    {"take", "seize", "gain", "regain", "establish", "assume", "retake", "win", "bring", "put"}
)


def _drop_shadowed(sent: Any, anchored: dict[int, tuple[Trigger, re.Match[str]]]) -> None:
    """ "took control of X" is a capture: its "control" is no separate state claim."""
    for i, (trig, _m) in list(anchored.items()):
        tok = sent[i]
        if trig.type is ClaimType.CONTROLS and any(
            t.type in (ClaimType.CAPTURED, ClaimType.WITHDREW) and om.start() < tok.idx < om.end()
            for j, (t, om) in anchored.items()
            if j != i
        ):
            del anchored[i]  # "returned to Ukrainian control": the state is the capture's end
            continue
        if trig.type is ClaimType.CONTROLS and tok.lemma_.lower() == "control":
            head = tok.head if tok.dep_ in ("dobj", "pobj", "nsubjpass") else None
            if head is not None and head.dep_ == "prep":
                head = head.head
            if head is not None and head.lemma_.lower() in _CAPTURE_CONTROL_VERBS:
                del anchored[i]
                if head.i not in anchored:
                    cap = next(t for t in EN_TRIGGERS if t.type is ClaimType.CAPTURED)
                    m = re.match(r"\w+", sent.text[head.idx :])
                    if m is not None:
                        fake = re.compile(re.escape(m.group(0))).search(sent.text, head.idx)
                        if fake is not None:
                            anchored[head.i] = (Trigger(ClaimType.CAPTURED, cap.pattern), fake)
        # "was occupied", "they occupied it": a capture; "occupied X" stays a state.
        if (
            trig.type is ClaimType.CONTROLS
            and tok.lemma_.lower() == "occupy"
            and tok.pos_ == "VERB"
            # the present "they now occupy X" is the state itself
            and tok.tag_ not in ("VBP", "VBZ", "VBG")
            and not _state_span(tok)
            and not prenominal_occupied(tok)
            and (
                any(c.dep_ == "dobj" for c in tok.children)
                or any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in tok.children)
            )
        ):
            anchored[i] = (Trigger(ClaimType.CAPTURED, trig.pattern), anchored[i][1])
        # "freed from occupation": the state is what the capture ended, no claim of its own.
        if trig.type is ClaimType.CONTROLS and tok.dep_ == "pobj" and tok.head.lower_ == "from":
            cap = anchored.get(tok.head.head.i)
            if cap is not None and cap[0].type is ClaimType.CAPTURED:
                del anchored[i]
                continue
        # "close to encircling": the nearness qualifies another trigger, it is no advance.
        if trig.type is ClaimType.ADVANCING and tok.lower_ == "close":
            nxt = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
            if nxt is not None and nxt.tag_ == "VBG":
                del anchored[i]


# Words before "occupied X" that make it a verb with a subject: "forces occupied X",
# "had occupied X", "and occupied X".
_OCCUPY_AUX_LEMMAS = frozenset({"be", "have", "do", "get"})


def prenominal_occupied(tok: Any) -> bool:
    """ "occupied" as the adjective before a name, which the parser can read as a verb:
    "in occupied Melitopol", "struck occupied Melitopol" (an attack on a held town, no
    capture).  The word right before it is a preposition or another verb, not a subject
    or an auxiliary of "occupied" itself."""
    if tok.lower_ != "occupied" or tok.i == tok.sent.start or tok.i + 1 >= len(tok.doc):
        return False
    nxt, prev = tok.doc[tok.i + 1], tok.doc[tok.i - 1]
    if nxt.pos_ != "PROPN":
        return False
    if prev.pos_ == "ADP":
        return True
    return prev.pos_ in ("VERB", "AUX") and prev.lemma_.lower() not in _OCCUPY_AUX_LEMMAS


def _state_span(verb: Any) -> bool:
    """ "occupied X from May until October", "… since 2014": a period of holding, not a seizure."""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if preps & {"since", "until", "till", "throughout"}:
        return True
    if any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.lemma_.lower() in ("day", "week", "month", "year") for g in c.children)
        for c in verb.children
    ):
        return True  # "had occupied it for months": a period of holding
    return "from" in preps and any(t.lower_ in ("until", "till") for t in verb.subtree)


def _side_words(sent: Any, profile: Any, text: str | None = None) -> list[tuple[int, str]]:
    """Token positions of words that name a side ("Russian", "Ukraine's", "ЗСУ");
    ``text`` is ``sent.text`` when the caller has it."""
    out: list[tuple[int, str]] = []
    for m in _CAPITALISED.finditer(sent.text if text is None else text):
        side = attribution.side_of(m.group(0), profile)
        if side and side not in ("neutral", "unknown"):
            tok = _token_at(sent, m.start())
            if tok is not None and tok.pos_ in ("ADJ", "PROPN", "NOUN"):
                out.append((tok.i, side))
    return out


# Capitalised words (side names are proper names or their adjectives); cheap to scan.
_CAPITALISED = re.compile(r"\b[A-ZА-ЯЁІЇЄҐ][\w'’-]*")


def _nearest_side(tok: Any, side_words: list[tuple[int, str]]) -> str | None:
    if not side_words:
        return None
    # Side words before the trigger (the usual subject position) count double distance after it.
    best = min(
        side_words, key=lambda sw: (tok.i - sw[0]) if sw[0] <= tok.i else (sw[0] - tok.i) * 2
    )
    return best[1]


_SPEAKER_NOUNS = frozenset(
    {
        "source",
        "official",
        "authority",
        "government",
        "military",
        "command",
        "spokesman",
        "spokesperson",
        "leadership",
        "administration",
        "media",
    }
)


def _names_a_speaker(t: Any) -> bool:
    """A place name standing for its government or people: "Kyiv said", "Moscow's claim",
    "Kyiv sources"."""
    from claimline.nlp.claim_lexicon import CLAIM_NOUNS, DENY_LEMMAS, REPORT_LEMMAS

    head = t.head
    if t.dep_ == "nsubj" and head.lemma_.lower() in REPORT_LEMMAS | DENY_LEMMAS:
        return True
    if t.dep_ == "poss" and head.lemma_.lower() in CLAIM_NOUNS:
        return True
    if head.lower_ == "based" and t.i < head.i:
        return True  # "a Washington-based think tank" locates an institution
    if t.dep_ == "compound" and head.lemma_.lower() in NOT_PLACE_HEADS:
        return True  # "Kyiv time" is a clock, "the X reservoir" a lake: not a place of fighting
    return t.dep_ == "compound" and head.lemma_.lower() in _SPEAKER_NOUNS


def _is_actor_place(p: PlaceMention, tok: Any, offset: int, sent: Any) -> bool:
    """A place name used as an actor: "Moscow's control", "Kyiv said", "Kyiv's forces"."""
    root = _mention_root(sent, p.start - offset, p.end - offset)
    if root is None:
        return False
    if root.dep_ == "poss" and root.head.i == tok.i:
        # "Kherson's capture", "Avdiivka's fall": the possessor of an event noun with no
        # "of" object is the place the event happened to, not its actor.
        return not (
            tok.lemma_.lower() in _EVENT_NOUNS
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        )
    if root.dep_ == "poss" and root.head.lemma_.lower() in FORCE_LEMMAS:
        return True
    return root.dep_ == "nsubj" and root.head.i == tok.i and trig_is_agentive(tok)


# Nouns of a change of hands whose possessor can be the place ("Lyman's liberation").
_EVENT_NOUNS = frozenset(
    {
        "capture",
        "recapture",
        "seizure",
        "fall",
        "liberation",
        "encirclement",
        "blockade",
        "surrender",
        "occupation",
        "loss",
    }
)


def trig_is_agentive(tok: Any) -> bool:
    """A verb whose subject acts on an object ("Kyiv took X"); a town that
    "withstood" or "resisted" an assault is the place defended, not an actor."""
    if tok.lemma_.lower() in _DEFENDED_SUBJECT_LEMMAS:
        return False
    return tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children)


_DEFENDED_SUBJECT_LEMMAS = frozenset({"withstand", "resist"})


def _extent(text: str, place_start: int, trig: Trigger) -> str | None:
    before = text[max(0, place_start - 60) : place_start]
    m = _EXTENT_RX.search(before)
    if m:
        return m.group("e").strip()
    if trig.type is ClaimType.CONTROLS:
        if _PARTIAL_RX.search(text):
            return "partial"
    return None
