"""Building documents from raw records, here or in worker processes, in order.

:func:`built_documents` is what :func:`claimline.ingest.pipeline.ingest_records`
reads: each input item with the :class:`~claimline.model.Document` built from
it, or a :class:`~claimline.model.Rejection` saying why it could not be built.
With ``n_process`` > 1 the building (cleaning, sentence offsets, dates,
language detection: the costly, independent part of ingestion) runs in a pool
of forked processes on chunks of records; results come back in input order
and at most two chunks a worker are in flight, so memory stays bounded on an
endless input.  A worker that dies breaks the pool: the chunks in flight are
set aside as rejections saying so, and the rest of the input is built in this
process.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from claimline.errors import InputError
from claimline.ingest.base import RawRecord
from claimline.model import Document, Rejection

#: Records a worker builds per round trip.
CHUNK = 16

Item = RawRecord | Rejection


def build_or_reject(item: Item) -> Document | Rejection:
    """The document built from ``item``, or the rejection that says why not."""
    from claimline.ingest.build import build_document

    if isinstance(item, Rejection):
        return item
    try:
        return build_document(item)
    except InputError as exc:
        return Rejection(item.source, exc.code, str(exc.args[0]))


def _build_chunk(chunk: list[Item]) -> list[Document | Rejection]:
    return [build_or_reject(item) for item in chunk]


def built_documents(
    items: Iterable[Item], *, n_process: int = 1
) -> Iterator[tuple[Item, Document | Rejection]]:
    """Each item of ``items`` with what building it gave, in input order."""
    if n_process <= 1:
        for item in items:
            yield item, build_or_reject(item)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    it = iter(items)
    pending: deque[tuple[list[Item], Future[list[Document | Rejection]]]] = deque()
    broken = False
    with ProcessPoolExecutor(max_workers=n_process, mp_context=context) as pool:

        def submit() -> bool:
            if broken:
                return False
            chunk = list(islice(it, CHUNK))
            if not chunk:
                return False
            try:
                pending.append((chunk, pool.submit(_build_chunk, chunk)))
            except Exception as exc:  # noqa: BLE001 - the pool broke meanwhile
                failed: Future[list[Document | Rejection]] = Future()
                failed.set_exception(exc)
                pending.append((chunk, failed))
            return True

        while len(pending) < 2 * n_process and submit():
            pass
        while pending:
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except Exception as exc:  # noqa: BLE001 - a dead worker breaks the pool
                # The chunks in flight are lost (one of them killed the worker,
                # and which one is unknown); they are set aside with the reason.
                broken = True
                results = [
                    item
                    if isinstance(item, Rejection)
                    else Rejection(
                        item.source,
                        "E100",
                        f"not built: a worker process died ({type(exc).__name__})",
                    )
                    for item in chunk
                ]
            yield from zip(chunk, results, strict=True)
            submit()
    # After a broken pool the rest of the input is built here, in order.
    for item in it:
        yield item, build_or_reject(item)


__all__ = ["CHUNK", "build_or_reject", "built_documents"]
