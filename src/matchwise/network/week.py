"""This week's goals and the streak, counted from the interactions."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import OuterRef, Subquery

from matchwise.network import rules, weekly
from matchwise.network.choices import Direction
from matchwise.network.models import Interaction, Preferences, WeekTally

STREAK_CHUNK_WEEKS = 8
STREAK_HORIZON_WEEKS = 520


@dataclass(frozen=True)
class WeekSummary:
    starts_on: date
    goals: list[weekly.GoalProgress]
    streak: int


def count_weeks(first_week: date, last_week: date) -> dict[date, weekly.WeekCounts]:
    """Outbound reach and reactivations for each week from first_week to last_week."""
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
    weeks = (last_week - first_week).days // 7 + 1
    return {
        week: weekly.WeekCounts(len(reached[week]), len(reactivated[week]))
        for week in (first_week + timedelta(weeks=i) for i in range(weeks))
    }


def finished_weeks(newest: date, count: int) -> list[weekly.WeekCounts]:
    """Counts of `count` finished weeks back from `newest`, newest first, stored once counted."""
    oldest = newest - timedelta(weeks=count - 1)
    stored = {
        t.week_start: weekly.WeekCounts(t.reached_out, t.reactivated)
        for t in WeekTally.objects.filter(week_start__range=(oldest, newest))
    }
    if len(stored) < count:
        counted = count_weeks(oldest, newest)
        WeekTally.objects.bulk_create(
            [
                WeekTally(week_start=w, reached_out=c.reached_out, reactivated=c.reactivated)
                for w, c in counted.items()
                if w not in stored
            ],
            ignore_conflicts=True,
        )
        stored = counted
    return [stored[newest - timedelta(weeks=i)] for i in range(count)]


def summary(today: date) -> WeekSummary:
    preferences = Preferences.load()
    targets = (preferences.reach_out_target, preferences.reactivate_target)
    this_week = rules.week_start(today)
    current = count_weeks(this_week, this_week)[this_week]
    past_met: list[bool] = []
    newest = this_week - timedelta(weeks=1)
    # The streak usually ends within the first few weeks, so look back a chunk at a time.
    while len(past_met) < STREAK_HORIZON_WEEKS:
        chunk = [
            weekly.week_met(counts, *targets)
            for counts in finished_weeks(newest, STREAK_CHUNK_WEEKS)
        ]
        past_met.extend(chunk)
        if not all(chunk):
            break
        newest -= timedelta(weeks=STREAK_CHUNK_WEEKS)
    return WeekSummary(
        starts_on=this_week,
        goals=weekly.progress(current, *targets),
        streak=weekly.streak(past_met, current_week_met=weekly.week_met(current, *targets)),
    )
