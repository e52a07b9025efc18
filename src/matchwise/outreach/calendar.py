"""The playbook's event in the calendar feed: the monthly goal review."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import icalendar

from matchwise.network.exporting.calendar import all_day_event
from matchwise.outreach.goals import next_review

GOAL_REVIEW_SUMMARY = "Monthly goal review"


def goal_review_event(on: date, stamp: datetime) -> icalendar.Event:
    """Monthly from the next review the playbook plans; moves when a review is recorded."""
    event = all_day_event("goal-review", on, GOAL_REVIEW_SUMMARY, stamp)
    event.add("rrule", {"freq": "monthly"})
    event.add("description", "Look at your goals: what moved, what did not, what to change.")
    return event


def goal_review_events(today: date, stamp: datetime) -> Iterator[icalendar.Event]:
    if (review := next_review(today)) is not None:
        yield goal_review_event(review.on, stamp)
