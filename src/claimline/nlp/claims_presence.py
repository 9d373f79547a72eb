"""Presence claims without a verb of entry: "Ukrainian troops are (still) in X".

A copula with a force noun as subject ("troops", "units", "we") and an "in"
or "inside" phrase naming a settlement is an ``entered`` claim (presence
without a claim of full control); "in control of", "in position" are not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimline.model import ClaimType, PlaceKind, PlaceMention
from claimline.nlp import attribution, modality
from claimline.nlp.claim_lexicon import FORCE_LEMMAS
from claimline.nlp.claims_en import Finding, _mention_root, _side_of_token


def presence_findings(
    sent: Any, offset: int, places: Sequence[PlaceMention], profile: Any = None
) -> list[Finding]:
    """ "Ukrainian troops are (still) in X": a presence claim without a verb of entry."""
    out: list[Finding] = []
    place_toks = [(p, _mention_root(sent, p.start - offset, p.end - offset)) for p in places]
    for tok in sent:
        if tok.lemma_ != "be" or tok.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        prep = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")), None
        )
        existential = subj is None and any(c.dep_ == "expl" for c in tok.children)
        if existential:
            # "there are (no) Russian troops (left) in X", "there is not a single
            # Ukrainian soldier in X": the noun after the copula is the one present
            subj = next((c for c in tok.children if c.dep_ == "attr"), None)
            if subj is not None and prep is None:
                prep = _in_phrase(subj)
        if subj is None or prep is None or subj.lemma_.lower() not in FORCE_LEMMAS:
            continue
        if any(
            g.lemma_.lower() in ("control", "charge", "position", "talks") for g in prep.children
        ):
            continue  # "in control of", "in position": not a presence in the town
        sub = {t.i for t in prep.subtree}
        for p, t in place_toks:
            if t is None or t.i not in sub or p.kind not in (PlaceKind.SETTLEMENT, PlaceKind.PART):
                continue
            side, own, enemy = _side_of_token(subj, profile)
            out.append(
                Finding(
                    type=ClaimType.ENTERED,
                    place=p,
                    trigger_start=offset + tok.idx,
                    trigger_end=offset + prep.idx + len(prep.text),
                    framing=f"{tok.text} {prep.text}",
                    actor=side,
                    actor_how="parse" if side else "pronoun" if own or enemy else "none",
                    negated=modality.is_negated(tok)
                    or (
                        existential
                        and any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)
                    ),
                    modality=modality.modality_of(tok),
                    hedged=modality.is_hedged(tok, sent.text),
                    own_side=own,
                    enemy=enemy,
                    speaker_phrase=(attribution.parse_speaker(tok) or (None,))[0],
                    token=tok,
                )
            )
    return out


def _in_phrase(noun: Any) -> Any:
    """The "in X" phrase of ``noun``, or of a participle on it ("troops left in X")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "inside"):
            return c
        if c.dep_ == "acl" and c.lemma_.lower() in ("leave", "remain", "station", "deploy"):
            found = next(
                (g for g in c.children if g.dep_ == "prep" and g.lower_ in ("in", "inside")), None
            )
            if found is not None:
                return found
    return None
