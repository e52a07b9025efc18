"""The simple statistical model the market simulation is measured against.

A pooled logistic regression of the non-US IMG match rate on features of the market alone —
log(positions / all applicants), the IMG share of applicants, the IMG Step 2 CK mean — fitted
to every specialty of a table with equal weight (Newton steps, a little ridge on the slopes).
Which features it uses is chosen by leave-one-specialty-out error on the specialties it is
fitted to, so a held-out check that refits it on the others nests the choice inside.
A missing Step 2 CK mean counts as the mean of the fitted specialties.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from matchwise.market.inputs import SpecialtyMarket

FloatArray = NDArray[np.float64]
FEATURES = ("log_positions_per_applicant", "img_share", "img_step2_mean")
FEATURE_SETS: tuple[tuple[str, ...], ...] = (
    (),
    ("log_positions_per_applicant",),
    ("img_share",),
    ("img_step2_mean",),
    ("log_positions_per_applicant", "img_share"),
    ("log_positions_per_applicant", "img_step2_mean"),
    ("img_share", "img_step2_mean"),
    FEATURES,
)
RIDGE = 0.01
STEPS = 50
RATE_FLOOR = 0.01  # published rates of 0 or 1 are held at this distance from the bounds


def expit(x: FloatArray) -> FloatArray:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * x)), dtype=np.float64)


@dataclass(frozen=True)
class LogisticFit:
    features: tuple[str, ...]
    coefficients: tuple[float, ...]  # intercept first, then one per feature
    step2_fill: float  # the Step 2 CK mean used where a specialty's is unknown

    def predict(self, market: SpecialtyMarket) -> float:
        x = np.array([1.0, *_features(market, self.features, self.step2_fill)])
        return float(expit(np.asarray(x @ np.array(self.coefficients))))


def _features(market: SpecialtyMarket, names: tuple[str, ...], step2_fill: float) -> list[float]:
    score = market.img_step2_mean if market.img_step2_mean is not None else step2_fill
    values = {
        "log_positions_per_applicant": math.log(market.positions_per_applicant),
        "img_share": market.img_share,
        "img_step2_mean": (score - 240.0) / 10.0,
    }
    return [values[n] for n in names]


def _rate(market: SpecialtyMarket) -> float:
    rate = market.published_rate
    if rate is None:
        raise ValueError(f"{market.specialty}: no published match rate to fit to")
    return min(max(rate, RATE_FLOOR), 1 - RATE_FLOOR)


def step2_fill(markets: list[SpecialtyMarket]) -> float:
    known = [m.img_step2_mean for m in markets if m.img_step2_mean is not None]
    return float(np.mean(known)) if known else 240.0


def fit_features(markets: list[SpecialtyMarket], names: tuple[str, ...]) -> LogisticFit:
    fill = step2_fill(markets)
    x = np.array([[1.0, *_features(m, names, fill)] for m in markets])
    y = np.array([_rate(m) for m in markets])
    beta = np.zeros(x.shape[1])
    penalty = RIDGE * np.diag([0.0] + [1.0] * (x.shape[1] - 1))
    for _ in range(STEPS):
        p = expit(x @ beta)
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        beta = beta + np.linalg.solve(hessian, x.T @ (y - p) - penalty @ beta)
    return LogisticFit(names, tuple(float(b) for b in beta), fill)


def held_out_errors(markets: list[SpecialtyMarket], names: tuple[str, ...]) -> list[float]:
    """Each specialty's absolute error when fitted to the others with these features."""
    errors = []
    for i, held in enumerate(markets):
        fit = fit_features(markets[:i] + markets[i + 1 :], names)
        errors.append(abs(fit.predict(held) - _rate(held)))
    return errors


def fit_logistic(markets: list[SpecialtyMarket]) -> LogisticFit:
    """The feature set with the lowest leave-one-out error on these markets, fitted to all."""
    if len(markets) < 3:
        return fit_features(markets, ())
    best = min(FEATURE_SETS, key=lambda names: float(np.mean(held_out_errors(markets, names))))
    return fit_features(markets, best)
