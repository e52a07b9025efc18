"""The Match calendar, kept as data in `season_dates.toml` (no Django import)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path

from matchwise.season import zones

DATES_FILE = Path(__file__).with_name("season_dates.toml")
DEADLINE_ZONE = zones.EASTERN  # NRMP states its deadlines in US Eastern time


@dataclass(frozen=True)
class SeasonDates:
    year: int
    ranking_opens: date
    rank_deadline: datetime  # an aware instant
    match_day: date | None
    source: str


@cache
def all_seasons(path: Path = DATES_FILE) -> tuple[SeasonDates, ...]:
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    seasons = []
    for year, row in sorted(table.items()):
        deadline = zones.local_to_instant(zones.parse_local(row["rank_deadline"]), DEADLINE_ZONE)
        match_day = date.fromisoformat(row["match_day"]) if "match_day" in row else None
        seasons.append(
            SeasonDates(
                int(year),
                date.fromisoformat(row["ranking_opens"]),
                deadline,
                match_day,
                row["source"],
            )
        )
    return tuple(seasons)


def next_deadline(now: datetime) -> SeasonDates | None:
    """The season whose rank list deadline is still ahead, or None when the data has none."""
    return next((s for s in all_seasons() if s.rank_deadline >= now), None)
