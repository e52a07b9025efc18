"""Rotations appear in the calendar feed: the rotation, its feedback day, its thank-you day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import icalendar
import pytest

from matchwise.rotations.models import Rotation, RotationMember
from matchwise.site.calendar import calendar_bytes
from tests.rotations.conftest import TODAY, days

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 3, 11, 14, 5, 9, tzinfo=UTC)


def events(data: bytes) -> dict[str, Any]:
    """Events by UID, loosely typed: tests read properties of many value types."""
    calendar: Any = icalendar.Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_it_puts_the_rotation_and_its_prompts_in_the_feed(
    make_rotation: Callable[..., Rotation], meet: Callable[..., RotationMember]
) -> None:
    rotation = make_rotation(starts=-1, ends=26, notes="Private: parking code 4411")
    meet(rotation, "Lena Park")
    feed = calendar_bytes(TODAY, NOW)
    found = events(feed)
    span = found[f"rotation-{rotation.pk}@matchwise.local"]
    assert span["SUMMARY"] == "Observership: Cardiology at Lakeside General Hospital"
    assert (span["DTSTART"].dt, span["DTEND"].dt) == (days(-1), days(27))
    feedback = found[f"rotation-{rotation.pk}-feedback@matchwise.local"]
    assert feedback["DTSTART"].dt == rotation.span.feedback_from
    assert feedback["SUMMARY"] == "Ask for a feedback meeting (Cardiology)"
    thanks = found[f"rotation-{rotation.pk}-thanks@matchwise.local"]
    assert thanks["DTSTART"].dt == days(20)
    assert b"parking" not in feed and b"Lena" not in feed


def test_it_drops_the_feedback_day_once_asked_and_old_rotations(
    make_rotation: Callable[..., Rotation],
) -> None:
    asked = make_rotation(starts=-5, ends=20, feedback_asked_on=TODAY)
    old = make_rotation(starts=-90, ends=-40)
    found = events(calendar_bytes(TODAY, NOW))
    assert f"rotation-{asked.pk}@matchwise.local" in found
    assert f"rotation-{asked.pk}-feedback@matchwise.local" not in found
    assert not any(uid.startswith(f"rotation-{old.pk}") for uid in found)
