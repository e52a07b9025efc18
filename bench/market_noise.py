"""Held-out error against sampling noise, for every model of a specialty's non-US IMG match rate.

Reads ../shared/data/nrmp_charting_outcomes_2026_nonus_img.csv (never stored in the repository).
Each specialty is predicted by each model refitted without it (every choice made again inside):
- simulation: the market simulation, its grid point (model.GRID) chosen on the others; its own
  SD is the Monte Carlo error of the simulated non-US IMGs;
- logistic: the shipped pooled logistic model (equal weights, features chosen inside);
- calibrate: `matchwise calibrate`'s check (structure.py: log positions per applicant and the
  matched-unmatched Step 2 CK gap, equal weights);
- weighted: the pooled logistic model fitted by information (weighted_logistic.py): each
  specialty by its applicants, tempered by the between-specialty share rho fitted with it,
  features (of four) and ridge (of three) chosen inside;
- binomial: the same with rho = 0 (applicants' weights untempered);
- calibrate weighted: calibrate's two features fitted by information (rho fitted).
The SD of each logistic prediction is that of its coefficients (quasi-likelihood), never the
between-specialty spread: that is the part noise does not explain.
Prints per specialty each model's error and z (error / SD), then per model the mean error, the
worst, the mean weighted by applicants and the share of specialties within 2 SD; what a model
that knew every true rate would score; the weighted model on shuffled rates; and where the
beta-binomial likelihood puts rho. Takes about two minutes.
Run: .venv/bin/python bench/market_noise.py (also section 5 of bench/market_variants.py)
"""

import dataclasses
import random
import sys
from pathlib import Path

import numpy as np
from scipy.stats import betabinom, binom

from matchwise.market.inputs import SpecialtyMarket, markets_from_outcomes
from matchwise.market.logistic import RIDGE, fit_logistic
from matchwise.market.model import simulated_rates
from matchwise.market.noise import LIMIT, HeldOutFigures, held_out_figures, noise_sd
from matchwise.market.overdispersed import FloatArray, fit_weighted
from matchwise.market.simulation import simulated_size
from matchwise.market.weighted_logistic import counts, design, fit_chosen, fit_with, held_out
from matchwise.selection import structure
from matchwise.selection.outcomes import SpecialtyOutcome, read_outcomes

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATA = SHARED / "nrmp_charting_outcomes_2026_nonus_img.csv"
Predictions = tuple[FloatArray, FloatArray]  # held-out rates and their SDs


def simulation(markets: list[SpecialtyMarket], published: FloatArray) -> Predictions:
    rates = simulated_rates(markets)
    errors = np.abs(rates - published)
    count = len(markets)
    predicted = np.array(
        [
            rates[int(errors[:, np.arange(count) != i].mean(axis=1).argmin()), i]
            for i in range(count)
        ]
    )
    simulated = np.array([max(1.0, simulated_size(m) * m.img_share) for m in markets])
    return predicted, np.sqrt(predicted * (1 - predicted) / simulated)


def logistic(markets: list[SpecialtyMarket]) -> Predictions:
    rates, sds = [], []
    for i, market in enumerate(markets):
        others = markets[:i] + markets[i + 1 :]
        shipped = fit_logistic(others)
        same = fit_with(
            others, shipped.features, RIDGE, rho=1.0
        )  # its objective, with a covariance
        assert abs(float(same.predict([market])[0]) - shipped.predict(market)) < 1e-6
        rates.append(shipped.predict(market))
        sds.append(float(same.predictive_sd([market])[0]))
    return np.array(rates), np.array(sds)


def calibrate(
    outcomes: dict[str, SpecialtyOutcome], markets: list[SpecialtyMarket], rho: float | None
) -> Predictions:
    """calibrate's held-out check (rho 1: as it is), with its SD; in the markets' order."""
    found = {m.specialty: m for o in outcomes.values() if (m := structure.market(o)) is not None}
    items = [found[m.specialty] for m in markets]
    x = np.array([item.features for item in items])
    k, n = counts(markets)
    rates, sds = [], []
    for i, item in enumerate(items):
        rows = [j for j in range(len(items)) if j != i]
        fit = fit_weighted(x[rows], k[rows], n[rows], structure.RIDGE, rho)
        if rho == 1.0:
            shipped = structure.fit_rates([items[j] for j in rows])
            assert abs(float(fit.predict(x[[i]])[0]) - structure.predict_rate(shipped, item)) < 1e-6
        rates.append(float(fit.predict(x[[i]])[0]))
        sds.append(float(fit.predictive_sd(x[[i]])[0]))
    return np.array(rates), np.array(sds)


