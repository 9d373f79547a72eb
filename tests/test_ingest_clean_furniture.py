"""clean_text on furniture the project wrote itself: every cut is furniture, every
article paragraph stays, offsets of removed spans point into the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimline.ingest.build import build_document
from claimline.ingest.clean import classify, clean_text, split_units
from claimline.ingest.readers import iter_records

DATA = Path(__file__).resolve().parent / "data" / "ingest"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("SEE ALSO: MAYOR OPENS THE NEW HOSPITAL WING", "related_link"),
        ("Read more: How the grain corridor works", "related_link"),
        ("Читайте также: Как работает зерновой коридор", "related_link"),
        ("Читайте також: Як працює зерновий коридор", "related_link"),
        ("UPDATE: TALKS RESUME IN GENEVA AFTER A WEEK", "promo_caps"),
        ("LATEST NEWS: COUNCIL APPROVES THE BUDGET", "promo_caps"),
        ("WHY THE HARBOUR MATTERS FOR THE WHOLE REGION", "promo_caps"),
        ("Download the Valley Post app today", "app_prompt"),
        ("GET THE VALLEY POST APP", "app_prompt"),
        ("Sign up for our weekly newsletter", "app_prompt"),
        ("Follow us on Telegram", "app_prompt"),
        ("Подписывайтесь на наш Telegram-канал", "app_prompt"),
        ("Original article source: Water returns to the district", "source_line"),
        ("Photo: Workers at the pumping station", "caption"),
        ("Volunteers unload boxes at the station. REUTERS/Jane Roe", "caption"),
        ("Фото: Иван Петров", "caption"),
        ("Share  Tweet  Email", "share_widget"),
        ("12 comments", "share_widget"),
        ("By Jane Roe and John Doe", "byline"),
        ("We use cookies to improve the site. Accept our cookie policy.", "cookie_notice"),
        ("Updated 10:42 am, 21 November 2025", "timestamp"),
        ("Menu", "navigation"),
        ("Leave a comment", "share_widget"),
        ("Your comment will be shown after you log in.", "share_widget"),
        ("3-minute read", "share_widget"),
        ("© 2024 Valley Post Media", "copyright"),
        ("All rights reserved.", "copyright"),
        ("XYZ 12.40 Increased By ▲ 0.25 (2.05%)", "ticker"),
        ("5h ago", "timestamp"),
        ("Posted by Valley Post 3 May, 2025 09:10am", "timestamp"),
        ("Rescue teams search the rubble on Friday. Credit:EXA", "caption"),
        ("The river port at dusk. (Valley/Photo Desk)", "caption"),
        ("A tram crosses the square in May 2025. (Photo: Ivan Petr", "caption"),
    ],
)
def test_furniture_lines_are_classified(line: str, reason: str) -> None:
    units = split_units(line)
    assert len(units) == 1
    assert classify(units[0]) == reason


@pytest.mark.parametrize(
    "line",
    [
        "“We will hold the line!”",
        "“NOBODY LEAVES!” the commander shouted over the radio.",
        "The council said the new app for bus tickets would be ready in May.",
        "Residents were urged to download the air-raid alert app, the mayor said.",
        "Source of the claim was a regional official, the agency said.",
        "The NATO summit opened in Vilnius on Tuesday.",
        "Ukrainian forces said they had repelled two attacks near the town.",
        "Photographs of the flag on the council building spread online on Sunday.",
        "Kupiansk",
        "The fight for the bridges",
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    assert classify(split_units(line)[0]) is None
    assert clean_text(line).text == line


def test_bare_name_line_is_a_byline_but_not_in_the_headline_slot() -> None:
    text = "Harbour Reopens\n\nJane Roe\n\nThe harbour reopened on Monday, the port said."
    result = clean_text(text)
    assert result.text == "Harbour Reopens\n\nThe harbour reopened on Monday, the port said."
    assert [s.reason for s in result.removed] == ["byline"]


def test_related_block_takes_its_teasers_and_stops_at_the_article() -> None:
    text = (
        "Related stories\n\nBakery reopens on the main square\n\nThe owners said the ovens...\n\n"
        "New school year starts late\n\n"
        "Parents were told the delay would last a week because...\n\n"
        "Back in the town, the first bus in a month arrived at noon, carrying pensioners and post "
        "for the families who had stayed, and the driver said the road was now safe to use."
    )
    result = clean_text(text)
    assert [s.reason for s in result.removed] == ["related_block"]
    assert result.text.startswith("Back in the town")
    assert result.removed[0].text.endswith("because...")


def test_related_heading_mid_article_stops_at_a_short_quote() -> None:
    text = (
        "The governor said the night had been calm across the region, with no strikes on the "
        "city and only distant artillery heard from the east.\n\n"
        "Read also\n\nBakery reopens on the main square\n\n“We will not leave!”\n\n"
        "Residents said they would stay."
    )
    result = clean_text(text)
    assert [s.reason for s in result.removed] == ["related_block"]
    assert result.removed[0].text == "Read also\n\nBakery reopens on the main square"
    assert result.text.endswith("“We will not leave!”\n\nResidents said they would stay.")


def test_related_heading_before_the_article_keeps_title_and_lead() -> None:
    text = (
        "Most read\n\nFerry returns to the river crossing\n\n"
        "The ferry made its first crossing in months on Tuesday.\n\n"
        "Port officials said it would run twice a day."
    )
    result = clean_text(text)
    assert result.text.startswith("Ferry returns to the river crossing\n\nThe ferry made")
    assert [s.text for s in result.removed] == ["Most read"]


def test_headline_plus_ellipsis_pairs_without_heading_are_a_teaser_block() -> None:
    text = (
        "The mayor said the water supply was back.\n\n"
        "Bakery reopens on the main square\n\nThe owners said the ovens were...\n\n"
        "New school year starts late\n\nParents were told the delay would…"
    )
    result = clean_text(text)
    assert result.text == "The mayor said the water supply was back."
    assert [s.reason for s in result.removed] == ["teaser_block"]


def test_removed_offsets_point_into_input_and_paragraphs_are_normalised() -> None:
    text = (
        "First  paragraph\nwith a   wrapped line of ordinary length here.\n\n"
        "SHARE TWEET\n\nLast one."
    )
    result = clean_text(text)
    for span in result.removed:
        assert text[span.start : span.end] == span.text
    assert result.text.split("\n\n") == [
        "First paragraph",
        "with a wrapped line of ordinary length here.",
        "Last one.",
    ]


def test_hard_wrapped_paragraph_is_joined() -> None:
    text = (
        "The convoy left the depot before dawn and drove east along the river road\n"
        "towards the villages that had been without power since the storms of early\n"
        "spring, the organisers said.\n"
    )
    assert clean_text(text).text == " ".join(text.split())


def test_repeated_title_paragraph_is_dropped_once() -> None:
    text = "Ferry returns to the river\n\nFerry returns to the river\n\nThe ferry ran again today."
    result = clean_text(text, title="Ferry returns to the river")
    assert result.text == "Ferry returns to the river\n\nThe ferry ran again today."
    assert [s.reason for s in result.removed] == ["duplicate"]


@pytest.mark.parametrize("name", ["page.txt", "page.html"])
def test_fake_news_pages_lose_all_furniture_and_keep_all_paragraphs(name: str) -> None:
    (raw,) = list(iter_records([str(DATA / name)]))
    doc = build_document(raw)
    paragraphs = doc.text.split("\n\n")
    # Every kept paragraph is a headline or prose that ends like a sentence.
    assert paragraphs[0] == doc.title
    for p in paragraphs[1:]:
        assert p.rstrip('”"’').endswith((".", "!", "?")), p
        assert classify(split_units(p)[0]) is None
    assert any(p.startswith("“") and p.endswith("!”") for p in paragraphs)  # the short quote stays
    lowered = doc.text.lower()
    for cue in (
        "see also",
        "read also",
        "download",
        "subscribe",
        "newsletter",
        "cookies",
        "share",
        "related",
        "more stories",
        "original article",
        "photo:",
    ):
        assert cue not in lowered, cue
    assert doc.text.count("\n\n") + 1 == {"page.txt": 6, "page.html": 5}[name]


def test_furniture_that_trafilatura_leaks_from_a_cp1251_page_is_removed() -> None:
    (raw,) = list(iter_records([str(DATA / "page-leaky.html")]))
    doc = build_document(raw)
    assert doc.language == "ru" and doc.published is not None
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == doc.title
    assert len(paragraphs) == 5
    assert any(p.startswith("«") for p in paragraphs)  # the short quote stays
    reasons = [s.reason for s in doc.removed]
    assert reasons == ["related_link", "caption", "app_prompt", "related_block"]
    block = doc.removed[-1].text.split("\n")
    assert len(block) == 5  # the heading and two headline + summary pairs


def test_extracted_lines_are_never_joined() -> None:
    lines = [
        "Heatwave expected across the whole south this week",
        "School exams move online again for the autumn term",
        "Council approves the new tram line after long debate",
    ]
    text = "\n".join(lines)
    assert [u.text for u in split_units(text)] == lines  # capitalised lines: not wrapped prose
    wrapped = (
        "The convoy left the depot before dawn and drove east along the river road\n"
        "towards the villages that had been without power since the storms of early\n"
        "spring, the organisers said."
    )
    assert len(split_units(wrapped)) == 1
    assert len(split_units(wrapped, join_wrapped=False)) == 3
