"""The storage interface every backend implements.

SQLite is the embedded default; a PostgreSQL backend fits behind the same
methods.  Stages never issue SQL themselves: they call these methods.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from claimline.model import Claim, Document, Rejection


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc_id: str
    title: str | None
    snippet: str
    rank: float


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    place: str | None = None  # place id or canonical name (case-insensitive)
    side: str | None = None
    type: str | None = None
    since: date | None = None
    until: date | None = None
    speaker: str | None = None  # substring of the speaker's name, case-insensitive
    doc_id: str | None = None


class Store(abc.ABC):
    """A claimline database: documents, their fingerprints, rejections, claims."""

    # -- documents -------------------------------------------------------
    @abc.abstractmethod
    def add_document(self, doc: Document, minhash: Sequence[int] | None = None) -> bool:
        """Store ``doc``; return False (and change nothing) if its content is stored."""

    @abc.abstractmethod
    def find_by_hash(self, content_hash: str) -> str | None:
        """The id of the stored document with this content hash, if any."""

    @abc.abstractmethod
    def has_id(self, doc_id: str) -> bool: ...

    @abc.abstractmethod
    def get_document(self, doc_id: str) -> Document:
        """The document with this id; raises :class:`~claimline.errors.NotFound`."""

    @abc.abstractmethod
    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[Document]: ...

    @abc.abstractmethod
    def count_documents(self) -> int: ...

    @abc.abstractmethod
    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and clean texts."""

    @abc.abstractmethod
    def minhashes(self) -> Iterable[tuple[str, Sequence[int]]]:
        """Every stored (doc id, MinHash values) pair, to rebuild the LSH index."""

    @abc.abstractmethod
    def set_cluster(self, doc_ids: Iterable[str], cluster_id: str) -> None: ...

    @abc.abstractmethod
    def update_publication(
        self,
        doc_id: str,
        published: date | None,
        precision: str,
        basis: str,
        confidence: float | None,
        note: dict[str, object] | None = None,
    ) -> None:
        """Record an inferred publication date (never overwrites a known one).

        ``note`` (the inferred interval and its reason) is kept in the
        document's metadata under ``date_inferred``.
        """

    # -- caches ------------------------------------------------------------
    def link_feature_cache(self) -> dict[str, tuple[str, str]]:
        """Cached event-linking features: doc id -> (key, record).

        A cache only (see :mod:`claimline.ingest.link_cache`): a backend that
        keeps none returns ``{}`` and every run computes the features afresh.
        """
        return {}

    def save_link_features(self, rows: Iterable[tuple[str, str, str]]) -> None:  # noqa: B027
        """Keep ``(doc id, key, record)`` rows, replacing a document's earlier one;
        a backend that keeps no cache ignores them."""

    # -- rejections ------------------------------------------------------
    @abc.abstractmethod
    def add_rejections(self, rejections: Iterable[Rejection]) -> None: ...

    @abc.abstractmethod
    def rejections(self) -> list[Rejection]: ...

    # -- claims ----------------------------------------------------------
    @abc.abstractmethod
    def replace_claims(self, doc_id: str, claims: Iterable[Claim]) -> int:
        """Replace the claims of one document (extraction is per document)."""

    @abc.abstractmethod
    def claims(self, flt: ClaimFilter | None = None) -> list[Claim]: ...

    # -- lifecycle -------------------------------------------------------
    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
