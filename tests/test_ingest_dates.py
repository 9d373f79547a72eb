"""Publication dates from metadata strings and URLs, with precision; never today."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.ingest.dates import date_from_url, parse_published
from claimline.model import Precision

D, M, Y = Precision.DAY, Precision.MONTH, Precision.YEAR


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-21", (date(2025, 11, 21), D)),
        ("2025-11-21T23:30:00-05:00", (date(2025, 11, 21), D)),  # local day, not UTC
        ("2025-11-21 08:00", (date(2025, 11, 21), D)),
        ("20251121", (date(2025, 11, 21), D)),
        ("2025-11", (date(2025, 11, 1), M)),
        ("2024", (date(2024, 1, 1), Y)),
        ("Fri, 21 Nov 2025 10:00:00 +0000", (date(2025, 11, 21), D)),
        ("21 November 2025", (date(2025, 11, 21), D)),
        ("November 21, 2025", (date(2025, 11, 21), D)),
        ("November 2025", (date(2025, 11, 1), M)),
        ("21 ноября 2025", (date(2025, 11, 21), D)),
        ("21 листопада 2025 р.", (date(2025, 11, 21), D)),
        ("3 March 2023, 21:24", (date(2023, 3, 3), D)),
    ],
)
def test_parse_published(value: str, expected: tuple[date, Precision]) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "yesterday",
        "today",
        "last Saturday",
        "2025-13-40",
        "2025-02-30",
        "n/a",
        "Monday 10:00",
        None,
    ],
)
def test_no_year_or_invalid_gives_none(value: str | None) -> None:
    assert parse_published(value) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2025/11/21/town-retaken/", (date(2025, 11, 21), D)),
        ("https://news.example/world/2022/9/3/story", (date(2022, 9, 3), D)),
        ("https://news.example/a/2025-11-21-town-retaken", (date(2025, 11, 21), D)),
        ("https://news.example/a/20251121/town", (date(2025, 11, 21), D)),
        ("https://news.example/archive/2024/06/report", (date(2024, 6, 1), M)),
        ("https://news.example/2025/13/40/bad-date/", None),
        ("https://news.example/politics/1989925", None),
        ("https://2025-11-21.news.example/story", None),  # the host is not the path
        ("https://news.example/story?date=2025-11-21", None),  # nor the query
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: tuple[date, Precision] | None) -> None:
    assert date_from_url(url) == expected
