"""The pooled logistic market model fitted by information (overdispersed.py) and checked.

Each specialty weighs by its non-US IMG applicants, tempered by the between-specialty share ρ
fitted with it. Its features come from the market alone (never from the outcome): log(positions
/ all applicants), the IMG share of applicants, and the IMG Step 2 CK mean and SD. Which of them
it uses and how much ridge it takes are chosen by leave-one-out error on the specialties it is
fitted to, so a held-out check that refits it on the others nests every choice inside.
It is measured beside the shipped models (bench/market_noise.py, docs/selection.md) and predicts
nothing in the app: on NRMP's 2026 table it did not beat the equal-weight fit.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np

from matchwise.market.inputs import SpecialtyMarket
from matchwise.market.overdispersed import FloatArray, WeightedFit, fit_weighted

CANDIDATES = ("log_positions_per_applicant", "img_share", "img_step2_mean", "img_step2_sd")
FEATURE_SETS = tuple(
    names for r in range(len(CANDIDATES) + 1) for names in itertools.combinations(CANDIDATES, r)
)
RIDGES = (0.01, 0.1, 1.0)


@dataclass(frozen=True)
class Fills:
    """What stands in for an unknown Step 2 CK mean or SD: the fitted specialties' means."""

    step2_mean: float
    step2_sd: float


def fills(markets: list[SpecialtyMarket]) -> Fills:
    means = [m.img_step2_mean for m in markets if m.img_step2_mean is not None]
    sds = [m.img_step2_sd for m in markets if m.img_step2_sd is not None]
    return Fills(float(np.mean(means)) if means else 240.0, float(np.mean(sds)) if sds else 14.0)


def design(markets: list[SpecialtyMarket], names: tuple[str, ...], fill: Fills) -> FloatArray:
    rows = []
    for m in markets:
        mean = m.img_step2_mean if m.img_step2_mean is not None else fill.step2_mean
        sd = m.img_step2_sd if m.img_step2_sd is not None else fill.step2_sd
        values = {
            "log_positions_per_applicant": math.log(m.positions_per_applicant),
            "img_share": m.img_share,
            "img_step2_mean": (mean - 240.0) / 10.0,
            "img_step2_sd": (sd - 14.0) / 5.0,
        }
        rows.append([1.0, *(values[n] for n in names)])
    return np.array(rows, dtype=np.float64)


def counts(markets: list[SpecialtyMarket]) -> tuple[FloatArray, FloatArray]:
    """Matched and all non-US IMG applicants of each market."""
    n = np.array([m.img_applicants for m in markets], dtype=np.float64)
    rates = []
    for m in markets:
        if m.published_rate is None:
            raise ValueError(f"{m.specialty}: no published match rate to fit to")
        rates.append(m.published_rate)
    return np.round(np.array(rates) * n), n


@dataclass(frozen=True)
class MarketWeightedFit:
    features: tuple[str, ...]
    ridge: float
    fill: Fills
    fit: WeightedFit

    def predict(self, markets: list[SpecialtyMarket]) -> FloatArray:
        return self.fit.predict(design(markets, self.features, self.fill))

    def predictive_sd(self, markets: list[SpecialtyMarket]) -> FloatArray:
        return self.fit.predictive_sd(design(markets, self.features, self.fill))


def fit_with(
    markets: list[SpecialtyMarket], names: tuple[str, ...], ridge: float, rho: float | None = None
) -> MarketWeightedFit:
    fill = fills(markets)
    k, n = counts(markets)
    return MarketWeightedFit(
        names, ridge, fill, fit_weighted(design(markets, names, fill), k, n, ridge, rho)
    )


def loo_error(
    markets: list[SpecialtyMarket], names: tuple[str, ...], ridge: float, rho: float | None = None
) -> float:
    """Mean absolute error of each market predicted from the others with these choices."""
    errors = []
    for i, held in enumerate(markets):
        fit = fit_with(markets[:i] + markets[i + 1 :], names, ridge, rho)
        errors.append(abs(float(fit.predict([held])[0]) - (held.published_rate or 0.0)))
    return float(np.mean(errors))


def fit_chosen(markets: list[SpecialtyMarket], rho: float | None = None) -> MarketWeightedFit:
    """The features and ridge with the lowest leave-one-out error on these markets, fitted."""
    if len(markets) < 4:
        return fit_with(markets, (), RIDGES[0], rho)
    names, ridge = min(
        itertools.product(FEATURE_SETS, RIDGES),
        key=lambda choice: loo_error(markets, choice[0], choice[1], rho),
    )
    return fit_with(markets, names, ridge, rho)


def held_out(
    markets: list[SpecialtyMarket], rho: float | None = None
) -> tuple[FloatArray, FloatArray]:
    """Each market's rate and predictive SD from a fit (every choice made again) without it."""
    rates, sds = [], []
    for i, market in enumerate(markets):
        fit = fit_chosen(markets[:i] + markets[i + 1 :], rho)
        rates.append(float(fit.predict([market])[0]))
        sds.append(float(fit.predictive_sd([market])[0]))
    return np.array(rates), np.array(sds)
