"""Ingest a batch of inputs into a store: read, build, deduplicate, cluster, save.

A bad input never stops the batch: it becomes a :class:`~claimline.model.Rejection`
that is reported and recorded in the store.  Each document is written in its own
transaction, so what was stored before a failure stays stored, once.
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from claimline.errors import InputError
from claimline.ingest.base import RawRecord
from claimline.ingest.dedup import NearDuplicateIndex, cluster_id_for, minhash_of
from claimline.model import Document, Rejection
from claimline.store.base import Store


@dataclass
class IngestReport:
    """What one ingest run did."""

    ingested: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, stored id)
    near_duplicates: list[tuple[str, str, str, float]] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (input id, stored id)

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        lines = [
            f"ingested: {len(self.ingested)}",
            f"duplicates (already stored): {len(self.duplicates)}",
            f"near-duplicates (clustered): {len(self.near_duplicates)}",
            f"rejected: {len(self.rejected)}",
        ]
        for r in self.rejected:
            lines.append(f"  - {r.source}: [{r.code}] {r.reason}")
        for doc_id, cluster, other, score in self.near_duplicates:
            lines.append(f"  ~ {doc_id} ≈ {other} (similarity {score:.2f}, {cluster})")
        return "\n".join(lines)


def ingest(
    store: Store,
    inputs: Sequence[str],
    *,
    progress: bool = False,
    on_document: Callable[[Document], None] | None = None,
) -> IngestReport:
    """Ingest files, folders, globs or ``-`` (stdin) into ``store``."""
    from claimline.ingest.readers import iter_records

    return ingest_records(store, iter_records(inputs), progress=progress, on_document=on_document)


def ingest_records(
    store: Store,
    records: Iterable[RawRecord | Rejection],
    *,
    progress: bool = False,
    on_document: Callable[[Document], None] | None = None,
) -> IngestReport:
    from claimline.ingest.build import build_document

    report = IngestReport()
    index = NearDuplicateIndex.from_pairs(store.minhashes())
    items: Iterable[RawRecord | Rejection] = records
    bar = None
    if progress and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(records, unit="doc", file=sys.stderr, leave=False)
        items = bar
    for item in items:
        if isinstance(item, Rejection):
            report.rejected.append(item)
            continue
        try:
            doc = build_document(item)
        except InputError as exc:
            report.rejected.append(Rejection(item.source, exc.code, str(exc.args[0])))
            continue
        existing = store.find_by_hash(doc.content_hash)
        if existing is not None:
            report.duplicates.append((item.source, existing))
            continue
        if store.has_id(doc.id):
            # Same id, different content: keep both, the newcomer under a suffixed id.
            new_id = f"{doc.id}~{doc.content_hash[:8]}"
            report.renamed.append((doc.id, new_id))
            doc = dataclasses.replace(doc, id=new_id)
        mh = minhash_of(doc.text)
        similar = index.similar(mh)
        if similar:
            other, score = similar[0]
            cluster = store.get_document(other).cluster_id or cluster_id_for(other)
            doc = dataclasses.replace(doc, cluster_id=cluster)
            store.add_document(doc, mh.hashvalues.tolist())
            store.set_cluster([other, doc.id], cluster)
            report.near_duplicates.append((doc.id, cluster, other, score))
        else:
            store.add_document(doc, mh.hashvalues.tolist())
        index.add(doc.id, mh)
        report.ingested.append(doc.id)
        if on_document is not None:
            on_document(doc)
    if bar is not None:
        bar.close()
    if report.rejected:
        store.add_rejections(report.rejected)
    return report
