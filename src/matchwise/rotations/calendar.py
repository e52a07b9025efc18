"""Rotations in the calendar feed: the rotation itself, the day to ask for feedback and the day
the thank-yous start. Like every event of the feed, they name no contact's notes: only the
place and the service."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import icalendar

from matchwise.network.exporting.calendar import UID_DOMAIN, all_day_event
from matchwise.rotations.models import Rotation
from matchwise.rotations.plan import feedback_asked

# Rotations that ended longer ago than this are history, not plans.
SHOWN_AFTER_END = timedelta(days=30)


def rotation_span_event(rotation: Rotation, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"rotation-{rotation.pk}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", rotation.starts_on)
    event.add("dtend", rotation.ends_on + timedelta(days=1))
    event.add("summary", rotation.title)
    event.add("transp", "TRANSPARENT")
    return event


def rotation_events(today: date, stamp: datetime) -> Iterator[icalendar.Event]:
    """Every rotation not long over, with its feedback day (until asked) and thank-you day."""
    for rotation in Rotation.objects.filter(ends_on__gte=today - SHOWN_AFTER_END).order_by("pk"):
        span = rotation.span
        yield rotation_span_event(rotation, stamp)
        where = rotation.service or rotation.institution
        if not feedback_asked(rotation):
            yield all_day_event(
                f"rotation-{rotation.pk}-feedback",
                span.feedback_from,
                f"Ask for a feedback meeting ({where})",
                stamp,
            )
        yield all_day_event(
            f"rotation-{rotation.pk}-thanks",
            span.thanks_from,
            f"Thank the people you met ({where})",
            stamp,
        )
