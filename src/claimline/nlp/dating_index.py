"""The dated side of event linking: stories, feature weights and an inverted index.

:class:`LinkIndex` is built once from the dated documents' :class:`LinkDoc`
records and then scores any number of undated ones.  Copies of one syndicated
story (same ``cluster_id``) are one :class:`Story`, so they count once, both
as a match and in the IDF.  Features are weighted by kind
(:data:`~claimline.nlp.dating_features.FEATURE_WEIGHTS`) and by IDF over the
stories; an inverted index of the rarer features finds the stories an undated
document shares something specific with, so it is scored against a few
stories, not the whole corpus.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from claimline.nlp.dating_features import FEATURE_WEIGHTS, LinkDoc

__all__ = ["RIVAL_SPREAD", "SAME_STORY_SCORE", "LinkIndex", "Story", "distinct_evidence"]

#: Rivals further apart than this mean that no single story was recognised.
RIVAL_SPREAD = timedelta(days=45)
#: Feature kinds specific enough to recognise a story (not countries, oblasts or
#: single capitalised words).
_SPECIFIC = frozenset("pn#qd")
#: The score given to a dated copy of the same syndicated story (same cluster).
SAME_STORY_SCORE = 0.5
#: A feature in more candidates than this share is too common to find candidates by.
_RARE_SHARE = 0.1
_RARE_MIN = 64
_TF_CAP = 3.0


@dataclass(frozen=True, slots=True)
class Story:
    """One story: a dated document, or the dated copies of one syndicated story."""

    ids: tuple[str, ...]
    published: date
    features: Counter[str]
    cluster_id: str | None


def _stories(dated: Sequence[LinkDoc]) -> list[Story]:
    """Group dated documents by story cluster: a syndicated story counts once.

    Copies more than ``RIVAL_SPREAD`` from the cluster's first one stay apart
    (a cluster is a textual fact, not a promise about dates).
    """
    by_cluster: dict[str, list[LinkDoc]] = {}
    out: list[Story] = []
    for d in dated:
        if d.published is None:
            continue
        if d.cluster_id:
            by_cluster.setdefault(d.cluster_id, []).append(d)
        else:
            out.append(Story((d.id,), d.published, d.features, None))
    for cluster, members in by_cluster.items():
        members.sort(key=lambda d: (d.published, d.id))
        first = members[0].published
        assert first is not None
        group = [d for d in members if d.published and d.published - first <= RIVAL_SPREAD]
        feats: Counter[str] = Counter()
        for d in group:
            feats |= d.features  # union: a feature both copies carry counts once
        out.append(Story(tuple(d.id for d in group), first, feats, cluster))
        for d in members[len(group) :]:
            out.append(Story((d.id,), d.published, d.features, cluster))  # type: ignore[arg-type]
    return out


class LinkIndex:
    """The dated documents as linking candidates, built once for many queries.

    Features are weighted by kind (:data:`FEATURE_WEIGHTS`) and by IDF over
    the stories; an inverted index of the rarer features finds the stories a
    query shares something specific with, so each undated document is scored
    against a few stories, not the whole corpus.
    """

    def __init__(self, dated: Sequence[LinkDoc], *, extra_lower: Iterable[frozenset[str]] = ()):
        lower_df: Counter[str] = Counter()
        for d in dated:
            lower_df.update(d.lower)
        for low in extra_lower:
            lower_df.update(low)
        #: Words written in lower case by two documents or more: not names.
        self.common = frozenset(w for w, c in lower_df.items() if c >= 2)
        self.labels: dict[str, str] = {}
        for d in dated:
            self.labels.update(d.labels)
        self.stories = [
            dataclasses.replace(c, features=self._clean(c.features)) for c in _stories(dated)
        ]
        self.df: Counter[str] = Counter()
        self.postings: dict[str, list[int]] = {}
        for i, c in enumerate(self.stories):
            for f in c.features:
                self.df[f] += 1
                self.postings.setdefault(f, []).append(i)
        self._clusters: dict[str, list[int]] = {}
        for i, c in enumerate(self.stories):
            if c.cluster_id:
                self._clusters.setdefault(c.cluster_id, []).append(i)
        n = len(self.stories)
        self._idf: dict[str, float] = {}  # df is final from here on: each IDF is computed once
        self._rare = max(_RARE_MIN, int(_RARE_SHARE * n))
        # Each story's feature weights, kept: every query scored against it reuses them.
        self._weights = [
            {f: self._weight(f, k) for f, k in c.features.items()} for c in self.stories
        ]
        self._norms = [math.sqrt(sum(w**2 for w in ws.values())) for ws in self._weights]

    def _clean(self, feats: Counter[str], own_lower: frozenset[str] = frozenset()) -> Counter[str]:
        return Counter({
            f: k for f, k in feats.items()
            if not (f.startswith("w:") and (f[2:] in self.common or f[2:] in own_lower))
        })  # fmt: skip

    def idf(self, feature: str) -> float:
        """IDF over the stories and the query (which has the feature): a feature
        every story shares still counts a little, so one dated story can link."""
        found = self._idf.get(feature)
        if found is None:
            n = len(self.stories) + 1
            found = self._idf[feature] = math.log((n + 1) / (self.df.get(feature, 0) + 1))
        return found

    def _weight(self, feature: str, count: int) -> float:
        tf = min(1.0 + math.log(count), _TF_CAP) if count > 0 else 0.0
        return FEATURE_WEIGHTS.get(feature[0], 1.0) * tf * self.idf(feature)

    def label(self, feature: str) -> str:
        """A feature as a reader would name it ("Kupiansk", "n:vital ganchev")."""
        if feature in self.labels:
            return self.labels[feature]
        kind, _, value = feature.partition(":")
        if kind == "q":
            return f"the quoted “{value}”"
        if kind == "d":
            month, _, day = value.partition("-")
            return f"day {day}.{month}."
        if kind == "#":
            return f"the number {value}"
        return value

    def score(self, query: LinkDoc) -> list[tuple[float, int, list[str]]]:
        """(cosine score, story index, shared features by weight) for every
        story that shares a rare feature with ``query``, best first."""
        feats = self._clean(query.features, query.lower)
        qv = {f: self._weight(f, k) for f, k in feats.items()}
        qnorm = math.sqrt(sum(v * v for v in qv.values()))
        found: set[int] = set()
        for f in qv:
            if 0 < self.df.get(f, 0) <= self._rare:
                found.update(self.postings[f])
        if query.cluster_id:
            found.update(self._clusters.get(query.cluster_id, ()))
        out = []
        for i in found:
            story = self.stories[i]
            weights = self._weights[i]
            shared = [f for f in qv if f in weights]
            dot = sum(qv[f] * weights[f] for f in shared)
            score = dot / (qnorm * self._norms[i]) if qnorm and self._norms[i] else 0.0
            if query.cluster_id and story.cluster_id == query.cluster_id:
                score = max(score, SAME_STORY_SCORE)
            shared.sort(key=lambda f: -qv[f])
            out.append((score, i, shared))
        out.sort(key=lambda t: (-t[0], self.stories[t[1]].published, t[1]))
        return out


def distinct_evidence(shared: Sequence[str], index: LinkIndex) -> int:
    """How many distinct specific things two documents share.

    Places, multiword names, numbers, quotes and day-month dates count once
    each; a single capitalised word counts when it is rare in the corpus and
    is not a word of a shared multiword name (the surname of a shared person
    adds nothing).  Countries and oblasts never count.
    """
    name_words = {w for f in shared if f.startswith("n:") for w in f[2:].split()}
    rare = max(1, int(_RARE_SHARE * len(index.stories)))
    count = 0
    for f in shared:
        if f[0] in _SPECIFIC:
            count += 1
        elif f.startswith("w:") and f[2:] not in name_words and index.df.get(f, 0) <= rare:
            count += 1
    return count
