"""The calendar feed (RFC 5545): the tracker's follow-ups and weekly review, the playbook's goal
review, the rotations and the season's interviews, in one calendar. Each app builds its own
events; this joins them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

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
    add_time_zones(calendar)
    return calendar


@lru_cache(maxsize=64)
def time_zone_component(tzid: str) -> icalendar.Timezone | None:
    """The VTIMEZONE of a zone name, or None for a name the zone database does not know.

    It depends on the zone database alone (the transitions from 1970 to 2038), so it is built
    once per zone and process: building one takes tens of milliseconds."""
    try:
        return icalendar.Timezone.from_tzid(tzid)
    except ValueError:
        return None


def add_time_zones(calendar: icalendar.Calendar) -> None:
    """Interviews are at the program's wall-clock time: each zone the events name gets its
    VTIMEZONE, before the events (what `Calendar.add_missing_timezones` does, built once)."""
    position = len(calendar.timezones)
    for tzid in sorted(calendar.get_missing_tzids()):
        component = time_zone_component(tzid)
        if component is not None:
            calendar.subcomponents.insert(position, component)
            position += 1


def calendar_bytes(today: date, now: datetime | None = None) -> bytes:
    """The feed as served at `/calendar/<token>.ics` and written by `matchwise export ics`."""
    return bytes(follow_up_calendar(today, now).to_ical())
