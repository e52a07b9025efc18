"""The tracker's events of the calendar feed: open follow-ups and the weekly review, and the
feed's secret. The feed itself, with the events of the other apps, is put together in
`matchwise.site.calendar`.

A calendar app that subscribes to the feed may keep it on someone else's server, so an event
names the contact and why to follow up, and nothing else: no notes, no topics, no addresses.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import icalendar
from django.db.models import QuerySet

from matchwise.network.choices import OPEN_STATES, FollowUpRule
from matchwise.network.models import FollowUp, Preferences, new_token
from matchwise.network.rules import week_start

UID_DOMAIN = "matchwise.local"
# All-day events start at midnight; remind at 09:00 on the day instead.
REMINDER_AFTER_START = timedelta(hours=9)
SHORT_REASONS: dict[str, str] = {
    FollowUpRule.MET_IN_PERSON: "met in person",
    FollowUpRule.NO_REPLY: "no reply yet",
    FollowUpRule.MANUAL: "planned follow-up",
}
REVIEW_SUMMARY = "Weekly networking review"


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


def follow_up_events(stamp: datetime) -> Iterator[icalendar.Event]:
    for follow_up in follow_ups_for_calendar():
        yield follow_up_event(follow_up, stamp)


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
