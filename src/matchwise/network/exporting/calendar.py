"""Open follow-ups and the weekly review as an iCalendar feed (RFC 5545).

A calendar app that subscribes to the feed may keep it on someone else's server, so an event
names the contact and why to follow up, and nothing else: no notes, no topics, no addresses.
"""

from __future__ import annotations

import hmac
from datetime import UTC, date, datetime, timedelta

import icalendar
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.module_loading import import_string

from matchwise.network.choices import OPEN_STATES, FollowUpRule
from matchwise.network.models import FollowUp, Preferences, new_token
from matchwise.network.rules import week_start
from matchwise.outreach.goals import next_review

PRODID = "-//matchwise//Follow-ups//EN"
CALENDAR_NAME = "matchwise follow-ups"
UID_DOMAIN = "matchwise.local"
# All-day events start at midnight; remind at 09:00 on the day instead.
REMINDER_AFTER_START = timedelta(hours=9)
# How often subscribing apps should fetch the feed again.
REFRESH_EVERY = timedelta(hours=1)
SHORT_REASONS: dict[str, str] = {
    FollowUpRule.MET_IN_PERSON: "met in person",
    FollowUpRule.NO_REPLY: "no reply yet",
    FollowUpRule.MANUAL: "planned follow-up",
}
# Events other apps add, as dotted paths to `f(today, stamp) -> Iterable[Event]`.
MORE_EVENTS: tuple[str, ...] = ("matchwise.rotations.calendar.rotation_events",)
REVIEW_SUMMARY = "Weekly networking review"
GOAL_REVIEW_SUMMARY = "Monthly goal review"


def follow_ups_for_calendar() -> QuerySet[FollowUp]:
    """Open and snoozed follow-ups, loading only what an event shows (never the notes)."""
    return (
        FollowUp.objects.filter(state__in=OPEN_STATES)
        .select_related("contact")
        .only("id", "rule", "due_on", "overdue_after", "contact__name", "contact__honorific")
        .order_by("due_on", "id")
    )


def reminder(text: str) -> icalendar.Alarm:
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", REMINDER_AFTER_START)
    alarm.add("description", text)
    return alarm


def all_day_event(uid: str, day: date, summary: str, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    # A reminder to act, not a meeting: it should not make the day look busy.
    event.add("transp", "TRANSPARENT")
    event.add_component(reminder(summary))
    return event


def follow_up_event(follow_up: FollowUp, stamp: datetime) -> icalendar.Event:
    reason = SHORT_REASONS.get(follow_up.rule, "follow-up")
    summary = f"Follow up with {follow_up.contact.display_name} ({reason})"
    event = all_day_event(f"followup-{follow_up.pk}", follow_up.due_on, summary, stamp)
    overdue = follow_up.overdue_after.isoformat()
    event.add("description", f"{follow_up.get_rule_display()}. Overdue after {overdue}.")
    return event


def weekly_review_event(today: date, stamp: datetime) -> icalendar.Event:
    """Every Monday, starting with this week's."""
    preferences = Preferences.load()
    event = all_day_event("weekly-review", week_start(today), REVIEW_SUMMARY, stamp)
    event.add("rrule", {"freq": "weekly", "byday": "MO"})
    event.add(
        "description",
        f"Plan the week: reach out to {preferences.reach_out_target} people and reactivate "
        f"{preferences.reactivate_target} dormant contacts.",
    )
    return event


def goal_review_event(on: date, stamp: datetime) -> icalendar.Event:
    """Monthly from the next review the playbook plans; moves when a review is recorded."""
    event = all_day_event("goal-review", on, GOAL_REVIEW_SUMMARY, stamp)
    event.add("rrule", {"freq": "monthly"})
    event.add("description", "Look at your goals: what moved, what did not, what to change.")
    return event


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
    if (review := next_review(today)) is not None:
        calendar.add_component(goal_review_event(review.on, stamp))
    for follow_up in follow_ups_for_calendar():
        calendar.add_component(follow_up_event(follow_up, stamp))
    for path in MORE_EVENTS:
        for event in import_string(path)(today, stamp):
            calendar.add_component(event)
    return calendar


def calendar_bytes(today: date, now: datetime | None = None) -> bytes:
    """The feed as served at `/calendar/<token>.ics` and written by `matchwise export ics`."""
    return bytes(follow_up_calendar(today, now).to_ical())


def feed_token_matches(candidate: str) -> bool:
    """Whether `candidate` is the feed's secret, compared in constant time."""
    expected = Preferences.load().calendar_token
    return bool(expected) and hmac.compare_digest(candidate.encode(), expected.encode())


def rotate_feed_token() -> str:
    """Replace the feed's secret (the old URL stops working) and return the new one."""
    preferences = Preferences.load()
    preferences.calendar_token = new_token()
    preferences.save(update_fields=["calendar_token"])
    return preferences.calendar_token
