"""This week's goals and the streak, counted from the interactions.

Each week's counts are kept in `WeekTally` once counted, the current week's too: the services
that add, change or delete interactions drop the weeks they may change in the same transaction
(`derived.forget_weeks`), so a kept count is never stale, and a page reads the goals and the
streak back in one query. Weeks that are not kept (after a change, an import or a restore) are
counted again when the page asks for them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.db.models import OuterRef, Subquery

from matchwise.network import derived, rules, weekly_rules
from matchwise.network.choices import Direction
from matchwise.network.models import Interaction, Preferences, WeekTally

STREAK_CHUNK_WEEKS = 8
STREAK_HORIZON_WEEKS = 520


@dataclass(frozen=True)
class WeekSummary:
    starts_on: date
    goals: list[weekly_rules.GoalProgress]
    streak: int


def count_weeks(first_week: date, last_week: date) -> dict[date, weekly_rules.WeekCounts]:
    """Outbound reach and reactivations for each week from first_week to last_week."""
    previous = Interaction.objects.filter(
        contact=OuterRef("contact"), occurred_on__lt=OuterRef("occurred_on")
    ).order_by("-occurred_on")
    rows = (
        Interaction.objects.filter(
            direction=Direction.OUTBOUND,
            imported=False,
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
        week: weekly_rules.WeekCounts(len(reached[week]), len(reactivated[week]))
        for week in (first_week + timedelta(weeks=i) for i in range(weeks))
    }


def _stored_weeks(oldest: date, newest: date) -> dict[date, weekly_rules.WeekCounts]:
    return {
        week: weekly_rules.WeekCounts(reached, reactivated)
        for week, reached, reactivated in WeekTally.objects.filter(
            week_start__range=(oldest, newest)
        ).values_list("week_start", "reached_out", "reactivated")
    }


@transaction.atomic
def _count_and_store(oldest: date, newest: date) -> dict[date, weekly_rules.WeekCounts]:
    """Count the weeks and keep them, in one transaction that no writer's can interleave with
    (`derived.lock_weeks`): what is stored was counted from the interactions as they are."""
    derived.lock_weeks()
    counted = count_weeks(oldest, newest)
    WeekTally.objects.bulk_create(
        [
            WeekTally(week_start=w, reached_out=c.reached_out, reactivated=c.reactivated)
            for w, c in counted.items()
        ],
        ignore_conflicts=True,
    )
    return counted


def summary(today: date, preferences: Preferences | None = None) -> WeekSummary:
    """The week's goals and the streak: two queries when every week needed is kept (one when
    the caller passes the preferences it loaded)."""
    preferences = preferences or Preferences.load()
    targets = (preferences.reach_out_target, preferences.reactivate_target)
    this_week = rules.week_start(today)
    known = _stored_weeks(this_week - timedelta(weeks=STREAK_HORIZON_WEEKS), this_week)
    if this_week not in known:
        known.update(_count_and_store(this_week, this_week))
    current = known[this_week]
    # The streak reads the kept weeks newest first and counts any missing ones a chunk at a
    # time (it usually ends within a few weeks).
    past_met: list[bool] = []
    week = this_week - timedelta(weeks=1)
    while len(past_met) < STREAK_HORIZON_WEEKS:
        if week not in known:
            known.update(_count_and_store(week - timedelta(weeks=STREAK_CHUNK_WEEKS - 1), week))
        met = weekly_rules.week_met(known[week], *targets)
        past_met.append(met)
        if not met:
            break
        week -= timedelta(weeks=1)
    return WeekSummary(
        starts_on=this_week,
        goals=weekly_rules.progress(current, *targets),
        streak=weekly_rules.streak(
            past_met, current_week_met=weekly_rules.week_met(current, *targets)
        ),
    )
