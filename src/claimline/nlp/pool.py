"""Claim extraction over many documents: in this process or in a worker pool.

:func:`extract_documents` is what :func:`claimline.api.extract_stored` runs.
It yields each document with its :class:`Outcome` in input order, whether the
work ran here or in ``n_process`` worker processes, so callers see the same
claims either way.  A document whose extraction raises becomes an ``error``
outcome and the others go on.  A worker process that dies (killed, out of
memory) breaks the pool: its batch and the batches still pending become
``error`` outcomes saying so, and the run returns instead of raising.

Workers load the spaCy pipeline and the gazetteer once.  Where processes fork
(Linux), both are loaded here first so that every worker inherits them instead
of spending seconds loading its own copy.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from claimline.model import Claim, Document


@dataclass(frozen=True)
class Outcome:
    """What extraction made of one document.

    ``status`` is ``"ok"`` (``claims`` holds them), the skip reason of
    :func:`claimline.nlp.claims.extraction_status`, or ``"error"`` (``error``
    says what failed).
    """

    status: str
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None


_PROFILE: Any = None  # the profile of the worker process (set by _init_worker)


def extract_one(doc: Document, profile: Any = None) -> Outcome:
    """The claims of one document, never raising: a failure is an ``error`` outcome.

    Claims carry the document's story cluster.
    """
    from claimline.nlp.claims import extract_claims, extraction_status

    try:
        status = extraction_status(doc)
        if status != "ok":
            return Outcome(status)
        if profile is None:
            profile = document_profile(doc)
        claims = _in_cluster(extract_claims(doc, profile=profile), doc)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        return Outcome("error", error=f"{type(exc).__name__}: {exc}")
    return Outcome("ok", claims)


def extract_many(docs: list[Document], profile: Any = None) -> list[Outcome]:
    """:func:`extract_one` of each document, the same outcomes, with the parser run
    once over the selected sentences of them all (faster than one run a document).

    A document that fails is an ``error`` outcome and the others go on; should
    the shared parser run itself fail, every document goes through
    :func:`extract_one` alone.
    """
    from claimline.nlp.claims import extract_claims_many, extraction_status

    outcomes: list[Outcome | None] = [None] * len(docs)
    todo: list[tuple[int, Document, Any]] = []
    try:
        for k, doc in enumerate(docs):
            status = extraction_status(doc)
            if status != "ok":
                outcomes[k] = Outcome(status)
            else:
                todo.append((k, doc, profile if profile is not None else document_profile(doc)))
        found = extract_claims_many([(doc, prof) for _k, doc, prof in todo])
    except Exception:  # noqa: BLE001 - the shared parse failed: one document at a time
        return [extract_one(doc, profile) for doc in docs]
    for (k, doc, _prof), claims in zip(todo, found, strict=True):
        if isinstance(claims, Exception):
            outcomes[k] = Outcome("error", error=f"{type(claims).__name__}: {claims}")
            continue
        outcomes[k] = Outcome("ok", _in_cluster(claims, doc))
    return [o if o is not None else Outcome("error", error="not extracted") for o in outcomes]


def _in_cluster(claims: list[Claim], doc: Document) -> list[Claim]:
    """The claims carrying the document's story cluster."""
    return [
        c if c.cluster_id == doc.cluster_id else dataclasses.replace(c, cluster_id=doc.cluster_id)
        for c in claims
    ]


def document_profile(doc: Document) -> Any:
    """The profile extraction uses for ``doc`` when the caller names none:
    ``None`` (the default: ``CLAIMLINE_PROFILE`` when that is set, else
    ``ru_ua``) or the name of the shipped profile the text is about
    (:func:`claimline.profiles.detect.detect_profile`)."""
    import os

    from claimline.profiles import DEFAULT_PROFILE
    from claimline.profiles.detect import detect_profile

    if os.environ.get("CLAIMLINE_PROFILE"):
        return None
    name = detect_profile(doc.text)
    # A name, not the loaded profile: the stages cache their work per profile
    # name (None is the default), and load the profile themselves.
    return None if name == DEFAULT_PROFILE else name


def extract_documents(
    docs: Iterable[Document],
    *,
    profile: Any = None,
    n_process: int = 1,
    batch_size: int = 32,
) -> Iterator[tuple[Document, Outcome]]:
    """Each document of ``docs`` with its outcome, in input order.

    Documents go in batches of ``batch_size`` through :func:`extract_many` (one
    parser run a batch); ``n_process`` > 1 sends the batches to that many
    worker processes (documents and claims are pickled on the way); at most
    two batches a worker are in flight, so memory stays bounded however long
    ``docs`` is.  The claims are those of :func:`extract_one` run here.
    """
    size = max(1, batch_size)
    if n_process <= 1:
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                yield from zip(batch, extract_many(batch, profile), strict=True)
                batch = []
        if batch:
            yield from zip(batch, extract_many(batch, profile), strict=True)
        return
    context = _context()
    if context.get_start_method() == "fork":
        warm_up(profile)  # the workers inherit the loaded parser and gazetteer
    with ProcessPoolExecutor(
        max_workers=n_process, mp_context=context, initializer=_init_worker, initargs=(profile,)
    ) as pool:
        pending: deque[tuple[list[Document], Future[list[Outcome]]]] = deque()
        batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                pending.append((batch, _submit(pool, batch)))
                batch = []
                while len(pending) >= 2 * n_process:
                    yield from _collect(*pending.popleft())
        if batch:
            pending.append((batch, _submit(pool, batch)))
        while pending:
            yield from _collect(*pending.popleft())


def warm_up(profile: Any = None) -> None:
    """Load the parser, gazetteer, profile and time rules by extracting a short text."""
    from claimline.nlp.parse import get_nlp

    get_nlp()
    text = "Russian forces captured the village of Pisky on Monday, the ministry said."
    extract_one(Document(id="warm-up", content_hash="", text=text, language="en"), profile)


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _init_worker(profile: Any) -> None:
    global _PROFILE
    _PROFILE = profile


def _extract_batch(docs: list[Document]) -> list[Outcome]:
    return extract_many(docs, _PROFILE)


def _submit(pool: ProcessPoolExecutor, batch: list[Document]) -> Future[list[Outcome]]:
    """The batch's future; a pool already broken gives a failed one instead of raising."""
    try:
        return pool.submit(_extract_batch, batch)
    except Exception as exc:  # noqa: BLE001 - BrokenProcessPool, or shutdown
        failed: Future[list[Outcome]] = Future()
        failed.set_exception(exc)
        return failed


def _collect(
    batch: list[Document], future: Future[list[Outcome]]
) -> Iterator[tuple[Document, Outcome]]:
    try:
        outcomes = future.result()
    except Exception as exc:  # noqa: BLE001 - a dead worker loses its batch, not the run
        outcomes = [Outcome("error", error=f"worker failed: {type(exc).__name__}: {exc}")] * len(
            batch
        )
    yield from zip(batch, outcomes, strict=True)


__all__ = ["Outcome", "extract_documents", "extract_many", "extract_one", "warm_up"]
