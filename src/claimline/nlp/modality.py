"""How firmly a claim is made: negation, hedging, intention, condition, background.

Every test is scoped to the trigger: a negation counts only when it hangs on
the trigger or on a verb that governs it inside the same report ("failed to
enter", "did not succeed in reaching", "never had complete control"), so a
stray "not" elsewhere in the sentence never flips a claim.  The English
functions work on spaCy tokens; the ``*_text`` variants serve the lexical
(Russian/Ukrainian) path and look at a window of words before the trigger.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from claimline.model import Modality, TimeInterval
from claimline.nlp.claim_lexicon import (
    CLAIM_NOUNS,
    CONDITION_MARKS,
    HEDGE_RX,
    INTENT_LEMMAS,
    PREDICT_LEMMAS,
    REPORT_LEMMAS,
)
from claimline.nlp.rx_screen import Screened

# Verbs whose negation carries onto their complement: "failed to enter".
_NEGATIVE_GOVERNORS = frozenset({"fail", "refuse", "unable", "manage", "succeed", "able"})
_FAILURE = frozenset({"fail", "unable", "refuse"})
_NEG_WORDS = frozenset({"not", "n't", "n’t", "never", "no", "neither", "nor", "nowhere", "без"})
# Quantifiers on the subject that negate the clause: "no units are surrounded".
_NEG_DETS = frozenset({"no", "none", "neither"})

_SCOPE_STOP_PREPS = frozenset(
    {"since", "after", "before", "during", "until", "despite", "following"}
)
_FUTURE_ADJS = frozenset(
    {
        "eventual",
        "future",
        "possible",
        "potential",
        "imminent",
        "planned",
        "expected",
        "impending",
        "likely",
        "prospective",
    }
)

# Clause boundaries for scope: a negation above them belongs to another clause.
# An appositive describes its noun as a fact: "push towards X, one of the last
# towns still under Ukrainian control" states the control, it intends nothing.
_BOUNDARY_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "acl", "csubj", "appos"})


def governors(tok: Any) -> list[Any]:
    """The trigger's heads up to (not past) the first reporting verb or claim noun."""
    out: list[Any] = []
    cur = tok
    while cur.head.i != cur.i:
        dep = cur.dep_
        cur = cur.head
        if cur.lemma_.lower() in REPORT_LEMMAS and cur.pos_ in ("VERB", "AUX"):
            break
        if cur.lemma_.lower() in CLAIM_NOUNS and cur.pos_ == "NOUN":
            break
        out.append(cur)
        if dep in _BOUNDARY_DEPS and dep != "acl":
            break
    return out


def is_negated(tok: Any) -> bool:
    """Whether the claim at trigger ``tok`` is negated within its own clause."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True  # "there is no encirclement of X", "no withdrawal from X took place"
    chain = [tok, *_scope_chain(tok)]
    for node in chain:
        for child in node.children:
            low = child.lower_
            nxt = child.doc[child.i + 1].lower_ if child.i + 1 < len(child.doc) else ""
            if nxt == "only" or (low == "not" and nxt in ("just", "merely")):
                continue  # "not only", "not just": no negation of the claim
            if child.dep_ == "neg" or (
                child.dep_ in ("advmod", "preconj", "cc") and low in _NEG_WORDS
            ):
                if child.dep_ == "cc" and low != "nor":
                    continue
                return True
            if (
                child.dep_ == "advmod"
                and child.lower_ in ("longer", "more")
                and any(g.lower_ == "no" for g in child.children)
            ):
                return True  # "no longer hold"
            if child.dep_ in ("nsubj", "nsubjpass", "expl") and _subject_negated(child):
                return True
        if node.i != tok.i and node.lemma_.lower() in _FAILURE:
            return True
    if _without_evidence(tok):
        return True
    # A sentence opening with "Nor ..." negates its clause.
    first = tok.sent[0] if tok.sent is not None else None
    return bool(first is not None and first.lower_ == "nor")


# Nouns whose "that"-clause is the content: "no evidence that X fell", "no sign that ...".
# ("no confirmation" is distance, a hedge, not a denial.)
_EVIDENCE_NOUNS = frozenset({"evidence", "sign", "indication", "proof", "trace", "suggestion"})


def _without_evidence(tok: Any) -> bool:
    """A claim in the "that"-clause of an evidence noun that is denied: "there is no
    (visual) evidence that X controlled ...", "found no sign that ...", "did not see any
    indication that ..." — the writer denies the content, as the guideline codes it."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ in ("relcl", "advcl", "parataxis"):
            return False
        if cur.dep_ in ("acl", "ccomp") and cur.head.lemma_.lower() in _EVIDENCE_NOUNS:
            noun = cur.head
            if any(c.dep_ == "det" and c.lower_ in _NEG_DETS for c in noun.children):
                return True
            return noun.dep_ in ("dobj", "attr") and any(
                c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
                for c in noun.head.children
            )
        if cur.dep_ in ("acl", "ccomp"):
            return False  # another clause's complement: "said that ..."
        cur = cur.head
    return False


