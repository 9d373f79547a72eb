"""find_places remembers recent texts without letting callers share its lists."""

from __future__ import annotations

from claimline.nlp import places
from claimline.nlp.places import find_places

TEXT = "Shelling hit Kramatorsk and Sloviansk overnight, the governor said."


def test_a_repeated_text_gives_equal_mentions_in_a_fresh_list() -> None:
    first = find_places(TEXT)
    first.append("not a mention")  # type: ignore[arg-type]
    second = find_places(TEXT)
    assert [m.canonical for m in second] == ["Kramatorsk", "Sloviansk"]
    assert second is not first


def test_the_memo_is_bounded_and_keyed_by_the_excluded_ranges() -> None:
    whole = find_places(TEXT)
    start = TEXT.index("Sloviansk")
    cut = find_places(TEXT, exclude=[(start, start + len("Sloviansk"))])
    assert [m.canonical for m in whole] == ["Kramatorsk", "Sloviansk"]
    assert [m.canonical for m in cut] == ["Kramatorsk"]
    for i in range(places._MEMO_SIZE + 5):
        find_places(f"Line {i}: nothing here.")
    assert len(places._MEMO) <= places._MEMO_SIZE
