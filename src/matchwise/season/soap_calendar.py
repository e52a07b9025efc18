"""The SOAP calendar, kept as data in `soap_dates.toml` (no Django import): per Match year the
application cap, the number of offer rounds, Match Week, Match Day and the round times known,
each with its source."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from matchwise.season import zones

DATES_FILE = Path(__file__).with_name("soap_dates.toml")
ROUND_ZONE = zones.EASTERN  # NRMP states Match Week times in US Eastern time
FIRST_MONTH_OF_NEXT_MATCH = 7  # from July on, the Match ahead is next year's
CARRIED = ("application_cap", "offer_rounds")  # what a year missing from the data takes over


@dataclass(frozen=True)
class OfferRound:
    number: int
    opens: datetime  # aware instants
    closes: datetime


@dataclass(frozen=True)
class SoapCalendar:
    year: int
    application_cap: int
    offer_rounds: int
    match_week: date | None
    match_day: date | None
    rounds: tuple[OfferRound, ...]  # only the rounds whose times were published
    sources: tuple[tuple[str, str], ...]  # (value, where it comes from)
    carried_from: int | None = None  # when the year has no table: the year whose cap applies

    def round_time(self, number: int) -> OfferRound | None:
        return next((r for r in self.rounds if r.number == number), None)


def _instant(text: str) -> datetime:
    return zones.local_to_instant(zones.parse_local(text), ROUND_ZONE)


def _calendar(year: int, row: dict[str, Any]) -> SoapCalendar:
    rounds = tuple(
        OfferRound(int(r["number"]), _instant(r["opens"]), _instant(r["closes"]))
        for r in row.get("rounds", [])
    )
    return SoapCalendar(
        year=year,
        application_cap=int(row["application_cap"]),
        offer_rounds=int(row["offer_rounds"]),
        match_week=date.fromisoformat(row["match_week"]) if "match_week" in row else None,
        match_day=date.fromisoformat(row["match_day"]) if "match_day" in row else None,
        rounds=rounds,
        sources=tuple(sorted(row.get("sources", {}).items())),
    )


@cache
def all_years(path: Path = DATES_FILE) -> tuple[SoapCalendar, ...]:
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    return tuple(_calendar(int(year), row) for year, row in sorted(table.items()))


def match_year(today: date) -> int:
    """The Match a day belongs to: the one in March of this year until June, then next year's."""
    return today.year if today.month < FIRST_MONTH_OF_NEXT_MATCH else today.year + 1


def for_year(year: int, years: tuple[SoapCalendar, ...] | None = None) -> SoapCalendar:
    """The year's calendar; a year not in the data takes the cap and number of rounds of the
    latest earlier year (or the earliest year, before the data starts), without dates."""
    known = years if years is not None else all_years()
    found = next((c for c in known if c.year == year), None)
    if found is not None:
        return found
    earlier = [c for c in known if c.year < year]
    base = earlier[-1] if earlier else known[0]
    return SoapCalendar(
        year=year,
        application_cap=base.application_cap,
        offer_rounds=base.offer_rounds,
        match_week=None,
        match_day=None,
        rounds=(),
        sources=tuple(s for s in base.sources if s[0] in CARRIED),
        carried_from=base.year,
    )


def for_day(today: date) -> SoapCalendar:
    return for_year(match_year(today))
