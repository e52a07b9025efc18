"""Open follow-ups and the weekly review as an iCalendar feed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import icalendar
import pytest
from pytest_django import DjangoAssertNumQueries

from matchwise.network.models import Contact
from matchwise.network.services import add_manual_follow_up
from matchwise.site.calendar import calendar_bytes
from tests.network.exporting.dataset import PRIVATE_NOTE, TODAY, Dataset, build_dataset

NOW = datetime(2026, 3, 11, 14, 5, 9, tzinfo=UTC)


@pytest.fixture
def dataset(db: None) -> Dataset:
    return build_dataset()


def parse(data: bytes) -> Any:
    """The parsed calendar, loosely typed: tests read properties of many value types."""
    return icalendar.Calendar.from_ical(data)


def events_by_uid(data: bytes) -> dict[str, Any]:
    return {str(event["UID"]): event for event in parse(data).walk("VEVENT")}


def test_it_has_the_calendar_properties_rfc_5545_requires(dataset: Dataset) -> None:
    calendar = parse(calendar_bytes(TODAY, NOW))
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == "-//matchwise//Follow-ups//EN"


def test_it_lists_open_and_snoozed_follow_ups_only(dataset: Dataset) -> None:
    events = events_by_uid(calendar_bytes(TODAY, NOW))
    assert set(events) == {
        "weekly-review@matchwise.local",
        f"followup-{dataset.open_follow_up.pk}@matchwise.local",
        f"followup-{dataset.snoozed_follow_up.pk}@matchwise.local",
    }


def test_it_makes_each_follow_up_an_all_day_event_with_a_reminder(dataset: Dataset) -> None:
    event = events_by_uid(calendar_bytes(TODAY, NOW))[
        f"followup-{dataset.open_follow_up.pk}@matchwise.local"
    ]
    assert event["DTSTART"].dt == date(2026, 3, 12)
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event["DTEND"].dt == date(2026, 3, 13)
    assert event["DTEND"].params["VALUE"] == "DATE"
    assert event["DTSTAMP"].dt == NOW
    assert str(event["SUMMARY"]) == (f"Follow up with {dataset.full.display_name} (met in person)")
    (alarm,) = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(hours=9)
    assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])


def test_it_names_the_rule_behind_each_follow_up(dataset: Dataset) -> None:
    events = events_by_uid(calendar_bytes(TODAY, NOW))
    snoozed = events[f"followup-{dataset.snoozed_follow_up.pk}@matchwise.local"]
    assert str(snoozed["SUMMARY"]) == "Follow up with Dr. Adaeze Okafor (planned follow-up)"
    assert snoozed["DTSTART"].dt == date(2026, 3, 20)


def test_it_adds_the_weekly_review_every_monday(dataset: Dataset) -> None:
    review = events_by_uid(calendar_bytes(TODAY, NOW))["weekly-review@matchwise.local"]
    assert review["DTSTART"].dt == date(2026, 3, 9)
    assert review["DTEND"].dt == date(2026, 3, 10)
    assert review["RRULE"]["FREQ"] == ["WEEKLY"]
    assert review["RRULE"]["BYDAY"] == ["MO"]
    assert "reach out to 5 people" in str(review["DESCRIPTION"])


def test_it_never_reveals_notes_or_addresses(dataset: Dataset) -> None:
    unfolded = calendar_bytes(TODAY, NOW).replace(b"\r\n ", b"").decode()
    assert PRIVATE_NOTE not in unfolded
    assert "Second line" not in unfolded
    assert "Example.ORG" not in unfolded
    assert "talk" not in unfolded  # interaction topics stay in the app too


def test_it_follows_rfc_5545_structure_and_line_rules(dataset: Dataset) -> None:
    Contact.objects.filter(pk=dataset.plain.pk).update(name="Ngozi Chukwuemeka-Adeyemi " * 4)
    add_manual_follow_up(Contact.objects.get(pk=dataset.plain.pk), date(2026, 4, 1))
    data = calendar_bytes(TODAY, NOW)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # the long name was folded
    calendar = parse(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 4
    for event in events:
        assert "UID" in event and "DTSTAMP" in event
        assert event["DTEND"].dt > event["DTSTART"].dt
        assert type(event["DTSTART"].dt) is date
        for alarm in event.walk("VALARM"):
            assert {"ACTION", "TRIGGER", "DESCRIPTION"} <= set(alarm)


@pytest.mark.django_db
def test_it_still_has_the_weekly_review_with_no_follow_ups() -> None:
    events = parse(calendar_bytes(date(2026, 3, 15))).walk("VEVENT")
    assert [str(event["UID"]) for event in events] == ["weekly-review@matchwise.local"]
    assert events[0]["DTSTART"].dt == date(2026, 3, 9)
    assert events[0]["DTSTAMP"].dt.tzinfo is not None


def test_it_reads_the_follow_ups_in_one_query(
    dataset: Dataset, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    # The preferences, the next goal review, the follow-ups with contacts, the rotations, then
    # the season's interviews.
    with django_assert_num_queries(5):
        calendar_bytes(TODAY, NOW)
