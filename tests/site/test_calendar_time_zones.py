"""The feed's VTIMEZONEs: the ones icalendar builds for the zones the interviews name, each
built once per process (building one takes tens of milliseconds)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import icalendar
import pytest

from matchwise.season import services
from matchwise.season.programs import ProgramFacts
from matchwise.site import calendar

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 2)
STATES = {"NY": "America/New_York", "AZ": "America/Phoenix", "HI": "Pacific/Honolulu"}


@pytest.fixture
def interviews() -> Iterator[None]:
    for number, state in enumerate(STATES, start=1):
        facts = ProgramFacts(f"P{number}", f"Program {number}", state=state)
        application = services.add_application(facts, services.Submission(TODAY, 11))
        at = datetime(2026, 11, 10 + number, 9, 0)
        services.schedule(application, services.Interview(wall_clock=at), TODAY)
    calendar.time_zone_component.cache_clear()
    yield
    calendar.time_zone_component.cache_clear()


def test_it_gives_each_zone_the_vtimezone_icalendar_builds(interviews: None) -> None:
    feed: Any = icalendar.Calendar.from_ical(calendar.calendar_bytes(TODAY))
    zones = {str(zone["TZID"]): zone for zone in feed.walk("VTIMEZONE")}
    assert sorted(zones) == sorted(STATES.values())
    for name, zone in zones.items():
        assert zone.to_ical() == icalendar.Timezone.from_tzid(name).to_ical()
    # Before the events that name them, as RFC 5545 readers expect.
    kinds = [component.name for component in feed.subcomponents]
    assert kinds.index("VEVENT") > max(i for i, k in enumerate(kinds) if k == "VTIMEZONE")


def test_it_builds_each_zone_once(interviews: None, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    original = icalendar.Timezone.from_tzid

    def counted(tzid: str) -> icalendar.Timezone:
        built.append(tzid)
        return original(tzid)

    monkeypatch.setattr(icalendar.Timezone, "from_tzid", counted)
    first = calendar.calendar_bytes(TODAY)
    second = calendar.calendar_bytes(TODAY)
    assert sorted(built) == sorted(STATES.values())
    assert first.count(b"BEGIN:VTIMEZONE") == second.count(b"BEGIN:VTIMEZONE") == 3


def test_it_leaves_out_a_zone_the_database_does_not_know() -> None:
    assert calendar.time_zone_component("Not/A_Zone") is None
