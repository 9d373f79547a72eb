"""Russian and Ukrainian claim finding by lexicon, without a parser.

The same :class:`~claimline.nlp.claims_en.Finding` records as the English
path, from word windows: a trigger stem (взяли, освободили, контролируют,
окружили, отошли; звільнили, контролюють, оточили, відійшли), the nearest
place in its clause, and the side words of the clause (ВСУ/ЗСУ, российские/
російські, окупанти) read by case: an instrumental agent ("заблокированы
российскими войсками") or the nominative subject before the verb; a passive
participle with only a patient side gives the other side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from claimline.model import ClaimType, Modality, PlaceKind, PlaceMention
from claimline.nlp import attribution, modality
from claimline.nlp.claim_lexicon import ENEMY_WORDS, OWN_SIDE_WORDS
from claimline.nlp.claim_lexicon_cyr import CYR_TRIGGERS
from claimline.nlp.claims_en import Finding, other_side
from claimline.nlp.rx_screen import fold, screens

# Clause breaks; a complementiser ("що", "что") starts the reported clause.
# A reporting tail (", заявили у Генштабі ЗСУ", ", сообщили в Минобороны") names the
# speaker, not an actor of the clause before it.
_CLAUSE_BREAK = re.compile(
    r"[;:!?]|,\s+(?:а|но|но и|однако|але|проте|тогда как|тоді як|что|що|чтобы|щоб)\b|\s[—–]\s|\.\s"
    r"|,\s+(?:заяв|сообщ|повідом|зазнач|отмет|сказа|напис|доложи|підтверд|подтверд|уточни|"
    r"додав|добави|передает|передає|пишет|пише)[а-яёіїєґ]*\b"
)
_WORD = re.compile(r"[\w'’ʼ-]+")
_NAME_NOUN_RX = re.compile(r"(?i:назван\w*|назв[аиуі]|наименовани\w*|найменуванн\w*|имя|ім'я|ім’я)")
_PASSIVE_END = re.compile(
    r"(?:ан|ен|ён|ян|ован|ін|ін|т)(?:а|о|ы|і|и|ий|ый|а)?$|(?:ано|ено|ено|ито|ато)$", re.IGNORECASE
)
_INSTRUMENTAL = re.compile(r"(?:ими|ыми|ами|ями|ом|ем|ою|ею)$", re.IGNORECASE)
_PRESENT_END = re.compile(r"(?:ют|ут|ат|ят|ет|ёт)$", re.IGNORECASE)
# A denial verb before the trigger in the same sentence rejects it ("спростувало заяву про
# нібито захоплення X"); the sentence's speaker is the denier.
_CYR_DENY_RX = re.compile(
    r"(?:опроверг|отверг|опровер|спростува|спростову|відкину|заперечи|заперечу)\w*", re.IGNORECASE
)
# After the denial, a colon or "за словами X" opens the denier's own account:
# "ці заяви заперечують: село залишається під контролем ЗСУ" asserts the hold.
_OWN_ACCOUNT_RX = re.compile(r":|\b(?:за\s+словами|по\s+словам|по\s+его\s+словам)\b", re.I)


def _denial_end(sentence: str, pos: int) -> int | None:
    """Where the last denial verb before ``pos`` ends, when it rejects the claim at
    ``pos`` rather than introducing the denier's own counter-claim after a colon."""
    found = list(_CYR_DENY_RX.finditer(sentence, 0, pos))
    if not found or _OWN_ACCOUNT_RX.search(sentence, found[-1].end(), pos):
        return None
    return found[-1].end()


def _denied_before(sentence: str, pos: int) -> bool:
    return _denial_end(sentence, pos) is not None


# What was said is untrue: "Заява про захоплення X не відповідає дійсності",
# "сообщения о взятии X являются фейком".
_UNTRUE_AFTER_RX = re.compile(
    r"\bне\s+(?:відповіда|соответству)\w*\s+(?:дійсності|действительности)|"
    r"\b(?:є|являются|является|—)\s+(?:фейк\w*|неправд\w*|ложью|брехн\w*|вигадк\w*|выдумк\w*)",
    re.IGNORECASE,
)
# A later clause of the sentence that rejects what came before: "однако
# украинская сторона это опровергла", "але в ЗСУ це заперечили".
_CYR_LATER_DENIAL_RX = re.compile(
    r"(?:,|—|–)\s*(?:однако|но|а|але|проте|втім|однак)\s+(?P<s>[^,.;:!?]{2,60}?)\s+"
    r"(?:(?:это|эту\s+информацию|эти\s+данные|це|цю\s+інформацію|ці\s+дані)\s+)?"
    r"(?:опроверг\w*|отверг\w*|отрица\w*|спростува\w*|спростову\w*|відкину\w*|заперечи\w*|"
    r"заперечу\w*)",
    re.IGNORECASE,
)


