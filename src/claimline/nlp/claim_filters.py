"""Cheap filters the English claim finder applies to places and claim nouns.

- :func:`is_landmark`: a place that only locates another noun ("a town 17 km
  south-east of X", "Verbove, east of X") is no claim place;
- :data:`NOT_PLACE_HEADS`: a settlement name qualifying a clock, a region, a
  sector or a geographic feature ("Kyiv time", "the X reservoir");
- :func:`nominal_under`: a claim noun that is the object of a verb of a given
  set ("denied the capture of X", "has not confirmed the loss of X");
- :data:`APPOSITIVE_DISTANCE_RX`: a distance that describes a town in an
  apposition ("X, a town 5 km from the border") rather than an advance.

All work on the text or one token's head chain: no per-token loops.
"""

from __future__ import annotations

import re
from typing import Any

from claimline.nlp import attribution
from claimline.nlp.claim_lexicon import DENY_LEMMAS

# Verbs whose negation over a claim noun is silence, not a claim ("did not confirm the loss").
ADMIT_LEMMAS = frozenset(
    {
        "confirm",
        "acknowledge",
        "admit",
        "claim",
        "announce",
        "report",
        "verify",
        "recognise",
        "recognize",
        "comment",
    }
)


def nominal_under(tok: Any, lemmas: frozenset[str], *, negated: bool = False) -> Any:
    """The verb of ``lemmas`` whose object is the claim noun ``tok`` ("denied the
    capture of X"); with ``negated``, only a verb under a negation."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    head = tok.head
    if head.lemma_.lower() not in lemmas or head.pos_ not in ("VERB", "AUX"):
        return None
    if negated and not any(c.dep_ == "neg" for c in head.children):
        return None
    return head


# Verbs of confirming whose negation leaves the clause under them unasserted by
# anyone ("Kyiv did not confirm that the town had been retaken"); "verify"
# stays out: "could not independently verify that ..." hedges a reported claim.
_SILENT_LEMMAS = frozenset({"confirm", "acknowledge", "admit", "recognise", "recognize"})


def silent_complement(tok: Any) -> Any:
    """The negated verb of confirming whose clausal complement holds the
    trigger verb ``tok`` ("did not (immediately) confirm that X had fallen"),
    or None.  Verification language ("independently") keeps the clause: that
    is a journalist's hedge on a claim someone made.  A phrase trigger in a
    copular clause ("has not confirmed that the city is under its control") stands
    for its clause's verb."""
    for _ in range(3):
        if tok.dep_ not in ("prep", "pobj", "attr", "acomp"):
            break
        tok = tok.head
    if tok.dep_ not in ("ccomp", "xcomp"):
        return None
    head = tok.head
    if head.lemma_.lower() not in _SILENT_LEMMAS or head.pos_ not in ("VERB", "AUX"):
        return None
    children = list(head.children)
    if not any(c.dep_ == "neg" for c in children):
        return None
    if any(c.lower_ == "independently" for c in children):
        return None
    return head


NOT_PLACE_HEADS = frozenset(
    {
        "time",
        "oblast",
        "region",
        "direction",
        "reservoir",
        "river",
        "highway",
        "road",
        "railway",
        "dam",
        "canal",
        "bridge",
        "axis",
        # facilities named after a place: "the Antonov airfield", "the Zaporizhzhia
        # nuclear power plant" are not the town
        "airfield",
        "airport",
        "airbase",
        "plant",
        "refinery",
        "factory",
    }
)
# "…, a town 17 km south-east of X", "Verbove, east of X": X only locates the noun before it.
_LANDMARK_RX = re.compile(
    r"(?P<pre>\S+)\s+(?:(?:about|some|roughly|around|nearly|almost|just|only)\s+)?"
    r"(?:(?:\d+(?:[.,]\d+)?|a\s+few|several)\s*(?:km|kilomet(?:re|er)s?|miles?)\s+)?(?:to\s+the\s+)?"
    r"(?:(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:ern)?\s+of|"
    # "a village 30 km upstream from X" locates the village on the river
    r"(?:up|down)stream\s+(?:from|of))\s+"
    r"(?:the\s+\w+\s+of\s+|(?:occupied|embattled|besieged|[\w]+-(?:held|controlled))\s+)?$",
    re.IGNORECASE,
)
_LANDMARK_DISTANCE_RX = re.compile(
    r"(?P<pre>\S+)\s+(?:(?:about|some|roughly|around|nearly|almost)\s+)?"
    r"\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:from|of)\s+$",
    re.IGNORECASE,
)
APPOSITIVE_DISTANCE_RX = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|settlement|hub)\s+"
    # "a mining town of roughly 18,000 residents about 30 km from": a comma in a number
    r"(?:(?:of\s+)?(?:[^,]|,(?=\d)){0,40}?\s+)?(?:(?:about|some|roughly|around|just|only)\s+)?$",
    re.IGNORECASE,
)
# "the town, which sits some 8 km from the frontier": where a place is, not an advance
LOCATED_DISTANCE_RX = re.compile(
    r"\b(?:lies|lie|lay|lying|located|situated|sits|sit|sitting|stands|standing)\s+"
    r"(?:(?:about|some|roughly|around|just|only|nearly|barely|approximately)\s+)?$",
    re.IGNORECASE,
)
_LANDMARK_NOUN_RX = re.compile(
    # plurals too: "A and B, the small towns north-west of X"
    r"(?:towns?|city|cities|villages?|settlements?|hubs?|residents|people|inhabitants|"
    r"population|communit(?:y|ies))$",
    re.IGNORECASE,
)


