"""Goals: progress, deadlines by horizon, and the monthly review date."""

from __future__ import annotations

from datetime import date

import pytest

from matchwise.outreach import goal_rules
from matchwise.outreach.goal_rules import Horizon, ReviewState


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 15), 1, date(2026, 2, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 12, 10), 1, date(2027, 1, 10)),
        (date(2026, 3, 1), 12, date(2027, 3, 1)),
        (date(2026, 3, 1), 36, date(2029, 3, 1)),
    ],
)
def test_it_adds_calendar_months(day: date, months: int, expected: date) -> None:
    assert goal_rules.add_months(day, months) == expected


def test_it_sets_deadlines_by_horizon() -> None:
    assert goal_rules.deadline(Horizon.SHORT, date(2026, 5, 4)) == date(2027, 5, 4)
    assert goal_rules.deadline(Horizon.MEDIUM, date(2026, 5, 4)) == date(2029, 5, 4)


@pytest.mark.parametrize(
    ("last", "since", "expected"),
    [
        (None, date(2026, 4, 10), date(2026, 5, 10)),  # a month after the first goal
        (date(2026, 6, 2), date(2026, 4, 10), date(2026, 7, 2)),  # a month after the review
    ],
)
def test_it_plans_the_monthly_review(last: date | None, since: date, expected: date) -> None:
    assert goal_rules.next_review(last, since) == expected


@pytest.mark.parametrize(
    ("today", "state"),
    [
        (date(2026, 5, 1), ReviewState.LATER),
        (date(2026, 5, 4), ReviewState.THIS_WEEK),
        (date(2026, 5, 10), ReviewState.DUE),
        (date(2026, 5, 20), ReviewState.DUE),
    ],
)
def test_it_says_when_the_review_is_due(today: date, state: ReviewState) -> None:
    assert goal_rules.review_state(date(2026, 5, 10), today) is state


@pytest.mark.parametrize(
    ("country", "us"),
    [("", True), ("USA", True), ("United States", True), (" us ", True), ("Canada", False)],
)
def test_it_counts_a_writer_as_us_based_unless_told_otherwise(country: str, us: bool) -> None:
    assert goal_rules.is_us(country) is us
