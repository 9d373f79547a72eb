"""The profile loader: shipped profiles load, records are frozen, bad files fail clearly."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
import yaml

from claimline.errors import ProfileError
from claimline.profiles import (
    Profile,
    list_profiles,
    load_profile,
    parse_profile,
    profile_summary,
)

MINIMAL = {
    "name": "test",
    "title": "A test conflict",
    "countries": ["XA"],
    "sides": [
        {"code": "N", "name": "Northland", "adjectives": ["northern*"]},
        {"code": "S", "name": "Southland", "adjectives": ["southern*"]},
    ],
}


def _with(**changes):  # type: ignore[no-untyped-def]
    data = yaml.safe_load(yaml.safe_dump(MINIMAL))
    data.update(changes)
    return data


def test_profiles_shipped_list_has_both():
    assert {"ru_ua", "sudan"} <= set(list_profiles())


@pytest.mark.parametrize("name", ["ru_ua", "sudan"])
def test_profiles_shipped_load_and_validate(name):
    profile = load_profile(name)
    assert isinstance(profile, Profile)
    assert profile.name == name
    assert len(profile.sides) >= 2
    assert profile.countries
    assert profile.officials and profile.outlets


def test_profiles_default_is_ru_ua(monkeypatch):
    monkeypatch.delenv("CLAIMLINE_PROFILE", raising=False)
    profile = load_profile()
    assert profile.name == "ru_ua"
    assert profile.side_codes == ("UA", "RU")
    assert profile.countries == ("UA", "RU")


def test_profiles_cached_per_file():
    assert load_profile("ru_ua") is load_profile("ru_ua")


def test_profiles_records_are_frozen_tuples():
    profile = load_profile("ru_ua")
    assert isinstance(profile.officials, tuple)
    assert isinstance(profile.sides[0].adjectives, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        profile.name = "other"  # type: ignore[misc]
    hash(profile)  # usable as a cache key


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Artemivsk", "Bakhmut"),
        ("Artemovsk", "Bakhmut"),
        ("Krasnoarmeysk", "Pokrovsk"),
        ("Krasnoarmiisk", "Pokrovsk"),
        ("Dimitrov", "Myrnohrad"),
        ("Dymytrov", "Myrnohrad"),
        ("Dzerzhinsk", "Toretsk"),
        ("Kirovohrad", "Kropyvnytskyi"),
        ("Dnipropetrovsk", "Dnipro"),
    ],
)
def test_profiles_ru_ua_renamings(old, new):
    renamings = {(r.old, r.new, r.country) for r in load_profile("ru_ua").renamings}
    assert (old, new, "UA") in renamings


def test_profiles_transliteration_is_not_a_renaming():
    profile = load_profile("ru_ua")
    assert "Volchansk" not in {r.old for r in profile.renamings}
    assert ("Volchansk", "Vovchansk") in {(e.old, e.new) for e in profile.exonyms}


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        ("full-scale invasion", date(2022, 2, 24), None),
        ("Kharkiv counteroffensive", date(2022, 9, 6), date(2022, 10, 2)),
        ("Kursk incursion", date(2024, 8, 6), None),
        ("annexation referendums", date(2022, 9, 23), date(2022, 9, 27)),
    ],
)
def test_profiles_ru_ua_events(name, start, end):
    events = {e.name: e for e in load_profile("ru_ua").events}
    assert events[name].start == start
    assert events[name].end == end
    assert all(p == p.lower() for p in events[name].patterns)


def test_profiles_event_patterns_match_their_phrases():
    import re

    events = {e.name: e for e in load_profile("ru_ua").events}
    invasion = events["full-scale invasion"]
    for phrase in (
        "since the start of the full-scale invasion",
        "soon after the onset of russia's invasion",
    ):
        assert any(re.search(p, phrase) for p in invasion.patterns), phrase


def test_profiles_load_from_path(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(MINIMAL, allow_unicode=True), encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.name == "test"
    assert profile.fingerprint


def test_profiles_reload_after_edit(tmp_path: Path):
    import os

    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(MINIMAL), encoding="utf-8")
    first = load_profile(str(path))
    path.write_text(yaml.safe_dump(_with(title="Edited")), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert first.title == "A test conflict"
    assert load_profile(str(path)).title == "Edited"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_with(offcials=[]), "offcials: unknown key"),
        (
            _with(officials=[{"name": "Ann Bee", "side": "W"}]),
            "officials[0].side: 'W' is not a side",
        ),
        (_with(officials=[{"name": "Ann Bee"}]), "officials[0].side: is required"),
        (
            _with(officials=[{"name": "Ann Bee", "side": "N", "rank": "x"}]),
            "officials[0].rank: unknown key",
        ),
        (_with(officials="Ann Bee"), "officials: expected a list"),
        (
            _with(sides=[{"code": "N", "name": "N"}]),
            "sides: a profile needs a list of at least two",
        ),
        (
            _with(sides=[{"code": "N", "name": "A"}, {"code": "N", "name": "B"}]),
            "sides[1].code: 'N' is used twice",
        ),
        (
            _with(sides=[{"code": "N", "name": "A"}, {"code": "neutral", "name": "B"}]),
            "sides[1].code: 'neutral' is used twice or is reserved",
        ),
        (_with(countries=["Ukraine"]), "countries[0]: 'Ukraine' is not a two-letter country code"),
        (
            _with(events=[{"name": "e", "patterns": ["x"], "start": "2022-13-01"}]),
            "events[0].start: '2022-13-01' is not a date",
        ),
        (
            _with(
                events=[
                    {"name": "e", "patterns": ["x"], "start": "2022-02-01", "end": "2022-01-01"}
                ]
            ),
            "events[0].end: 2022-01-01 is before start",
        ),
        (
            _with(events=[{"name": "e", "patterns": ["Start Of War"], "start": "2022-02-01"}]),
            "events[0].patterns[0]: event patterns must be lowercase",
        ),
        (
            _with(unit_patterns=[{"pattern": "(unclosed"}]),
            "unit_patterns[0].pattern[0]: not a valid regular expression",
        ),
        (_with(renamings=[{"old": "A", "new": "B"}]), "renamings[0].country: is required"),
        (
            _with(outlets=[{"name": "Daily", "side": "N", "aliases": {"a": 1}}]),
            "outlets[0].aliases: expected a list of text",
        ),
        ([1, 2], "expected a mapping"),
    ],
)
def test_profiles_validation_names_the_bad_key(data, message):
    with pytest.raises(ProfileError) as info:
        parse_profile(data, "test.yaml")
    assert message in str(info.value)
    assert str(info.value).startswith("[E400] profile test.yaml")


def test_profiles_unknown_key_hint_lists_allowed_keys():
    with pytest.raises(ProfileError) as info:
        parse_profile(_with(offcials=[]), "test.yaml")
    assert info.value.hint and "officials" in info.value.hint


def test_profiles_missing_name_and_file(tmp_path: Path):
    with pytest.raises(ProfileError, match="no profile named 'atlantis'") as info:
        load_profile("atlantis")
    assert info.value.hint and "ru_ua" in info.value.hint
    with pytest.raises(ProfileError, match="does not exist"):
        load_profile(str(tmp_path / "missing.yaml"))


def test_profiles_invalid_yaml_reports_line(tmp_path: Path):
    path = tmp_path / "broken.yaml"
    path.write_text("name: x\nsides: [unclosed\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"is not valid YAML at line \d+"):
        load_profile(str(path))


def test_profiles_summary_counts():
    summary = profile_summary(load_profile("ru_ua"))
    assert [s["code"] for s in summary["sides"]] == ["UA", "RU"]
    assert summary["counts"]["officials"] >= 40
    assert summary["counts"]["renamings"] >= 20
    assert summary["counts"]["events"] >= 10


def test_profiles_docs_example_is_valid(tmp_path: Path):
    """The example in docs/profiles.md loads and works end to end."""
    import re

    from claimline.nlp.actors import outlet_side, resolve_speaker

    docs = Path(__file__).resolve().parents[1] / "docs" / "profiles.md"
    block = re.search(r"### Example\s+```yaml\n(.*?)```", docs.read_text(encoding="utf-8"), re.S)
    assert block, "the example block is missing from docs/profiles.md"
    path = tmp_path / "example.yaml"
    path.write_text(block.group(1), encoding="utf-8")
    profile = load_profile(str(path))
    assert profile.side_codes == ("N", "S")
    assert resolve_speaker("Exampel", profile).side == "N"
    assert resolve_speaker("Southern commanders", profile).side == "S"
    assert outlet_side("northwire.example", profile) == "N"


def test_profiles_comma_in_flow_mapping_hint(tmp_path: Path):
    path = tmp_path / "comma.yaml"
    path.write_text(
        "name: x\ntitle: y\ncountries: [XA]\n"
        "sides: [{code: A, name: A}, {code: B, name: B}]\n"
        "officials:\n  - {name: Ann Bee, side: A, role: mayor, later governor}\n",
        encoding="utf-8",
    )
    with pytest.raises(ProfileError, match=r"officials\[0\]\.later governor: unknown key") as info:
        load_profile(str(path))
    assert info.value.hint and "quotes" in info.value.hint
