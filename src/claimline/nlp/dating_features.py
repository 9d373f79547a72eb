"""Features for event linking: what two reports of the same events share.

A document becomes a :class:`LinkDoc` once, and every comparison reuses it.
Its features are prefixed strings, counted:

* ``p:`` a settlement, part of a town, front sector or feature, by gazetteer
  id (Kupyansk, Kupiansk and Купянск are one feature); ``r:`` an oblast or
  other administrative area; ``c:`` a country.  From
  :func:`claimline.nlp.places.find_places` when the gazetteer is available.
* ``n:`` a multiword name ("Vitaly Ganchev", "RIA Novosti") and the canonical
  name of a profile actor (so "Gahev", a misspelling, meets "Ganchev").
* ``w:`` any other capitalised word that is not a function word (a data
  stoplist for English, Russian and Ukrainian) and that the document does not
  also write in lower case.
* ``#:`` numbers: large ones by value ("27,000"), small ones only with the
  noun they count ("five attacks" → ``#:5 attack``), percentages.
* ``q:`` word triples of quoted speech; ``d:`` day-month mentions ("July 28").

Names are folded so that spellings and inflections meet: romanised, lower
case, ``kh``→``h`` and ``y``/``j``→``i``, English possessives removed and one
Slavic case ending cut ("Ганчева", "Ganchev"; "Зеленського", "Zelensky").
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

from claimline.nlp.timex import TimeMention, find_times

__all__ = [
    "FEATURE_WEIGHTS",
    "LinkDoc",
    "TextFeatures",
    "clear_memo",
    "completed",
    "compute_text_features",
    "fold_name",
    "link_doc",
    "is_stopword",
    "link_features",
    "stopwords",
    "text_features",
    "text_key",
]

#: How much a shared feature of each kind says about "the same events".
#: Places and people say most; a country or an oblast says little.
FEATURE_WEIGHTS: dict[str, float] = {
    "p": 2.0, "r": 0.6, "c": 0.2, "n": 2.0, "w": 1.0, "#": 1.5, "q": 1.0, "d": 1.5,
}  # fmt: skip

_CAP = re.compile(r"(?<![\w'’ʼ-])[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]*")
_LOWER = re.compile(r"(?<![\w/.@'’ʼ-])[a-zа-яёіїєґ][\w'’ʼ-]*(?![\w/@]|\.\w)")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[,  ]\d{3})+|\d+(?:\.\d+)?)(\s?%|(?![\w]))")
_QUOTES = (
    re.compile(r"“([^”]{12,400})”"),
    re.compile(r"«([^»]{12,400})»"),
    re.compile(r"\"([^\"\n]{12,400})\""),
    re.compile(r"(?<!\w)‘([^‘\n]{12,400}?)’(?!\w)"),
)
_NEXT_WORD = re.compile(r"\s+(?:(?:of|more|than|over|about|some|the)\s+)?([^\W\d_][\w-]*)")
_NUMBER_WORDS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24}  # fmt: skip
_NUMBER_WORD = re.compile(r"(?<![\w-])(" + "|".join(_NUMBER_WORDS) + r")(?![\w-])", re.IGNORECASE)
#: One Slavic case ending (romanised, after folding), longest first.
_SLAVIC_ENDINGS = (
    "iami ami ogo ego omu emu oiu eiu iah ah oi ei ii ia im om em oe am iam u iu a e i o"
)
_ENDINGS = tuple(sorted(_SLAVIC_ENDINGS.split(), key=len, reverse=True))
_MIN_STEM = 4
#: From this population on, a city says as little about the story as an oblast.
BIG_CITY = 1_000_000
_ACTOR_KINDS = {"person", "body", "unit", "media", "osint"}  # not forces, states, generic


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The function words that are never names, from ``data/link_stopwords.txt``.

    Kept as written (lower case, apostrophes unified), not folded: a folded
    Russian "ради" would stop the English "Radio".
    """
    text = resources.files("claimline").joinpath("data/link_stopwords.txt").read_text("utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        words.update(_plain_lower(w) for w in line.split("#", 1)[0].split())
    return frozenset(words)


def _plain_lower(word: str) -> str:
    return re.sub(r"[’ʼ`]", "'", word.lower())


@lru_cache(maxsize=65536)  # asked for every capitalised word of every text
def is_stopword(word: str) -> bool:
    """Whether ``word`` (any case, a possessive allowed) is a function word."""
    low = _plain_lower(word)
    stop = stopwords()
    return low in stop or (low.endswith("'s") and low[:-2] in stop)


@lru_cache(maxsize=65536)
def fold_name(word: str) -> str:
    """A spelling-tolerant key for one word: romanised, lower case, possessive
    and one case ending removed; "" when nothing of a word is left."""
    word = re.sub(r"[’'ʼ`]s$", "", word)
    low = re.sub(r"[^a-z]", "", anyascii(word).lower())
    low = low.replace("kh", "h").replace("y", "i").replace("j", "i")
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= _MIN_STEM:
            return low[: -len(ending)]
    return low


def _plain_word(word: str) -> str:
    """An ordinary counted noun, folded: "attacks" → "attack"."""
    low = fold_name(word)
    return low[:-1] if low.endswith("s") and len(low) > 4 else low


@dataclass(frozen=True, slots=True)
class LinkDoc:
    """A document as event linking sees it, computed once.

    ``features`` counts the prefixed features described in the module
    docstring; ``lower`` holds the folded words the document writes in lower
    case (a capitalised word the corpus also writes in lower case is no name);
    ``cluster_id`` groups copies of one syndicated story.
    """

    id: str
    published: date | None
    features: Counter[str]
    lower: frozenset[str] = frozenset()
    cluster_id: str | None = None
    labels: dict[str, str] = field(default_factory=dict)  # feature -> a readable name


@lru_cache(maxsize=4096)
def _place_prefix(place_id: str, kind: str) -> str:
    """``c`` for a country, ``r`` for an oblast or a city of a million (a capital
    often stands for its government and is named in every report), else ``p``."""
    if kind == "country":
        return "c"
    if kind == "admin_area":
        return "r"
    try:
        from claimline.nlp.gazetteer import load_gazetteer

        big = load_gazetteer().get(place_id).importance() >= BIG_CITY
    except Exception:  # noqa: BLE001 - an id the gazetteer does not know: a plain place
        big = False
    return "r" if big else "p"


def _lexicon_spans(
    text: str, feats: Counter[str], labels: dict[str, str] | None = None
) -> list[tuple[int, int]]:
    """Add place and actor features; return the spans they cover.

    The place and actor finders are optional: without the gazetteer or the
    profile the plain name features still work.
    """
    spans: list[tuple[int, int]] = []
    try:
        from claimline.nlp.places import find_places

        places = find_places(text)
    except Exception:  # noqa: BLE001 - no gazetteer: names alone
        places = []
    for p in places:
        if not p.place_id or p.ambiguous:
            continue
        prefix = _place_prefix(p.place_id, str(p.kind))
        feats[f"{prefix}:{p.place_id}"] += 1
        if labels is not None and p.canonical:
            labels[f"{prefix}:{p.place_id}"] = p.canonical
        spans.append((p.start, p.end))
    try:
        from claimline.nlp.actors import find_actors

        actors = find_actors(text, include_states=False)
    except Exception:  # noqa: BLE001 - no profile: names alone
        actors = []
    for a in actors:
        spans.append((a.start, a.end))  # "ВСУ", "Russian forces": no name features either
        if a.actor.kind not in _ACTOR_KINDS or not a.actor.canonical:
            continue
        key = " ".join(k for k in (fold_name(w) for w in a.actor.canonical.split()) if k)
        if key:
            feats["n:" + key] += 1
            if labels is not None:
                labels.setdefault("n:" + key, a.actor.canonical)
            if a.actor.kind == "person" and " " in key:
                # The surname alone, as texts without the profile's names give it.
                surname = "w:" + key.rsplit(" ", 1)[1]
                feats[surname] += 1
                if labels is not None:
                    labels.setdefault(surname, a.actor.canonical.rsplit(" ", 1)[-1])
    return spans


class _Spans:
    """Lexicon spans, asked many times whether one of them covers a range."""

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        # _reach[i]: the furthest end of the spans among the first i + 1 (by start),
        # so one bisection answers "does a span starting at or before x reach y".
        self._reach: list[int] = []
        far = -1
        for _, e in ordered:
            far = max(far, e)
            self._reach.append(far)

    def covers(self, start: int, end: int) -> bool:
        """Whether some span ``(s, e)`` has ``s <= start`` and ``end <= e``."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end


def _name_features(text: str, feats: Counter[str], lower: frozenset[str],
                   spans: Sequence[tuple[int, int]], labels: dict[str, str]) -> None:  # fmt: skip
    """Single capitalised words (``w:``) and runs of them (``n:``).

    Words inside a place or actor span are left to those features.  A run
    ends at punctuation, at a function word, at a lexicon span and where an
    acronym meets a name ("VGTRK journalist Andrei Rudenko" in languages that
    drop the noun: "ВГТРК Андрей Руденко").
    """
    run: list[tuple[int, int, str, bool]] = []
    covered = _Spans(spans).covers

    def flush() -> None:
        if len(run) >= 2:
            key = "n:" + " ".join(k for _, _, k, _ in run)
            feats[key] += 1
            labels.setdefault(key, text[run[0][0] : run[-1][1]])
        run.clear()

    last_end = -1
    for m in _CAP.finditer(text):
        surface = m.group(0).rstrip("-’'ʼ")
        key = fold_name(surface)
        end = m.start() + len(surface)
        if last_end < 0 or text[last_end : m.start()] != " ":
            flush()
        last_end = end
        # A function word, or a word the text also writes in lower case: capitalised
        # only as a sentence opener or inside a title ("Among", "Oblast", "Forces").
        if len(key) < 2 or is_stopword(surface) or key in lower or covered(m.start(), end):
            flush()
            last_end = -1
            continue
        acronym = len(surface) > 1 and surface.isupper()
        if run and run[-1][3] != acronym:
            flush()
        run.append((m.start(), end, key, acronym))
        if len(key) >= 3:
            feats["w:" + key] += 1
            labels.setdefault("w:" + key, surface)
    flush()


def _number_features(text: str, feats: Counter[str]) -> None:
    for m in _NUMBER.finditer(text):
        digits = m.group(1).replace(",", "").replace(" ", "").replace("\u00a0", "")
        if "." in digits:
            continue
        value = int(digits)
        if m.group(2).strip() == "%":
            feats[f"#:{value}%"] += 1
            continue
        if 1900 <= value <= 2099 and len(digits) == 4:
            continue  # a year: the dating evidence, not an event feature
        nxt = _NEXT_WORD.match(text, m.end())
        noun = _plain_word(nxt.group(1)) if nxt and not is_stopword(nxt.group(1)) else ""
        if value >= 100:
            feats[f"#:{value}"] += 1
        if noun and 2 <= value:
            feats[f"#:{value} {noun}"] += 1
    for m in _NUMBER_WORD.finditer(text):
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt and not is_stopword(nxt.group(1)) and nxt.group(1).lower() not in _NUMBER_WORDS:
            noun = _plain_word(nxt.group(1))
            value = _NUMBER_WORDS[m.group(1).lower()]
            if value >= 2 and noun:
                feats[f"#:{value} {noun}"] += 1


def _quote_features(text: str, feats: Counter[str]) -> None:
    for pattern in _QUOTES:
        for m in pattern.finditer(text):
            raw = [w for w in re.findall(r"[^\W\d_]+", m.group(1)) if _plain_word(w)]
            words = [_plain_word(w) for w in raw]
            content = [not is_stopword(w) for w in raw]
            for i in range(len(words) - 2):
                if sum(content[i : i + 3]) >= 2:
                    feats["q:" + " ".join(words[i : i + 3])] += 1


def lower_words(text: str) -> frozenset[str]:
    """The folded words ``text`` writes in lower case (URLs and e-mail left out)."""
    return frozenset(fold_name(m.group(0)) for m in _LOWER.finditer(text))


def link_features(
    text: str,
    mentions: Sequence[TimeMention] | None = None,
    *,
    lexicons: bool = True,
    lower: frozenset[str] | None = None,
    labels: dict[str, str] | None = None,
) -> Counter[str]:
    """The feature bag of ``text`` for event linking (see the module docstring).

    ``mentions`` are the text's time expressions when already found;
    ``lexicons`` false skips the gazetteer and profile lookups; ``lower``
    is the set of words to treat as ordinary (default: those the text itself
    writes in lower case); ``labels``, when given, receives a readable name
    for each place and name feature.
    """
    low = lower_words(text) if lower is None else lower
    names: dict[str, str] = {} if labels is None else labels
    feats = _base_features(text, lexicons, low, names)
    _add_days(feats, text, mentions)
    return feats


def _base_features(
    text: str, lexicons: bool, low: frozenset[str], names: dict[str, str]
) -> Counter[str]:
    """Every feature but the day-month ones, in the order they are found."""
    feats: Counter[str] = Counter()
    spans = _lexicon_spans(text, feats, names) if lexicons else []
    _name_features(text, feats, low, spans, names)
    # A place the finder skipped once ("Moscow's control") is still that place.
    placed = {fold_name(w) for f, label in names.items() if f[0] in "prc" for w in label.split()}
    for f in [f for f in feats if f.startswith("w:") and f[2:] in placed]:
        del feats[f]
    _number_features(text, feats)
    _quote_features(text, feats)
    return feats


def _add_days(feats: Counter[str], text: str, mentions: Sequence[TimeMention] | None) -> None:
    """Add the ``d:`` features: from ``mentions``, else from the text's own time
    expressions (reference events left out)."""
    for t in mentions if mentions is not None else find_times(text, None, events=()):
        if t.month is not None and t.day is not None and not t.forward:
            feats[f"d:{t.month}-{t.day}"] += 1


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """What event linking reads from a text whatever its date: computed once per text.

    ``base`` counts every feature but the day-month ones, in the order
    :func:`link_features` finds them (the order breaks ties when shared
    features are ranked, so it is kept); ``lower`` and ``labels`` are a
    :class:`LinkDoc`'s; ``days`` counts the ``d:`` features the text's own
    time expressions give (as for a dated document), None where not computed;
    ``mentions`` are the text's time expressions with the default profile's
    reference events (``find_times(text, None)``, as dating an undated
    document reads them), None where not computed.
    """

    base: Counter[str]
    lower: frozenset[str]
    labels: dict[str, str]
    days: Counter[str] | None = None
    mentions: tuple[TimeMention, ...] | None = None


def text_key(text: str, lexicons: bool = True) -> bytes:
    """The identity of ``text`` for feature caches: a digest of it and of ``lexicons``."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
    return digest + (b"L" if lexicons else b"-")


def compute_text_features(
    text: str, *, lexicons: bool = True, days: bool = False, mentions: bool = False
) -> TextFeatures:
    """The :class:`TextFeatures` of ``text``, computed afresh (no cache), with
    ``days`` and ``mentions`` when asked."""
    low = lower_words(text)
    labels: dict[str, str] = {}
    base = _base_features(text, lexicons, low, labels)
    return completed(TextFeatures(base, low, labels), text, days=days, mentions=mentions)


def completed(
    features: TextFeatures, text: str, *, days: bool = False, mentions: bool = False
) -> TextFeatures:
    """``features`` with the ``days`` and ``mentions`` asked for computed from
    ``text`` where they were not."""
    found_days, found_mentions = features.days, features.mentions
    if days and found_days is None:
        found_days = Counter()
        _add_days(found_days, text, None)
    if mentions and found_mentions is None:
        found_mentions = tuple(find_times(text, None))
    if found_days is features.days and found_mentions is features.mentions:
        return features
    return dataclasses.replace(features, days=found_days, mentions=found_mentions)


#: TextFeatures of texts already seen in this process, by :func:`text_key`.
_TEXT_MEMO: dict[bytes, TextFeatures] = {}


def text_features(
    text: str, *, lexicons: bool = True, days: bool = False, mentions: bool = False
) -> TextFeatures:
    """The :class:`TextFeatures` of ``text``, remembered for this process.

    With ``days`` or ``mentions`` the result carries them (computed once, on
    first need).  Callers must not change what they get back: it is the
    remembered copy.
    """
    key = text_key(text, lexicons)
    known = _TEXT_MEMO.get(key)
    if known is None:
        found = compute_text_features(text, lexicons=lexicons, days=days, mentions=mentions)
    else:
        found = completed(known, text, days=days, mentions=mentions)
        if found is known:
            return found
    if key not in _TEXT_MEMO and len(_TEXT_MEMO) >= _MEMO_SIZE:
        _TEXT_MEMO.pop(next(iter(_TEXT_MEMO)))  # the oldest entry
    _TEXT_MEMO[key] = found
    return found


def clear_memo() -> None:
    """Forget every text's features remembered in this process."""
    _MEMO.clear()
    _TEXT_MEMO.clear()


#: Features of texts already seen in this process, by content: the pipeline
#: redates the whole store after every ingest run.
_MEMO: dict[tuple[bytes, bool], tuple[Counter[str], frozenset[str], dict[str, str]]] = {}
_MEMO_SIZE = 20_000


def link_doc(
    doc_id: str,
    text: str,
    published: date | None,
    *,
    cluster_id: str | None = None,
    mentions: Sequence[TimeMention] | None = None,
    lexicons: bool = True,
    features: TextFeatures | None = None,
) -> LinkDoc:
    """One document's :class:`LinkDoc`; compute it once and reuse it.

    ``features`` are the text's :class:`TextFeatures` when known (their
    ``days`` are needed unless ``mentions`` are given): the result is then
    the one computing from the text would give, at the cost of a copy.
    Without either, a result for no ``mentions`` depends on the text alone
    and is remembered (by a digest of the text) for later calls in this process.
    """
    if features is not None:
        feats = Counter(features.base)
        if mentions is not None:
            _add_days(feats, text, mentions)
        else:
            if features.days is None:
                raise ValueError("link_doc: features without days need the mentions")
            for f, k in features.days.items():  # no base feature is a d: one
                feats[f] = k
        return LinkDoc(doc_id, published, feats, features.lower, cluster_id, dict(features.labels))
    key = (hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest(), lexicons)
    if mentions is None and key in _MEMO:
        feats, low, labels = _MEMO[key]
        return LinkDoc(doc_id, published, Counter(feats), low, cluster_id, dict(labels))
    low = lower_words(text)
    labels: dict[str, str] = {}
    feats = link_features(text, mentions, lexicons=lexicons, lower=low, labels=labels)
    if mentions is None:
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.pop(next(iter(_MEMO)))  # the oldest entry
        _MEMO[key] = (Counter(feats), low, dict(labels))
    return LinkDoc(doc_id, published, feats, low, cluster_id, labels)
