"""Guard: no test, comment, rule or data file may echo a dev-set sentence.

The project is scored on unseen articles, so tests and rules must use wording
the project wrote itself.  This script tokenises the dev corpus
(``../shared/eval/dev``: the title and text of every article in
``articles.jsonl``, ``seeds/*.txt`` and the ``evidence`` strings of
``gold.jsonl``) into lower-case word tokens and looks for runs of consecutive
words that also occur, in the same order, somewhere in that corpus.

It scans

* every string literal (docstrings included; implicitly concatenated literals
  are joined) and every comment block in ``tests/*.py`` and
  ``src/claimline/**/*.py``;
* the string scalars and comments of the YAML files, the strings of the JSON
  files and the lines of the text files under ``src/claimline/profiles`` and
  ``src/claimline/data`` (the sqlite gazetteer is not scanned).

A run of ``--min-words`` (default 6) words or more is an OVERLAP; in test
files a run of ``--review-words`` (default 5) words is also listed as REVIEW,
for a human to judge, without failing.  Place, person and outlet names are
facts and may be quoted: such runs go into ``scripts/dev_overlap_allow.txt``,
one entry a line, ``path-glob :: words of the run :: reason`` (an entry
covers a run when the run's words lie inside the entry's words, in order).

Exit status: 0 when every overlap is allowed, 1 when one is not, 2 on a bad
allow-list.  When the dev corpus is absent the check cannot run: it says so
on stderr and exits 0 (as the dev-set tests skip with a reason).

Run: ``python scripts/check_dev_overlap.py [--dev PATH] [--min-words N]
[--review-words N] [--quiet]``.
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import re
import sys
import tokenize
from collections import defaultdict
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = ROOT.parent / "shared" / "eval" / "dev"
DEFAULT_ALLOW = ROOT / "scripts" / "dev_overlap_allow.txt"

# Letters and digits, with an inner apostrophe kept ("russia's", "didn't"), so
# possessives neither split into two tokens nor vanish.
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# Regex escapes (\s, \b, \w ...) inside rule literals would otherwise turn into
# one-letter tokens ("s", "b") that break a copied phrase into short runs.
_REGEX_ESCAPE = re.compile(r"\\[A-Za-z]")


def words(text: str) -> list[str]:
    """Lower-case word tokens of ``text``, in order."""
    text = _REGEX_ESCAPE.sub(" ", text.translate(_APOSTROPHES))
    return [m.group(0).lower() for m in _WORD.finditer(text)]


def located_words(text: str, first_line: int) -> list[tuple[str, int] | None]:
    """Tokens of ``text`` with the line each lies on; ``None`` at a ``|``.

    A ``|`` separates regex alternatives (and table cells): words on either
    side of one are not a phrase, so a run never crosses it.
    """
    out: list[tuple[str, int] | None] = []
    line = first_line
    for piece in re.split(r"(\||\n)", text):
        if piece == "\n":
            line += 1
        elif piece == "|":
            out.append(None)
        else:
            out.extend((w, line) for w in words(piece))
    return out


# --------------------------------------------------------------------------
# The dev corpus
# --------------------------------------------------------------------------


class DevIndex:
    """Token sequences of the dev corpus, indexed by their ``k``-grams.

    :meth:`longest_from` answers how many words of a token list, from a
    start index, occur contiguously somewhere in the corpus.
    """

    def __init__(self, texts: list[str], k: int) -> None:
        self.k = k
        self.seqs = [words(t) for t in texts]
        self.grams: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
        for s, seq in enumerate(self.seqs):
            for i in range(len(seq) - k + 1):
                self.grams[tuple(seq[i : i + k])].append((s, i))

    def longest_from(self, toks: list[str], start: int) -> int:
        """Length of the longest dev-corpus run equal to ``toks[start:...]``.

        Returns 0 when fewer than ``k`` words match.
        """
        hits = self.grams.get(tuple(toks[start : start + self.k]))
        if not hits:
            return 0
        best = 0
        for s, i in hits:
            seq = self.seqs[s]
            n = self.k
            while start + n < len(toks) and i + n < len(seq) and toks[start + n] == seq[i + n]:
                n += 1
            best = max(best, n)
        return best


def load_dev_texts(dev: Path) -> list[str]:
    """Article titles and texts, seed texts and gold evidence strings."""
    texts: list[str] = []
    arts = dev / "articles.jsonl"
    if arts.is_file():
        for line in arts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                texts.extend(x for x in (rec.get("title"), rec.get("text")) if x)
    for seed in sorted((dev / "seeds").glob("*.txt")):
        texts.append(seed.read_text(encoding="utf-8"))
    gold = dev / "gold.jsonl"
    if gold.is_file():
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ev = json.loads(line).get("evidence")
                if ev:
                    texts.append(ev)
    return texts


# --------------------------------------------------------------------------
# Fragments of the project's own text
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Fragment:
    """A piece of project text: a literal, a comment block, a data value."""

    path: str  # relative to the repo root
    kind: str  # "string", "comment", "data"
    parts: tuple[tuple[int, str], ...]  # (1-based start line, text) of each piece

    def tokens(self) -> list[tuple[str, int] | None]:
        """The located words of all parts, read as one text."""
        out: list[tuple[str, int] | None] = []
        for line, text in self.parts:
            out.extend(located_words(text, line))
        return out


def _literal_text(tok: str) -> str:
    """The contents of a string token (f-strings: their raw text)."""
    try:
        value = ast.literal_eval(tok)
    except (ValueError, SyntaxError):
        # f-strings and odd prefixes: drop the prefix and the quotes.
        body = tok.lstrip("rRbBuUfF")
        q = body[:3] if body[:3] in ('"""', "'''") else body[:1]
        return body[len(q) : len(body) - len(q)]
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def python_fragments(path: Path, rel: str) -> list[Fragment]:
    """String literals and comment blocks of one Python file.

    Adjacent literals (``"one " "two"``, across lines inside brackets) form
    one fragment, since a sentence split that way is still one sentence;
    comments on consecutive lines form one block for the same reason.
    """
    out: list[Fragment] = []
    source = path.read_text(encoding="utf-8")
    strings: list[tuple[int, str]] = []
    comments: list[tuple[int, str]] = []

    def flush_strings() -> None:
        if strings:
            out.append(Fragment(rel, "string", tuple(strings)))
            strings.clear()

    def flush_comments() -> None:
        if comments:
            out.append(Fragment(rel, "comment", tuple(comments)))
            comments.clear()

    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.STRING:
            strings.append((tok.start[0], _literal_text(tok.string)))
        elif tok.type == tokenize.COMMENT:
            if comments and tok.start[0] != comments[-1][0] + 1:
                flush_comments()
            comments.append((tok.start[0], tok.string.lstrip("#")))
        elif tok.type in (tokenize.NL, tokenize.INDENT, tokenize.DEDENT):
            continue
        else:
            flush_strings()
    flush_strings()
    flush_comments()
    return out


