"""The SOAP calendar is data: every value of every Match year has its source, round times are
US Eastern, and a year missing from the data takes the latest cap and says so."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime

import pytest

from matchwise.season import season_dates, soap_calendar


def test_it_gives_every_value_its_source() -> None:
    table = tomllib.loads(soap_calendar.DATES_FILE.read_text(encoding="utf-8"))
    for year, row in table.items():
        values = set(row) - {"sources"}
        assert values <= set(row["sources"]), (year, values - set(row["sources"]))
        assert all(text.strip() for text in row["sources"].values()), year


def test_it_reads_the_cap_and_rounds_of_each_year() -> None:
    years = {c.year: c for c in soap_calendar.all_years()}
    assert {2022, 2024, 2025, 2026} <= set(years)
    assert all(c.application_cap == 45 and c.offer_rounds == 4 for c in years.values())
    assert years[2026].match_week == date(2026, 3, 16)
    assert years[2026].match_day == date(2026, 3, 20)
    first = years[2022].round_time(1)
    assert first is not None  # 9 a.m. Eastern daylight time is 13:00 UTC
    assert first.opens == datetime(2022, 3, 17, 13, tzinfo=UTC)
    assert first.closes == datetime(2022, 3, 17, 15, tzinfo=UTC)
    assert years[2025].round_time(1) is None  # not published in the data


@pytest.mark.parametrize(
    ("today", "year"),
    [
        (date(2026, 12, 3), 2027),
        (date(2027, 3, 18), 2027),
        (date(2027, 6, 30), 2027),
        (date(2027, 7, 1), 2028),
        (date(2026, 1, 5), 2026),
    ],
)
def test_it_finds_the_match_a_day_belongs_to(today: date, year: int) -> None:
    assert soap_calendar.match_year(today) == year


def test_it_carries_the_latest_cap_into_a_year_without_data() -> None:
    known = soap_calendar.for_year(2026)
    assert known.carried_from is None and known.match_day is not None
    carried = soap_calendar.for_year(2027)
    assert carried.carried_from == 2026
    assert carried.application_cap == known.application_cap
    assert carried.match_day is None and carried.rounds == ()
    assert {value for value, _ in carried.sources} == {"application_cap", "offer_rounds"}
    assert soap_calendar.for_year(2020).carried_from == 2022  # before the data starts


def test_it_adds_the_2025_rank_order_list_deadline() -> None:
    seasons = {s.year: s for s in season_dates.all_seasons()}
    deadline = seasons[2025].rank_deadline  # 9 p.m. Eastern standard time, March 5
    assert deadline == datetime(2025, 3, 6, 2, tzinfo=UTC)
    assert seasons[2025].match_day == date(2025, 3, 21)
    assert season_dates.next_deadline(datetime(2025, 3, 1, tzinfo=UTC)) == seasons[2025]
    # No 2026 or 2027 deadline was found with a source: none is made up.
    assert season_dates.next_deadline(datetime(2026, 12, 3, tzinfo=UTC)) is None
