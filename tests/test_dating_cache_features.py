"""The pieces of the linking-feature cache: records, their JSON, the store table."""

from __future__ import annotations

import random
from datetime import date

import pytest

from claimline.ingest.link_cache import features_from_json, features_to_json, fingerprint
from claimline.model import Document
from claimline.nlp import dating_features as df
from claimline.nlp.timex import find_times
from claimline.store import SQLiteStore

TEXTS = [
    "Oleh Syniehubov said 4,073 residents of Vovchansk were evacuated on May 13. "
    "\u201cThe situation is difficult but under control,\u201d he said in Kharkiv.",
    "Ганчев заявил, что 12 сел эвакуированы. Киев не комментировал.",
    "Nothing capitalised here but this sentence, and 27 small boats.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("lexicons", [True, False])
def test_dating_cache_features_rebuild_the_same_link_doc(text: str, lexicons: bool) -> None:
    df.clear_memo()
    features = df.compute_text_features(text, lexicons=lexicons, days=True)
    for mentions in (None, find_times(text, None)):
        plain = df.link_doc("x", text, date(2024, 5, 14), mentions=mentions, lexicons=lexicons)
        built = df.link_doc(
            "x", text, date(2024, 5, 14), mentions=mentions, lexicons=lexicons, features=features
        )
        # Order matters too: it breaks ties between shared features.
        assert list(built.features.items()) == list(plain.features.items())
        assert built == plain


@pytest.mark.parametrize("text", TEXTS)
def test_dating_cache_features_survive_json_in_order(text: str) -> None:
    features = df.compute_text_features(text, days=True)
    back = features_from_json(features_to_json(features))
    assert back == features
    assert list(back.base.items()) == list(features.base.items())
    assert list(back.labels.items()) == list(features.labels.items())
    assert list(back.days.items()) == list(features.days.items())  # type: ignore[union-attr]
    assert features_from_json(features_to_json(df.compute_text_features(text))).days is None


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "Since May 2024 the town has been shelled daily; on Thursday, July 25, and "
        "late on July 28 the bridge was hit, until the end of the month at least.",
        "Від 12 березня 2024 року місто обстрілюють щодня, а в суботу вранці влучили в міст.",
    ],
)
def test_dating_cache_mentions_survive_json(text: str) -> None:
    features = df.compute_text_features(text, mentions=True)
    assert features.mentions == tuple(find_times(text, None))
    back = features_from_json(features_to_json(features))
    assert back.mentions == features.mentions
    assert back == features


def test_dating_cache_features_need_days_or_mentions() -> None:
    features = df.compute_text_features(TEXTS[0])
    with pytest.raises(ValueError):
        df.link_doc("x", TEXTS[0], None, features=features)


def test_dating_cache_features_memo_adds_days_once_needed() -> None:
    df.clear_memo()
    first = df.text_features(TEXTS[0])
    assert first.days is None
    second = df.text_features(TEXTS[0], days=True)
    assert second.days is not None and second.base == first.base
    assert df.text_features(TEXTS[0]) is second


@pytest.mark.parametrize("seed", range(5))
def test_dating_cache_span_cover_matches_a_scan(seed: int) -> None:
    rng = random.Random(seed)
    spans = [(s, s + rng.randint(0, 12)) for s in (rng.randint(0, 60) for _ in range(8))]
    covers = df._Spans(spans).covers
    for _ in range(300):
        start = rng.randint(0, 70)
        end = start + rng.randint(0, 8)
        assert covers(start, end) == any(s <= start and end <= e for s, e in spans)
    assert not df._Spans([]).covers(0, 0)


def test_dating_cache_store_keeps_rows_of_stored_documents_only() -> None:
    with SQLiteStore(":memory:") as store:
        store.add_document(Document(id="a", content_hash="h1", text="Some text."))
        assert store.link_feature_cache() == {}
        store.save_link_features([("a", "k1", "{}"), ("ghost", "k", "{}")])
        assert store.link_feature_cache() == {"a": ("k1", "{}")}
        store.save_link_features([("a", "k2", "[]")])  # a newer row replaces the old one
        assert store.link_feature_cache() == {"a": ("k2", "[]")}
        store.save_link_features([])


def test_dating_cache_fingerprint_follows_the_profile(tmp_path) -> None:
    from claimline.profiles import profile_path

    copy = tmp_path / "copy.yaml"
    copy.write_bytes(profile_path(None).read_bytes())
    assert fingerprint(str(copy)) == fingerprint(str(profile_path(None)))
    copy.write_bytes(copy.read_bytes() + b"\n# edited\n")
    fingerprint.cache_clear()
    assert fingerprint(str(copy)) != fingerprint(str(profile_path(None)))
