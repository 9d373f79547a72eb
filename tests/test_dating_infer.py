"""Publication-date inference: from the text alone and by event linking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from claimline.model import DateBasis, Document
from claimline.nlp.dating import date_undated, infer_from_corpus, infer_from_text


@dataclass(frozen=True)
class Ev:
    name: str
    patterns: tuple[str, ...]
    start: date
    end: date | None = None


EVENTS = (Ev("invasion", (r"full[- ]scale invasion",), date(2022, 2, 24)),)


def test_dating_lead_date_is_the_best_guess() -> None:
    text = (
        "Defenders hold the river line\n"
        "On March 3, 2024, Ukrainian forces pushed Russian units back from Zarichne. "
        "The town was first occupied in 2022."
    )
    est = infer_from_text(text, events=())
    assert est is not None
    assert est.best == date(2024, 3, 3) and est.interval.contains(date(2024, 3, 3))
    assert est.basis == "inferred" and 0 < est.confidence < 1 and est.why


def test_dating_weekday_pins_the_year_of_a_yearless_date() -> None:
    text = (
        "The village was first shelled in September 2019. "
        "On Thursday, December 24, the garrison repelled three assaults."
    )
    est = infer_from_text(text, events=())
    assert est is not None
    # December 24 fell on a Thursday in 2020 (and not again until 2026).
    assert est.best == date(2020, 12, 24)
    assert est.interval.end is not None and est.interval.end < date(2021, 3, 1)


def test_dating_yearless_date_alone_gives_an_open_interval_after_the_lower_bound() -> None:
    text = "The town was freed in October 2023. On May 2, new shelling began."
    est = infer_from_text(text, events=())
    assert est is not None
    assert est.interval.start == date(2024, 5, 2) and est.interval.end is None
    assert est.confidence < 0.5


def test_dating_event_reference_is_a_lower_bound() -> None:
    text = "The city has been shelled daily since the start of the full-scale invasion."
    est = infer_from_text(text, events=EVENTS)
    assert est is not None and est.interval.start == date(2022, 2, 24)
    assert est.interval.end is None


def test_dating_future_mentions_are_not_lower_bounds() -> None:
    assert infer_from_text("Elections will be held in 2030, officials said.", events=()) is None


def test_dating_no_evidence_gives_none() -> None:
    assert infer_from_text("Troops said the bridge was destroyed on Friday.", events=()) is None


CORPUS = [
    ("Heavy fighting near Zarichne. Commander Oleksiy Hrytsenko said 4,350 shells fell on the "
     "town. \"We will not give up the bridge at Zarichne,\" Hrytsenko said.", date(2024, 6, 14)),
    ("Farmers near Poltava began the harvest. Governor Maria Lysenko praised the yield.",
     date(2023, 8, 2)),
    ("A court in Lviv sentenced a former official. The prosecutor asked for 12 years.",
     date(2025, 2, 20)),
]  # fmt: skip


def test_dating_corpus_links_a_report_of_the_same_events() -> None:
    text = (
        "Hrytsenko told reporters that some 4,350 shells had hit Zarichne. "
        '"We will not give up the bridge at Zarichne," he insisted. On June 12, the bridge held.'
    )
    est = infer_from_corpus(text, CORPUS, events=())
    assert est is not None
    assert est.interval.contains(date(2024, 6, 14))
    assert est.interval.start is not None and est.interval.start >= date(2024, 6, 12)
    assert 0 < est.confidence < 1 and "2024-06-14" in est.why


def test_dating_corpus_respects_the_text_lower_bound() -> None:
    text = "Hrytsenko said on July 20, 2024 that 4,350 shells had hit Zarichne since spring."
    est = infer_from_corpus(text, CORPUS, events=())
    assert est is not None and est.interval.start is not None
    assert est.interval.start >= date(2024, 7, 20)


def test_dating_corpus_without_a_match_falls_back_to_the_text() -> None:
    text = "Fishermen on the coast reported a calm sea in 2021."
    est = infer_from_corpus(text, CORPUS, events=())
    assert est is not None and est.interval.start == date(2021, 1, 1)
    assert est.interval.end is None


@pytest.mark.parametrize("dated", [[], CORPUS])
def test_dating_never_uses_the_clock(dated: list[tuple[str, date]]) -> None:
    assert infer_from_corpus("Nothing dated happens here.", dated, events=()) is None


def test_dating_date_undated_marks_inferred_dates() -> None:
    docs = [Document(id=f"d{i}", content_hash=f"h{i}", text=t, published=d)
            for i, (t, d) in enumerate(CORPUS)]  # fmt: skip
    undated = Document(
        id="u",
        content_hash="hu",
        text="Hrytsenko said 4,350 shells hit Zarichne. On June 12, the bridge at Zarichne held.",
    )
    empty = Document(id="e", content_hash="he", text="Nothing dated here.")
    out = date_undated([*docs, undated, empty], events=())
    assert out[:3] == docs
    got = out[3]
    assert got.date_basis is DateBasis.INFERRED and got.published is not None
    assert date(2024, 6, 12) <= got.published <= date(2024, 7, 14)
    assert got.date_confidence is not None and got.date_confidence < 1
    assert "why" in got.metadata["date_inferred"]
    assert out[4].published is None and out[4].date_basis is DateBasis.NONE


def test_dating_lead_weekday_picks_the_day_inside_the_linked_interval() -> None:
    text = (
        "Hrytsenko announced this Saturday that 4,350 shells had hit Zarichne. "
        '"We will not give up the bridge at Zarichne," he said.'
    )
    est = infer_from_corpus(text, CORPUS, events=())
    assert est is not None and est.best is not None
    assert est.best.weekday() == 5 and est.best <= date(2024, 6, 14)
    assert est.interval.contains(est.best)