_LANDMARK_LAST = frozenset({"of", "from", "occupied", "embattled", "besieged"})


def is_landmark(t: Any, doc_text: str | None = None) -> bool:
    """A place that only locates another noun: "a town 17 km south-east of X",
    "Verbove, east of X", "a village 5 km from X".  A verb's own distance phrase
    ("advanced to within 5 km of X", "are now 3 km east of X") is kept.

    ``doc_text`` is ``t.doc.text`` when the caller has it: spaCy rebuilds that
    string on every access."""
    text = t.doc.text if doc_text is None else doc_text
    before = text[max(0, t.idx - 90) : t.idx]
    # Both patterns end in whitespace after one of these words; most places
    # fail this test, which spares the two end-anchored searches.
    if not before[-1:].isspace():
        return False
    words = before.split()
    last = words[-1].lower() if words else ""
    if last not in _LANDMARK_LAST and not last.endswith(("-held", "-controlled")):
        return False
    m = _LANDMARK_RX.search(before) or _LANDMARK_DISTANCE_RX.search(before)
    if m is None:
        return False
    pre = m.group("pre")
    # "X, now in ruins and just 5 km west of Y": the description goes on after "and"
    return (
        pre.endswith(",") or pre.lower() == "and" or bool(_LANDMARK_NOUN_RX.search(pre.rstrip(",")))
    )


# A name that only qualifies a sector or locates another place: "the X direction",
# "a town south-east of X", "10 km from X".
_SECTOR_AFTER_RX = re.compile(r"\s+(?:direction|sector|axis|front)\b", re.IGNORECASE)
_LOCATOR_BEFORE_RX = re.compile(
    r"(?:\b(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:ern)?\s+of|"
    r"\b(?:km|kilomet(?:re|er)s?|miles?)\s+(?:from|of)|"
    r"\b(?:road|highway|motorway|route|railway|rail\s+line)\s+(?:(?:north|south|east|west)\w*\s+)?"
    r"(?:to|toward|towards|from|linking\s+\w+\s+(?:to|and|with)))\s+$",
    re.IGNORECASE,
)


# A name inside a time phrase ("since the fall of X", "после падения X") dates the
# story; "the town" after it is about the story's own town.
_TIME_ANCHOR_BEFORE_RX = re.compile(
    r"(?:\b(?:since|after|before|following|until|ahead\s+of)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:fall|capture|loss|liberation|seizure|recapture|occupation|withdrawal\s+from)\s+of|"
    r"(?:после|с\s+момента|со\s+времени|до|після|з\s+часу|від\s+часу)\s+"
    r"(?:падения|захвата|взятия|освобождения|оккупации|падіння|захоплення|звільнення|окупації))"
    r"\s+$",
    re.IGNORECASE,
)


def locator_only(text: str, start: int, end: int) -> bool:
    """Whether the place name at ``text[start:end]`` only names a front sector,
    locates another place or dates the story ("since the fall of X"), so that
    "the town" in a later sentence is not about it."""
    if _SECTOR_AFTER_RX.match(text, end, end + 12):
        return True
    if _TIME_ANCHOR_BEFORE_RX.search(text, max(0, start - 50), start):
        return True
    return bool(_LOCATOR_BEFORE_RX.search(text, max(0, start - 30), start))


FALSE_AMODS = frozenset(
    {"false", "fake", "baseless", "groundless", "untrue", "bogus", "fabricated"}
)


# Verbs with which a denier goes on in its own voice ("…, saying that …").
_COUNTER_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "write",
        "add",
        "insist",
        "stress",
        "note",
        "explain",
        "argue",
        "state",
        "maintain",
        "assert",
    }
)


