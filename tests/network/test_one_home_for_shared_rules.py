"""Rules the tracker's lists, settings and the playbook share come from one place."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from matchwise.network import rules
from matchwise.network.models import Preferences
from matchwise.outreach.goal_rules import ReviewState, review_state

TODAY = date(2026, 3, 11)


@pytest.mark.parametrize(
    ("days_ahead", "urgency", "review"),
    [
        (1, rules.Urgency.THIS_WEEK, ReviewState.THIS_WEEK),
        (6, rules.Urgency.THIS_WEEK, ReviewState.THIS_WEEK),
        (7, rules.Urgency.LATER, ReviewState.LATER),
    ],
)
def test_it_ends_this_week_on_the_same_day_for_follow_ups_and_goal_reviews(
    days_ahead: int, urgency: rules.Urgency, review: ReviewState
) -> None:
    day = TODAY + timedelta(days=days_ahead)
    assert rules.week_ahead(TODAY) == TODAY + timedelta(days=6)
    assert rules.urgency(day, day + timedelta(days=3), TODAY) == urgency
    assert review_state(day, TODAY) == review


def test_it_waits_the_rules_default_for_a_reply_in_new_settings() -> None:
    field = Preferences._meta.get_field("no_reply_days")
    assert field.default == rules.NO_REPLY_DAYS_DEFAULT
