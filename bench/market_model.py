"""The market model against the simple statistical model, one specialty held out at a time.

Reads ../shared/data/nrmp_charting_outcomes_2026_nonus_img.csv (never stored in the repository).
Prints, per specialty: the published non-US IMG match rate, the simulation's held-out
prediction and the pooled logistic model's (each refitted without that specialty), their
errors, the means and worst errors; then the same with the published rates shuffled across
specialties (the error must rise); then the time the fit took.
`--write` stores the refitted parameters as the shipped file (src/matchwise/market/).
Run: .venv/bin/python bench/market_model.py [--write]
"""

import dataclasses
import random
import sys
import time
from pathlib import Path

import numpy as np

from matchwise.market.inputs import SpecialtyMarket, markets_from_outcomes
from matchwise.market.model import GRID, LOGISTIC, SIMULATION, fit_market_model, simulated_rates
from matchwise.market.shipped import (
    CITATION,
    DESCRIPTION,
    SHIPPED_FILE,
    fit_outcomes,
    shipped_json,
)
from matchwise.market.simulation import simulated_size
from matchwise.selection.outcomes import read_outcomes

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATA = SHARED / "nrmp_charting_outcomes_2026_nonus_img.csv"
PACKAGE = Path(__file__).resolve().parents[1] / "src" / "matchwise" / "market"


def shuffled(markets: list[SpecialtyMarket], seed: int) -> list[SpecialtyMarket]:
    rates = [m.published_rate for m in markets]
    random.Random(seed).shuffle(rates)
    return [dataclasses.replace(m, published_rate=r) for m, r in zip(markets, rates, strict=True)]


def main() -> int:
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return 0
    markets = markets_from_outcomes(read_outcomes(DATA))
    started = time.perf_counter()
    rates = simulated_rates(markets)
    seconds = time.perf_counter() - started
    fit = fit_market_model(markets, DESCRIPTION, CITATION, rates=rates)
    print("1. Leave one specialty out, non-US IMG match rate (percent):")
    print(
        f"   {'specialty':36} {'published':>9} {'simulation':>10} {'error':>6} "
        f"{'logistic':>8} {'error':>6}"
    )
    for h in fit.held_out:
        print(
            f"   {h.specialty[:36]:36} {100 * h.published:9.1f} {100 * h.simulation:10.1f} "
            f"{100 * abs(h.simulation - h.published):6.1f} {100 * h.logistic:8.1f} "
            f"{100 * abs(h.logistic - h.published):6.1f}"
        )
    for name in (SIMULATION, LOGISTIC):
        mean, worst = fit.errors[name]
        print(f"   {name}: mean error {100 * mean:.1f} points, worst {100 * worst:.1f}")
    print(
        f"   kept for `market predict`: {fit.chosen} (goal: mean <= 5, none worse than 10); "
        f"simulation parameters {fit.parameters}; logistic features {fit.logistic.features}"
    )
    noise: dict[str, list[float]] = {SIMULATION: [], LOGISTIC: []}
    for seed in range(10):
        other = fit_market_model(shuffled(markets, seed), "", "", rates=rates)
        for name in noise:
            noise[name].append(other.errors[name][0])
    print("2. Published rates shuffled across specialties (10 shuffles), mean held-out error:")
    for name, values in noise.items():
        print(
            f"   {name}: {100 * min(values):.1f} to {100 * max(values):.1f} points "
            f"(real table {100 * fit.errors[name][0]:.1f})"
        )
    sizes = [simulated_size(m) for m in markets]
    print(
        f"3. Simulation: {len(GRID)} grid points x {len(markets)} specialties in {seconds:.1f} s "
        f"({1000 * seconds / (len(GRID) * len(markets)):.1f} ms per simulated Match of "
        f"{min(sizes)}-{max(sizes)} applicants, median {int(np.median(sizes))})"
    )
    if "--write" in sys.argv:
        refit = fit_outcomes(read_outcomes(DATA))
        (PACKAGE / SHIPPED_FILE).write_text(shipped_json(refit), encoding="utf-8")
        print(f"wrote {PACKAGE / SHIPPED_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
