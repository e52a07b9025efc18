"""What the playbook adds to This week: advice to report back, and the monthly goal review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from matchwise.outreach import goal_rules, goals, mentors
from matchwise.outreach.models import Advice


@dataclass(frozen=True)
class PlaybookWeek:
    advice_to_report: list[Advice]
    goal_review: goals.ReviewDue | None

    def __bool__(self) -> bool:
        return bool(self.advice_to_report or self.goal_review)


def this_week(today: date) -> PlaybookWeek:
    review = goals.next_review(today)
    if review is not None and review.state is goal_rules.ReviewState.LATER:
        review = None
    return PlaybookWeek(list(mentors.advice_to_report()), review)
