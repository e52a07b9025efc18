"""The one "now" and "today" of the app: in the time zone the user set in Preferences.

Rule functions take `today`/`now` as arguments; views, the API and the CLI ask here once per
request or command, so that a page and a command agree near midnight.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

from matchwise.network.models import Preferences


def user_zone() -> ZoneInfo:
    return ZoneInfo(Preferences.load().time_zone)


def now() -> datetime:
    """The current instant, as a wall-clock time in the user's zone."""
    return timezone.now().astimezone(user_zone())


def today() -> date:
    return now().date()
