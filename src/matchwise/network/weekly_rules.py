"""The weekly plan: targets, progress and the streak of weeks met (no database)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class WeekCounts:
    reached_out: int
    reactivated: int


@dataclass(frozen=True)
class GoalProgress:
    label: str
    done: int
    target: int

    @property
    def met(self) -> bool:
        return self.done >= self.target

    @property
    def percent(self) -> int:
        if self.target == 0:
            return 100
        return min(100, round(100 * self.done / self.target))


def progress(
    counts: WeekCounts, reach_out_target: int, reactivate_target: int
) -> list[GoalProgress]:
    return [
        GoalProgress("People reached out to", counts.reached_out, reach_out_target),
        GoalProgress("Dormant contacts reactivated", counts.reactivated, reactivate_target),
    ]


def week_met(counts: WeekCounts, reach_out_target: int, reactivate_target: int) -> bool:
    return all(goal.met for goal in progress(counts, reach_out_target, reactivate_target))


def streak(weeks_newest_first: Sequence[bool], *, current_week_met: bool) -> int:
    """Consecutive weeks with every goal met, counting back from last week.

    The current week adds to the streak once it is met, but an unfinished week never breaks it.
    """
    count = 0
    for met in weeks_newest_first:
        if not met:
            break
        count += 1
    return count + (1 if current_week_met else 0)
