"""ERAS fees: the schedule is data (eras_fees.toml); this module only reads and applies it."""

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class FeeTier:
    first: int
    last: int | None
    each: int = 0
    flat: int = 0

    def cost(self, n: int) -> int:
        """What this tier adds when n programs are chosen in one specialty."""
        if n < self.first:
            return 0
        top = n if self.last is None else min(n, self.last)
        return self.flat + self.each * (top - self.first + 1)

    def wording(self) -> str:
        """This tier in words, e.g. "$30 each from the 31st"."""
        if self.flat:
            if self.first == 1 and self.last is not None:
                return f"${self.flat} for up to {self.last} programs"
            return f"${self.flat} for {self.span_wording()}"
        return f"${self.each} each {self.span_wording()}"

    def span_wording(self) -> str:
        if self.last is None:
            return f"from the {ordinal(self.first)}"
        return f"for programs {self.first}–{self.last}"


@dataclass(frozen=True)
class FeeSchedule:
    season: int
    tiers: tuple[FeeTier, ...]

    def specialty_cost(self, n: int) -> int:
        """Dollars for applying to n programs of one specialty."""
        return sum(t.cost(n) for t in self.tiers)

    def program_fee(self, k: int) -> int:
        """Dollars the k-th program of one specialty adds, e.g. program_fee(31)."""
        return self.specialty_cost(k) - self.specialty_cost(k - 1)

    def wording(self) -> str:
        """The season's fees per specialty in words, as the docs and pages say them."""
        first, *rest = (tier.wording() for tier in self.tiers)
        return ", then ".join([first, ", ".join(rest)]) if rest else first

    def cost_table(self, n_max: int) -> NDArray[np.int64]:
        """specialty_cost(n) for n = 0..n_max."""
        return np.array([self.specialty_cost(n) for n in range(n_max + 1)], dtype=np.int64)

    def total_cost(self, counts: Mapping[str, int]) -> int:
        """Dollars for a list with counts[specialty] programs in each specialty."""
        return sum(self.specialty_cost(n) for n in counts.values())


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st, 31st."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@cache
def _schedules() -> dict[int, FeeSchedule]:
    text = (
        resources.files("matchwise.selection")
        .joinpath("eras_fees.toml")
        .read_text(encoding="utf-8")
    )
    schedules = {}
    for season in tomllib.loads(text)["season"]:
        tiers = tuple(
            FeeTier(t["first"], t.get("last"), t.get("each", 0), t.get("flat", 0))
            for t in season["tiers"]
        )
        schedules[int(season["year"])] = FeeSchedule(int(season["year"]), tiers)
    return schedules


def seasons() -> list[int]:
    return sorted(_schedules())


def fee_schedule(season: int | None = None) -> FeeSchedule:
    """The schedule of one season; the latest when none is given."""
    schedules = _schedules()
    if season is None:
        return schedules[max(schedules)]
    if season not in schedules:
        raise KeyError(f"no ERAS fee schedule for season {season}; known: {sorted(schedules)}")
    return schedules[season]