def _yaml_comments(rel: str, text: str) -> list[Fragment]:
    """Comment blocks of a YAML file (``#`` at line start or after a space)."""
    out: list[Fragment] = []
    block: list[tuple[int, str]] = []
    for n, line in enumerate(text.splitlines(), 1):
        m = re.search(r"(?:^|\s)#(.*)$", line)
        if not m:
            continue
        if block and n != block[-1][0] + 1:
            out.append(Fragment(rel, "comment", tuple(block)))
            block = []
        block.append((n, m.group(1)))
    if block:
        out.append(Fragment(rel, "comment", tuple(block)))
    return out


def data_fragments(path: Path, rel: str) -> list[Fragment]:
    """String values and comments of a YAML, JSON or text data file."""
    text = path.read_text(encoding="utf-8")
    out: list[Fragment] = []
    if path.suffix in (".yaml", ".yml"):
        stack = [yaml.compose(text)]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if isinstance(node, yaml.ScalarNode):
                out.append(Fragment(rel, "data", ((node.start_mark.line + 1, str(node.value)),)))
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(node.value)
            elif isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    stack.extend((k, v))
        out.extend(_yaml_comments(rel, text))
    elif path.suffix == ".json":
        lines = text.splitlines()

        def walk(obj: object) -> None:
            if isinstance(obj, str):
                # JSON keeps no positions: the first line holding the value.
                probe = json.dumps(obj)[1:-1][:40]
                line = next((i for i, ln in enumerate(lines, 1) if probe in ln), 1)
                out.append(Fragment(rel, "data", ((line, obj),)))
            elif isinstance(obj, dict):
                for k, v in obj.items():
                    walk(k)
                    walk(v)
            elif isinstance(obj, list):
                for v in obj:
                    walk(v)

        walk(json.loads(text))
    else:
        # One entry a line in the word lists: joining lines would stitch
        # unrelated entries into false runs.
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                out.append(Fragment(rel, "data", ((n, line),)))
    return out


