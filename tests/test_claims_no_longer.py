"""A hold that is "not ... anymore" or "not ... any longer" is lost: a withdrawal of the
former holder, affirmed; a plain negated hold stays a negated state ("no longer hold" is
pinned as a negated state by test_claims_patterns)."""

from __future__ import annotations

import pytest
from _claims_helpers import gazetteer_rows


def _tuples(text: str) -> set[tuple[str, str, str, str]]:
    return gazetteer_rows(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Russian bloggers admitted that Siversk isn't under Moscow's control anymore.", "RU"),
        ("Siversk is not under Russian control anymore, the governor said.", "RU"),
        ("Russian forces do not hold Siversk any longer.", "RU"),
        ("Ukrainian units do not control Siversk any longer, the army conceded.", "UA"),
    ],
)
def test_a_hold_no_longer_held_is_lost(text, actor):
    found = _tuples(text)
    assert ("Siversk", "withdrew", actor, "affirmed") in found, found
    assert not any(t == "controls" for _p, t, _a, _pol in found), found


def test_a_plain_negated_hold_stays_a_state():
    found = _tuples("Ukrainian troops do not control Siversk.")
    assert ("Siversk", "controls", "UA", "negated") in found, found