def _denier_of(claim_noun: Any) -> str | None:
    """The subject of a denying relative clause on ``claim_noun`` ("a claim Kyiv
    dismissed": "Kyiv"; "" when it has none), or None when no such clause."""
    for rel in claim_noun.children:
        if rel.dep_ in ("relcl", "acl") and rel.lemma_.lower() in DENY_LEMMAS:
            if any(g.dep_ == "neg" for g in rel.children):
                return None  # "a claim Kyiv did not dispute" is no denial
            subj = next((g for g in rel.children if g.dep_ == "nsubj"), None)
            return attribution._span_text(subj) if subj is not None else ""
    return None


def _trailing_denied_claim(verb: Any, tok: Any) -> str | None:
    """ "…, a claim Kyiv dismissed": a claim noun after the trigger, hanging on a verb
    above it, whose relative clause is a denial; the denier's phrase, else None."""
    from claimline.nlp.claim_lexicon import CLAIM_NOUNS

    for c in verb.children:
        if c.i > tok.i and c.lemma_.lower() in DENY_LEMMAS and c.pos_ == "VERB":
            # the parser can read "…, a claim Kyiv rejected" as a clause of its own
            # with two subjects: the claim noun and the denier
            subjects = [g for g in c.children if g.dep_ == "nsubj"]
            if any(g.lemma_.lower() in CLAIM_NOUNS for g in subjects) and not any(
                g.dep_ == "neg" for g in c.children
            ):
                others = [g for g in subjects if g.lemma_.lower() not in CLAIM_NOUNS]
                return attribution._span_text(others[0]) if others else ""
        if c.i <= tok.i or c.lemma_.lower() not in CLAIM_NOUNS:
            continue
        if c.dep_ not in ("dobj", "appos", "npadvmod", "attr", "conj", "ccomp"):
            continue
        denier = _denier_of(c)
        if denier is not None:
            return denier
    return None


def _appended_denial(tok: Any) -> str | None:
    """ "captured X, a claim Kyiv dismissed", "the capture of X, a claim Kyiv
    rejected": a claim noun in apposition inside the trigger's own phrase whose
    relative clause denies it; the denier's phrase, else None."""
    from claimline.nlp.claim_lexicon import CLAIM_NOUNS

    args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    args += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # the claim noun may hang on the name in the argument's phrase ("captured the
    # village of X in the Y region, a claim Kyiv rejected"): follow "of" down, no
    # other phrase ("held back advances near X, a city Moscow claimed to have taken
    # — a claim Kyiv denies" denies the taking, not the holding back)
    stack, seen = list(args), {a.i for a in args}
    while stack:
        noun = stack.pop()
        for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for g in p.children:
                if g.dep_ == "pobj" and g.i not in seen:
                    seen.add(g.i)
                    args.append(g)
                    stack.append(g)
    for c in (a for arg in [tok, *args] for a in arg.children):
        if c.i <= tok.i or c.dep_ != "appos" or c.lemma_.lower() not in CLAIM_NOUNS:
            continue
        denier = _denier_of(c)
        if denier is not None:
            return denier
    return None


def denial_above(tok: Any) -> tuple[str | None, bool]:
    """A denier that governs the trigger ("Kyiv rejected the claim that…"), and
    whether the claim noun is marked false by the writer ("false claims that…")."""
    false_claim = False
    denier = _appended_denial(tok)
    if denier is not None:
        return denier, false_claim
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            denier = _trailing_denied_claim(cur, tok)
            if denier is not None:
                return denier, false_claim
        if cur.lemma_.lower() in _COUNTER_LEMMAS and cur.pos_ == "VERB" and cur.dep_ != "acl":
            # "rejected the report, adding that X was never lost": what the
            # denier says in its own voice is its counter-claim, not the claim denied
            # ("reports saying X fell": a noun's content is still what is denied)
            return None, false_claim
        if cur.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in FALSE_AMODS for c in cur.children
        ):
            false_claim = True
        if cur.lemma_.lower() in DENY_LEMMAS and cur.pos_ in ("VERB", "AUX"):
            for c in cur.children:
                if c.dep_ == "nsubj":
                    return attribution._span_text(c), false_claim
            return "", false_claim
    return None, false_claim


def sentence_denials(sent: Any, offset: int) -> list[tuple[int, str]]:
    """Denial verbs in ``sent`` with their subject phrase: ``(doc offset, phrase)``."""
    out: list[tuple[int, str]] = []
    for tok in sent:
        if tok.lemma_.lower() in DENY_LEMMAS and tok.pos_ in ("VERB",):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None and tok.dep_ == "relcl":
                subj = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
            if subj is not None:
                out.append((offset + tok.idx, attribution._span_text(subj)))
    return out


__all__ = [
    "FALSE_AMODS",
    "locator_only",
    "denial_above",
    "sentence_denials",
    "ADMIT_LEMMAS",
    "APPOSITIVE_DISTANCE_RX",
    "LOCATED_DISTANCE_RX",
    "NOT_PLACE_HEADS",
    "is_landmark",
    "nominal_under",
]
