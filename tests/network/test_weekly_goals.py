"""Weekly goals and the streak (pure)."""

from __future__ import annotations

import pytest

from matchwise.network import weekly_rules


@pytest.mark.parametrize(
    ("reached", "reactivated", "met", "percents"),
    [
        (0, 0, False, [0, 0]),
        (2, 1, False, [67, 100]),
        (3, 0, False, [100, 0]),
        (3, 1, True, [100, 100]),
        (7, 2, True, [100, 100]),
    ],
)
def test_it_measures_progress_against_the_default_goals(
    reached: int, reactivated: int, met: bool, percents: list[int]
) -> None:
    counts = weekly_rules.WeekCounts(reached, reactivated)
    goals = weekly_rules.progress(counts, 3, 1)
    assert [goal.percent for goal in goals] == percents
    assert weekly_rules.week_met(counts, 3, 1) is met


def test_it_treats_a_zero_goal_as_met() -> None:
    assert weekly_rules.week_met(weekly_rules.WeekCounts(0, 0), 0, 0)


@pytest.mark.parametrize(
    ("past", "current", "expected"),
    [
        ([], False, 0),
        ([False, True, True], False, 0),
        ([True, True, False, True], False, 2),
        ([True, True, False], True, 3),
        ([False], True, 1),
    ],
)
def test_it_counts_the_streak_back_from_last_week(
    past: list[bool], current: bool, expected: int
) -> None:
    assert weekly_rules.streak(past, current_week_met=current) == expected
