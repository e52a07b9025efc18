"""Time zones by IANA name, and the machine's own (no Django import).

Many applicants live far from the programs they apply to, so "today" and "this week" are
reckoned in the zone the user chose, defaulting to the machine's.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

FALLBACK_ZONE = "UTC"


@cache
def zone_names() -> tuple[str, ...]:
    """Every zone name this machine's tz database knows, sorted; for choices and checks."""
    return tuple(sorted(available_timezones()))


def is_zone_name(name: str) -> bool:
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def machine_zone_name() -> str:
    """The machine's zone by name: `TZ` if it names one, else where /etc/localtime points."""
    from_env = os.environ.get("TZ", "").removeprefix(":")
    if is_zone_name(from_env):
        return from_env
    try:
        target = Path("/etc/localtime").resolve(strict=True)
    except OSError:
        return FALLBACK_ZONE
    parts = target.parts
    if "zoneinfo" in parts:
        name = "/".join(parts[parts.index("zoneinfo") + 1 :])
        if is_zone_name(name):
            return name
    return FALLBACK_ZONE
