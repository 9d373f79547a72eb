"""Ingest a batch of inputs into a store: read, build, deduplicate, cluster, save.

A bad input never stops the batch: it becomes a :class:`~claimline.model.Rejection`
that is reported and recorded in the store.  Each document is written in its own
transaction, so what was stored before a failure stays stored, once.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

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
    dated: list[tuple[str, str, float]] = field(default_factory=list)  # (id, date, confidence)

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
        if self.dated:
            lines.append(f"undated documents given an inferred date: {len(self.dated)}")
            for doc_id, day, confidence in self.dated:
                lines.append(f"  ? {doc_id}: about {day} (inferred, confidence {confidence:.2f})")
        return "\n".join(lines)


def ingest(
    store: Store,
    inputs: Sequence[str],
    *,
    progress: bool = False,
    on_document: Callable[[Document], None] | None = None,
    infer_dates: bool = True,
    n_process: int = 1,
) -> IngestReport:
    """Ingest files, folders, globs or ``-`` (stdin) into ``store``.

    ``n_process`` > 1 builds documents (cleaning, sentences, dates, language)
    in that many worker processes; deduplication and every store write stay
    in this process, in input order, so the result is the same.

    With ``infer_dates``, every undated stored document is then dated from its
    text and from the dated documents reporting the same events (basis
    ``inferred``, with a confidence), whenever this run stored something new.
    """
    from claimline.ingest.readers import iter_records

    report = ingest_records(
        store,
        iter_records(inputs),
        progress=progress,
        on_document=on_document,
        n_process=n_process,
    )
    if infer_dates and report.ingested:
        report.dated = infer_publication_dates(store)
    return report


def infer_publication_dates(store: Store, *, reuse: bool = True) -> list[tuple[str, str, float]]:
    """Give undated documents an inferred date; return (id, date, confidence) of those dated.

    Earlier inferences are redone, since new dated documents can link better.
    A date from metadata, a header or a URL is never touched.  With ``reuse``
    each document's linking features are read from the store when an earlier
    run computed them (and stored when not; see
    :mod:`claimline.ingest.link_cache`); without it everything is computed
    afresh.  Both give the same dates.
    """
    from claimline.model import DateBasis
    from claimline.nlp.dating import date_undated

    documents = store.documents()
    pending = {d.id for d in documents if d.date_basis in (DateBasis.NONE, DateBasis.INFERRED)}
    if not pending:
        return []
    corpus = [_for_linking(d, undated=d.id in pending) for d in documents]
    features = None
    if reuse:
        from claimline.ingest.link_cache import StoredLinkFeatures

        features = StoredLinkFeatures(store)
    dated = date_undated(corpus, features=features)
    if features is not None:
        features.flush()
    out = []
    for doc in dated:
        if doc.id not in pending:
            continue
        if doc.published is None:
            store.update_publication(doc.id, None, "none", "none", None, None)
            continue
        raw_note = doc.metadata.get("date_inferred")
        note = dict(raw_note) if isinstance(raw_note, dict) else {}
        if note.get("start") is None or note.get("end") is None:
            # Only a bound ("not before 2022-12-24"): a single day picked from an
            # open interval would be a guess, and every relative date in the text
            # would be resolved against it.  Keep the bound, leave the day unknown.
            store.update_publication(
                doc.id, None, "open", str(doc.date_basis), doc.date_confidence, note
            )
            continue
        store.update_publication(
            doc.id,
            doc.published,
            str(doc.published_precision),
            str(doc.date_basis),
            doc.date_confidence,
            note,
        )
        out.append((doc.id, doc.published.isoformat(), float(doc.date_confidence or 0.0)))
    return out


def ingest_records(
    store: Store,
    records: Iterable[RawRecord | Rejection],
    *,
    progress: bool = False,
    on_document: Callable[[Document], None] | None = None,
    n_process: int = 1,
) -> IngestReport:
    from claimline.ingest.parallel import built_documents

    report = IngestReport()
    index = NearDuplicateIndex.from_pairs(store.minhashes())
    items: Iterable[RawRecord | Rejection] = records
    bar = None
    if progress and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(records, unit="doc", file=sys.stderr, leave=False)
        items = bar
    for item, doc in built_documents(items, n_process=n_process):
        if isinstance(doc, Rejection):
            report.rejected.append(doc)
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


def _for_linking(doc: Document, *, undated: bool) -> Document:
    """The document as event linking should see it.

    An undated one has its earlier guess removed.  A dated one stands at its
    best point: a date known only to the month is the middle of that month, not
    its first day.  The headline joins the text, since it names the event too.
    """
    from datetime import date as _date

    from claimline.model import Precision

    published = None if undated else doc.published
    if published is not None and doc.published_precision is Precision.MONTH:
        published = _date(published.year, published.month, 15)
    text = (
        f"{doc.title}\n{doc.text}" if doc.title and not doc.text.startswith(doc.title) else doc.text
    )
    return dataclasses.replace(doc, published=published, text=text)