def perfect_share(published: FloatArray, n: FloatArray) -> float:
    """Expected share within LIMIT SD for a model that knew every true rate (taken as published)."""
    sd = noise_sd(published, n, np.zeros_like(n))
    low = np.ceil(n * (published - LIMIT * sd) - 1e-9)
    high = np.floor(n * (published + LIMIT * sd) + 1e-9)
    inside = binom.cdf(high, n, published) - binom.cdf(low - 1, n, published)
    return float(np.mean(inside))


def shuffled(markets: list[SpecialtyMarket], seed: int) -> list[SpecialtyMarket]:
    rates = [m.published_rate for m in markets]
    random.Random(seed).shuffle(rates)
    return [dataclasses.replace(m, published_rate=r) for m, r in zip(markets, rates, strict=True)]


def likeliest_rho(markets: list[SpecialtyMarket]) -> tuple[float, float]:
    """rho where the beta-binomial likelihood peaks (on a grid), and rho by Pearson's statistic."""
    chosen = fit_chosen(markets)
    x = design(markets, chosen.features, chosen.fill)
    k, n = counts(markets)
    grid = np.geomspace(1e-3, 0.5, 40)
    likelihood = []
    for rho in grid:
        p = fit_weighted(x, k, n, chosen.ridge, float(rho)).predict(x)
        theta = 1 / rho - 1
        likelihood.append(float(np.sum(betabinom.logpmf(k, n, p * theta, (1 - p) * theta))))
    return float(grid[int(np.argmax(likelihood))]), chosen.fit.rho


def summary(name: str, figures: HeldOutFigures, sampling_alone: HeldOutFigures) -> str:
    return (
        f"   {name:19} mean {100 * figures.mean_error:4.1f}  worst {100 * figures.worst_error:4.1f}"
        f"  weighted by applicants {100 * figures.weighted_error:4.1f}  within noise "
        f"{100 * figures.within_noise:3.0f}% (sampling alone "
        f"{100 * sampling_alone.within_noise:3.0f}%)"
    )


def both(published: FloatArray, predictions: Predictions, n: FloatArray) -> list[HeldOutFigures]:
    """The figures with the model's own SD, and with sampling alone."""
    rates, sds = predictions
    return [
        held_out_figures(published, rates, n, sds),
        held_out_figures(published, rates, n, np.zeros_like(sds)),
    ]


def noise_section(outcomes: dict[str, SpecialtyOutcome]) -> None:
    markets = markets_from_outcomes(outcomes)
    published = np.array([m.published_rate or 0.0 for m in markets])
    n = counts(markets)[1]
    models: dict[str, Predictions] = {
        "simulation": simulation(markets, published),
        "logistic": logistic(markets),
        "calibrate": calibrate(outcomes, markets, 1.0),
        "weighted": held_out(markets),
        "binomial": held_out(markets, rho=0.0),
        "calibrate weighted": calibrate(outcomes, markets, None),
    }
    figures = {name: both(published, p, n) for name, p in models.items()}
    print(
        f"Held out against noise: error in points (z = error / SD of sampling and the model's "
        f"own; |z| <= {LIMIT:g} is within noise)"
    )
    print(
        f"   {'specialty':28} {'n':>5} {'rate':>5}  " + "  ".join(f"{m[:11]:>11}" for m in models)
    )
    for i, m in enumerate(markets):
        cells = [
            f"{100 * abs(p[i] - published[i]):4.1f} ({figures[name][0].z[i]:+5.1f})"
            for name, (p, _) in models.items()
        ]
        print(
            f"   {m.specialty[:28]:28} {int(n[i]):5d} {100 * published[i]:5.1f}  "
            + "  ".join(cells)
        )
    for name, (own, alone) in figures.items():
        print(summary(name, own, alone))
    print(
        "   a model that knew every true rate: within noise "
        f"{100 * perfect_share(published, n):.0f}% expected (sampling alone)"
    )
    for seed in range(3):
        other = shuffled(markets, seed)
        rates = np.array([m.published_rate or 0.0 for m in other])
        print(summary(f"weighted, shuffle {seed}", *both(rates, held_out(other), n)))
    best, pearson = likeliest_rho(markets)
    print(
        f"   rho on all {len(markets)} specialties: {pearson:.3f} by Pearson's statistic; the "
        f"beta-binomial likelihood peaks at {best:.3f} (grid of 40 from 0.001 to 0.5)"
    )


def main() -> int:
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return 0
    noise_section(read_outcomes(DATA))
    return 0


if __name__ == "__main__":
    sys.exit(main())
