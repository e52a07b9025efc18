"""The calendar feed (RFC 5545): the tracker's follow-ups and weekly review, the playbook's goal
review, the rotations and the season's interviews, in one calendar. Each app builds its own
events; this joins them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar
from django.utils import timezone

from matchwise.network.exporting.calendar import follow_up_events, weekly_review_event
from matchwise.outreach.calendar import goal_review_events
from matchwise.rotations.calendar import rotation_events
from matchwise.season.calendar import interview_events

PRODID = "-//matchwise//Follow-ups//EN"
CALENDAR_NAME = "matchwise follow-ups"
# How often subscribing apps should fetch the feed again.
REFRESH_EVERY = timedelta(hours=1)


def follow_up_calendar(today: date, now: datetime | None = None) -> icalendar.Calendar:
    stamp = (now or timezone.now()).astimezone(UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", CALENDAR_NAME)
    calendar.add("x-wr-calname", CALENDAR_NAME)
    calendar.add("refresh-interval", REFRESH_EVERY, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(REFRESH_EVERY))
    calendar.add_component(weekly_review_event(today, stamp))
    for event in goal_review_events(today, stamp):
        calendar.add_component(event)
    for event in follow_up_events(stamp):
        calendar.add_component(event)
    for event in rotation_events(today, stamp):
        calendar.add_component(event)
    for event in interview_events(today, stamp):
        calendar.add_component(event)
    # Interviews are at the program's wall-clock time: each zone they name gets its VTIMEZONE.
    calendar.add_missing_timezones()
    return calendar


def calendar_bytes(today: date, now: datetime | None = None) -> bytes:
    """The feed as served at `/calendar/<token>.ics` and written by `matchwise export ics`."""
    return bytes(follow_up_calendar(today, now).to_ical())
