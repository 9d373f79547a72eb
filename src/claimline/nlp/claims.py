"""Claim extraction: typed, attributed, hedged, grounded claims of territorial control.

:func:`extract_claims` is the public entry point.  For one document it

1. finds the places (gazetteer mentions, plus "the city"/"the town"/"there"
   resolved to the last named settlement);
2. keeps the sentences that have a place and a control cue, leaving out
   headline-like lines (titles, teasers), and parses only those;
3. finds each trigger's places, actor, negation and modality
   (:mod:`claimline.nlp.claims_en`, or :mod:`claimline.nlp.claims_cyr` for
   Russian and Ukrainian);
4. attributes it (speaker → channel → outlet, :mod:`claimline.nlp.attribution`),
   adds denials (in the sentence, or a rebuttal in the next one), time and a
   confidence.

Documents in other languages yield no claims; :func:`extraction_status` says why.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from claimline.model import (
    Actor,
    Claim,
    ClaimType,
    DateBasis,
    Document,
    Evidence,
    Modality,
    PlaceKind,
    PlaceMention,
    Polarity,
    Precision,
    Side,
    TimeInterval,
)
from claimline.nlp import attribution, modality, parse
from claimline.nlp.claim_filters import locator_only
from claimline.nlp.claim_inference import PRONOUN_DENIERS as _PRONOUN_DENIERS
from claimline.nlp.claim_inference import favours as _favours
from claimline.nlp.claim_inference import inferred_actor as _inferred_actor
from claimline.nlp.claim_inference import neither_side_holds as _neither_side_holds
from claimline.nlp.claim_lexicon import (
    ALL_HEDGE_RX,
    CYR_TRIGGERS,
    EN_TRIGGERS,
    FOLLOW_HEDGE_RX,
    PLACE_REFERENCE_RX,
    REBUTTAL_SENTENCE_RX,
)
from claimline.nlp.claim_places import capitals_of as _capitals
from claimline.nlp.claim_places import names_actor as _names_actor
from claimline.nlp.claim_places import oblast_centre
from claimline.nlp.claim_rebuttals import Rebuttal, applies, opposed, rebuttal_targets
from claimline.nlp.claim_speakers import SpeakerTrack
from claimline.nlp.claims_cyr import find_cyr, is_cyrillic, later_denials
from claimline.nlp.claims_en import (
    Finding,
    find_en,
    other_side,
    sentence_denials,
)
from claimline.nlp.claims_presence import presence_findings
from claimline.nlp.rx_screen import fold, screens

SUPPORTED_LANGUAGES = frozenset({"en", "ru", "uk"})
# Findings that state no fact a later rebuttal could reject.
_UNREAL = (Modality.INTENDED, Modality.PREDICTED, Modality.CONDITIONAL)
_REFERENCE_WINDOW = 2500
_PARTIAL_EXTENT = re.compile(
    r"%|per\s*cent|half|third|quarter|part|most|outskirts|district|neighbou?rhood", re.IGNORECASE
)
# Object pronouns of a sentence without a place name ("Його окупували…"): the last town.
_CYR_PRONOUN_RX = re.compile(r"(?<!\w)(?:його|нього|его|него)(?!\w)", re.IGNORECASE)
_IT_RX = re.compile(
    r"\bit\b", re.IGNORECASE
)  # characters back to look for the settlement "the town" means


def extraction_status(doc: Document) -> str:
    """``"ok"``, or ``"skipped: language X not supported"`` for a document we cannot read."""
    lang = _language(doc)
    if lang not in SUPPORTED_LANGUAGES:
        return f"skipped: language {lang or 'unknown'} not supported"
    return "ok"


def _language(doc: Document) -> str | None:
    lang = (doc.language or "").lower()[:2] or None
    if lang is None:
        return "ru" if is_cyrillic(doc.text) else "en"
    if lang in ("ru", "uk") or lang == "en":
        return lang
    return lang


def extract_claims(
    doc: Document,
    *,
    profile: Any = None,
    places: list[PlaceMention] | None = None,
    nlp: Any = None,
    times: Sequence[Any] | None = None,
) -> list[Claim]:
    """Every claim of territorial control in ``doc.text``, in text order.

    ``places`` defaults to :func:`claimline.nlp.places.find_places` over the
    clean text; ``nlp`` to the shared spaCy pipeline; ``times`` to
    :func:`claimline.nlp.timex.find_times` anchored on ``doc.published``.
    Returns ``[]`` for an unsupported language (see :func:`extraction_status`).
    """
    job = _prepare(doc, profile, places, times)
    if job is None:
        return []
    return _finish(job, parse.parse_many(job.texts, nlp=nlp))


def extract_claims_many(
    docs: Sequence[tuple[Document, Any]], *, nlp: Any = None
) -> list[list[Claim] | Exception]:
    """:func:`extract_claims` of each ``(document, profile)`` pair, the same claims,
    with the selected sentences of all the documents parsed in one batch (the
    parser is faster on one large batch than on many small ones).

    A document whose own stages raise gets the exception in its place, and the
    others go on; a failure of the shared parse propagates.
    """
    jobs: list[_Job | Exception | None] = []
    for doc, profile in docs:
        try:
            jobs.append(_prepare(doc, profile, None, None))
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            jobs.append(exc)
    texts = [t for job in jobs if isinstance(job, _Job) for t in job.texts]
    parsed = iter(parse.parse_many(texts, nlp=nlp))
    out: list[list[Claim] | Exception] = []
    for job in jobs:
        if not isinstance(job, _Job):
            out.append([] if job is None else job)
            continue
        mine = [next(parsed) for _ in job.texts]
        try:
            out.append(_finish(job, mine))
        except Exception as exc:  # noqa: BLE001 - as above
            out.append(exc)
    return out


@dataclass
class _Job:
    """One document between sentence selection and the parse of its sentences."""

    doc: Document
    profile: Any
    lang: str
    places: list[PlaceMention]
    antecedents: list[PlaceMention]
    spans: list[tuple[int, int]]
    selected: list[int]
    sent_places: dict[int, list[PlaceMention]]
    cyrillic: bool
    times: Sequence[Any] | None
    starts: dict[int, int]
    texts: list[str]  # the sentences to parse (none for Cyrillic text)


def _prepare(
    doc: Document, profile: Any, places: list[PlaceMention] | None, times: Sequence[Any] | None
) -> _Job | None:
    """Places, sentences and the pre-filter for ``doc``; None when no sentence can
    hold a claim (or the language is not supported)."""
    lang = _language(doc)
    if lang not in SUPPORTED_LANGUAGES or not doc.text.strip():
        return None
    if places is None:
        places = _find_places(doc, profile)
    capitals = _capitals(profile)
    dropped = {
        p.place_id
        for p in places
        if p.kind is not PlaceKind.PART
        and (_names_actor(doc.text, p, capitals) or _in_dateline(doc.text, p))
    }
    places = [
        p
        for p in places
        if p.kind is not PlaceKind.COUNTRY
        and not _names_actor(doc.text, p, capitals)
        and not _in_dateline(doc.text, p)
    ]
    # "the city centre" after "Moscow ordered ...": a part the gazetteer gave to a
    # city named only as a government goes with it, unless the city is named as a place.
    kept = {p.place_id for p in places if p.kind is not PlaceKind.PART}
    places = sorted(
        (p for p in places if not (p.kind is PlaceKind.PART and p.place_id in dropped - kept)),
        key=lambda p: p.start,
    )
    spans = parse.sentence_spans(doc)
    # "the town", "it": never a name that only named a sector or located another place
    antecedents = [p for p in places if not locator_only(doc.text, p.start, p.end)]
    cyrillic = lang in ("ru", "uk") or is_cyrillic(doc.text)
    any_trigger = _any_trigger(CYR_TRIGGERS if cyrillic else EN_TRIGGERS)
    selected: list[int] = []
    sent_places: dict[int, list[PlaceMention]] = {}
    for i, (s, e) in enumerate(spans):
        if parse.is_headline_like(doc.text, s, e):
            continue
        mentions = [p for p in places if s <= p.start < e]
        mentions += _references(doc.text, s, e, antecedents, mentions)
        if cyrillic and not mentions:
            mentions += _references(doc.text, s, e, antecedents, mentions, rx=_CYR_PRONOUN_RX)
        chunk = doc.text[s:e]
        if not mentions and not (_IT_RX.search(chunk) and _last_settlement(places, s) is not None):
            continue
        if _QUESTION_END_RX.search(chunk):
            continue  # "Why did Russia leave X?": a question asserts nothing
        if any_trigger.search(chunk) or (not cyrillic and _EXISTENTIAL_RX.search(chunk)):
            selected.append(i)
            sent_places[i] = mentions
    if not selected:
        return None
    starts = {} if cyrillic else {i: _after_dateline(doc.text, *spans[i]) for i in selected}
    texts = [doc.text[starts[i] : spans[i][1]] for i in selected] if not cyrillic else []
    return _Job(
        doc=doc,
        profile=profile,
        lang=lang,
        places=places,
        antecedents=antecedents,
        spans=spans,
        selected=selected,
        sent_places=sent_places,
        cyrillic=cyrillic,
        times=times,
        starts=starts,
        texts=texts,
    )


def _finish(job: _Job, parsed: Sequence[Any]) -> list[Claim]:
    """The claims of a prepared document, given the parses of ``job.texts``."""
    doc, profile, places, antecedents = job.doc, job.profile, job.places, job.antecedents
    spans, selected, sent_places, times = job.spans, job.selected, job.sent_places, job.times
    lang, cyrillic = job.lang, job.cyrillic
    findings: dict[int, list[Finding]] = {}
    denials: dict[int, list[tuple[int, str]]] = {}
    if cyrillic:
        for i in selected:
            s, e = spans[i]
            findings[i] = find_cyr(doc.text, s, e, sent_places[i], profile=profile)
            denials[i] = later_denials(doc.text, s, e)
    else:
        starts = job.starts
        for i, sdoc in zip(selected, parsed, strict=True):
            s = starts[i]
            resolver = _it_resolver(antecedents, s)
            found = find_en(sdoc, s, sent_places[i], profile=profile, resolve_it=resolver)
            found += presence_findings(sdoc, s, sent_places[i], profile)
            findings[i] = found
            denials[i] = sentence_denials(sdoc, s)
    track = SpeakerTrack(doc, spans, profile=profile)
    if times is None:
        times = _find_times(doc, lang)
    claim_places = {
        i: {f.place.canonical for f in fs if f.place.canonical and f.modality not in _UNREAL}
        for i, fs in findings.items()
    }
    topical = frozenset(i for i, fs in findings.items() if fs and not claim_places.get(i))
    rebuttals = rebuttal_targets(
        doc.text, spans, places, claim_places, REBUTTAL_SENTENCE_RX, topical
    )
    claims: list[Claim] = []
    for i in selected:
        for f in findings.get(i, []):
            claims.extend(
                _claims_of(
                    doc,
                    f,
                    spans,
                    i,
                    track,
                    denials.get(i, []),
                    times,
                    profile,
                    rebuttals.get(i, []),
                )
            )
    return _dedupe(claims)


_QUESTION_END_RX = re.compile(r"\?[\s\"'”’»)]*$")
# "there are (no) Russian troops in X": a presence claim (claims_presence) without a
# trigger word of its own; such sentences go to the parser too
_EXISTENTIAL_RX = re.compile(
    r"\bthere\s+(?:is|are|was|were)\b[^.;:]{0,60}?\b(?:troops?|forces|soldiers?|units?|"
    r"fighters?|servicem[ae]n|paratroopers?|marines?|saboteurs?|occupiers?|invaders?)\s+"
    r"(?:\w+\s+)?(?:in|inside)\b",
    re.IGNORECASE,
)
_ANY_TRIGGER: dict[int, tuple[Sequence[Any], Any]] = {}


def _any_trigger(triggers: Sequence[Any]) -> _AnyTrigger:
    """A matcher whose ``search(text)`` is true wherever any of ``triggers``
    matches ``text`` (built once per trigger set)."""
    hit = _ANY_TRIGGER.get(id(triggers))
    if hit is not None and hit[0] is triggers:
        return hit[1]  # type: ignore[no-any-return]
    matcher = _AnyTrigger(triggers)
    _ANY_TRIGGER[id(triggers)] = (triggers, matcher)
    return matcher


class _AnyTrigger:
    """The pre-filter asks only *whether* some trigger occurs.  Each pattern is
    tried only when the sentence holds one of the plain strings it cannot match
    without (:mod:`claimline.nlp.rx_screen`), so most sentences are answered by
    substring tests; on the long bench corpus that is twice as fast as one
    alternation of all the patterns (which ``re`` tries branch by branch at
    every position)."""

    def __init__(self, triggers: Sequence[Any]) -> None:
        self.screens = screens([t.pattern for t in triggers], lambda rx: rx)
        every = [lits for _rx, lits in self.screens]
        # one test of all the strings first: most sentences hold none of them
        self.union: tuple[str, ...] | None = (
            None if None in every else tuple(sorted({s for lits in every for s in lits or ()}))
        )

    def search(self, text: str) -> bool:
        folded = fold(text)
        if self.union is not None and not any(map(folded.__contains__, self.union)):
            return False
        return any(
            (lits is None or any(map(folded.__contains__, lits))) and rx.search(text)
            for rx, lits in self.screens
        )


# "Pokrovsk, Ukraine:", "KYIV, May 3 (Reuters) -", "MOSCOW, July 15. /TASS/." before the lead.
_DATELINE_RX = re.compile(
    r"(?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*,\s+[\w' .]{2,30}?(?:\s*\([^)]{2,30}\))?"
    r"(?:\s*/[^/]{2,20}/\.?)?\s*[:—–-]+\s+|[A-Z]{3,}(?:\s[A-Z]{3,})*,\s+[^.]{2,30}\.\s*/[^/]{2,20}/\.\s+)"
)


def _in_dateline(text: str, p: PlaceMention) -> bool:
    """The city a story is filed from ("KYIV, Aug 29 (Reuters) -" at the start of
    a line): where the reporter is, not a place the story claims anything about,
    nor what a later "the village" refers to."""
    line_start = text.rfind("\n", 0, p.start) + 1
    if text[line_start : p.start].strip():
        return False
    m = _DATELINE_RX.match(text, p.start)
    return m is not None and m.end() - p.start <= 60 and p.end <= m.end()


def _after_dateline(text: str, s: int, e: int) -> int:
    """Where the sentence proper starts after a dateline (which misleads the parser)."""
    m = _DATELINE_RX.match(text, s, e)
    if m is None or m.end() >= e or m.end() - s > 60:
        return s
    return m.end()


def _find_places(doc: Document, profile: Any) -> list[PlaceMention]:
    from claimline.nlp.places import find_places

    return list(find_places(doc.text, profile=profile))


def _find_times(doc: Document, lang: str | None) -> list[Any]:
    from claimline.nlp.timex import find_times

    try:
        return list(find_times(doc.text, _anchor(doc), language=lang or "en"))
    except Exception:  # noqa: BLE001 - a time failure must not lose the claims
        return []


def _time_for(doc: Document, times: Sequence[Any], start: int, end: int) -> TimeInterval | None:
    """The claim's interval; for an undated document whose date is only bounded
    below, a claim with no usable date of its own is "no earlier than" the bound."""
    found = _time_lookup(doc, times, start, end)
    if doc.published is None and (found is None or (found.start is None and found.end is None)):
        note = doc.metadata.get("date_inferred") if doc.metadata else None
        if isinstance(note, dict) and note.get("start"):
            try:
                bound = date.fromisoformat(str(note["start"]))
            except ValueError:
                return found
            return TimeInterval(bound, None, precision=Precision.OPEN, basis="publication")
    return found


def _time_lookup(doc: Document, times: Sequence[Any], start: int, end: int) -> TimeInterval | None:
    from claimline.nlp.timex import time_for_span

    try:
        return time_for_span(list(times), start, end, doc.text, _anchor(doc))
    except Exception:  # noqa: BLE001 - a time failure must not lose the claim
        pass
    if doc.published is not None:
        return TimeInterval(doc.published, doc.published, basis="publication")
    return None


def _anchor(doc: Document) -> date | None:
    """The day relative dates resolve against: a month- or year-precision
    publication date stands for its last day, so "on September 9" in a
    September article is not pushed into the previous year."""
    pub = doc.published
    if pub is None or doc.date_basis is DateBasis.INFERRED:
        return pub  # an inferred date is already the best single day
    if doc.published_precision is Precision.MONTH:
        nxt = date(pub.year + (pub.month == 12), pub.month % 12 + 1, 1)
        return nxt - timedelta(days=1)
    if doc.published_precision is Precision.YEAR:
        return date(pub.year, 12, 31)
    return pub


def _references(
    text: str,
    s: int,
    e: int,
    places: Sequence[PlaceMention],
    named: Sequence[PlaceMention],
    rx: re.Pattern[str] = PLACE_REFERENCE_RX,
) -> list[PlaceMention]:
    """ "the city", "the town", "there" in ``text[s:e]`` as mentions of the last settlement
    (``rx`` may give other reference words, such as Cyrillic object pronouns)."""
    out: list[PlaceMention] = []
    for m in rx.finditer(text, s, e):
        a, b = m.start(), m.end()
        if any(p.start <= a < p.end or a <= p.start < b + 6 for p in named):
            continue  # "the city of Kupiansk" names the place itself
        word = m.group(0).lower()
        if word == "there" and _expletive_there(text, b):
            continue
        ref = _last_settlement(places, a) or oblast_centre(word, places, a)
        if ref is None:
            continue
        out.append(
            PlaceMention(
                text=m.group(0),
                start=a,
                end=b,
                place_id=ref.place_id,
                canonical=ref.canonical,
                kind=ref.kind if ref.kind is not PlaceKind.PART else PlaceKind.SETTLEMENT,
                score=ref.score * 0.9,
                why=f"reference to {ref.text} at {ref.start}",
                lat=ref.lat,
                lon=ref.lon,
            )
        )
    return out


def _expletive_there(text: str, end: int) -> bool:
    nxt = text[end : end + 12].lower().split()
    return bool(nxt) and nxt[0] in (
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "may",
        "might",
        "could",
        "can",
        "must",
        "should",
        "seems",
        "appears",
    )


def _last_settlement(places: Sequence[PlaceMention], before: int) -> PlaceMention | None:
    for p in reversed(places):
        if p.start >= before:
            continue
        if before - p.start > _REFERENCE_WINDOW:
            return None
        if p.kind in (PlaceKind.SETTLEMENT, PlaceKind.PART) and p.canonical:
            return p
    return None


def _it_resolver(places: Sequence[PlaceMention], sent_start: int):  # type: ignore[no-untyped-def]
    def resolve(offset: int) -> PlaceMention | None:
        ref = _last_settlement(places, offset)
        if ref is None:
            return None
        return PlaceMention(
            text="it",
            start=offset,
            end=offset + 2,
            place_id=ref.place_id,
            canonical=ref.canonical,
            kind=PlaceKind.SETTLEMENT,
            score=ref.score * 0.8,
            why=f"pronoun for {ref.text}",
            lat=ref.lat,
            lon=ref.lon,
        )

    return resolve


_ALL_HEDGED: tuple[str | None, bool] = (None, False)  # the last document asked about


def _all_hedged(text: str) -> bool:
    """Whether the writer keeps a distance from every claim of ``text`` ("could not
    verify the accounts of either side"); one scan a document, not one a claim."""
    global _ALL_HEDGED
    last = _ALL_HEDGED
    if last[0] is not text:
        last = _ALL_HEDGED = (text, bool(ALL_HEDGE_RX.search(text)))
    return last[1]


def _claims_of(
    doc: Document,
    f: Finding,
    spans: list[tuple[int, int]],
    i: int,
    track: SpeakerTrack,
    denials: list[tuple[int, str]],
    times: Sequence[Any],
    profile: Any,
    rebuttals: Sequence[Rebuttal] = (),
) -> list[Claim]:
    s, e = spans[i]
    if f.type is ClaimType.CONTROLS and f.negated and _neither_side_holds(f.token):
        # "neither side (fully) held it": the town is fought over, no side's hold denied
        f.type, f.negated, f.actor, f.own_side, f.enemy = (
            ClaimType.CONTESTED,
            False,
            None,
            False,
            False,
        )
    attr = track.attribute(i, f.trigger_start, f.speaker_phrase)
    speaker = attr.speaker
    spk_side = speaker.side if speaker is not None else None
    actor = f.actor
    if (
        actor is None
        and (f.own_side or f.enemy)
        and spk_side not in (None, Side.UNKNOWN, Side.NEUTRAL)
    ):
        actor = spk_side if f.own_side else other_side(spk_side, profile)
    if actor is None and f.type is not ClaimType.CONTESTED and _pronoun_subject(f.token):
        # "Russian forces pressed on X. On Tuesday they entered it.": the forces the
        # sentence before named (one side only) are "they"
        actor = _previous_forces_side(doc.text, spans, i, profile)
    if actor is None and f.type is not ClaimType.CONTESTED:
        # "X denied that the town was surrounded", "He also denied that ...": the
        # speaker is the denier, and the content it denies is the other side's
        self_denial = (
            bool(f.denier_phrase)
            and spk_side not in (None, Side.UNKNOWN, Side.NEUTRAL)
            and (
                (f.denier_phrase or "").lower() in _PRONOUN_DENIERS
                or attribution.resolve(f.denier_phrase or "", profile).side == spk_side
            )
        )
        actor = _inferred_actor(f, spk_side, profile, denied=f.negated or self_denial)
        if actor is None:
            return []  # a control claim without a side cannot go on a timeline
    if f.type is ClaimType.CAPTURED and f.extent and _PARTIAL_EXTENT.search(f.extent):
        f.type = ClaimType.CONTROLS  # taking "half of X" leaves a partial hold, not a capture
    time = _time_for(doc, times, f.trigger_start, f.trigger_end)
    hedged = (
        f.hedged
        or attr.hedging_verb
        or f.hedging_verb
        or _followed_by_hedge(doc, spans, i)
        or _all_hedged(doc.text)
    )
    mod = f.modality
    if mod is None:
        if modality.is_background(f.token, time, doc.published):
            mod = Modality.BACKGROUND
        elif hedged:
            mod = Modality.HEDGED
        elif attr.how != "outlet":
            mod = Modality.REPORTED
        else:
            mod = Modality.ASSERTED
    base = Claim(
        id="",
        doc_id=doc.id,
        type=f.type,
        place=f.place,
        evidence=Evidence(doc.text[s:e], s, e),
        actor=actor,
        time=time,
        polarity=Polarity.NEGATED if f.negated else Polarity.AFFIRMED,
        modality=mod,
        hedged=hedged,
        extent=f.extent,
        framing=f.framing,
        speaker=speaker,
        channel=attr.channel,
        outlet=doc.outlet,
        confidence=_confidence(f, attr, hedged, actor),
        cluster_id=doc.cluster_id,
    )
    out = [_with_id(base)]
    content = f"{f.type.value} by {actor or 'unknown'}"
    # A denial in the same sentence by someone else, or the writer calling it false.
    deniers: list[Actor] = []
    if f.denier_phrase is not None and f.denier_phrase.lower() in _PRONOUN_DENIERS and speaker:
        deniers.append(speaker)  # "He also denied that ...": the speaker named before
    elif f.denier_phrase is not None:
        deniers.append(
            attribution.resolve(f.denier_phrase, profile)
            if f.denier_phrase
            else (track.outlet or Actor(name="outlet"))
        )
    elif f.false_claim and track.outlet is not None:
        deniers.append(track.outlet)
    else:
        for off, phrase in denials:
            # A claim someone "said" or "claimed" and another denies in the same
            # sentence; a Cyrillic denial stands in its own clause ("однако ...").
            lexical = f.token is None
            if off > f.trigger_end and not f.negated and (f.hedging_verb or lexical):
                deniers.append(track.resolve_phrase(phrase, off))
    if not deniers:
        # A later sentence rejecting "the claim(s)", "these reports" or "the report about X".
        for r in rebuttals:
            if not applies(r, f.place.canonical):
                continue
            denier = track.rebuttal_speaker(r.sentence)
            if (
                denier is not None
                and opposed(denier, speaker)
                and not _favours(f.type, actor, getattr(denier, "side", None), profile)
            ):
                deniers.append(denier)
                break
    for denier in deniers:
        if speaker is not None and denier.name == speaker.name:
            if f.denier_phrase is not None and len(out) == 1:
                # "The military denied that X had fallen": the speaker found
                # for the clause is the denier, so the clause itself is denied.
                out[0] = _with_id(
                    _replace(
                        base,
                        polarity=Polarity.AFFIRMED if f.negated else Polarity.NEGATED,
                        hedged=False,
                        denies=content,
                    )
                )
            continue
        out.append(
            _with_id(
                _replace(
                    base,
                    polarity=Polarity.AFFIRMED if f.negated else Polarity.NEGATED,
                    speaker=denier,
                    hedged=False,
                    modality=Modality.REPORTED
                    if mod in (Modality.HEDGED, Modality.ASSERTED)
                    else mod,
                    denies=content + (f" (claimed by {speaker.name})" if speaker else ""),
                    channel=None,
                    confidence=max(0.05, base.confidence - 0.1),
                )
            )
        )
    return out


def _pronoun_subject(tok: Any) -> bool:
    """Whether the trigger verb's subject is "they" or "it", the sentence's first
    subject (so that no noun earlier in the sentence is what it stands for)."""
    if tok is None:
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in ("they", "it"):
        return False
    return not any(t.dep_ in ("nsubj", "nsubjpass") and t.i < subj.i for t in tok.sent)


def _previous_forces_side(
    text: str, spans: list[tuple[int, int]], i: int, profile: Any
) -> str | None:
    """The side of the forces the previous sentence of the same paragraph names, when
    they are of one side only ("Russian forces", "the 3rd Assault Brigade")."""
    if i == 0:
        return None
    s, e = spans[i - 1]
    if "\n" in text[e : spans[i][0]]:
        return None  # another paragraph
    from claimline.nlp._actor_lexicon import lexicon_for
    from claimline.nlp.actors import _profile, scan

    sides = {
        h.entries[0].side
        for h in scan(text[s:e], lexicon_for(_profile(profile)))
        if h.kind in ("forces", "unit", "grouping") and h.entries[0].side
    }
    return sides.pop() if len(sides) == 1 else None


def _liberation(framing: str) -> bool:
    low = framing.lower()
    return low.startswith(
        (
            "liberat",
            "free",
            "reconquer",
            "retook",
            "retak",
            "recaptur",
            "regain",
            "освобо",
            "звільн",
            "визвол",
        )
    )


def _followed_by_hedge(doc: Document, spans: list[tuple[int, int]], i: int) -> bool:
    if i + 1 >= len(spans):
        return False
    s, e = spans[i + 1]
    return bool(FOLLOW_HEDGE_RX.search(doc.text, s, e))


def _confidence(
    f: Finding, attr: attribution.Attribution, hedged: bool, actor: str | None
) -> float:
    score = 0.4
    score += {"argument": 0.25, "clause": 0.15, "reference": 0.1, "sentence": 0.05}.get(
        f.place_how, 0.0
    )
    score += (
        {
            "parse": 0.15,
            "inline": 0.15,
            "patient": 0.1,
            "lexical": 0.08,
            "pronoun": 0.08,
            "clause": 0.05,
        }.get(f.actor_how, 0.0)
        if actor
        else 0.0
    )
    score += 0.05 if attr.how in ("parse", "according", "quote") else 0.0
    score -= 0.15 if hedged else 0.0
    score -= 0.1 if f.place.ambiguous else 0.0
    return round(min(0.95, max(0.05, score)), 2)


def _replace(claim: Claim, **changes: Any) -> Claim:
    import dataclasses

    return dataclasses.replace(claim, **changes)


def _with_id(claim: Claim) -> Claim:
    """A stable id: document, evidence span, place, type, polarity and speaker."""
    key = "|".join(
        [
            claim.doc_id,
            str(claim.evidence.start),
            str(claim.evidence.end),
            claim.place.canonical or claim.place.text,
            claim.type.value,
            claim.polarity.value,
            claim.speaker.name if claim.speaker else "",
            str(claim.place.start),
        ]
    )
    return _replace(claim, id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16])


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen: set[str] = set()
    out: list[Claim] = []
    for c in claims:
        key = "|".join(
            [
                c.evidence.start.__str__(),
                c.place.canonical or c.place.text,
                c.type.value,
                str(c.actor),
                c.polarity.value,
                c.speaker.name if c.speaker else "",
            ]
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


__all__ = ["SUPPORTED_LANGUAGES", "extract_claims", "extraction_status"]
