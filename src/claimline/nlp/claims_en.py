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
    EN_TRIGGERS,
    FORCE_LEMMAS,
    INTENT_LEMMAS,
    Trigger,
)

# Dependents that open another clause: their places belong to other claims.
_SUBCLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"})
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
    anchored: dict[int, tuple[Trigger, re.Match[str]]] = {}
    for trig in EN_TRIGGERS:
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
            continue  # "fighting is still going on inside X" is the contest, not an entry
        if (
            trig.type is ClaimType.ADVANCING
            and tok.lower_ in ("on", "at")
            and any(
                anchored[j][0].type is ClaimType.ENTERED and j in (tok.head.i, tok.head.head.i)
                for j in anchored
            )
        ):
            continue  # "a foothold on the northern outskirts of X" is the entry itself
        own_landmark = tok.dep_ in ("amod", "compound") and tok.head.i in landmarks
        targets, how = _places_for(
            tok, trig, place_toks if own_landmark else located, len(anchored) == 1
        )
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
        if not targets and _forces_left(tok, trig):
            # "the town had fallen, … adding that Ukrainian forces had left": troops that
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
            # "The retreat comes a day after Putin annexed four regions, including X": a
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


# "the liberation of X had been completed, as had that of the villages of A and B"
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
    """ "Ukrainian forces had left (with their equipment)": a strict "leave" whose
    subject is a force and which has no object, particle or goal ("left for the
    front", "left behind")."""
    if not (trig.strict and trig.type is ClaimType.WITHDREW and tok.lemma_.lower() == "leave"):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "prt", "xcomp", "ccomp", "attr") for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "to", "toward", "towards", "into") for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in FORCE_LEMMAS


_FIGHT_LEMMAS = frozenset({"go", "fight", "fighting", "continue", "rage", "battle", "clash", "underway"})
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
        # "X, the last Ukrainian stronghold in the area": the noun describes X
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
        # "encircled the Ukrainian grouping in the X and Y area": the parser can read the
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


def _extent(text: str, place_start: int, trig: Trigger) -> str | None:
    before = text[max(0, place_start - 60) : place_start]
    m = _EXTENT_RX.search(before)
    if m:
        return m.group("e").strip()
    if trig.type is ClaimType.CONTROLS:
        if _PARTIAL_RX.search(text):
            return "partial"
    return None
