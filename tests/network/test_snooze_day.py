"""The day a follow-up is snoozed to: the one asked for if after today, else a week ahead."""

from __future__ import annotations

from datetime import date

import pytest

from matchwise.network.rules import SNOOZE_DAYS, snooze_day

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("asked", "snoozed_to"),
    [
        (None, date(2026, 3, 17)),
        (date(2026, 3, 11), date(2026, 3, 11)),
        (date(2026, 6, 1), date(2026, 6, 1)),
    ],
)
def test_it_snoozes_to_the_day_asked_or_a_week_ahead(asked: date | None, snoozed_to: date) -> None:
    assert SNOOZE_DAYS == 7
    assert snooze_day(asked, TODAY) == snoozed_to


@pytest.mark.parametrize("asked", [TODAY, date(2026, 3, 9), date(2025, 1, 1)])
def test_it_refuses_today_or_a_day_gone(asked: date) -> None:
    with pytest.raises(ValueError, match=r"Pick a day after today\."):
        snooze_day(asked, TODAY)
