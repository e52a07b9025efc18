"""This week's goals and the streak, counted from the interactions."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import OuterRef, Subquery

from matchwise.network import rules, weekly
from matchwise.network.choices import Direction
from matchwise.network.models import Interaction, Preferences

STREAK_CHUNK_WEEKS = 8


@dataclass(frozen=True)
class WeekSummary:
    starts_on: date
    goals: list[weekly.GoalProgress]
    streak: int


def _counts(first_week: date, last_week: date) -> dict[date, weekly.WeekCounts]:
    """Outbound reach and reactivations per week, for weeks starting first_week…last_week."""
    previous = Interaction.objects.filter(
        contact=OuterRef("contact"), occurred_on__lt=OuterRef("occurred_on")
    ).order_by("-occurred_on")
    rows = (
        Interaction.objects.filter(
            direction=Direction.OUTBOUND,
            occurred_on__gte=first_week,
            occurred_on__lt=last_week + timedelta(days=7),
        )
        .annotate(previous_on=Subquery(previous.values("occurred_on")[:1]))
        .values_list("contact_id", "occurred_on", "previous_on")
        .order_by()
    )
    reached: dict[date, set[int]] = defaultdict(set)
    reactivated: dict[date, set[int]] = defaultdict(set)
    for contact_id, on, previous_on in rows:
        week = rules.week_start(on)
        reached[week].add(contact_id)
        if rules.is_reactivation(previous_on, on):
            reactivated[week].add(contact_id)
    weeks = {first_week + timedelta(weeks=i) for i in range((last_week - first_week).days // 7 + 1)}
    return {w: weekly.WeekCounts(len(reached[w]), len(reactivated[w])) for w in weeks}


def summary(today: date) -> WeekSummary:
    preferences = Preferences.load()
    targets = (preferences.reach_out_target, preferences.reactivate_target)
    this_week = rules.week_start(today)
    current = _counts(this_week, this_week)[this_week]
    past_met: list[bool] = []
    newest = this_week - timedelta(weeks=1)
    # Count back in chunks: the streak usually ends within the first few weeks.
    while True:
        oldest = newest - timedelta(weeks=STREAK_CHUNK_WEEKS - 1)
        counts = _counts(oldest, newest)
        chunk = [
            weekly.week_met(counts[newest - timedelta(weeks=i)], *targets)
            for i in range(STREAK_CHUNK_WEEKS)
        ]
        past_met.extend(chunk)
        if not all(chunk) or len(past_met) >= 520:
            break
        newest = oldest - timedelta(weeks=1)
    return WeekSummary(
        starts_on=this_week,
        goals=weekly.progress(current, *targets),
        streak=weekly.streak(past_met, current_week_met=weekly.week_met(current, *targets)),
    )
