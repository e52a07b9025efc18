"""Goals: progress from the data where it can be counted, and the monthly review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Subquery

from matchwise.network.weekly_rules import GoalProgress
from matchwise.outreach import goal_rules, mentors
from matchwise.outreach.goal_rules import Measure
from matchwise.outreach.models import Conference, Goal, GoalReview, LetterRequest
from matchwise.outreach.readiness import SECURED


def counted(today: date) -> dict[Measure, int]:
    """The measures the data can count."""
    letters = LetterRequest.objects.filter(stage__in=SECURED).values_list(
        "contact__country", flat=True
    )
    return {
        Measure.MENTORS: mentors.mentor_count(),
        Measure.US_LETTERS: sum(goal_rules.is_us(country) for country in letters),
        Measure.PRESENTATIONS: Conference.objects.exclude(presenting="")
        .filter(ends_on__lte=today)
        .count(),
    }


@dataclass(frozen=True)
class GoalRow:
    goal: Goal
    progress: GoalProgress
    deadline: date

    @property
    def counted_from(self) -> str:
        return goal_rules.COMPUTED_FROM.get(self.goal.goal_measure, "")


def rows(today: date) -> list[GoalRow]:
    counts = counted(today)
    return [
        GoalRow(
            goal,
            GoalProgress(str(goal), counts.get(goal.goal_measure, goal.done_by_hand), goal.target),
            goal.deadline or goal_rules.deadline(goal.goal_horizon, goal.created_on),
        )
        for goal in Goal.objects.all()
    ]


@dataclass(frozen=True)
class ReviewDue:
    on: date
    state: goal_rules.ReviewState
    last: date | None


def next_review(today: date) -> ReviewDue | None:
    """When the goals are next due a look; None while there are no goals. One query: the
    first goal's date, with the last review's alongside."""
    last_review = GoalReview.objects.order_by("-reviewed_on").values("reviewed_on")[:1]
    first = (
        Goal.objects.order_by("created_on")
        .annotate(last=Subquery(last_review))
        .values_list("created_on", "last")
        .first()
    )
    if first is None:
        return None
    since, last = first
    on = goal_rules.next_review(last, since)
    return ReviewDue(on, goal_rules.review_state(on, today), last)


def record_review(today: date, notes: str = "") -> GoalReview:
    return GoalReview.objects.create(reviewed_on=today, notes=notes)
