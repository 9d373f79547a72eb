"""Per-document attribution state: who has spoken so far, and where quotes run.

:class:`SpeakerTrack` answers "who says the claim at this offset?" for the
claims engine, carrying speakers across sentences: pronouns ("he said") go to
the last named speaker, a quote to the attribution next to it, a sentence of
reported speech to the speaker of the sentence before it in the same
paragraph, and anything else to the outlet's own voice.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Any

from claimline.model import Actor, Document
from claimline.nlp import attribution
from claimline.nlp.parse import paragraph_index
from claimline.nlp.rx_screen import fold, might_match

# Verbs with which a speaker rebuts a claim by naming it false ("called the report untrue").
_REBUTTING_VERB_RX = re.compile(r"\s+(?:called|branded|labell?ed|described)\s+")
_REBUTTER_RX = re.compile(
    r"\s*(?P<s>(?:[A-Z][\w’'.-]*|[Tt]he|[Aa]n?)(?:[\s-]+[\w’'.-]+){0,9}?)"
    r"(?:,\s+(?:[a-z]+ing|who|which)\b[^,]{0,60},)?\s+(?:also\s+|later\s+)?"
    r"(?:called|branded|labell?ed|described|dismissed|rejected|denied|refuted|disputed)\b"
)
# "Name Surname, a spokesman for X, told …", "The head of X, Name Surname, said …":
# a name and its role around commas, as one speaker phrase
_APPOSED_SUBJECT_RX = re.compile(
    r"^\W*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+)?"  # "Further east, ", "In Kyiv, "
    r"(?P<s>(?:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3},\s+(?:[Aa]n?\s+|[Tt]he\s+)?"
    r"[^,.;:\"“”]{3,80}?|(?:[Tt]he|[Aa]n?)\s+[^,.;:\"“”]{3,80}?,\s+[A-Z][\w’'.-]+"
    r"(?:\s+[A-Z][\w’'.-]+){0,3}))"
    r",\s+(?:also\s+|later\s+|on\s+\w+\s+)?"
    r"(?:said|says|told|stated|wrote|added|noted|announced|confirmed|claimed|insisted|declared|"
    r"reported|denied|rejected|dismissed)\b"
)
_SUBJECT_VERB_RX = re.compile(
    r"(?:^|[.;:,]\s+|\bthat\s+|\band\s+)(?P<s>(?:[A-Z\u0400-\u042f][\w’'.-]*|the|a|an|its|his|her)"
    r"(?:[\s-]+(?:[A-Z\u0400-\u042f0-9][\w’'.-]*|of|the|for|and|in|on|at|to|'s|’s|de|[a-z]+(?:'s|’s)?|"
    r"[\u0430-\u044f\u0456\u0457\u0454\u0491\u0451]+)){0,10}?)\s+"
    r"(?:also\s+|further\s+|earlier\s+|later\s+|then\s+|had\s+|has\s+|have\s+|on\s+\w+\s+|"
    r"(?:did|does|has|have|had)\s+not\s+)?"
    r"(?P<v>acknowledged?|comment(?:ed)?|said|says|told|stated|claimed|claims|reported|reports|announced|wrote|noted|added|confirmed|spoke|"
    r"declared|insisted|denied|rejected|dismissed|refuted|disputed|informed|posted|published|specified|"
    r"опроверг(?:ли|ла)?|спростувал[иао]?|"
    r"заявил[аи]?|сообщил[аи]?|отметил[аи]?|сказал[аи]?|написал[аи]?|заявив|заявила|повідомив|"
    r"повідомила|зазначив|зазначила|сказав|сказала|написав|підтвердив|подтвердил)\b",
)
_VERB_SUBJECT_RX = re.compile(
    r"\b(?:said|told|stated|wrote|added|noted|reported|announced|заявил[аи]?|сообщил[аи]?|"
    r"заявив|повідомив|зазначив|отметил|підтвердив|подтвердил)\s+(?P<s>(?:the\s+)?[A-Z\u0400-\u042f][^,.;:\n]{1,80})",
)
# Russian and Ukrainian reporting clauses, where a time or place adverbial often
# stands between the speaker and the verb ("Шойгу в воскресенье доложил",
# "Міноборони Росії у суботу заявило") and the speaker may follow the verb in
# lower case ("повідомив у вівторок начальник адміністрації").
_CYR_VERBS = (
    r"заявил[аио]?|заявили|сообщил[аио]?|сообщили|отметил[аи]?|сказал[аи]?|написал[аи]?|"
    r"доложил[аи]?|признал[аио]?|признали|подтвердил[аио]?|подтвердили|утверждал[аи]?|утверждает|"
    r"опроверг(?:ло|ли|ла)?|заявив|заявила|заявило|заявили|повідомив|повідомила|повідомило|"
    r"повідомили|зазначив|зазначила|сказав|сказала|написав|написала|підтвердив|підтвердила|"
    r"підтвердило|визнав|визнала|визнало|стверджує|стверджував|стверджували|спростував|"
    r"спростувало|спростували|наголосив|наголосила|"
    r"сообщают|сообщает|пишут|пишет|заявляют|заявляет|повідомляють|повідомляє|пишуть|пише|"
    r"заявляють|заявляє|"
    # answers and additions after a quote: "«…», — ответил командир", "— відповів речник"
    r"ответил[аио]?|ответили|добавил[аио]?|добавили|подчеркнул[аио]?|подчеркнули|"
    r"відповів|відповіла|відповіло|відповіли|додав|додала|додали|заявили|зазначили|"
    r"наголосили|уточнил[аи]?|уточнив|уточнила"
)
# A capitalised word after "в/у" is the speaker itself ("заявили у Генштабі ЗСУ",
# "сообщили в Минобороны"), not an adverbial ("в неділю", "у суботу").
_CYR_ADVERBIALS = (
    r"(?:(?:в|во|у|на|по|із|из|з)\s+[а-яёіїєґ’'ʼ-][\w’'ʼ-]*(?:\s+[а-яёіїєґ’'ʼ-][\w’'ʼ-]*)?\s+){0,2}"
    r"(?:(?:вечером|утром|днём|днем|ночью|накануне|ранее|позже|позднее|сегодня|вчера|также|тоже|"
    r"ввечері|вранці|вдень|вночі|напередодні|раніше|пізніше|сьогодні|учора|вчора|також)\s+)?"
)
_CYR_SUBJECT_VERB_RX = re.compile(
    r"(?:^|[.;:]\s+|,\s+(?:что|що)\s+)(?P<s>[\u0400-\u042f\u0404\u0406\u0407\u0490][\w’'ʼ.-]*"
    r"(?:\s+[\w’'ʼ.«»\"-]+){0,8}?)\s+" + _CYR_ADVERBIALS + rf"(?P<v>{_CYR_VERBS})\b"
)
_CYR_VERB_SUBJECT_RX = re.compile(
    rf"(?:,|—|–)\s*(?:{_CYR_VERBS})\s+" + _CYR_ADVERBIALS + r"(?P<s>[\u0400-\u04ff][^,.;:\n]{1,80})"
)
_CYRILLIC_RX = re.compile(r"[\u0400-\u04ff]{3}")
# Where a Cyrillic rebuttal's own words begin: "Украинская сторона | такие сообщения
# называет фейком", "У Силах оборони | ці заяви заперечують".
_CYR_REBUT_START_RX = re.compile(
    r"\s(?:эти|такие|подобные|это|ці|такі|подібні|це|называ\w*|назва\w*|назива\w*|заперечу\w*|"
    r"заперечи\w*|опроверг\w*|отрица\w*|спростову\w*|спростува\w*|відкида\w*|відкину\w*)\b",
    re.IGNORECASE,
)


def _cyr_rebutter(sentence: str) -> str | None:
    """The subject before the rebutting words of a Cyrillic sentence with no reporting
    verb ("Украинская сторона такие сообщения называет фейком" → "Украинская сторона"),
    without a leading "в/у" ("У ЗСУ ці заяви заперечують" → "ЗСУ")."""
    if not _CYRILLIC_RX.search(sentence):
        return None
    m = _CYR_REBUT_START_RX.search(sentence)
    if m is None:
        return None
    head = re.sub(r"^\W*(?:в|во|у)\s+", "", sentence[: m.start()].strip(), flags=re.IGNORECASE)
    return head if head and len(head.split()) <= 6 else None


_CLAIM_NOUN_START_RX = re.compile(
    r"(?:an?|the|this|that)\s+(?:claim|report|statement|assertion|allegation)s?\b", re.IGNORECASE
)
_CYR_THERE_RX = re.compile(r"(?:там|тут|здесь|там\s+же|тут\s+же|у\s+них|в\s+них)", re.IGNORECASE)
_CYR_IN_ANY_RX = re.compile(r"^(?:[вВуУ]|[вВ]о)\s+(?=[А-ЯЁІЇЄҐ])")
_CYR_DEMONSTRATIVE_END_RX = re.compile(r"\s+(?:это|эти|такие|це|ці|такі)$", re.IGNORECASE)
_CYR_IN_RX = re.compile(r"^(?:в|во|у)\s+(?=[А-ЯЁІЇЄҐ])")
_DEFINITE_RX = re.compile(
    r"^(?:the|this|that)\s+(unit|brigade|battalion|regiment|corps|ministry|army|military|command|"
    r"group|grouping|agency|channel|governor|spokesman|spokesperson|staff|administration|project|"
    r"report|statement|post|bulletin|map|update)$",
    re.IGNORECASE,
)
_KIND_OF_NOUN = {
    "unit": ("unit",),
    "brigade": ("unit",),
    "battalion": ("unit",),
    "regiment": ("unit",),
    "corps": ("unit",),
    "grouping": ("unit", "forces"),
    "group": ("unit", "osint", "forces"),
    "ministry": ("body",),
    "command": ("body", "forces"),
    "staff": ("body",),
    "army": ("forces", "body"),
    "military": ("forces", "body"),
    "agency": ("media", "body"),
    "channel": ("media", "osint"),
    "project": ("osint",),
    "administration": ("body",),
    "governor": ("person",),
    "report": ("osint", "media", "body", "unit"),
    "statement": ("body", "unit", "forces"),
    "post": ("osint", "media", "person", "unit"),
    "bulletin": ("body",),
    "map": ("osint", "body"),
    "update": ("osint", "media", "body"),
    "spokesman": ("person",),
    "spokesperson": ("person",),
}
# A sentence that continues someone's reported speech rather than the writer's narrative:
# a pronoun subject, a present-tense report, or "would/will/could" forecasts.
_REPORTED_SPEECH_RX = re.compile(
    r"^\W*(?:he|she|they|we|our|this|these|the\s+(?:enemy|adversary))\b|\b(?:according\s+to\s+(?:him|her|them))\b",
    re.IGNORECASE,
)
_AUX_WORDS = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "not", "had", "has", "have"}
)
_OFFICIAL_RX = re.compile(
    r"\b(?:minister|spokes(?:man|woman|person)|commander|governor|chief\s+of|head\s+of|"
    r"general\s+staff|deputy|official)\b",
    re.IGNORECASE,
)
_PRONOUN_START = re.compile(r"^\W*(?:he|she|they|it|він|вона|вони|он|она|они)\b", re.IGNORECASE)


# A local office: the mayor, governor or administration head of a named place.
_LOCAL_OFFICE_RX = re.compile(
    r"\b(?:mayor|governor|head\s+of\s+the\s+[\w\s-]{0,40}?(?:administration|council|"
    r"community|hromada)|(?:city|town|village|regional|district|military)\s+administration|"
    r"мэр\w*|губернатор\w*|міськ\w*\s+голов\w*|сільськ\w*\s+голов\w*|"
    r"(?:глав\w*|голов\w*|начальник\w*)\s+(?:[\w-]+\s+){0,3}?(?:администрац\w*|адміністрац\w*|"
    r"ОВА|МВА|РВА|громад\w*|района|району|области|області))",
    re.IGNORECASE,
)


_IN_CAPITAL_RX = re.compile(
    r"\b(?i:ministry|staff|command|government|headquarters|military|army|officials|"
    r"authorities|spokes(?:man|woman|person))\s+in\s+([A-Z][\w'’-]+)\b"
)


def _local_official_side(phrase: str, profile: Any) -> str | None:
    """The side of a local official of a named place ("the mayor of Izium",
    "Belgorod's governor", "the head of the Kupiansk district military
    administration"): the side at home in the country where the place lies, for a
    two-sided profile whose sides have homes.  A side word in the phrase
    ("Russian-installed mayor") is read before this, and wins."""
    from claimline.nlp.places import find_places, place_country
    from claimline.profiles import load_profile

    p = profile if hasattr(profile, "sides") else load_profile(profile)
    m = _IN_CAPITAL_RX.search(phrase)
    if m is not None:
        # "the General Staff in Kyiv", "the defence ministry in Moscow": a body
        # speaking from a side's capital speaks for that side
        word = m.group(1).lower()
        sides = {side.code for side in p.sides for c in side.capitals if c.lower() == word}
        if len(sides) == 1:
            return sides.pop()
    if not _LOCAL_OFFICE_RX.search(phrase):
        return None
    for mention in find_places(phrase, profile=profile):
        home = p.home_side(place_country(mention.place_id) if mention.place_id else None)
        if home is not None:
            return home
    return None


class SpeakerTrack:
    """Attribution for one document (see the module docstring)."""

    def __init__(self, doc: Document, spans: list[tuple[int, int]], *, profile: Any = None) -> None:
        self.doc = doc
        self.spans = spans
        self.profile = profile
        self.outlet = attribution.outlet_actor(doc.outlet, profile, doc.language)
        self.quotes = attribution.quote_spans(doc.text)
        self._quote_starts = [q[0] for q in self.quotes]
        self.paragraphs = paragraph_index(doc.text, spans)
        self._named: list[tuple[int, str]] = []
        self._sentence_phrase: dict[int, str] = {}
        for i, (s, e) in enumerate(spans):
            phrase = self._explicit_phrase(doc.text[s:e])
            if phrase:
                self._sentence_phrase[i] = phrase
                if not attribution.is_pronoun(phrase):
                    self._named.append((s, phrase))
        self._named_starts = [n[0] for n in self._named]
        self._sided: list[tuple[int, str, str]] | None = None  # computed when first needed

    # -- public -----------------------------------------------------------
    def attribute(self, i: int, offset: int, parse_phrase: str | None) -> attribution.Attribution:
        """The attribution of a claim whose trigger is at ``offset`` in sentence ``i``."""
        s, e = self.spans[i]
        sentence = self.doc.text[s:e]
        channel = attribution.channel_of(sentence, self.profile)
        quote = self._quote_at(offset)
        if parse_phrase == "" and quote is None:
            return attribution.Attribution(self.outlet, channel, self.doc.outlet, "outlet")
        if parse_phrase and not (quote and parse_phrase not in self.doc.text[quote[0] : quote[1]]):
            actor = self.resolve_phrase(parse_phrase, offset)
            return attribution.Attribution(actor, channel, self.doc.outlet, "parse")
        src = attribution.according_to(sentence)
        if src:
            return attribution.Attribution(
                self.resolve_phrase(src, offset), channel, self.doc.outlet, "according"
            )
        if quote is not None:
            found = attribution.quote_speaker(self.doc.text, quote, self.profile)
            if found:
                ctx = self.doc.text[quote[1] : quote[1] + 200]
                return attribution.Attribution(
                    self.resolve_phrase(found[0], offset),
                    channel or attribution.channel_of(ctx, self.profile),
                    self.doc.outlet,
                    "quote",
                )
        own = self._sentence_phrase.get(i)
        if own and self._phrase_governs_rest(sentence, own):
            return attribution.Attribution(
                self.resolve_phrase(own, offset), channel, self.doc.outlet, "sentence"
            )
        if (
            i > 0
            and self.paragraphs[i - 1] == self.paragraphs[i]
            and (i - 1) in self._sentence_phrase
            and _REPORTED_SPEECH_RX.search(sentence)
        ):
            prev = self._sentence_phrase[i - 1]
            return attribution.Attribution(
                self.resolve_phrase(prev, self.spans[i - 1][0]),
                channel,
                self.doc.outlet,
                "paragraph",
            )
        return attribution.Attribution(self.outlet, channel, self.doc.outlet, "outlet")

    def resolve_phrase(self, phrase: str, offset: int) -> Actor:
        """An actor for ``phrase``; a pronoun becomes the last named speaker before ``offset``."""
        if attribution.is_pronoun(phrase):
            k = bisect.bisect_left(self._named_starts, offset) - 1
            if phrase.strip().lower() == "it":
                # "It said" is a body or an outlet, never the person named last.
                k = self._last_body(k)
            if k >= 0:
                phrase = self._named[k][1]
            elif self.outlet is not None:
                return self.outlet
        actor = attribution.resolve(phrase, self.profile)
        m = _DEFINITE_RX.match(phrase.strip())
        if m and actor.side in ("unknown", None):
            earlier = self._antecedent(m.group(1).lower(), offset)
            if earlier is not None:
                return earlier
        if actor.side in ("unknown", None) and actor.canonical:
            if self._sided is None:
                self._sided = self._sided_mentions(self.doc.text, self.profile)
            key = actor.canonical or actor.name
            best = None
            for start, name, side in self._sided:
                if name == key and (best is None or start <= offset):
                    best = side
            if best is not None:
                actor = dataclasses.replace(actor, side=best)
        if actor.side in ("unknown", None):
            local = _local_official_side(phrase, self.profile)
            if local is not None:
                return dataclasses.replace(actor, side=local)
        if actor.side in ("unknown", None):
            # A role-only body ("the General Staff") takes the side the article gives
            # that body, else a one-sided outlet's own side.
            actor = self._contextual(phrase, actor)
        return actor

    def _last_body(self, k: int) -> int:
        """Index of the last named speaker at or before ``k`` that is not a person."""
        for j in range(k, max(-1, k - 6), -1):
            kind = attribution.resolve(self._named[j][1], self.profile).kind
            if kind in ("body", "media", "forces", "unit", "osint"):
                return j
        return k

    def _contextual(self, phrase: str, actor: Actor) -> Actor:
        try:
            from claimline.nlp.actors import resolve_speaker
        except ImportError:
            return actor
        clean = re.sub(r"['’]s?$", "", phrase.strip(" ,.;:—–-\"'“”«»")).strip()
        found = resolve_speaker(clean, self.profile, context=self.doc.text, outlet=self.doc.outlet)
        if found.side not in ("unknown", None):
            return found
        if found.kind in ("person", "unknown", "generic") and _OFFICIAL_RX.search(clean):
            # An official named by role alone ("Deputy Defence Minister X") in a
            # one-sided outlet is that side's official.
            side = self.outlet.side if self.outlet is not None else None
            if side not in ("unknown", "neutral", None):
                return dataclasses.replace(actor, side=side)
        return actor

    def _antecedent(self, noun: str, offset: int) -> Actor | None:
        """The last named speaker a definite description ("the unit") refers back to."""
        k = bisect.bisect_left(self._named_starts, offset) - 1
        for start, phrase in reversed(self._named[: k + 1]):
            if _DEFINITE_RX.match(phrase.strip()):
                continue
            actor = attribution.resolve(phrase, self.profile)
            kinds = _KIND_OF_NOUN.get(noun, ())
            if noun in phrase.lower() or actor.kind in kinds:
                return actor
            if offset - start > 3000:
                break
        return None

    @staticmethod
    def _sided_mentions(text: str, profile: Any) -> list[tuple[int, str, str]]:
        """Actor mentions whose side the document's context settles ("Ukraine's General Staff")."""
        try:
            from claimline.nlp.actors import find_actors
        except ImportError:
            return []
        out = []
        for m in find_actors(text, profile):
            side = str(m.actor.side)
            if side not in ("unknown", "neutral", "None"):
                out.append((m.start, m.actor.canonical or m.actor.name, side))
        return out

    def rebuttal_after(self, i: int, rx: re.Pattern[str]) -> Actor | None:
        """The speaker of a rebuttal sentence right after sentence ``i`` ("This is false.")."""
        if i + 1 >= len(self.spans):
            return None
        s, e = self.spans[i + 1]
        sentence = self.doc.text[s:e]
        if not rx.search(sentence):
            return None
        return self.rebuttal_speaker(i + 1)

    def rebuttal_speaker(self, j: int) -> Actor | None:
        """Who speaks in rebuttal sentence ``j``: its subject, its quote's speaker, or
        the outlet."""
        s, _e = self.spans[j]
        phrase = self._sentence_phrase.get(j)
        if phrase:
            # "X called the claim untrue and said ...": the speaker is X, not the clause.
            phrase = _REBUTTING_VERB_RX.split(phrase, maxsplit=1)[0].strip() or phrase
            if _CYRILLIC_RX.search(phrase):
                # "В Генштабе ВСУ это опровергли": the body, without "в" and "это"
                bare = _CYR_DEMONSTRATIVE_END_RX.sub("", _CYR_IN_ANY_RX.sub("", phrase, count=1))
                phrase = bare.strip() or phrase
            return self.resolve_phrase(phrase, s)
        quote = self._quote_at(s + 1) or self._quote_at(s)
        if quote is not None:
            found = attribution.quote_speaker(self.doc.text, quote, self.profile)
            if found:
                return self.resolve_phrase(found[0], s)
        # "A spokesman for X, speaking by phone, described the statement as premature":
        # the subject before the rebutting verb, without its parenthetical
        m = _REBUTTER_RX.match(self.doc.text, s, _e)
        if m:
            return self.resolve_phrase(m.group("s"), s)
        subject = _cyr_rebutter(self.doc.text[s:_e])
        if subject is not None:
            actor = self.resolve_phrase(subject, s)
            if actor.side not in ("unknown", None):
                return actor
        return self.outlet

    # -- helpers ------------------------------------------------------------
    def _quote_at(self, offset: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self._quote_starts, offset) - 1
        if k >= 0 and self.quotes[k][0] <= offset < self.quotes[k][1]:
            return self.quotes[k]
        return None

    @staticmethod
    def _explicit_phrase(sentence: str) -> str | None:
        m = _APPOSED_SUBJECT_RX.match(sentence)
        if m:
            return m.group("s").strip()
        folded = fold(sentence)
        for m in (
            _SUBJECT_VERB_RX.finditer(sentence) if might_match(_SUBJECT_VERB_RX, folded) else ()
        ):
            phrase = m.group("s").strip()
            if _CLAIM_NOUN_START_RX.match(phrase):
                continue  # "…, a claim Kyiv denied": the denier, not the speaker
            if phrase.split()[-1].lower() not in _AUX_WORDS and len(phrase.split()) <= 9:
                return phrase
        m = _VERB_SUBJECT_RX.search(sentence) if might_match(_VERB_SUBJECT_RX, folded) else None
        if m:
            return m.group("s").strip()
        if _CYRILLIC_RX.search(sentence):
            m = _CYR_SUBJECT_VERB_RX.search(sentence) or _CYR_VERB_SUBJECT_RX.search(sentence)
            if m and len(m.group("s").split()) <= 9:
                phrase = m.group("s").strip()
                if m.re is _CYR_VERB_SUBJECT_RX:
                    # "сообщили в Москве", "заявили у Генштабі": the body or capital
                    # "in" which it was said is the speaker
                    phrase = _CYR_IN_RX.sub("", phrase, count=1)
                if not _CYR_THERE_RX.fullmatch(phrase):
                    # "— наголосили там": "there" points back to a speaker named before
                    return phrase
        if _PRONOUN_START.match(sentence) and re.search(
            r"\b(?:said|says|added|told|stated|noted)\b", sentence
        ):
            return sentence.strip().split()[0]
        src = attribution.according_to(sentence)
        return src.strip() if src else None

    @staticmethod
    def _phrase_governs_rest(sentence: str, phrase: str) -> bool:
        """A reporting clause at the start or end of the sentence speaks for all of it."""
        idx = sentence.find(phrase)
        return idx >= 0 and (idx < 40 or idx > len(sentence) - len(phrase) - 60)
