"""The one "now" and "today" of the app: in the time zone the user set in Preferences.

Rule functions take `today`/`now` as arguments; views, the API and the CLI ask here once per
request or command, so that a page and a command agree near midnight. A stored moment (when a
contact was added) is turned into a date by `day_of`, in the same zone.

The models import this module (for the date a touch defaults to), so Preferences is looked up
when a zone is needed rather than imported at load time.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo

from django.utils import timezone

from matchwise.network.time_zones import machine_zone_name


def user_zone() -> ZoneInfo:
    """The zone the user chose (Preferences.time_zone; by default the machine's).

    Only read: asking the time must not create the settings row (a restore or a test may
    write it afterwards)."""
    from matchwise.network.models import Preferences

    chosen = Preferences.objects.filter(pk=1).values_list("time_zone", flat=True).first()
    return zone_named(chosen)


def zone_named(chosen: str | None) -> ZoneInfo:
    """The zone of a Preferences.time_zone value (for a caller that has the row already)."""
    return ZoneInfo(chosen or machine_zone_name())


def now(zone: ZoneInfo | None = None) -> datetime:
    """The current instant, as a wall-clock time in the user's zone (pass it if known)."""
    return timezone.now().astimezone(zone or user_zone())


def today() -> date:
    return now().date()


def day_of(moment: datetime, zone: tzinfo) -> date:
    """The date a stored moment fell on for someone in `zone` (ask `user_zone` once per call)."""
    return moment.astimezone(zone).date()
