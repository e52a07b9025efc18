"""Scheduled interviews in the calendar feed: one VEVENT each, at the program's wall-clock time
with its TZID (the feed carries the zone's VTIMEZONE), and reminders the day before and just
before. Like every event of the feed, they name the program, never a contact's notes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from matchwise.network.exporting.calendar import UID_DOMAIN
from matchwise.season.models import Application
from matchwise.season.vocabulary import InterviewMode

# Most interview days, virtual or not, take a morning; the calendar blocks this much.
INTERVIEW_LENGTH = timedelta(hours=4)
REMINDERS = (timedelta(days=1), timedelta(minutes=30))
# Interviews that took place longer ago than this are history, not plans.
SHOWN_AFTER = timedelta(days=30)


def interview_event(application: Application, stamp: datetime) -> icalendar.Event:
    assert application.interview_at is not None
    starts = application.interview_at.astimezone(ZoneInfo(application.time_zone))
    how = InterviewMode(application.interview_mode).label
    where = f"{how}, {application.platform}" if application.platform else how
    event = icalendar.Event()
    event.add("uid", f"interview-{application.pk}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", starts)
    event.add("dtend", starts + INTERVIEW_LENGTH)
    event.add("summary", f"Interview: {application.name}")
    event.add("location", where)
    for before in REMINDERS:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Interview with {application.name}")
        alarm.add("trigger", -before)
        event.add_component(alarm)
    return event


def interview_events(today: date, stamp: datetime) -> Iterator[icalendar.Event]:
    """Every scheduled interview not long past."""
    since = datetime.combine(today - SHOWN_AFTER, datetime.min.time(), tzinfo=stamp.tzinfo)
    scheduled = Application.objects.filter(interview_at__gte=since).order_by("interview_at", "pk")
    for application in scheduled:
        yield interview_event(application, stamp)