def project_fragments(root: Path) -> list[Fragment]:
    """Every fragment the guard checks, in a stable order."""
    frags: list[Fragment] = []
    pkg = root / "src" / "claimline"
    for p in sorted((root / "tests").glob("*.py")) + sorted(pkg.rglob("*.py")):
        frags.extend(python_fragments(p, p.relative_to(root).as_posix()))
    for sub in ("profiles", "data"):
        for p in sorted((pkg / sub).rglob("*")):
            if p.is_file() and p.suffix in (".yaml", ".yml", ".json", ".txt"):
                frags.extend(data_fragments(p, p.relative_to(root).as_posix()))
    return frags


# --------------------------------------------------------------------------
# Matching and the allow-list
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """A run of words shared by a project fragment and the dev corpus."""

    fragment: Fragment
    line: int  # line of the run's first word
    run: tuple[str, ...]


def find_runs(frag: Fragment, index: DevIndex) -> list[Finding]:
    """Maximal runs of ``index.k`` words or more shared with the corpus.

    A run inside an earlier, longer run of the same fragment is not repeated,
    and no run crosses a ``|``.
    """
    found: list[Finding] = []
    segment: list[tuple[str, int]] = []
    for item in [*frag.tokens(), None]:
        if item is not None:
            segment.append(item)
            continue
        toks = [w for w, _ in segment]
        end = 0
        for i in range(len(toks)):
            n = index.longest_from(toks, i)
            if n and i + n > end:
                found.append(Finding(frag, segment[i][1], tuple(toks[i : i + n])))
                end = i + n
        segment = []
    return found


@dataclass(frozen=True)
class AllowEntry:
    glob: str
    words: tuple[str, ...]
    reason: str


def load_allow(path: Path) -> list[AllowEntry]:
    """Parse the allow-list; raise ValueError on an entry without a reason."""
    entries: list[AllowEntry] = []
    if not path.is_file():
        return entries
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("::")]
        if len(parts) != 3 or not all(parts):
            raise ValueError(f"{path.name}:{n}: expected 'path-glob :: words :: reason'")
        entries.append(AllowEntry(parts[0], tuple(words(parts[1])), parts[2]))
    return entries


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    return any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


def is_allowed(f: Finding, allow: list[AllowEntry]) -> bool:
    """True when an allow entry for the fragment's path covers the whole run."""
    return any(fnmatch(f.fragment.path, e.glob) and _contains(e.words, f.run) for e in allow)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="dev corpus folder")
    ap.add_argument("--allow", type=Path, default=DEFAULT_ALLOW, help="allow-list file")
    ap.add_argument("--min-words", type=int, default=6, help="run length that fails")
    ap.add_argument("--review-words", type=int, default=5, help="run length listed in tests")
    ap.add_argument("--quiet", action="store_true", help="print the counts only")
    args = ap.parse_args(argv)

    if not (args.dev / "articles.jsonl").is_file():
        print(f"check_dev_overlap: SKIPPED, no dev corpus at {args.dev}", file=sys.stderr)
        return 0
    try:
        allow = load_allow(args.allow)
    except ValueError as exc:
        print(f"check_dev_overlap: bad allow-list: {exc}", file=sys.stderr)
        return 2

    k = min(args.min_words, args.review_words)
    index = DevIndex(load_dev_texts(args.dev), k)
    overlaps: list[Finding] = []
    allowed: list[Finding] = []
    reviews: list[Finding] = []
    for frag in project_fragments(ROOT):
        for f in find_runs(frag, index):
            if len(f.run) >= args.min_words:
                (allowed if is_allowed(f, allow) else overlaps).append(f)
            elif frag.path.startswith("tests/") and not is_allowed(f, allow):
                reviews.append(f)

    if not args.quiet:
        for label, group in (("OVERLAP", overlaps), ("REVIEW", reviews)):
            for f in group:
                where = f"{f.fragment.path}:{f.line} [{f.fragment.kind}]"
                print(f"{label} {where} {len(f.run)} words: {' '.join(f.run)}")
    print(
        f"check_dev_overlap: {len(overlaps)} overlap(s) of >= {args.min_words} words, "
        f"{len(allowed)} allowed, {len(reviews)} test run(s) of {args.review_words}+ "
        f"words to review"
    )
    return 1 if overlaps else 0


if __name__ == "__main__":
    sys.exit(main())
