"""One "today": the user's time zone decides which date it is, not the machine's or UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from unittest import mock

import pytest
from django.core.exceptions import ValidationError

from matchwise.network import clock
from matchwise.network.models import Preferences
from matchwise.network.time_zones import is_zone_name, machine_zone_name

pytestmark = pytest.mark.django_db

# 20:30 UTC on 1 March is already 2 March in Kolkata (+05:30) and still 1 March in Honolulu.
INSTANT = datetime(2027, 3, 1, 20, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Kolkata", date(2027, 3, 2)),
        ("Africa/Cairo", date(2027, 3, 1)),
        ("Pacific/Honolulu", date(2027, 3, 1)),
        ("UTC", date(2027, 3, 1)),
        ("Pacific/Kiritimati", date(2027, 3, 2)),
    ],
)
def test_it_takes_the_date_in_the_chosen_zone(zone: str, expected: date) -> None:
    preferences = Preferences.load()
    preferences.time_zone = zone
    preferences.save()
    with mock.patch("django.utils.timezone.now", return_value=INSTANT):
        assert clock.today() == expected
        assert clock.now().utcoffset() == clock.user_zone().utcoffset(INSTANT)


def test_it_defaults_to_a_zone_the_machine_knows() -> None:
    assert is_zone_name(Preferences.load().time_zone)
    assert is_zone_name(machine_zone_name())


@pytest.mark.parametrize("bad", ["", "Mars/Olympus", "../etc/passwd", "/etc/localtime"])
def test_it_refuses_a_name_that_is_no_time_zone(bad: str) -> None:
    preferences = Preferences.load()
    preferences.time_zone = bad
    with pytest.raises(ValidationError, match="time_zone"):
        preferences.full_clean()


def test_it_reads_the_zone_from_tz_when_it_names_one() -> None:
    with mock.patch.dict("os.environ", {"TZ": "Asia/Kolkata"}):
        assert machine_zone_name() == "Asia/Kolkata"
    with mock.patch.dict("os.environ", {"TZ": ":Africa/Cairo"}):
        assert machine_zone_name() == "Africa/Cairo"
