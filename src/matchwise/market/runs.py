"""Many simulated Matches of one specialty: how outcomes vary from one Match to the next."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from matchwise.market.inputs import SpecialtyMarket
from matchwise.market.simulation import MarketParameters, simulate

APPLICANT_TYPES = ("non-US IMG", "others")


@dataclass(frozen=True)
class OutcomeSpread:
    """The match rate of one applicant type over the runs: mean and 10/50/90 percentiles."""

    applicant_type: str
    mean: float
    p10: float
    p50: float
    p90: float


def simulate_runs(
    market: SpecialtyMarket,
    parameters: MarketParameters,
    runs: int,
    progress: Callable[[int, int], None] | None = None,
) -> list[OutcomeSpread]:
    if runs < 1:
        raise ValueError("at least one run is needed")
    rates = np.empty((runs, 2))
    for run in range(runs):
        result = simulate(market, parameters, run)
        rates[run] = (result.img_rate, result.others_rate)
        if progress is not None:
            progress(run + 1, runs)
    return [
        OutcomeSpread(
            name,
            float(rates[:, i].mean()),
            *(float(np.quantile(rates[:, i], q)) for q in (0.1, 0.5, 0.9)),
        )
        for i, name in enumerate(APPLICANT_TYPES)
    ]