def _scope_chain(tok: Any) -> list[Any]:
    """Heads that share the trigger's clause (xcomp/aux chains, copulas, nouns)."""
    out: list[Any] = []
    cur = tok
    while (
        cur.head.i != cur.i
        and not (cur.dep_ == "prep" and cur.lower_ in _SCOPE_STOP_PREPS)
        and cur.dep_
        in (
            "xcomp",
            "pobj",
            "prep",
            "dobj",
            "attr",
            "acomp",
            "amod",
            "compound",
            "conj",
            "pcomp",
            "oprd",
            "nsubjpass",
            "nsubj",
            "advcl",
        )
    ):
        if cur.dep_ == "advcl":
            break
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX"):
            break  # a coordinated verb is its own claim
        cur = cur.head
        out.append(cur)
        if cur.lemma_.lower() in REPORT_LEMMAS:
            out.pop()
            break
    return out


def _subject_negated(subj: Any) -> bool:
    for t in subj.subtree:
        if t.dep_ == "det" and t.lower_ in _NEG_DETS:
            return True
        if (
            t.lower_ == "not"
            and t.i + 1 < len(t.doc)
            and t.doc[t.i + 1].lower_ in ("one", "a", "a single")
        ):
            return True
    return False


_TIME_ANCHOR_PREPS = frozenset({"since", "after", "before", "until"})


def modality_of(tok: Any) -> Modality | None:
    """Intended, predicted or conditional when a governor of ``tok`` says so.

    Returns ``None`` for a claim stated as fact (the caller then chooses
    between asserted, reported and background).
    """
    chain = [tok, *governors(tok)]
    for k, node in enumerate(chain):
        if node.dep_ == "pobj" and node.head.lower_ in _TIME_ANCHOR_PREPS and k < len(chain) - 1:
            # "its biggest gain since the fall of X": a past event that dates another
            # one; the plans and orders above it are not about it
            chain = chain[: k + 1]
            break
    for node in chain:
        for child in node.children:
            low = child.lower_
            if child.dep_ == "mark" and low in CONDITION_MARKS:
                return Modality.CONDITIONAL
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in child.children
            ):
                return Modality.CONDITIONAL  # "if the command decides, they will withdraw"
            if child.dep_ == "aux" and low in ("will", "shall", "'ll", "wo"):
                return (
                    Modality.PREDICTED
                    if node.i != tok.i or not _first_person(node)
                    else Modality.INTENDED
                )
            if child.dep_ == "aux" and low in ("would", "could", "might", "may"):
                return Modality.PREDICTED
        lemma = node.lemma_.lower()
        if any(c.dep_ == "amod" and c.lower_ in _FUTURE_ADJS for c in node.children):
            return Modality.PREDICTED  # "the eventual liberation of X"
        if node.i == tok.i:
            # "to take" as a purpose clause: "in order to take", "efforts to enter".
            cur = tok
            while cur.dep_ == "conj" and cur.head.i != cur.i:
                cur = cur.head  # "to locate, eliminate and drive out": the first verb has the "to"
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) and _purpose(cur):
                return Modality.INTENDED
            continue
        if lemma in INTENT_LEMMAS and lemma not in _NEGATIVE_GOVERNORS and not _moved(node):
            return Modality.INTENDED
        if lemma in PREDICT_LEMMAS:
            return Modality.PREDICTED
    return None


# Verbs and nouns of a command that, in the past tense, report the move as made.
_ORDER_LEMMAS = frozenset(
    {"order", "authorise", "authorize", "decide", "decision", "command", "approve", "instruct"}
)


def ordered_in_past(tok: Any) -> bool:
    """Whether ``tok`` hangs under an order given in the past: "had ordered the
    garrison to retreat", "authorised its brigades to leave X", "a decision was made
    to pull the battalions back" — a withdrawal reported as ordered is reported as made."""
    for node in governors(tok)[:4]:
        if node.lemma_.lower() not in _ORDER_LEMMAS:
            if node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in _ORDER_LEMMAS
                for c in node.children
            ):
                # "a decision was made to pull back", "gave the order to pull out"
                return node.tag_ in ("VBD", "VBN") and not any(
                    c.dep_ == "neg" for c in node.children
                )
            continue
        if node.pos_ in ("VERB", "AUX"):
            return node.tag_ in ("VBD", "VBN") and not any(c.dep_ == "neg" for c in node.children)
        verb = node.head  # "a decision was taken", "gave the order"
        return verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "neg" for c in verb.children)
    return False


