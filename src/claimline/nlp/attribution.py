"""Who says it: speaker → channel → outlet, carried across sentences and quotes.

The speaker of a claim is found, in order, from

1. the parse: the subject of the reporting verb (or the owner of the claim
   noun: "Moscow's claim that…", "a claim by DeepState that…") that governs
   the trigger; "According to X, …";
2. the quote the trigger sits in: the attribution after the quote
   ("…," Trehubov added) or before it ("X said: «…»");
3. the paragraph: a sentence of reported speech after "X said" in the same
   paragraph continues X;
4. the outlet's own voice: speaker = the outlet, side = its alignment.

Pronoun speakers ("he said") resolve to the last named speaker.  Sides come
from the conflict profile through :mod:`claimline.nlp.actors`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from claimline.model import Actor, Side
from claimline.nlp.claim_lexicon import CLAIM_NOUNS, REPORT_LEMMAS
from claimline.nlp.rx_screen import Screened

_QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"'}
_QUOTE_OPEN_RX = re.compile("[" + re.escape("".join(_QUOTE_PAIRS)) + "]")

_REPORT_WORDS = (
    r"said|says|say|added|adds|told|tells|stated|states|wrote|writes|noted|notes|claimed|claims|"
    r"reported|reports|announced|announces|declared|stressed|explained|confirmed|insisted|"
    r"continued|posted|commented|specified|emphasi[sz]ed|highlighted|warned|argued|concluded|"
    r"заявил[аи]?|сообщил[аи]?|отметил[аи]?|сказал[аи]?|написал[аи]?|подчеркнул[аи]?|добавил[аи]?|"
    r"рассказал[аи]?|уточнил[аи]?|заявив|заявила|заявили|повідомив|повідомила|повідомили|зазначив|"
    r"зазначила|сказав|сказала|написав|написала|додав|додала|наголосив|підкреслив|"
    # an answer after the quote: "«…», — ответил командир", "— відповіла речниця"
    r"ответил[аи]?|відповів|відповіла|відповіли|наголосила|наголосили|зазначили|підкреслила|"
    r"підкреслили|додали"
)
# "— ответил на это X", "— відповів у відповідь X": words between the verb and the speaker;
# "— наголосили там" names no one (the body named before is the speaker).
_CYR_QUOTE_LEAD_RX = re.compile(
    r"^(?:на\s+(?:это|це)|в\s+ответ|у\s+відповідь|на\s+цьому|при\s+этом|при\s+цьому)\s+",
    re.IGNORECASE,
)
_CYR_THERE_RX = re.compile(r"(?:там|тут|здесь|там\s+же|тут\s+же)", re.IGNORECASE)
# After a closing quote: ', Trehubov added.' / ', said the ministry.'
_AFTER_QUOTE_RX = re.compile(
    r"^\s*[,.!?]?\s*[—–-]?\s*(?:(?P<v1>"
    + _REPORT_WORDS
    + r")\s+(?P<s1>[^.;:\n]{1,140}?)(?=[.;:,\n]|$)"
    r"|(?P<s2>[^.;:\n\"“”«»]{1,140}?)\s+(?:" + _REPORT_WORDS + r")\b)",
    re.IGNORECASE,
)
# Before an opening quote: 'X said:' / 'X wrote on Telegram:'
_BEFORE_QUOTE_RX = re.compile(
    r"(?P<s>[^.;\n\"“”«»]{1,140}?)\s+(?:" + _REPORT_WORDS + r")\b[^.;\n\"“”«»]{0,80}[:,]\s*$",
    re.IGNORECASE,
)
_ACCORDING_RX = re.compile(
    r"\b(?:according\s+to|citing|with\s+reference\s+to|по\s+словам|по\s+данным|как\s+(?:пишет|сообщает|"
    r"заявил[аи]?)|за\s+словами|за\s+даними|як\s+(?:пише|повідомляє))\s+(?P<s>[^,.;:\n]{2,120})",
    re.IGNORECASE,
)
_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "him", "her", "them", "він", "вона", "вони", "он", "она", "они"}
)

_CHANNEL_RX = re.compile(
    r"\b(?P<c>Telegram|Facebook|Twitter|X\s*\(formerly\s+Twitter\)|Instagram|YouTube|VKontakte|VK|"
    r"social\s+media|social\s+networks?|state\s+television|state\s+TV|television|telethon|TV|"
    r"(?:a\s+|the\s+)?(?:daily\s+|morning\s+|evening\s+)?briefing|video\s+address|address|interview|"
    r"press\s+conference|statement|телемарафон\w*|телеграм\w*|Telegram-канал\w*)\b",
    re.IGNORECASE,
)
_TOLD_RX = re.compile(r"\btold\s+(?P<o>(?:the\s+)?[A-Z][\w.’'-]*(?:[\s-][A-Z][\w.’'-]*){0,3})")
# the same patterns behind their literal screens (run once a claim sentence)
_ACCORDING, _CHANNEL, _TOLD = Screened(_ACCORDING_RX), Screened(_CHANNEL_RX), Screened(_TOLD_RX)


@dataclass(frozen=True, slots=True)
class Attribution:
    """The reporting chain of one claim."""

    speaker: Actor | None
    channel: str | None
    outlet: str | None
    how: str  # parse, according, quote, paragraph, pronoun, outlet
    hedging_verb: bool = False  # the speaker "claimed" / "alleged" it


def resolve(phrase: str, profile: Any = None) -> Actor:
    """The profile's actor for a speaker phrase, or an unknown-side actor."""
    if profile is None or isinstance(profile, str):
        return _resolve_cached(phrase, profile)
    return _resolve(phrase, profile)


