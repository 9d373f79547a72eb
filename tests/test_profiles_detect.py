"""A document gets the profile of the conflict it is about; the default stays
without evidence."""

from __future__ import annotations

import pytest

from claimline.ingest.base import RawRecord
from claimline.ingest.build import build_document
from claimline.nlp.pool import document_profile, extract_one
from claimline.profiles.detect import detect_profile, profile_scores

SUDAN = (
    "The Rapid Support Forces said on Friday they had seized the town of En Nahud in "
    "West Kordofan after two days of fighting with the Sudanese army. The army did not "
    "comment. The paramilitary group has fought the SAF since April 2023."
)
UKRAINE = (
    "Ukrainian forces pushed Russian troops back from two villages near Kupiansk, the "
    "General Staff in Kyiv said on Sunday."
)
NEITHER = "The harbour reopened on Monday after repairs, the port authority said."


def test_a_sudan_report_gets_the_sudan_profile() -> None:
    assert detect_profile(SUDAN) == "sudan"
    scores = profile_scores(SUDAN)
    assert scores["sudan"] >= 2 and scores["sudan"] > scores["ru_ua"]


def test_a_ukraine_report_keeps_the_russia_ukraine_profile() -> None:
    assert detect_profile(UKRAINE) == "ru_ua"


def test_without_evidence_the_default_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMLINE_PROFILE", raising=False)
    assert profile_scores(NEITHER) == {"ru_ua": 0, "sudan": 0}
    assert detect_profile(NEITHER) == "ru_ua"
    monkeypatch.setenv("CLAIMLINE_PROFILE", "sudan")
    assert detect_profile(NEITHER) == "sudan"


def test_a_word_both_profiles_list_counts_for_neither() -> None:
    # "army" and country-neutral words are in no profile's distinctive set.
    assert profile_scores("The army said the army had taken the town.") == {
        "ru_ua": 0,
        "sudan": 0,
    }


def test_an_explicit_profile_setting_wins_over_detection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = build_document(RawRecord(source="t", source_format="jsonl", id="s", text=SUDAN))
    monkeypatch.delenv("CLAIMLINE_PROFILE", raising=False)
    assert document_profile(doc) == "sudan"
    ukraine = build_document(RawRecord(source="t", source_format="jsonl", id="u", text=UKRAINE))
    assert document_profile(ukraine) is None  # the default profile
    monkeypatch.setenv("CLAIMLINE_PROFILE", "ru_ua")
    assert document_profile(doc) is None  # the setting's profile, the default


def test_extraction_uses_the_detected_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMLINE_PROFILE", raising=False)
    raw = RawRecord(source="t", source_format="jsonl", id="s", text=SUDAN, published="2025-06-20")
    claims = extract_one(build_document(raw)).claims
    captured = [c for c in claims if c.type.value == "captured"]
    assert captured, claims
    assert {c.actor for c in captured} == {"RSF"}
