"""The dev corpus builds, and the seeds' furniture goes while their prose stays.

Checks general properties only (shape of what was removed and kept); no phrase
of the dev articles appears here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimline.ingest import cues
from claimline.ingest.build import build_document
from claimline.ingest.clean import is_headline_like, is_teaser_summary, split_units, upper_ratio
from claimline.ingest.readers import iter_records
from claimline.model import Document, Rejection

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason=f"dev corpus not found at {DEV}")

_PROSE_END = re.compile(r"[.!?…][\"'”’»)]*$")


def _build_all(paths: list[str]) -> list[Document]:
    docs = []
    for item in iter_records(paths):
        assert not isinstance(item, Rejection), item
        docs.append(build_document(item))
    return docs


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[str, Document]]:
    files = sorted((DEV / "seeds").glob("*.txt"))
    docs = _build_all([str(f) for f in files])
    return {d.id: (f.read_text(encoding="utf-8"), d) for f, d in zip(files, docs, strict=True)}


def test_every_dev_document_builds() -> None:
    docs = _build_all([str(DEV / "articles.jsonl"), str(DEV / "seeds")])
    assert len(docs) == 29
    for doc in docs:
        assert doc.text and doc.sentences and doc.language in ("en", "ru", "uk")
        assert len(doc.content_hash) == 64
    dated = {d.id: d for d in docs if d.published is not None}
    assert all(d.date_basis.value in ("metadata", "url") for d in dated.values())
    assert {d.id for d in docs if d.published is None} >= {f"seed-00{i}" for i in range(5)}


def _is_shouting(text: str) -> bool:
    return len(text.split()) >= 4 and upper_ratio(text) >= 0.75


def test_no_furniture_line_survives_in_the_seeds(seeds: dict[str, tuple[str, Document]]) -> None:
    for doc_id, (_, doc) in seeds.items():
        paragraphs = doc.text.split("\n\n")
        for p in paragraphs:
            assert not _is_shouting(p), (doc_id, p)
            assert cues.split_label(p)[0] is None, (doc_id, p)
            assert not cues.is_app_prompt(p), (doc_id, p)
            assert not cues.is_related_heading(p), (doc_id, p)
        for a, b in zip(paragraphs, paragraphs[1:], strict=False):
            assert not (is_headline_like(a) and is_teaser_summary(b)), (doc_id, a, b)


def test_every_removed_span_is_furniture_by_shape(seeds: dict[str, tuple[str, Document]]) -> None:
    removed = 0
    for doc_id, (source, doc) in seeds.items():
        for span in doc.removed:
            removed += 1
            assert source[span.start : span.end] == span.text
            units = [u.text for u in split_units(span.text)]
            if span.reason == "related_block":
                assert cues.is_related_heading(units[0])
                teasers = units[1:]
                assert len(teasers) >= 2 and len(teasers) % 2 == 0, (doc_id, units)
                for head, summary in zip(teasers[::2], teasers[1::2], strict=True):
                    assert is_headline_like(head) and is_teaser_summary(summary), (head, summary)
            elif span.reason == "promo_caps":
                assert _is_shouting(cues.split_label(span.text)[1]), span
            elif span.reason == "related_link":
                assert cues.split_label(span.text)[0] is not None, span
            elif span.reason == "app_prompt":
                assert cues.is_app_prompt(span.text) and len(units) == 1, span
            elif span.reason == "source_line":
                assert cues.label_kind(cues.split_label(span.text)[0] or "") == "source", span
            else:
                pytest.fail(f"{doc_id}: unexpected removal {span}")
    # The seeds hold one related block and six promo/app/source lines between them.
    assert removed == 7


def test_every_prose_paragraph_of_the_seeds_stays(seeds: dict[str, tuple[str, Document]]) -> None:
    quotes_seen = 0
    for doc_id, (source, doc) in seeds.items():
        kept = set(doc.text.split("\n\n"))
        removed_text = " ".join(s.text for s in doc.removed)
        prose = [
            " ".join(line.split())
            for line in source.split("\n")
            if _PROSE_END.search(line.strip()) and line.strip() not in removed_text
        ]
        assert prose, doc_id
        for line in prose:
            assert line in kept, (doc_id, line)
        # Quoted paragraphs, however short, are article text.
        quoted = [
            " ".join(x.split()) for x in source.split("\n") if x.strip()[:1] in tuple("“\"‘'")
        ]
        quotes_seen += len(quoted)
        for q in quoted:
            assert q in kept, (doc_id, q)
        # Kept = the prose lines + at most a headline and list items.
        assert len(kept) >= len(set(prose))
        title_lines = 1 if doc.title else 0
        bullets = sum(1 for x in source.split("\n") if x.startswith("- "))
        assert len(doc.text.split("\n\n")) <= len(set(prose)) + title_lines + bullets
    assert quotes_seen >= 3  # the check above is not vacuous