@functools.lru_cache(maxsize=16384)
def _resolve_cached(phrase: str, profile: str | None) -> Actor:
    return _resolve(phrase, profile)


def _resolve(phrase: str, profile: Any) -> Actor:
    phrase = re.sub(r"['’]s?$", "", phrase.strip(" ,.;:—–-\"'“”«»")).strip()
    from claimline.nlp.actors import resolve_speaker

    return resolve_speaker(phrase, profile)


def side_of(phrase: str, profile: Any = None) -> str | None:
    """The side a phrase names ("Ukrainian forces" → "UA"), or ``None``."""
    if profile is None or isinstance(profile, str):
        return _side_of_cached(phrase, profile)
    return _side_of(phrase, profile)


@functools.lru_cache(maxsize=65536)
def _side_of_cached(phrase: str, profile: str | None) -> str | None:
    # Side words repeat endlessly across a corpus; the default profile never changes in a run.
    return _side_of(phrase, profile)


def _side_of(phrase: str, profile: Any) -> str | None:
    from claimline.nlp.actors import side_of_phrase

    try:
        return side_of_phrase(phrase, profile)  # type: ignore[call-arg]
    except TypeError:
        return side_of_phrase(phrase)


def outlet_actor(
    outlet: str | None, profile: Any = None, language: str | None = None
) -> Actor | None:
    """The outlet as the speaker of its own voice, with its alignment as side.

    An outlet the profile does not list takes the side the profile gives
    unlisted outlets writing in the document's ``language`` (``unlisted_outlets``:
    an English-language paper unknown to a Russia–Ukraine profile is foreign
    press, neutral; a Ukrainian-language one Ukrainian), else ``unknown``.
    """
    if not outlet:
        return None
    side: str = Side.UNKNOWN
    from claimline.nlp.actors import outlet_side
    from claimline.nlp.outlets import _profile

    try:
        side = outlet_side(outlet, profile) or Side.UNKNOWN  # type: ignore[call-arg]
    except TypeError:
        side = outlet_side(outlet) or Side.UNKNOWN
    if side == Side.UNKNOWN and language:
        side = _profile(profile).unlisted_outlet_side(language) or Side.UNKNOWN
    return Actor(name=outlet, side=side, kind="media")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted stretches of ``text`` as ``(open, close)`` offsets (close exclusive).

    Straight quotes pair up in order; typographic ones by their shapes.  A
    quote left open at the end of a paragraph closes there (news often
    continues a quote into the next paragraph with a fresh opening mark).
    """
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        nxt = _QUOTE_OPEN_RX.search(text, i)  # skip to the next opening mark
        if nxt is None:
            break
        i = nxt.start()
        ch = text[i]
        close = _QUOTE_PAIRS[ch]
        if ch == '"' and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        j = text.find(close, i + 1)
        para = text.find("\n", i + 1)
        if j < 0 or (0 <= para < j):
            j = para if para >= 0 else n
            spans.append((i, j))
            i = j
            continue
        spans.append((i, j + 1))
        i = j + 1
    return [s for s in spans if s[1] - s[0] > 12]


def quote_speaker(text: str, span: tuple[int, int], profile: Any = None) -> tuple[str, str] | None:
    """The speaker phrase attributed to the quote ``span`` and where it was found."""
    start, end = span
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end >= 0 else len(text)][:200]
    m = _AFTER_QUOTE_RX.match(after)
    if m:
        phrase = m.group("s1") or m.group("s2")
        if phrase and m.group("s1"):
            phrase = _CYR_QUOTE_LEAD_RX.sub("", phrase.strip(), count=1)
            if _CYR_THERE_RX.fullmatch(phrase):
                return None
        if phrase and len(phrase.split()) <= 14:
            return phrase, "quote"
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 220) : start]
    m = _BEFORE_QUOTE_RX.search(before)
    if m:
        return m.group("s"), "quote"
    # A quote paragraph that follows the sentence introducing its speaker.
    if not text[line_start:start].strip():
        prev_end = text.rfind("\n", 0, max(line_start - 1, 0))
        prev = text[prev_end + 1 : line_start].strip()
        m = _BEFORE_QUOTE_RX.search(prev)
        if m:
            return m.group("s"), "quote"
    return None


def according_to(sentence: str) -> str | None:
    """The source named by "According to X, …" (or its Cyrillic forms)."""
    m = _ACCORDING.search(sentence)
    return m.group("s") if m else None


def channel_of(sentence: str, profile: Any = None) -> str | None:
    """The channel a sentence names: Telegram, a briefing, "told RIA Novosti"."""
    m = _TOLD.search(sentence)
    if m:
        target = m.group("o")
        actor = resolve(target, profile)
        if actor.kind == "media":
            return actor.name
    m = _CHANNEL.search(sentence)
    return m.group("c") if m else None


def parse_speaker(tok: Any) -> tuple[str, bool] | None:
    """The speaker phrase of the report that governs trigger ``tok``.

    Returns the phrase and whether the reporting word itself hedges
    ("claimed", "alleged"); an empty phrase when the trigger sits in the
    writer's own aside (a relative clause, a clause coordinated with the
    report); ``None`` when no report governs the trigger.
    """
    cur = tok
    while cur.head.i != cur.i:
        edge = cur.dep_
        if edge == "relcl" and _place_like(cur.head):
            return "", False  # "X, which Russia seized in 2022": the writer's aside
        cur = cur.head
        lemma = cur.lemma_.lower()
        if lemma in REPORT_LEMMAS and cur.pos_ in ("VERB", "AUX"):
            if edge == "conj":
                return "", False  # "X said …; Y is …": a coordinated clause is the writer's
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None and tok in subj.subtree:
                continue  # a misparse made the claim itself the subject
            phrase = _subject_phrase(cur)
            if phrase:
                return phrase, lemma in ("claim", "allege", "boast")
        elif lemma in CLAIM_NOUNS and cur.pos_ == "NOUN":
            phrase = _owner_phrase(cur)
            if phrase:
                return phrase, lemma in ("claim", "allegation")
    return None


_PLACE_NOUNS = frozenset({"city", "town", "village", "settlement", "hub", "stronghold", "locality"})


def _place_like(tok: Any) -> bool:
    """A proper name or a settlement noun: what a relative clause describes in an aside."""
    return tok.pos_ == "PROPN" or tok.lemma_.lower() in _PLACE_NOUNS


def _subject_phrase(verb: Any) -> str | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("it", "this", "that"):
            if child.dep_ == "nsubjpass":
                continue
            return _span_text(child, keep_appos=True)
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return _span_text(g)
    # "… , said the ministry" or a conjoined verb sharing the subject.
    if verb.dep_ == "conj":
        return _subject_phrase(verb.head)
    # Passive reporting verbs ("it was reported") and xcomp ("continued to say").
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in REPORT_LEMMAS:
        return _subject_phrase(verb.head)
    return None


def _owner_phrase(noun: Any) -> str | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return _span_text(child)
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            for g in child.children:
                if g.dep_ == "pobj":
                    return _span_text(g)
    # "Kyiv rejected the claim that …" → the claim belongs to nobody here.
    return None


def _span_text(tok: Any, *, keep_appos: bool = False) -> str:
    """The phrase of ``tok``: its subtree without relative clauses or coordination;
    with ``keep_appos``, a speaker's apposition stays ("X, a National Guard serviceman"),
    since the role is what gives the speaker a side."""
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if keep_appos and child.dep_ in ("appos", "punct") and child.i > right:
            if child.dep_ == "appos":
                right = child.right_edge.i
            continue
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl"):
            break
        right = child.right_edge.i
    words = tok.doc[left : right + 1]
    return words.text


def is_pronoun(phrase: str) -> bool:
    return phrase.strip().lower() in _PRONOUNS
