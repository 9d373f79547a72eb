"""Event-linking features kept in the store, so each text is analysed once.

Dating an undated document compares it with every dated one
(:func:`claimline.nlp.dating.date_undated`), and each ingest run dates the
whole store again.  A document's linking features
(:class:`~claimline.nlp.dating_features.TextFeatures`: places, actors, names,
numbers, quotes, day-month mentions) depend only on the text event linking
reads, so they are computed once, kept in the store and reused by later runs,
in this process or another.

A cached row is used only while its key matches: a digest of the text and of
everything else that shapes the features — the source of the NLP modules, the
shipped data (gazetteer, stopwords), the profile in use, the Python version
and the versions of the libraries the features use.  Any change there makes
every row stale, and the features are then computed afresh (and stored again):
the cache can cost time, never change a result.  (A gazetteer edited in place
without changing its size or modification time would go unnoticed: it enters
by those, not by content.)
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from collections import Counter
from datetime import date
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from claimline.model import Document, Precision, TimeInterval
from claimline.nlp.dating_features import TextFeatures, completed, text_features, text_key
from claimline.nlp.timex import TimeMention
from claimline.store.base import Store

__all__ = ["StoredLinkFeatures", "features_from_json", "features_to_json", "fingerprint"]

#: Bumped when the record layout changes.
RECORD_VERSION = 2
#: Files above this size enter the fingerprint by size and modification time,
#: not content (the gazetteer is 18 MB; hashing it on every run would cost more
#: than it saves on small stores).
_HASH_LIMIT = 1 << 20
#: Libraries whose behaviour shapes the features: romanisation, fuzzy name
#: matching, dates in other languages.
_PACKAGES = ("anyascii", "rapidfuzz", "dateparser")


@lru_cache(maxsize=8)
def fingerprint(profile_file: str | None = None) -> str:
    """A digest of the code and data event-linking features depend on.

    Covers the ``claimline.nlp`` sources and the data model, the package data, the shipped
    profiles and ``profile_file`` (default: the profile in use, which
    ``CLAIMLINE_PROFILE`` may name), the Python version and those of
    ``_PACKAGES``.  Remembered per process: the modules are loaded once anyway.
    """
    import claimline
    from claimline.profiles import profile_path

    root = Path(claimline.__file__).resolve().parent
    files = sorted(
        [
            root / "model.py",
            *(root / "nlp").glob("*.py"),
            *(root / "data").rglob("*"),
            *(root / "profiles").rglob("*"),
        ]
    )
    chosen = Path(profile_file) if profile_file else profile_path(None)
    h = hashlib.blake2b(digest_size=16)
    h.update(f"record {RECORD_VERSION}; python {sys.version}\n".encode())
    for package in _PACKAGES:
        try:
            h.update(f"{package} {metadata.version(package)}\n".encode())
        except metadata.PackageNotFoundError:  # pragma: no cover - a vendored copy
            h.update(f"{package} ?\n".encode())
    # The profile in use by content only: a copy elsewhere gives the same features.
    named = [(str(p.relative_to(root)), p) for p in files] + [("profile in use", chosen)]
    for name, path in named:
        if not path.is_file() or path.suffix == ".pyc":
            continue
        stat = path.stat()
        h.update(f"{name} {stat.st_size}\n".encode())
        if stat.st_size > _HASH_LIMIT:
            h.update(f"{stat.st_mtime_ns}\n".encode())
        else:
            h.update(path.read_bytes())
    return h.hexdigest()


def features_to_json(features: TextFeatures) -> str:
    """A :class:`TextFeatures` as JSON; counters keep their order (it breaks ties)."""
    return json.dumps(
        {
            "base": list(features.base.items()),
            "lower": sorted(features.lower),
            "labels": list(features.labels.items()),
            "days": None if features.days is None else list(features.days.items()),
            "mentions": None
            if features.mentions is None
            else [_mention_to_json(m) for m in features.mentions],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def features_from_json(record: str) -> TextFeatures:
    """The :class:`TextFeatures` :func:`features_to_json` wrote."""
    raw = json.loads(record)
    days = raw.get("days")
    mentions = raw.get("mentions")
    return TextFeatures(
        Counter(dict(raw["base"])),
        frozenset(raw["lower"]),
        dict(raw["labels"]),
        None if days is None else Counter(dict(days)),
        None if mentions is None else tuple(_mention_from_json(m) for m in mentions),
    )


def _mention_to_json(m: TimeMention) -> dict[str, object]:
    """A time mention field by field (every field: a new one is kept too)."""
    out: dict[str, object] = {}
    for f in dataclasses.fields(m):
        value = getattr(m, f.name)
        if isinstance(value, TimeInterval):
            value = {g.name: _plain(getattr(value, g.name)) for g in dataclasses.fields(value)}
        out[f.name] = _plain(value)
    return out


def _plain(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Precision):
        return value.value
    return value


def _mention_from_json(raw: dict[str, Any]) -> TimeMention:
    iv = dict(raw["interval"])
    for side in ("start", "end"):
        if iv.get(side) is not None:
            iv[side] = date.fromisoformat(iv[side])
    iv["precision"] = Precision(iv["precision"])
    return TimeMention(**{**raw, "interval": TimeInterval(**iv)})


class StoredLinkFeatures:
    """A document's linking features from the store, or computed once and stored.

    Call it as ``features(doc, dated)`` (the hook
    :func:`claimline.nlp.dating.date_undated` takes); ``doc.text`` is the
    text event linking reads.  A dated document's features carry ``days``,
    an undated one's ``mentions``.  :meth:`flush` writes what was computed,
    in one transaction.
    """

    def __init__(self, store: Store, *, lexicons: bool = True) -> None:
        self._store = store
        self._lexicons = lexicons
        self._rows = store.link_feature_cache()
        self._stamp = fingerprint()
        self._new: dict[str, tuple[str, str]] = {}
        self.computed = 0  # documents whose features were not in the store
        self.reused = 0

    def _key(self, text: str) -> str:
        return hashlib.blake2b(
            self._stamp.encode() + text_key(text, self._lexicons), digest_size=16
        ).hexdigest()

    def __call__(self, doc: Document, dated: bool) -> TextFeatures:
        key = self._key(doc.text)
        row = self._rows.get(doc.id)
        if row is not None and row[0] == key:
            known = features_from_json(row[1])
            found = completed(known, doc.text, days=dated, mentions=not dated)
            if found is known:
                self.reused += 1
                return found
        else:
            self.computed += 1
            found = text_features(doc.text, lexicons=self._lexicons, days=dated, mentions=not dated)
        record = features_to_json(found)
        self._rows[doc.id] = (key, record)
        self._new[doc.id] = (key, record)
        return found

    def flush(self) -> None:
        """Store the features computed since the last flush."""
        if self._new:
            self._store.save_link_features((d, k, r) for d, (k, r) in self._new.items())
            self._new.clear()