def later_denials(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Denials in a later clause of the Cyrillic sentence ``text[start:end]``:
    ``(document offset of the clause, the denier's phrase)``."""
    return [
        (start + m.start("s"), m.group("s").strip())
        for m in _CYR_LATER_DENIAL_RX.finditer(text, start, end)
    ]


# Where a withdrawal went: "отошли на территорию области", "відійшли в бік кордону".
_DESTINATION_RX = re.compile(
    r"\s+(?:на\s+(?:территори|територі|позици|позиці|рубеж|линию|лінію)\w*|в\s+сторону|у\s+бік|"
    r"в\s+бік|в\s+направлении|в\s+напрямку|у\s+напрямку|вглубь|вглиб|к\s|до\s)",
    re.IGNORECASE,
)
_TAKEN_UNDER_RX = re.compile(
    r"(?:взя|узя|установ|встанов|брал|бра)\w*\s+(?:[\w'’ʼ-]+\s+){0,4}?(?:под|під)\s+$",
    re.IGNORECASE,
)
# Reflexive possessives: the forces are the subject's own ("своих бойцов", "своїх військ").
_OWN_RX = re.compile(r"\bсво(?:их|їх|и|ї|ими|їми|ей|єї)\b", re.IGNORECASE)
_FROM_RX = re.compile(r"\b(?:от|від|из|з)\s+$", re.IGNORECASE)
# What may stand between two listed places: commas, "и/і/та/й", a dash, and the settlement
# nouns that introduce the list ("и ряда близлежащих населённых пунктов —", "та сіл").
_LIST_GAP_RX = re.compile(
    r"(?:\s*(?:,|и|і|й|та|а\s+также|а\s+також|также|також|[—–:(]|"
    r"(?:ряд|ряда|рядом|нескольк|кільк|близлежащ|соседн|сусідн|прилегающ|прилегл|"
    r"населенн|населён|насел|пункт|сел|сёл|посел|селищ|деревн|хутор|город|міст)\w*|"
    # a listed name the gazetteer does not know still continues the list
    r"(?-i:[А-ЯЁІЇЄҐ])[\w'’ʼ-]*)\s*)+",
    re.IGNORECASE,
)
# Infinitive trigger forms ("отвести", "взять", "звільнити") report a plan or a promise ...
_INFINITIVE_RX = re.compile(r"\w+(?:ть|ти|чь)(?:ся|сь)?\b", re.IGNORECASE)
# ... in Ukrainian only "-ти": "-ють/-ять/-уть", "-ється" are present-tense persons.
_INFINITIVE_UK_RX = re.compile(r"\w+ти(?:ся|сь)?\b", re.IGNORECASE)
_UK_LETTERS_RX = re.compile(r"[іїєґІЇЄҐ]")
# A past authorisation or decision ("разрешило", "дозволило", "решило", "вирішило"): the
# command announces a pull-out it allowed; a bare order ("приказал отвести") stays a plan.
_ORDERED_PAST_RX = re.compile(
    r"\b(?:разрешил|дозволил|ухвалил|вирішил|решил)\w*\s+(?:[\w'’ʼ-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# A perfective stem with a present-tense ending is a future: "освободят", "окружат",
# "звільнять", "захопимо" promise or forecast a change of hands; the imperfective present
# of the same stems ("освобождают", "звільняють") has a vowel before the ending.  Short
# participles ("занят", "взят") and participle adjectives ("звільненим") are no futures.
_FUTURE_RU_RX = re.compile(
    r"\w*[^аеёиоуыэюяь](?:ят|ит|им|ишь|ите)|\w+(?:жат|чат|шат)", re.IGNORECASE
)
_FUTURE_UK_RX = re.compile(
    r"\w*[^аеєиіїоуюяь'’ʼ](?:ять|ить|имо|имемо|ите|иш|уть|ать)|\w*(?:тим(?:у|еш|е|емо|ете|уть))",
    re.IGNORECASE,
)
# "-ходить/-водить" stems are imperfective: "заходять", "отводят" are the present.
_NOT_FUTURE_RX = re.compile(
    r"(?:занят|взят|\w*(?:ен|ён|ан|ян)(?:им|ит|ий)|\w*(?:ход|вод|хож|вож)\w*)", re.IGNORECASE
)
# "будут контролировать", "будемо утримувати", "буде звільнено": the analytic future.
_WILL_RX = re.compile(r"\b(?:буд(?:у|ешь|ет|ем|ете|ут|еш|е|емо|уть))\s+(?:\w+\s+)?$", re.IGNORECASE)
_WE_ENDING_RX = re.compile(r"\w*(?:им|ём|ем|имо|емо)", re.IGNORECASE)
# Verbs of a change of hands; a state or a fight has no perfective future to misread.
_CHANGE_TYPES = frozenset(
    {ClaimType.CAPTURED, ClaimType.ENCIRCLED, ClaimType.WITHDREW, ClaimType.ENTERED,
     ClaimType.REPELLED}
)  # fmt: skip


def future_modality(
    word: str, before: str, claim_type: ClaimType, ukrainian: bool
) -> Modality | None:
    """``INTENDED`` for a first-person-plural future ("звільнимо", "освободим",
    "будем удерживать"), ``PREDICTED`` for any other future form of the trigger
    ``word`` (a perfective present-tense ending, a Ukrainian "-тиме-" form, or
    "будут/буде" right before it), else ``None``."""
    low = word.lower()
    future = bool(_WILL_RX.search(before))
    if not future and claim_type in _CHANGE_TYPES and not _NOT_FUTURE_RX.fullmatch(low):
        rx = _FUTURE_UK_RX if ukrainian else _FUTURE_RU_RX
        future = bool(rx.fullmatch(low))
    elif not future and ukrainian:
        future = bool(re.fullmatch(r"\w*тим(?:у|еш|е|емо|ете|уть)", low))
    if not future:
        return None
    we = _WE_ENDING_RX.fullmatch(low) or re.search(r"\bбуд(?:ем|емо)\b", before, re.IGNORECASE)
    return Modality.INTENDED if we else Modality.PREDICTED


# ... unless the words before say it was done: "удалось взять", "вдалося звільнити".
# "были вынуждены отступить", "довелося відійти": made to do it, so done.
_MANAGED_RX = re.compile(
    r"\b(?:удалось|удалос|вдалося|вдалось|смогл\w*|смог|змогл\w*|зміг|начал\w*|почал\w*|стал[иа]?|"
    r"вынужден\w*|змушен\w*|пришлось|довелося|довелось)\b",
    re.IGNORECASE,
)


_CYR_SCREENS = screens(CYR_TRIGGERS, lambda t: t.pattern)

# Civilians leaving a town are no forces withdrawing: "город покинули ещё сто жителей".
_CIVILIANS_RX = re.compile(
    r"\b(?:жител\w*|жильц\w*|мешканц\w*|мешканк\w*|населени\w*|населенн\w*|беженц\w*|біженц\w*|"
    r"переселенц\w*|мирн\w+\s+(?:жител|люд|населен)\w*|цивільн\w*|семь[ия]|семей|родин\w*|"
    r"дет(?:ей|и)|діт(?:ей|и)|люд(?:ей|и))\b",
    re.IGNORECASE,
)
# "их подразделения", "їхні підрозділи" in reported speech: the forces of the reporter.
_THEIR_FORCES_RX = re.compile(
    r"\b(?:их|їхн\w*|їх)\s+(?:[\w'’ʼ-]+\s+)?(?:подразделени\w*|підрозділ\w*|войск\w*|військ\w*|"
    r"бойц\w*|бійц\w*|солдат\w*|част(?:и|ей)|частин\w*|сил[иы]?|штурмовик\w*|бригад\w*)",
    re.IGNORECASE,
)


def find_cyr(
    text: str, start: int, end: int, places: Sequence[PlaceMention], *, profile: Any = None
) -> list[Finding]:
    """Findings in the Cyrillic sentence ``text[start:end]`` (document offsets)."""
    sentence = text[start:end]
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    repelled_ends: list[int] = []
    folded = fold(sentence)
    for trig, lits in _CYR_SCREENS:
        if lits is not None and not any(map(folded.__contains__, lits)):
            continue  # none of the words the pattern needs is in the sentence
        for m in trig.pattern.finditer(sentence):
            t0, t1 = start + m.start(), start + m.end()
            if any(a <= t0 < b for a, b in seen):
                continue
            if trig.type is ClaimType.CONTESTED and any(
                0 <= m.start() - e <= 40 and not _CLAUSE_BREAK.search(sentence, e, m.start())
                for e in repelled_ends
            ):
                continue  # "отбили несколько штурмов города": the assaults were repelled
            seen.add((t0, t1))
            if trig.role == "attempt" and m.groupdict().get("end"):
                # the verb that ends the attempt ("были отражены", "змушені відступити")
                # belongs to this claim, not to one of its own
                seen.add((start + m.start("end"), start + m.end("end")))
            if trig.type is ClaimType.REPELLED:
                repelled_ends.append(m.end())
            c0, c1 = _clause(sentence, m.start(), m.end())
            if trig.type is ClaimType.CONTROLS and _TAKEN_UNDER_RX.search(
                sentence[max(c0, m.start() - 60) : m.start()]
            ):
                continue  # "взяли город под контроль" is the capture, not a second claim
            if trig.type is ClaimType.WITHDREW and _CIVILIANS_RX.search(sentence, c0, c1):
                continue  # residents leaving, not forces
            in_clause = [
                p
                for p in places
                if start + c0 <= p.start < start + c1 and p.kind is not PlaceKind.COUNTRY
            ]
            rel = _relative_antecedent(sentence, start, c0, m.start(), places)
            if rel is not None:
                in_clause = [rel]
            if not in_clause:
                continue
            fine = [p for p in in_clause if p.kind in (PlaceKind.SETTLEMENT, PlaceKind.PART)]
            place = min(
                fine or in_clause,
                key=lambda p: (_after_time_anchor(text, p), _distance(p, t0, t1)),
            )
            if (
                trig.type is ClaimType.WITHDREW
                and place.end <= t0
                and _DESTINATION_RX.match(sentence, m.end())
                and not _FROM_RX.search(text[max(0, place.start - 5) : place.start])
            ):
                continue  # "… к X, противник отошел на территорию области": X is no origin
            same = [p for p in in_clause if p.canonical and p.canonical == place.canonical]
            actor, how, own, enemy = _actor(sentence, c0, c1, m, profile)
            deny_end = _denial_end(sentence, m.start())
            if deny_end is not None and deny_end > c0:
                # "Генштаб ЗСУ спростував заяву про захоплення X": the denier named
                # before the denial verb is not the one whose capture is denied
                actor, how, own, enemy = _actor(sentence, deny_end, c1, m, profile)
            if actor is None and not enemy and _THEIR_FORCES_RX.search(sentence, c0, c1):
                # "блогеры писали, что их подразделения вошли в X": the reporter's side
                actor, how = _side_before(sentence, c0, profile), "pronoun"
                own = actor is None
            if trig.role == "attempt":
                # the attackers tried and fell back: the other side repelled them
                if actor is not None:
                    actor, how = other_side(actor, profile), "patient"
                elif enemy or own:
                    own, enemy = enemy, own
            if actor is None and not (own or enemy) and _SUBJECTLESS_RX.match(sentence, c0):
                # "командование украинской группировки заявило, что разрешило отвести …":
                # a reported clause opening on its verb goes on with the reporter's subject
                actor, how = _side_before(sentence, c0, profile), "pronoun"
            named = m.groupdict().get("act")
            if trig.role == "inline" and named and attribution.side_of(named, profile):
                actor, how, own, enemy = attribution.side_of(named, profile), "inline", False, False
            before = sentence[max(c0, m.start() - 40) : m.start()]
            mod = modality.modality_text(before)
            inf_rx = _INFINITIVE_UK_RX if _UK_LETTERS_RX.search(sentence) else _INFINITIVE_RX
            planned = (
                trig.role != "attempt"
                and inf_rx.fullmatch(m.group(0).split()[0])
                and not _MANAGED_RX.search(before)
            )
            if mod is None and planned:
                mod = Modality.INTENDED  # "пообещал ... отвести бойцов": a plan, not a report
            if trig.type is ClaimType.WITHDREW and _ORDERED_PAST_RX.search(before):
                # "разрешило отвести подразделения из X": a pull-out authorised or decided
                # in the past is reported as made, as in English
                mod = None
            if mod is None:
                mod = future_modality(
                    m.group(0).split()[0], before, trig.type, bool(_UK_LETTERS_RX.search(sentence))
                )
            first = same[0] if same else place
            for target in [first, *_listed_after(text, first, places)]:
                out.append(
                    _finding(trig, target, t0, t1, m, actor, how, own, enemy, before, sentence, mod)
                )
    return out


def _finding(
    trig: Any,
    place: PlaceMention,
    t0: int,
    t1: int,
    m: re.Match[str],
    actor: str | None,
    how: str,
    own: bool,
    enemy: bool,
    before: str,
    sentence: str,
    mod: Modality | None,
) -> Finding:
    return Finding(
        type=trig.type,
        place=place,
        trigger_start=t0,
        trigger_end=t1,
        framing=m.group(0),
        actor=actor,
        actor_how=how,
        place_how="clause",
        negated=trig.role == "absent"
        or modality.is_negated_text(before)
        or _denied_before(sentence, m.start())
        or bool(_UNTRUE_AFTER_RX.search(sentence, m.end())),
        modality=mod,
        hedged=modality.is_hedged_text(sentence),
        extent=place.part,
        speaker_phrase=None,
        own_side=own,
        enemy=enemy,
    )


def _listed_after(
    text: str, first: PlaceMention, places: Sequence[PlaceMention]
) -> list[PlaceMention]:
    """The places listed after ``first`` ("X и рядом близлежащих сёл — A, B и C"): each
    is joined to the one before by a comma, a conjunction or a settlement noun.  Two names
    joined by a bare space are one name the gazetteer split, so both are left out."""
    after = [p for p in places if p.start >= first.end]
    out: list[PlaceMention] = []
    prev_end, pending = first.end, None
    for p in after:
        gap = text[prev_end : p.start]
        if gap == " " and pending is not None:
            pending = None  # "Белая Гора" read as two places: neither is reliable
            prev_end = p.end
            continue
        if not _LIST_GAP_RX.fullmatch(gap):
            break
        if pending is not None:
            out.append(pending)
        pending = p if p.kind in (PlaceKind.SETTLEMENT, PlaceKind.PART) else None
        prev_end = p.end
    if pending is not None:
        out.append(pending)
    return [p for p in out if p.canonical != first.canonical]


# A relative pronoun ("который", "яке") opening a clause about a named place.
_RELATIVE_RX = re.compile(
    r",\s*(?:котор(?:ый|ая|ое|ые|ого|ую|ом|ой|ых)|як(?:ий|а|е|і|у|ого|ій|им|их))\b", re.IGNORECASE
)


def _relative_antecedent(
    sentence: str, start: int, c0: int, t0: int, places: Sequence[PlaceMention]
) -> PlaceMention | None:
    """The settlement a relative clause holding the trigger is about: "об освобождении
    X — крупнейшего города области, который украинские войска удерживали" → X.  Only
    when no settlement stands between the clause start and the pronoun (the nearest
    named one before the pronoun, across a dash)."""
    rel = None
    for r in _RELATIVE_RX.finditer(sentence, c0, t0):
        rel = r
    if rel is None:
        return None
    fine = [
        p
        for p in places
        if p.start < start + rel.start() and p.kind in (PlaceKind.SETTLEMENT, PlaceKind.PART)
    ]
    if not fine or fine[-1].start >= start + c0:
        return None  # the clause names its own town: the usual nearest-place rule holds
    return fine[-1]


# A reported clause that opens on a past-tense verb has no subject of its own.
_SUBJECTLESS_RX = re.compile(r"\s*(?:\w+(?:ло|ли|ла|лось|лися|лась|л|в|вся))\b", re.IGNORECASE)


def _side_before(sentence: str, c0: int, profile: Any) -> str | None:
    """The first side word of the sentence before offset ``c0`` (the reporting clause)."""
    for w in _WORD.finditer(sentence, 0, c0):
        side = attribution.side_of(w.group(0), profile)
        if side:
            return side
    return None


# "под контролем Киева после падения X": a place that only dates the claim.
_TIME_ANCHOR_RX = re.compile(r"\b(?:после|після|перед|вслед\s+за)\s+(?:[\w'’ʼ-]+\s+){0,2}$", re.I)


def _after_time_anchor(text: str, p: PlaceMention) -> bool:
    """Whether ``p`` stands in a "после/після (падения) X" phrase that dates the claim."""
    return bool(_TIME_ANCHOR_RX.search(text, max(0, p.start - 40), p.start))


def _clause(sentence: str, a: int, b: int) -> tuple[int, int]:
    left = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, a):
        left = m.end()
    m = _CLAUSE_BREAK.search(sentence, b)
    right = m.start() if m else len(sentence)
    return left, right


def _distance(p: PlaceMention, t0: int, t1: int) -> int:
    # A place after the verb is its object more often than one before it.
    return p.start - t1 if p.start >= t1 else (t0 - p.end) * 2


def _actor(
    sentence: str, c0: int, c1: int, m: re.Match[str], profile: Any
) -> tuple[str | None, str, bool, bool]:
    cands: list[tuple[int, str, bool]] = []
    own = enemy = False
    words = list(_WORD.finditer(sentence, c0, c1))
    naming = {i for i in range(len(words) - 1) if _NAME_NOUN_RX.fullmatch(words[i + 1].group(0))}
    ukrainian = bool(_UK_LETTERS_RX.search(sentence))
    for i, w in enumerate(words):
        low = w.group(0).lower()
        # Ukrainian writers' "окупанти" are the Russian forces whoever reports it: the
        # profile's pejorative names the side (a Russian text's "оккупанты" stays the
        # speaker's opponent, which in Kursk reports is Ukraine's army)
        if low in ENEMY_WORDS and not (ukrainian and attribution.side_of(w.group(0), profile)):
            enemy = True
            cands.append((w.start(), "?enemy", False))
            continue
        if low in OWN_SIDE_WORDS:
            own = True
            if 0 <= m.start() - w.end() <= 2:
                # "під нашим контролем": the own-side word governs its trigger, whatever
                # enemy the clause names after it ("ворог навіть не зайшов")
                return None, "pronoun", True, False
        if i in naming:
            continue  # "(украинское название — Торецк)": a language of a name, no actor
        nxt = i + 1 < len(words) and i + 1 not in naming
        pair = w.group(0) + (" " + words[i + 1].group(0) if nxt else "")
        side = attribution.side_of(w.group(0), profile) or attribution.side_of(pair, profile)
        if side:
            from_before = bool(_FROM_RX.search(sentence[max(0, w.start() - 5) : w.start()]))
            cands.append(
                (
                    w.start(),
                    side if not from_before else "!" + side,
                    # an indeclinable abbreviation right after the verb is its agent
                    # ("звільнений ЗСУ")
                    bool(_INSTRUMENTAL.search(w.group(0)))
                    or (w.group(0).isupper() and 0 < w.start() - m.end() <= 3),
                )
            )
    trig_word = m.group(0).split()[0]
    # "-ют/-ат/-ет" are present-tense persons ("удерживают"), not short participles.
    passive = bool(_PASSIVE_END.search(trig_word)) and not _PRESENT_END.search(trig_word)
    if passive:
        agents = [c for c in cands if c[2] and not c[1].startswith(("?", "!"))]
        if agents:
            return agents[0][1], "lexical", False, False
        freed_from = [c for c in cands if c[1].startswith("!")]
        if freed_from:  # "звільнено від окупантів": the side it was taken from lost it
            other = other_side(freed_from[0][1][1:], profile)
            if other:
                return other, "patient", False, False
        # the patient nearest before the participle: "по данным Минобороны России,
        # попытки ВСУ ... были отражены" names the source first
        patients = sorted(
            (c for c in cands if not c[1].startswith(("?", "!"))),
            key=lambda c: (c[0] > m.start(), abs(c[0] - m.start())),
        )
        if patients:
            other = other_side(patients[0][1], profile)
            if other:
                return other, "patient", False, False
    for _pos, side, _inst in sorted(cands, key=lambda c: (c[0] > m.start(), abs(c[0] - m.start()))):
        if side == "?enemy":
            return None, "pronoun", False, True
        if side.startswith("!"):
            other = other_side(side[1:], profile)
            if other and m.re in (CYR_TRIGGERS[0].pattern,):
                return other, "patient", False, False
            continue
        return side, "lexical", False, False
    if own or _OWN_RX.search(sentence, c0, c1):
        # "заявило, що завершило відведення своїх військ": "своих" is the side of the
        # subject before the reported clause, when the sentence names it.
        for w in _WORD.finditer(sentence, 0, c0):
            side = attribution.side_of(w.group(0), profile)
            if side:
                return side, "pronoun", False, False
        return None, "pronoun", True, False
    if enemy:
        return None, "pronoun", False, True
    return None, "none", False, False


_ANY_CYRILLIC = re.compile("[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    """Whether ``text`` is mostly Cyrillic letters."""
    if _ANY_CYRILLIC.search(text, 0, 4000) is None:
        return False  # the common case of a Latin-script text, without a per-letter count
    letters = [c for c in text[:4000] if c.isalpha()]
    if not letters:
        return False
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return cyr / len(letters) > 0.5


__all__ = ["ClaimType", "find_cyr", "future_modality", "is_cyrillic"]
