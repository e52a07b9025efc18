"""A program's time zone from its ZIP code or state, and interview times between zones
(no Django import; offline: `zoneinfo` and the ZIP data of the `zipcodes` package).

The ZIP code decides when it is known: the `zipcodes` data carries an IANA zone per ZIP,
which settles the states split between two zones. Without a ZIP the state decides, by
`STATE_ZONES`: for the states split between zones it names the zone where most of the state's
people (and its teaching hospitals) are, and `SPLIT_STATES` says which part it leaves out. The
user can always correct the zone of one application by hand.

Times are typed as the program's wall-clock time and stored as an instant; a wall-clock time
that does not exist (skipped when clocks go forward) or happens twice (when they go back) is
refused with the reason rather than guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, cast
from zoneinfo import ZoneInfo

import zipcodes

from matchwise.network.time_zones import is_zone_name

EASTERN = "America/New_York"
CENTRAL = "America/Chicago"
MOUNTAIN = "America/Denver"
ARIZONA = "America/Phoenix"  # Mountain time all year: no daylight saving
PACIFIC = "America/Los_Angeles"
ALASKA = "America/Anchorage"
HAWAII = "Pacific/Honolulu"  # no daylight saving
ATLANTIC = "America/Puerto_Rico"  # no daylight saving

EASTERN_STATES = (
    "CT", "DE", "DC", "FL", "GA", "ME", "MD", "MA", "NH", "NJ", "NY", "NC", "OH", "PA", "RI",
    "SC", "VT", "VA", "WV",
)  # fmt: skip
CENTRAL_STATES = (
    "AL", "AR", "IL", "IA", "KS", "LA", "MN", "MS", "MO", "NE", "ND", "OK", "SD", "TN", "TX",
    "WI",
)  # fmt: skip
STATE_ZONES: dict[str, str] = {
    **dict.fromkeys(EASTERN_STATES, EASTERN),
    "MI": "America/Detroit",
    "IN": "America/Indiana/Indianapolis",
    "KY": "America/Kentucky/Louisville",
    **dict.fromkeys(CENTRAL_STATES, CENTRAL),
    **dict.fromkeys(("CO", "MT", "NM", "UT", "WY"), MOUNTAIN),
    "ID": "America/Boise",
    "AZ": ARIZONA,
    **dict.fromkeys(("CA", "NV", "OR", "WA"), PACIFIC),
    "AK": ALASKA,
    "HI": HAWAII,
    "PR": ATLANTIC,
    "VI": "America/St_Thomas",
    "GU": "Pacific/Guam",
    "MP": "Pacific/Saipan",
    "AS": "Pacific/Pago_Pago",
}
# The states split between two zones, and the part a state-only guess gets wrong (give the
# ZIP code, or set the zone, for a program there).
SPLIT_STATES: dict[str, str] = {
    "FL": "the western panhandle (Pensacola, Panama City) keeps Central time",
    "MI": "four Upper Peninsula counties bordering Wisconsin keep Central time",
    "IN": "the north-west (Gary) and south-west (Evansville) corners keep Central time",
    "KY": "the western half (Bowling Green, Paducah) keeps Central time",
    "TN": "the east (Knoxville, Chattanooga) keeps Eastern time",
    "KS": "four western counties keep Mountain time",
    "NE": "the western panhandle keeps Mountain time",
    "ND": "the south-west keeps Mountain time",
    "SD": "the western half (Rapid City) keeps Mountain time",
    "TX": "El Paso and Hudspeth counties keep Mountain time",
    "ID": "the northern panhandle (Coeur d'Alene) keeps Pacific time",
    "OR": "most of Malheur County keeps Mountain time",
    "NV": "West Wendover keeps Mountain time",
    "AZ": "the Navajo Nation observes daylight saving time; the rest of Arizona does not",
    "AK": "the western Aleutian Islands keep Hawaii–Aleutian time",
}

is_zone = is_zone_name  # one rule for what names a zone, shared with the user's setting
_matching = cast(Callable[[str], list[dict[str, Any]]], zipcodes.matching)


class ZoneError(ValueError):
    """A time zone or a local time that cannot be used, said in words."""


@lru_cache(maxsize=4096)
def zip_zone(zip_code: str) -> str | None:
    """The IANA zone of a five-digit US ZIP code, or None when it is unknown."""
    code = zip_code.strip()[:5]
    if len(code) != 5 or not code.isdigit():
        return None
    try:
        matches = _matching(code)
    except (TypeError, ValueError):
        return None
    zone = matches[0].get("timezone") if matches else None
    return zone if isinstance(zone, str) and is_zone(zone) else None


def program_zone(state: str, zip_code: str = "") -> str | None:
    """The program's zone: from its ZIP code, else from its state; None when neither is known."""
    return zip_zone(zip_code) or STATE_ZONES.get(state.strip().upper())


def parse_local(text: str) -> datetime:
    """ "YYYY-MM-DD HH:MM" as a naive wall-clock time; ZoneError in words if it is not one."""
    try:
        value = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError as error:
        raise ZoneError(f"“{text}” is not a date and time as YYYY-MM-DD HH:MM.") from error
    return value


def local_to_instant(wall_clock: datetime, zone_name: str) -> datetime:
    """The instant (in UTC) at which clocks in `zone_name` show `wall_clock` (naive)."""
    if wall_clock.tzinfo is not None:
        raise ZoneError("a wall-clock time is given without its zone")
    if not is_zone(zone_name):
        raise ZoneError(f"“{zone_name}” is not a time zone name such as America/Chicago.")
    zone = ZoneInfo(zone_name)
    first = wall_clock.replace(tzinfo=zone, fold=0)
    second = wall_clock.replace(tzinfo=zone, fold=1)
    instant = first.astimezone(UTC)
    when = f"{wall_clock:%Y-%m-%d %H:%M} in {zone_name}"
    if instant.astimezone(zone).replace(tzinfo=None) != wall_clock:
        raise ZoneError(f"{when} does not exist: the clocks go forward over it that night.")
    if first.utcoffset() != second.utcoffset():
        raise ZoneError(f"{when} happens twice: the clocks go back that night. Pick another time.")
    return instant


def in_zone(instant: datetime, zone_name: str) -> datetime:
    """An aware instant as the wall-clock time of `zone_name` (aware, in that zone)."""
    return instant.astimezone(ZoneInfo(zone_name))


def shown(instant: datetime, zone_name: str) -> str:
    """E.g. "Tue 10 Mar 2026, 09:00 CDT"."""
    local = in_zone(instant, zone_name)
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M} {local.tzname()}"
