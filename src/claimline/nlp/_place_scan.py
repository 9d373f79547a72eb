"""The scanner of :mod:`claimline.nlp.places`: candidate names in a text.

A longest-match scan over capitalised word sequences, Latin and Cyrillic, that
tries each span exactly, as a possessive, and as an inflected Russian or
Ukrainian form; hyphenated pairs give one candidate per part; an unknown
standalone word may be a misspelt town (fuzzy matching, last resort).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimline.nlp import place_roles
from claimline.nlp.aliases import (
    adjective_bases,
    is_cyrillic,
    lemma_candidates,
    normalize,
    phrase_lemmas,
    strip_possessive,
    ukrainian_latin_keys,
    ukrainian_prefix_forms,
)
from claimline.nlp.common_words import COMMON_WORDS
from claimline.nlp.gazetteer import AliasHit, Entry, Gazetteer

_WORD_RE = re.compile(r"[^\W\d_]+(?:[’'ʼ`\-‑][^\W\d_]+)*(?:[’'](?=\s|$|[.,;:!?)]))?")
_MAX_WORDS = 4
#: Arabic place names keep a lower-case article: al-Fashir, el-Obeid, ad-Damazin.
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ed|an|ar|as|ash|at|az|ath)[-‑’'][A-Z]")
#: Lower-case words that may sit inside a multi-word name ("Kharkiv region",
#: "Rostov-on-Don", "Харківська область").
_INNER_LOWER = frozenset(
    "region oblast province raion district river on na upon nad pod u v of "
    "область области областью області обл район района районе району районі".split()
)


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    norm: str
    cap: bool
    cyr: bool
    sent_start: bool


@dataclass(slots=True)
class _Match:
    start: int
    end: int
    text: str
    hits: list[AliasHit]
    how: str
    cyr: bool
    sent_start: bool
    role: place_roles.Role = field(default_factory=lambda: place_roles.Role("settlement"))
    ctx_end: int | None = None  # where the words after the mention start, if not at end
    chosen: Entry | None = None
    scores: list[tuple[float, Entry, str]] = field(default_factory=list)


def _tokens(text: str) -> list[_Token]:
    """Capitalised words, and the lower-case words a name may hold inside
    ("region", "область"): everything else can neither start nor continue a
    match, so it is not even normalised."""
    out = []
    for m in _WORD_RE.finditer(text):
        word = m.group()
        cap = word[:1].isupper() or bool(_ARABIC_ARTICLE.match(word))
        if not cap and word not in _INNER_LOWER:
            continue
        cyr = not word.isascii() and is_cyrillic(word)
        out.append(_Token(m.start(), m.end(), word, normalize(word), cap, cyr, False))
    return out


def _sentence_initial(text: str, start: int) -> bool:
    """True when only quotes or brackets stand between ``start`` and the
    previous sentence end (or the start of the text)."""
    k = start - 1
    while k >= 0 and text[k] in " \t\"'“”‘’«»([":
        k -= 1
    return k < 0 or text[k] in ".!?\n…:;|•"


def _connected(text: str, a: _Token, b: _Token) -> bool:
    gap = text[a.end : b.start]
    return gap in (" ", "-", " - ") or (len(gap) <= 2 and gap.strip() == "")


def _excluded(start: int, end: int, exclude: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in exclude)


def _lookup(gaz: Gazetteer, toks: list[_Token]) -> tuple[list[AliasHit], str]:
    words = [t.norm for t in toks]
    hits = gaz.lookup(" ".join(words), normalized=True)
    if hits:
        return hits, "exact"
    if not toks[-1].cyr:
        base = strip_possessive(toks[-1].text)
        if base:
            hits = gaz.lookup(" ".join([*words[:-1], normalize(base)]), normalized=True)
            if hits:
                return hits, "possessive"
        for key in ukrainian_latin_keys(words):
            hits = gaz.lookup(key, normalized=True)
            if hits:
                return hits, "russian-spelling"
        return [], ""
    for key in phrase_lemmas(words):
        hits = [h for h in gaz.lookup(key, normalized=True) if is_cyrillic(key)]
        if hits:
            return hits, "inflected"
    return [], ""


def _scan(text: str, gaz: Gazetteer, exclude: Sequence[tuple[int, int]]) -> list[_Match]:
    toks = _tokens(text)
    out: list[_Match] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if not t.cap or _excluded(t.start, t.end, exclude):
            i += 1
            continue
        found = None
        heads = [t.norm.split(" ")[0]]
        if t.cyr:
            heads += lemma_candidates(heads[0])
        else:
            base = strip_possessive(t.text) if t.text[-2:-1] in "'’" else None
            if base:
                heads.append(normalize(base))
            heads += ukrainian_prefix_forms(heads[0])
        longest = max((gaz.first_words.get(h, 0) for h in heads), default=0)
        for n in range(min(_MAX_WORDS, longest, len(toks) - i), 0, -1):
            span = toks[i : i + n]
            if any(not _connected(text, a, b) for a, b in zip(span, span[1:], strict=False)):
                continue
            if any(not w.cap and w.norm not in _INNER_LOWER for w in span[1:]):
                continue
            hits, how = _lookup(gaz, span)
            if hits:
                found = (n, hits, how)
                break
        if found is None and ("-" in t.text or "‑" in t.text):
            # "Kramatorsk-Druzhkivka direction", "Kupiansk-based": every part
            # that is a place is a mention; the context is read after the
            # whole word, so the pair shares its sector or region word.
            pos = t.start
            for part in re.split(r"([-‑])", t.text):
                if part not in ("-", "‑") and part[:1].isupper():
                    hits = gaz.lookup(part)
                    if hits:
                        out.append(
                            _Match(
                                pos,
                                pos + len(part),
                                part,
                                hits,
                                "hyphen-part",
                                t.cyr,
                                _sentence_initial(text, t.start),
                                ctx_end=t.end,
                            )
                        )
                pos += len(part)
            i += 1
            continue
        if found is None and t.cyr and place_roles.SECTOR_AFTER_CYR.match(text[t.end : t.end + 30]):
            # "Покровський напрямок": a sector is named by the town's adjective.
            for base in adjective_bases(t.norm):
                hits = [
                    h for h in gaz.lookup(base, normalized=True) if h.entry.kind == "settlement"
                ]
                if hits:
                    found = (1, hits, "adjective")
                    break
        if found is None:
            # A misspelt town stands alone: a word inside a longer proper name
            # ("Ukrainska Pravda") is no candidate for fuzzy matching.
            alone = not (i + 1 < len(toks) and toks[i + 1].cap and _connected(text, t, toks[i + 1]))
            alone = alone and not (i > 0 and toks[i - 1].cap and _connected(text, toks[i - 1], t))
            art = _article_hits(gaz, t) if alone else []
            if art:
                out.append(
                    _Match(
                        t.start,
                        t.end,
                        t.text,
                        art,
                        "article",
                        t.cyr,
                        _sentence_initial(text, t.start),
                    )
                )
                i += 1
                continue
            fz = _fuzzy_token(gaz, t) if alone else []
            if fz:
                out.append(
                    _Match(
                        t.start, t.end, t.text, fz, "fuzzy", t.cyr, _sentence_initial(text, t.start)
                    )
                )
            i += 1
            continue
        n, hits, how = found
        last = toks[i + n - 1]
        end = last.end
        if how == "possessive":
            end = last.start + len(strip_possessive(last.text) or last.text)
        if _excluded(t.start, end, exclude):
            i += n
            continue
        out.append(
            _Match(
                t.start,
                end,
                text[t.start : end],
                hits,
                how,
                t.cyr,
                _sentence_initial(text, t.start),
            )
        )
        i += n
    return out


#: Letters the Arabic article assimilates to ("ad-Damazin", "an-Nuhud", "ash-Shajara").
_SUN_LETTERS = ("th", "dh", "sh", "t", "d", "r", "z", "s", "n")


def _article_hits(gaz: Gazetteer, t: _Token) -> list[AliasHit]:
    """Arabic town names are written with or without their article ("El Fasher"
    and "Fasher", "En Nahud" and "Nahud"): an unknown capitalised Latin word is
    tried with al/el and, before a sun letter, the assimilated article."""
    w = t.norm
    if t.cyr or len(w) < 5 or " " in w or w in COMMON_WORDS or not w.isascii():
        return []
    keys = [f"al {w}", f"el {w}"]
    sun = next((s for s in _SUN_LETTERS if w.startswith(s)), None)
    if sun:
        keys += [f"a{sun} {w}", f"e{sun} {w}"]
    for key in keys:
        hits = [h for h in gaz.lookup(key, normalized=True) if h.entry.kind == "settlement"]
        if hits:
            return hits
    return []


#: Fuzzy matching only reaches towns of at least this importance: a typo in
#: a village name is not worth the false positives among 30,000 villages.
FUZZY_MIN_IMPORTANCE = 10_000.0
FUZZY_CUTOFF = 90.0


def _fuzzy_token(gaz: Gazetteer, t: _Token) -> list[AliasHit]:
    """Last resort for an unknown capitalised word: a close spelling of a town."""
    if t.cyr or len(t.norm) < 7 or " " in t.norm or t.norm in COMMON_WORDS:
        return []
    # Unknown capitalised words (names, organisations) recur from one
    # document to the next: remember the answer for each.
    cache: dict[str, list[AliasHit]] = gaz.__dict__.setdefault("_fuzzy_token_cache", {})
    if t.norm in cache:
        return cache[t.norm]
    if len(cache) > 100_000:
        cache.clear()
    found = gaz.fuzzy(t.text, cutoff=FUZZY_CUTOFF, min_importance=FUZZY_MIN_IMPORTANCE, limit=3)
    # Only settlements, and never a name the word merely extends
    # ("Russian" is not a misspelt "Russia", "Kharkivite" not "Kharkiv").
    hits = [
        h
        for h, _ in found
        if h.entry.kind == "settlement" and not t.norm.startswith(normalize(h.entry.name))
    ]
    cache[t.norm] = hits
    return hits
