"""Interviews in every US zone, seen from India and from Egypt, on both sides of the March
change to daylight saving time (Sunday 14 March 2027 in the US); the feed gives the same
instant. The expected instants come from the published offsets, not from the code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest

from matchwise.season import services, zones
from matchwise.season.models import Application
from matchwise.site.calendar import calendar_bytes

# (state, ZIP code, zone, UTC offset in hours before the change, after it)
PROGRAMS = [
    ("NY", "10029", "America/New_York", -5, -4),
    ("IL", "60612", "America/Chicago", -6, -5),
    ("CO", "80045", "America/Denver", -7, -6),
    ("AZ", "85006", "America/Phoenix", -7, -7),  # no daylight saving
    ("CA", "94143", "America/Los_Angeles", -8, -7),
    ("AK", "99508", "America/Anchorage", -9, -8),
    ("HI", "96813", "Pacific/Honolulu", -10, -10),  # no daylight saving
]
BEFORE, AFTER = date(2027, 3, 12), date(2027, 3, 15)  # a Friday and a Monday
USERS = {"Asia/Kolkata": timedelta(hours=5, minutes=30), "Africa/Cairo": timedelta(hours=2)}

CASES = [
    pytest.param(state, zip_code, zone, day, offset, user, id=f"{zone}-{day}-{user}")
    for state, zip_code, zone, before, after in PROGRAMS
    for day, offset in ((BEFORE, before), (AFTER, after))
    for user in USERS
]


@pytest.mark.parametrize(("state", "zip_code", "zone", "_day", "_offset", "_user"), CASES[::4])
def test_it_finds_the_zone_of_the_program(
    state: str, zip_code: str, zone: str, _day: date, _offset: int, _user: str
) -> None:
    assert zones.program_zone(state, zip_code) == zone
    assert zones.program_zone(state) == zone


@pytest.mark.django_db
@pytest.mark.parametrize(("state", "zip_code", "zone", "day", "offset", "user"), CASES)
def test_it_stores_shows_and_exports_the_same_instant(
    make_application: Callable[..., Application],
    state: str,
    zip_code: str,
    zone: str,
    day: date,
    offset: int,
    user: str,
) -> None:
    application = make_application(state=state, zip=zip_code)
    nine_there = datetime(day.year, day.month, day.day, 9, 0)
    services.schedule(application, services.Interview(wall_clock=nine_there), BEFORE)
    expected = (nine_there - timedelta(hours=offset)).replace(tzinfo=UTC)
    application.refresh_from_db()
    assert application.interview_at == expected
    assert application.time_zone == zone
    mine = zones.in_zone(expected, user)
    assert mine.replace(tzinfo=None) == expected.replace(tzinfo=None) + USERS[user]
    assert ", 09:00 " in zones.shown(expected, zone)
    assert f", {mine:%H:%M} " in zones.shown(expected, user)

    feed = icalendar.Calendar.from_ical(calendar_bytes(BEFORE))
    [event] = [e for e in feed.walk("VEVENT") if str(e["uid"]).startswith("interview-")]
    assert event["dtstart"].params["TZID"] == zone
    assert event.decoded("dtstart").astimezone(UTC) == expected
    assert zone in {str(tz["tzid"]) for tz in feed.walk("VTIMEZONE")}
    assert [str(alarm["action"]) for alarm in event.walk("VALARM")] == ["DISPLAY", "DISPLAY"]


@pytest.mark.parametrize(
    ("wall_clock", "zone", "problem"),
    [
        (datetime(2027, 3, 14, 2, 30), "America/New_York", "does not exist"),
        (datetime(2027, 11, 7, 1, 30), "America/Chicago", "happens twice"),
        (datetime(2027, 3, 14, 2, 30), "Mars/Base", "not a time zone name"),
    ],
)
def test_it_refuses_a_time_the_clocks_skip_or_repeat(
    wall_clock: datetime, zone: str, problem: str
) -> None:
    with pytest.raises(zones.ZoneError, match=problem):
        zones.local_to_instant(wall_clock, zone)


def test_it_takes_the_skipped_hour_where_clocks_do_not_change() -> None:
    instant = zones.local_to_instant(datetime(2027, 3, 14, 2, 30), "America/Phoenix")
    assert instant == datetime(2027, 3, 14, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "ok"),
    [("2027-01-12 09:00", True), ("2027-01-12T09:00", False), ("12/01/2027 9am", False)],
)
def test_it_reads_the_documented_time_format_only(text: str, ok: bool) -> None:
    if ok:
        assert zones.parse_local(text) == datetime(2027, 1, 12, 9, 0)
    else:
        with pytest.raises(zones.ZoneError, match="YYYY-MM-DD HH:MM"):
            zones.parse_local(text)
