"""An outlet the profile does not list speaks for the side its language suggests."""

from __future__ import annotations

import pytest
import yaml
from _claims_helpers import claims_of
from test_profiles_loader import MINIMAL as BASE

from claimline.errors import ProfileError
from claimline.nlp.attribution import outlet_actor
from claimline.profiles import load_profile, parse_profile


def _profile(**extra):  # type: ignore[no-untyped-def]
    data = yaml.safe_load(yaml.safe_dump(BASE))
    data.update(extra)
    return parse_profile(data, "test.yaml")


def test_profile_reads_unlisted_outlets_by_language() -> None:
    p = _profile(unlisted_outlets={"en": "neutral", "xn": "N"})
    assert p.unlisted_outlet_side("en") == "neutral"
    assert p.unlisted_outlet_side("xn") == "N"
    assert p.unlisted_outlet_side("en-GB") == "neutral"  # a regional tag reads as its language
    assert p.unlisted_outlet_side("de") is None
    assert p.unlisted_outlet_side(None) is None


@pytest.mark.parametrize(
    ("value", "fragment"),
    [({"en": "W"}, "not a side"), ({"english!": "N"}, "not a language code"), (["en"], "mapping")],
)
def test_bad_unlisted_outlets_fail_clearly(value, fragment: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ProfileError, match=fragment):
        _profile(unlisted_outlets=value)


@pytest.mark.parametrize(
    ("outlet", "language", "side"),
    [
        ("Harbour Evening Courier", "en", "neutral"),  # foreign press, unknown to the profile
        ("Степовий вісник", "uk", "UA"),
        ("Степной вестник", "ru", "RU"),
        ("Harbour Evening Courier", "de", "unknown"),  # the profile says nothing of German
        ("TASS", "en", "RU"),  # a listed outlet keeps its own side whatever the language
        ("The Kyiv Independent", "ru", "UA"),
    ],
)
def test_outlet_actor_side(outlet: str, language: str, side: str) -> None:
    actor = outlet_actor(outlet, load_profile("ru_ua"), language)
    assert actor is not None and actor.side == side


def test_without_a_language_an_unlisted_outlet_stays_unknown() -> None:
    actor = outlet_actor("Harbour Evening Courier", load_profile("ru_ua"))
    assert actor is not None and actor.side == "unknown"


def test_the_outlets_own_voice_carries_the_language_side() -> None:
    text = "Russian forces captured Toretsk last week after months of fighting."
    claims = claims_of(text, outlet="Harbour Evening Courier", language="en")
    assert claims and all(c.speaker is not None and c.speaker.side == "neutral" for c in claims)


def test_profile_home_side() -> None:
    p = load_profile("ru_ua")
    assert p.home_side("UA") == "UA" and p.home_side("RU") == "RU"
    assert p.home_side("DE") is None and p.home_side(None) is None
    assert _profile().home_side("XA") is None  # sides without homes: the profile cannot say