def _moved(node: Any) -> bool:
    """ "pushed to within 5 km of X", "drove into X": the verb of a push or drive
    as a movement made, not an intention (which has a clause: "pushing to take X")."""
    return (
        node.lemma_.lower() in ("push", "drive")
        and node.pos_ == "VERB"
        and not any(c.dep_ in ("xcomp", "ccomp") for c in node.children)
    )


def _first_person(tok: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("we", "i") for c in tok.children)


def _purpose(tok: Any) -> bool:
    head = tok.head
    if tok.dep_ in ("advcl", "acl"):
        return True
    if tok.dep_ == "xcomp" and head.lemma_.lower() in INTENT_LEMMAS | PREDICT_LEMMAS:
        return True
    return tok.dep_ == "xcomp" and head.lemma_.lower() not in _NEGATIVE_GOVERNORS | {
        "continue",
        "begin",
        "start",
        "claim",
        "say",
        "appear",
        "seem",
    }


_HEDGE_SCREENED = Screened(HEDGE_RX)


def is_hedged(tok: Any, sentence_text: str) -> bool:
    """Whether the claim is framed with distance or uncertainty.

    A hedge word anywhere in the sentence counts, except ``claim``, which
    hedges only the report it heads ("X claimed to have taken").
    """
    for m in _HEDGE_SCREENED.finditer(sentence_text):
        word = m.group(0).lower()
        if word.startswith("claim"):
            if _claim_governs(tok):
                return True
            continue
        return True
    return False


def _claim_governs(tok: Any) -> bool:
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.lemma_.lower() in ("claim", "allege", "boast"):
            return True
        if cur.lemma_.lower() in REPORT_LEMMAS:
            return False
    return False


_PAST_PERFECT_RX = re.compile(r"\bhad\s+(?:been\s+)?\w+(?:ed|en|wn|ld|ught|ken)\b", re.IGNORECASE)


def is_background(
    tok: Any | None, time: TimeInterval | None, published: date | None, clause_text: str = ""
) -> bool:
    """An earlier phase given as context rather than news.

    True when the claim's interval ends well before publication (more than
    two months), or when the clause is a state in the past perfect ("had been
    controlled since February").
    """
    if time is not None and published is not None and time.end is not None:
        if time.end < published - timedelta(days=60):
            return True
    if tok is not None:
        auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if "had" in auxes and ("been" in auxes or tok.tag_ == "VBN") and _is_state(tok):
            return True
    return False


def _is_state(tok: Any) -> bool:
    return tok.lemma_.lower() in ("control", "hold", "occupy")


# -- lexical variants (Russian, Ukrainian) -----------------------------------

_CYR_NEG_RX = re.compile(r"\b(?:не|ни|ні|нет|немає|нема)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CYR_INTENT_RX = re.compile(
    r"\b(?:план\w*|намер\w*|нама\w*|стрем\w*|хот\w*|хоч\w*|пыта\w*|намага\w*|попыт\w*|"
    r"спроб\w*|цель|ціль|мет\w*|чтобы|щоб|будут|будуть|буде|будет|собира\w*|збира\w*|"
    r"может|можуть|могут|може|угроз\w*|загроз\w*|избежа\w*|уникн\w*|поручил\w*|приказал\w*|"
    r"распорядил\w*|наказав\w*|доручив\w*|распоряжени\w*|розпорядж\w*)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_CYR_COND_RX = re.compile(r"\b(?:если|якщо|коли\s+б|если\s+бы)\b", re.IGNORECASE)


def is_negated_text(before: str) -> bool:
    """A negation word right before a Cyrillic trigger ("не взяли", "не оточені")."""
    return bool(_CYR_NEG_RX.search(before))


def modality_text(before: str) -> Modality | None:
    """Intention/forecast or condition from the words before a Cyrillic trigger."""
    if _CYR_COND_RX.search(before):
        return Modality.CONDITIONAL
    if _CYR_INTENT_RX.search(before):
        return Modality.INTENDED
    return None


def is_hedged_text(sentence_text: str) -> bool:
    return bool(HEDGE_RX.search(sentence_text))
