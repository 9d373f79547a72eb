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
from claimline.nlp.claim_lexicon import (
    ALL_HEDGE_RX,
    CYR_TRIGGERS,
    EN_TRIGGERS,
    FOLLOW_HEDGE_RX,
    PLACE_REFERENCE_RX,
    REBUTTAL_SENTENCE_RX,
)
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
    lang = _language(doc)
    if lang not in SUPPORTED_LANGUAGES or not doc.text.strip():
        return []
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
        if any_trigger.search(chunk):
            selected.append(i)
            sent_places[i] = mentions
    if not selected:
        return []
    findings: dict[int, list[Finding]] = {}
    denials: dict[int, list[tuple[int, str]]] = {}
    if cyrillic:
        for i in selected:
            s, e = spans[i]
            findings[i] = find_cyr(doc.text, s, e, sent_places[i], profile=profile)
            denials[i] = later_denials(doc.text, s, e)
    else:
        starts = {i: _after_dateline(doc.text, *spans[i]) for i in selected}
        parsed = parse.parse_many([doc.text[starts[i] : spans[i][1]] for i in selected], nlp=nlp)
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


_ANY_TRIGGER: dict[int, tuple[Sequence[Any], Any]] = {}


def _any_trigger(triggers: Sequence[Any]) -> Any:
    """One pattern that matches a text wherever any of ``triggers`` does.

    The pre-filter asks only *whether* some trigger occurs; one alternation
    answers that in a single scan instead of one scan a trigger.  Group names
    are dropped (several patterns use the same ones); a set of patterns that
    cannot be joined is tested one by one, with the same answer.
    """
    hit = _ANY_TRIGGER.get(id(triggers))
    if hit is not None and hit[0] is triggers:
        return hit[1]
    joined = "|".join(
        "(?:" + re.sub(r"\(\?P<\w+>", "(?:", t.pattern.pattern) + ")" for t in triggers
    )
    flags = {t.pattern.flags for t in triggers}
    try:
        if len(flags) != 1:
            raise re.error("triggers compiled with different flags")
        any_rx: Any = re.compile(joined, flags.pop())
    except re.error:
        any_rx = _OneByOne(triggers)
    _ANY_TRIGGER[id(triggers)] = (triggers, any_rx)
    return any_rx


class _OneByOne:
    def __init__(self, triggers: Sequence[Any]) -> None:
        self.patterns = [t.pattern for t in triggers]

    def search(self, text: str) -> Any:
        return next((m for rx in self.patterns if (m := rx.search(text))), None)


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
        ref = _last_settlement(places, a)
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


def _names_actor(text: str, p: PlaceMention, capitals: frozenset[str] = frozenset()) -> bool:
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


def _capitals(profile: Any) -> frozenset[str]:
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
        or bool(ALL_HEDGE_RX.search(doc.text))
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


_PRONOUN_DENIERS = frozenset({"he", "she", "they", "it", "we", "the spokesman", "the spokeswoman"})


def _inferred_actor(
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


def _neither_side_holds(tok: Any) -> bool:
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
    if len(p.sides) != 2 or not all(s.home for s in p.sides):
        return None, None
    country = place_country(f.place.place_id) if f.place.place_id else None
    if country is None:
        return None, None
    defenders = [s for s in p.sides if country in s.home]
    if len(defenders) != 1:
        return None, None
    return defenders[0].code, next(s.code for s in p.sides if s is not defenders[0])


def _favours(ctype: ClaimType, actor: str | None, side: Any, profile: Any) -> bool:
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
