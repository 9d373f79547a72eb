"""scripts/check_dev_overlap.py: which shared word runs the guard reports."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import check_dev_overlap as guard  # noqa: E402

# A corpus written for this test: two "articles" of the guard's own making.
CORPUS = [
    "The ferry crossed the wide grey lake before sunrise on a cold Tuesday.",
    "Farmers near the old mill said the harvest came late this year.",
]


def _runs(text: str, k: int = 5, kind: str = "string") -> list[tuple[int, str]]:
    index = guard.DevIndex(CORPUS, k)
    frag = guard.Fragment("tests/x.py", kind, ((10, text),))
    return [(f.line, " ".join(f.run)) for f in guard.find_runs(frag, index)]


def test_devoverlap_words_lowercase_keep_inner_apostrophes() -> None:
    assert guard.words("Russia’s army DIDN'T move, 3 km.") == [
        "russia's",
        "army",
        "didn't",
        "move",
        "3",
        "km",
    ]


def test_devoverlap_reports_the_maximal_shared_run_once() -> None:
    text = "Yesterday the ferry crossed the wide grey lake before noon."
    assert _runs(text) == [(10, "the ferry crossed the wide grey lake before")]


def test_devoverlap_ignores_runs_shorter_than_k_and_case() -> None:
    assert _runs("THE FERRY CROSSED the river.") == []
    assert _runs("the ferry crossed the wide", k=5) == [(10, "the ferry crossed the wide")]


def test_devoverlap_no_run_crosses_a_bar_and_lines_are_counted() -> None:
    # regex alternatives: "the old mill" | "said the harvest came late"
    assert _runs(r"near\s+the old mill|said the harvest came late") == [
        (10, "said the harvest came late")
    ]
    assert _runs("first line\nsecond: the ferry crossed the wide grey lake") == [
        (11, "the ferry crossed the wide grey lake")
    ]


def test_devoverlap_stitched_runs_are_not_one_run() -> None:
    # each half occurs in the corpus, the joined eight words do not
    found = _runs("before sunrise on a cold farmers near the old mill", k=4)
    assert [r for _, r in found] == ["before sunrise on a cold", "farmers near the old mill"]


def test_devoverlap_python_fragments_join_adjacent_literals_and_comments(tmp_path: Path) -> None:
    src = tmp_path / "m.py"
    src.write_text(
        'X = (\n    "the ferry crossed "\n    "the wide grey lake"\n)\n'
        "# farmers near the old\n# mill said the harvest\nY = 1\n",
        encoding="utf-8",
    )
    frags = guard.python_fragments(src, "m.py")
    texts = {f.kind: " ".join(t for _, t in f.parts) for f in frags}
    assert guard.words(texts["string"]) == guard.words("the ferry crossed the wide grey lake")
    assert guard.words(texts["comment"]) == guard.words(
        "farmers near the old mill said the harvest"
    )


def test_devoverlap_allow_entry_must_cover_the_whole_run(tmp_path: Path) -> None:
    allow = tmp_path / "allow.txt"
    allow.write_text(
        "tests/*.py :: the wide grey lake before sunrise :: a name\n", encoding="utf-8"
    )
    entries = guard.load_allow(allow)
    frag = guard.Fragment("tests/x.py", "string", ((1, ""),))
    inside = guard.Finding(frag, 1, ("wide", "grey", "lake", "before"))
    longer = guard.Finding(frag, 1, ("crossed", "the", "wide", "grey", "lake"))
    other = guard.Finding(guard.Fragment("src/a.py", "string", ((1, ""),)), 1, inside.run)
    assert guard.is_allowed(inside, entries)
    assert not guard.is_allowed(longer, entries)
    assert not guard.is_allowed(other, entries)


def test_devoverlap_allow_entry_without_reason_is_refused(tmp_path: Path) -> None:
    allow = tmp_path / "allow.txt"
    allow.write_text("tests/*.py :: the wide grey lake\n", encoding="utf-8")
    with pytest.raises(ValueError, match="reason"):
        guard.load_allow(allow)


DEV = ROOT.parent / "shared" / "eval" / "dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="the dev corpus (../shared/eval/dev) is not here")
def test_devoverlap_the_project_echoes_no_dev_sentence(capsys) -> None:  # type: ignore[no-untyped-def]
    # Tests, comments, rules and profile data share no run of six words with the
    # dev corpus beyond the allow-listed names and stock phrases.
    assert guard.main(["--dev", str(DEV), "--quiet"]) == 0, capsys.readouterr().out
