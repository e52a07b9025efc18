"""Reading the dates found in exports and sheets."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from matchwise.network.importing.dates import prefers_day_first, read_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("08 Feb 2026", date(2026, 2, 8)),
        ("8 February 2026", date(2026, 2, 8)),
        ("Feb 8, 2026", date(2026, 2, 8)),
        ("February 8th, 2026", date(2026, 2, 8)),
        ("08-Feb-2026", date(2026, 2, 8)),
        ("8 Sept 2025", date(2025, 9, 8)),
        ("2026-02-08", date(2026, 2, 8)),
        ("2026-02-08 00:00:00", date(2026, 2, 8)),
        ("2026-02-08T09:30:00Z", date(2026, 2, 8)),
        ("2026/2/8", date(2026, 2, 8)),
        ("2/8/2026", date(2026, 2, 8)),
        ("02/08/26", date(2026, 2, 8)),
        ("2.8.2026", date(2026, 2, 8)),
        (datetime(2026, 2, 8, 14, 0), date(2026, 2, 8)),
        (date(2026, 2, 8), date(2026, 2, 8)),
        (46061, date(2026, 2, 8)),
        (46061.0, date(2026, 2, 8)),
    ],
)
def test_it_reads_common_formats(value: object, expected: date) -> None:
    assert read_date(value) == expected


def test_it_reads_day_first_when_asked() -> None:
    assert read_date("08/02/2026", day_first=True) == date(2026, 2, 8)


@pytest.mark.parametrize("value", ["31 Feb 2026", "yesterday", "13/13/2026", "2026", 12, "2/8"])
def test_it_says_what_it_could_not_read(value: object) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        read_date(value)


@pytest.mark.parametrize(
    ("texts", "day_first"),
    [
        (["25/01/2026", "03/02/2026"], True),
        (["01/25/2026", "03/02/2026"], False),
        (["03/02/2026", "04/05/2026"], False),  # ambiguous throughout: US order
        (["25/01/2026", "01/25/2026"], False),  # contradictory: keep the US order
        (["2026-01-25", "", None, "Jan 3, 2026"], False),
    ],
)
def test_it_decides_the_day_order_for_a_whole_sheet(texts: list[object], day_first: bool) -> None:
    assert prefers_day_first(texts) is day_first
