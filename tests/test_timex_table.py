# ruff: noqa: E501  (one expression per row reads better than wrapped rows)
"""Table of time expressions: sentence, anchor, expected interval and precision.

Every sentence is the project's own.  The anchor is the publication date;
``None`` as an expected bound means an open side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from claimline.nlp.timex import resolve_time


@dataclass(frozen=True)
class Ev:
    name: str
    patterns: tuple[str, ...]
    start: date
    end: date | None = None


EVENTS = (
    Ev("invasion", (r"full[- ]scale invasion", r"invasion of ukraine", r"the invasion",
                    r"повномасштабного вторгнення"), date(2022, 2, 24)),
    Ev("counteroffensive", (r"kharkiv counter-?offensive",), date(2022, 9, 6), date(2022, 10, 2)),
)  # fmt: skip

A = date(2025, 7, 30)  # a Wednesday
W = date(2025, 1, 10)  # a Friday in early January: year boundaries
D = date(2025, 12, 12)  # a Friday in December

CASES: list[tuple[str, date | None, date | None, date | None, str]] = [
    # explicit days
    ("Troops entered the village on July 28.", A, date(2025, 7, 28), date(2025, 7, 28), "day"),
    ("The town fell on 28 July 2025.", A, date(2025, 7, 28), date(2025, 7, 28), "day"),
    ("The brigade attacked on July 28th.", A, date(2025, 7, 28), date(2025, 7, 28), "day"),
    ("The order is dated 2025-07-28.", A, date(2025, 7, 28), date(2025, 7, 28), "day"),
    ("The decree was signed on 28.07.2025 in Kyiv.", A, date(2025, 7, 28), date(2025, 7, 28), "day"),
    ("The map was updated on the 3rd of June.", A, date(2025, 6, 3), date(2025, 6, 3), "day"),
    ("The bridge was blown up on Nov. 13, 2024.", A, date(2024, 11, 13), date(2024, 11, 13), "day"),
    ("Shelling resumed on Sept. 9.", date(2022, 9, 10), date(2022, 9, 9), date(2022, 9, 9), "day"),
    ("The convoy arrived on Thursday, December 24, 2020.", A, date(2020, 12, 24), date(2020, 12, 24), "day"),
    ("Officials spoke on Saturday, 1 November.", D, date(2025, 11, 1), date(2025, 11, 1), "day"),
    ("The assault began on August 12.", A, date(2024, 8, 12), date(2024, 8, 12), "day"),
    ("The talks will resume on August 3.", A, date(2025, 8, 3), date(2025, 8, 3), "day"),
    ("The garrison left on December 28.", W, date(2024, 12, 28), date(2024, 12, 28), "day"),
    ("Wagner hands over its positions starting May 25.", date(2023, 5, 20), date(2023, 5, 25), None, "open"),
    ("The exchange came on August 2.", A, date(2025, 8, 2), date(2025, 8, 2), "day"),
    ("The leap-day raid came on February 29.", date(2025, 3, 1), date(2024, 2, 29), date(2024, 2, 29), "day"),
    ("Shells hit the depot as of 18:30 on 9 February.", date(2024, 2, 17), date(2024, 2, 9), date(2024, 2, 9), "day"),
    ("Prices were set on 5 May 2023.", A, date(2023, 5, 5), date(2023, 5, 5), "day"),
    # months and years
    ("Fighting resumed in March 2024.", A, date(2024, 3, 1), date(2024, 3, 31), "month"),
    ("The city was shelled in March.", A, date(2025, 3, 1), date(2025, 3, 31), "month"),
    ("Kyiv said the push stalled in November.", A, date(2024, 11, 1), date(2024, 11, 30), "month"),
    ("The depot burned in December.", W, date(2024, 12, 1), date(2024, 12, 31), "month"),
    ("The siege has lasted since last April.", A, date(2025, 4, 1), None, "open"),
    ("It fell in May 2023 after months of fighting.", A, date(2023, 5, 1), date(2023, 5, 31), "month"),
    ("It was taken in 2022 and abandoned in October of that year.", A, date(2022, 10, 1), date(2022, 10, 31), "month"),
    ("Control changed hands in 2022.", A, date(2022, 1, 1), date(2022, 12, 31), "year"),
    ("The front has barely moved since 2014.", A, date(2014, 1, 1), None, "open"),
    ("Russia massed troops there in early 2024.", A, date(2024, 1, 1), date(2024, 4, 30), "season"),
    ("The plant was rebuilt in late 2023.", A, date(2023, 9, 1), date(2023, 12, 31), "season"),
    ("The battle ended by the end of 2023.", A, None, date(2023, 12, 31), "open"),
    # parts of months
    ("Fighting raged in early June.", A, date(2025, 6, 1), date(2025, 6, 10), "week"),
    ("The lines held until mid-June.", A, None, date(2025, 6, 20), "open"),
    ("Columns were seen in mid-June.", A, date(2025, 6, 11), date(2025, 6, 20), "week"),
    ("Rain slowed the advance in late June.", A, date(2025, 6, 21), date(2025, 6, 30), "week"),
    ("The town fell at the end of June.", A, date(2025, 6, 21), date(2025, 6, 30), "week"),
    ("Drones hit the base in the first half of March 2024.", A, date(2024, 3, 1), date(2024, 3, 15), "week"),
    ("The offensive began in late August 2023.", A, date(2023, 8, 21), date(2023, 8, 31), "week"),
    ("Crossings were mined in the first days of May.", A, date(2025, 5, 1), date(2025, 5, 7), "week"),
    ("The bridgehead grew in the first weeks of March 2024.", A, date(2024, 3, 1), date(2024, 3, 14), "week"),
    ("Supplies ran short in the final weeks of June.", A, date(2025, 6, 15), date(2025, 6, 30), "week"),
    ("The garrison left in the last days of April.", A, date(2025, 4, 22), date(2025, 4, 30), "week"),
    # since ...
    ("The district has been in enemy hands since the end of May.", date(2022, 9, 10), date(2022, 5, 21), None, "open"),
    ("Assaults have continued since the start of March.", A, date(2025, 3, 1), None, "open"),
    ("Shelling has grown since the beginning of May.", A, date(2025, 5, 1), None, "open"),
    ("The road has been cut since the middle of June.", A, date(2025, 6, 11), None, "open"),
    ("The village has held out since 3 March 2024.", A, date(2024, 3, 3), None, "open"),
    ("The city has been shelled since the start of the full-scale invasion.", A, date(2022, 2, 24), None, "open"),
    ("Residents have left since the invasion of Ukraine began.", A, date(2022, 2, 24), None, "open"),
    # seasons
    ("The battles resumed in the summer of 2021.", A, date(2021, 6, 1), date(2021, 8, 31), "season"),
    ("The spring 2024 offensive failed.", A, date(2024, 3, 1), date(2024, 5, 31), "season"),
    ("Shelling continued through the winter of 2023.", A, date(2023, 12, 1), date(2024, 2, 29), "season"),
    ("It was lost in January 2023 and regained in the spring of that year.", A, date(2023, 3, 1), date(2023, 5, 31), "season"),
    ("The town changed hands in the fall of 2022.", A, date(2022, 9, 1), date(2022, 11, 30), "season"),
    ("Desertions began this summer.", A, date(2025, 6, 1), date(2025, 8, 31), "season"),
    ("The bridge was repaired last summer.", A, date(2024, 6, 1), date(2024, 8, 31), "season"),
    ("Earlier in the summer, soldiers fled a village.", A, date(2025, 6, 1), date(2025, 8, 31), "season"),
    ("Troops dug in during the autumn.", D, date(2025, 9, 1), date(2025, 11, 30), "season"),
    # weekdays
    ("The General Staff reported this Saturday that the town was freed.", A, date(2025, 7, 26), date(2025, 7, 26), "day"),
    ("The governor spoke on Thursday.", A, date(2025, 7, 24), date(2025, 7, 24), "day"),
    ("The brigade withdrew last Friday.", A, date(2025, 7, 25), date(2025, 7, 25), "day"),
    ("Negotiators meet next Monday.", A, date(2025, 8, 4), date(2025, 8, 4), "day"),
    ("Officials will visit the city on Monday.", A, date(2025, 8, 4), date(2025, 8, 4), "day"),
    ("The mayor spoke on Wednesday.", A, date(2025, 7, 30), date(2025, 7, 30), "day"),
    ("Zelensky said Friday that troops held the line.", D, date(2025, 12, 12), date(2025, 12, 12), "day"),
    ("On Monday, Moscow said its forces had taken the town.", date(2025, 1, 6), date(2025, 1, 6), date(2025, 1, 6), "day"),
    ("Ukraine's army announced on Wednesday that its troops had crossed the river.", date(2023, 8, 24), date(2023, 8, 23), date(2023, 8, 23), "day"),
    # relative to publication
    ("The ministry said today that the line held.", A, A, A, "day"),
    ("The town was shelled yesterday.", A, date(2025, 7, 29), date(2025, 7, 29), "day"),
    ("The bridge was hit the day before yesterday.", A, date(2025, 7, 28), date(2025, 7, 28), "day"),
    ("Sirens sounded tonight across the city.", A, A, A, "day"),
    ("Russia launched forty drones overnight.", A, date(2025, 7, 29), A, "day"),
    ("The village changed hands last week.", A, date(2025, 7, 21), date(2025, 7, 27), "week"),
    ("Assaults intensified this week.", A, date(2025, 7, 28), date(2025, 8, 3), "week"),
    ("The town was encircled last month.", A, date(2025, 6, 1), date(2025, 6, 30), "month"),
    ("Moscow claimed to have seized it last month.", D, date(2025, 11, 1), date(2025, 11, 30), "month"),
    ("Evacuations began earlier this month.", A, date(2025, 7, 1), A, "month"),
    ("The front moved little this year.", A, date(2025, 1, 1), date(2025, 12, 31), "year"),
    ("The city was retaken last year.", W, date(2024, 1, 1), date(2024, 12, 31), "year"),
    ("The garrison may hold on to the end of this month.", A, date(2025, 7, 21), date(2025, 7, 31), "week"),
    ("The town was shelled two days ago.", A, date(2025, 7, 28), date(2025, 7, 28), "day"),
    # durations
    ("Over the past 24 hours, forty clashes took place.", A, date(2025, 7, 29), A, "day"),
    ("In the past 48 hours the army advanced.", A, date(2025, 7, 28), A, "day"),
    ("Over the past three days troops advanced.", A, date(2025, 7, 27), A, "day"),
    ("Artillery fired on the town twice in the past day.", A, date(2025, 7, 29), A, "day"),
    ("In recent days the attacks grew.", A, date(2025, 7, 23), A, "day"),
    ("In recent weeks Russia gained ground.", A, date(2025, 6, 18), A, "week"),
    ("In recent months the front stabilised.", A, date(2025, 1, 30), A, "month"),
    ("The town has been besieged for six months.", A, date(2025, 1, 30), A, "month"),
    ("Donetsk Oblast evacuated 9,000 people in the last four months.", A, date(2025, 3, 30), A, "month"),
    ("Ukrainian units have held the ridge over the past several weeks.", A, date(2025, 7, 9), A, "week"),
    ("Aid will flow for the next six months.", A, A, date(2026, 1, 30), "month"),
    # ranges
    ("Fighting raged between 20 and 25 November.", A, date(2024, 11, 20), date(2024, 11, 25), "day"),
    ("The drills ran from 3 to 5 March.", A, date(2025, 3, 3), date(2025, 3, 5), "day"),
    ("The operation ran 20-25 November 2024.", A, date(2024, 11, 20), date(2024, 11, 25), "day"),
    ("The battle lasted from March 3 to March 9, 2024.", A, date(2024, 3, 3), date(2024, 3, 9), "day"),
    ("Strikes hit between 28 February and 3 March 2024.", A, date(2024, 2, 28), date(2024, 3, 3), "day"),
    ("The ceasefire held from December 30 to January 2.", W, date(2024, 12, 30), date(2025, 1, 2), "day"),
    ("Troops held the line from July 3 to 9.", A, date(2025, 7, 3), date(2025, 7, 9), "day"),
    ("Russia advanced in January–February 2024.", A, date(2024, 1, 1), date(2024, 2, 29), "month"),
    ("Fighting raged between May and July 2023.", A, date(2023, 5, 1), date(2023, 7, 31), "month"),
    ("The siege lasted from October 2023 to February 2024.", A, date(2023, 10, 1), date(2024, 2, 29), "month"),
    ("In the first week of March, troops regrouped.", A, date(2025, 3, 1), date(2025, 3, 7), "week"),
    ("Trucks crossed the river on July 4th and 2nd.", A, date(2025, 7, 4), date(2025, 7, 4), "day"),
    # events
    ("Russian forces seized it in the first days of the full-scale invasion.", A, date(2022, 2, 24), date(2022, 3, 3), "week"),
    ("The town was freed during the Kharkiv counteroffensive.", A, date(2022, 9, 6), date(2022, 10, 2), "day"),
    # Russian and Ukrainian
    ("В субботу ВСУ оставили город.", A, date(2025, 7, 26), date(2025, 7, 26), "day"),
    ("У суботу ЗСУ відбили атаку.", A, date(2025, 7, 26), date(2025, 7, 26), "day"),
    ("Город заняли 28 июля.", A, date(2025, 7, 28), date(2025, 7, 28), "day"),
    ("Місто звільнили 28 липня.", A, date(2025, 7, 28), date(2025, 7, 28), "day"),
    ("Сообщение опубликовано 28 июля 2025 года.", A, date(2025, 7, 28), date(2025, 7, 28), "day"),
    ("Вчера армия вошла в город.", A, date(2025, 7, 29), date(2025, 7, 29), "day"),
    ("Вчора армія увійшла до міста.", A, date(2025, 7, 29), date(2025, 7, 29), "day"),
    ("Сегодня штаб сообщил о боях.", A, A, A, "day"),
    ("Город находится под контролем с конца февраля.", A, date(2025, 2, 21), None, "open"),
    ("Місто окуповане з кінця лютого.", A, date(2025, 2, 21), None, "open"),
    ("Город освободили в сентябре 2022 года.", A, date(2022, 9, 1), date(2022, 9, 30), "month"),
    ("Місто звільнили у вересні 2022 року.", A, date(2022, 9, 1), date(2022, 9, 30), "month"),
    ("Бои шли с 20 по 25 ноября.", A, date(2024, 11, 20), date(2024, 11, 25), "day"),
    ("Бои усилились в конце 2023 года.", A, date(2023, 10, 1), date(2023, 12, 31), "season"),
    ("Летом 2023 года начался штурм.", A, date(2023, 6, 1), date(2023, 8, 31), "season"),
    ("Восени 2022 року місто звільнили.", A, date(2022, 9, 1), date(2022, 11, 30), "season"),
    ("Город в осаде с конца 2023 года.", A, date(2023, 10, 1), None, "open"),
    ("В прошлую пятницу штаб сообщил о боях.", A, date(2025, 7, 25), date(2025, 7, 25), "day"),
    ("Наприкінці липня бої тривали.", A, date(2025, 7, 21), date(2025, 7, 31), "week"),
    ("Бои за город шли в 2023 году.", A, date(2023, 1, 1), date(2023, 12, 31), "year"),
    ("На прошлой неделе войска продвинулись.", A, date(2025, 7, 21), date(2025, 7, 27), "week"),
    ("Минулого тижня сили оборони відступили.", A, date(2025, 7, 21), date(2025, 7, 27), "week"),
    ("Місто обстрілюють з початку повномасштабного вторгнення.", A, date(2022, 2, 24), None, "open"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "anchor", "start", "end", "precision"), CASES)
def test_timex_table_resolves_expression(
    sentence: str, anchor: date | None, start: date | None, end: date | None, precision: str
) -> None:
    interval = resolve_time(sentence, anchor, events=EVENTS)
    assert interval is not None, sentence
    assert (interval.start, interval.end, str(interval.precision)) == (start, end, precision)


def test_timex_table_is_large_enough() -> None:
    assert len(CASES) >= 80


@pytest.mark.parametrize(
    ("expression", "start", "end"),
    [
        ("held out for more than two years", date(2022, 3, 9), date(2024, 3, 9)),
        ("for over three months", date(2023, 12, 9), date(2024, 3, 9)),
        ("for almost two weeks", date(2024, 2, 24), date(2024, 3, 9)),
        ("for at least six months", date(2023, 9, 9), date(2024, 3, 9)),
        ("for nearly 18 months", date(2022, 9, 9), date(2024, 3, 9)),
    ],
)
def test_timex_table_qualified_durations(expression, start, end):
    iv = resolve_time(expression, date(2024, 3, 9), events=())
    assert iv is not None and (iv.start, iv.end) == (start, end)
