"""The market model: fitted once across specialties, checked out of sample, used to predict.

Two models predict a specialty's non-US IMG match rate from its market alone (inputs.py):
- the simulation (simulation.py), whose three global parameters are chosen on a fixed grid
  by the mean absolute error over the specialties of a table, every point of the grid run on
  the same random numbers;
- the pooled logistic regression (logistic.py), its features chosen by cross-validation.
Each is checked by leaving one specialty out (the grid choice and the feature choice are
redone without it), and the one with the lower mean held-out error is the one that predicts.
Its band (10–90%) is the spread of its held-out errors, on the log-odds scale.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from matchwise.market.inputs import SpecialtyMarket
from matchwise.market.logistic import RATE_FLOOR, LogisticFit, fit_logistic
from matchwise.market.simulation import MarketParameters, simulate

SIMULATION = "simulation"
LOGISTIC = "logistic"
# The two models as a reader who is not a statistician would name them.
PLAIN_NAMES = {
    SIMULATION: "Match simulation",
    LOGISTIC: "statistical model (one formula fitted across the specialties)",
}
GRID = tuple(
    MarketParameters(penalty, threshold, weight)
    for penalty, threshold, weight in itertools.product(
        (1.5, 2.0, 2.5, 3.0), (-4.0, -3.0, -2.0), (1.0, 1.5, 2.0)
    )
)
BAND = (0.1, 0.9)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class HeldOutRate:
    specialty: str
    published: float
    simulation: float
    logistic: float


@dataclass(frozen=True)
class Prediction:
    specialty: str
    img_match_rate: float
    low: float
    high: float


@dataclass(frozen=True)
class MarketFit:
    """What `market predict` uses: both fits, which one predicts, and how well each did."""

    chosen: str
    parameters: MarketParameters
    logistic: LogisticFit
    errors: dict[str, tuple[float, float]]  # model -> (mean, worst) held-out absolute error
    band: tuple[float, float]  # held-out log-odds errors of the chosen model at BAND
    description: str
    citation: str
    held_out: tuple[HeldOutRate, ...] = ()

    @property
    def chosen_name(self) -> str:
        return PLAIN_NAMES[self.chosen]

    def predict(self, market: SpecialtyMarket) -> Prediction:
        if self.chosen == SIMULATION:
            rate = simulate(market, self.parameters).img_rate
        else:
            rate = self.logistic.predict(market)
        centre = _logit(rate)
        low, high = _expit(centre + self.band[0]), _expit(centre + self.band[1])
        return Prediction(market.specialty, rate, min(low, rate), max(high, rate))

    def to_dict(self, with_rows: bool = True) -> dict[str, object]:
        data: dict[str, object] = {
            "description": self.description,
            "citation": self.citation,
            "chosen": self.chosen,
            "simulation": {k: v for k, v in vars(self.parameters).items()},
            "logistic": {
                "features": list(self.logistic.features),
                "coefficients": [round(c, 6) for c in self.logistic.coefficients],
                "step2_fill": round(self.logistic.step2_fill, 6),
            },
            "held_out_error": {
                name: {"mean": round(mean, 6), "worst": round(worst, 6)}
                for name, (mean, worst) in self.errors.items()
            },
            "band": [round(b, 6) for b in self.band],
        }
        if with_rows:
            data["held_out"] = [vars(row) for row in self.held_out]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> MarketFit:
        simulation = _mapping(data["simulation"])
        logistic = _mapping(data["logistic"])
        errors = _mapping(data["held_out_error"])
        band = [float(str(b)) for b in _sequence(data["band"])]
        rows = [_mapping(r) for r in _sequence(data.get("held_out", []))]
        return cls(
            str(data["chosen"]),
            MarketParameters(**{k: float(str(v)) for k, v in simulation.items()}),
            LogisticFit(
                tuple(str(f) for f in _sequence(logistic["features"])),
                tuple(float(str(c)) for c in _sequence(logistic["coefficients"])),
                float(str(logistic["step2_fill"])),
            ),
            {
                str(name): (float(str(_mapping(e)["mean"])), float(str(_mapping(e)["worst"])))
                for name, e in errors.items()
            },
            (band[0], band[1]),
            str(data["description"]),
            str(data["citation"]),
            tuple(
                HeldOutRate(
                    str(r["specialty"]),
                    float(str(r["published"])),
                    float(str(r["simulation"])),
                    float(str(r["logistic"])),
                )
                for r in rows
            ),
        )


def _mapping(value: object) -> dict[str, object]:
    if not isinstance(value, dict):
        raise ValueError(f"expected an object, got {value!r}")
    return {str(k): v for k, v in value.items()}


def _sequence(value: object) -> list[object]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list, got {value!r}")
    return list(value)


def _logit(p: float) -> float:
    p = min(max(p, RATE_FLOOR), 1 - RATE_FLOOR)
    return math.log(p / (1 - p))


def _expit(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def simulated_rates(markets: list[SpecialtyMarket], progress: Progress | None = None) -> np.ndarray:
    """The simulated non-US IMG match rate at every grid point (rows) for every market."""
    rates = np.empty((len(GRID), len(markets)))
    total = len(GRID) * len(markets)
    for g, parameters in enumerate(GRID):
        for m, market in enumerate(markets):
            rates[g, m] = simulate(market, parameters).img_rate
        if progress is not None:
            progress((g + 1) * len(markets), total)
    return rates


def _published(markets: list[SpecialtyMarket]) -> np.ndarray:
    rates = [m.published_rate for m in markets]
    if any(r is None for r in rates):
        raise ValueError("every market needs its published match rate to be fitted to")
    return np.array(rates, dtype=np.float64)


def fit_market_model(
    markets: list[SpecialtyMarket],
    description: str,
    citation: str,
    progress: Progress | None = None,
    rates: np.ndarray | None = None,
) -> MarketFit:
    """Both models fitted to every market, checked one specialty out at a time."""
    if len(markets) < 3:
        raise ValueError(f"{len(markets)} specialties: at least 3 are needed to fit and check")
    published = _published(markets)
    rates = simulated_rates(markets, progress) if rates is None else rates
    errors = np.abs(rates - published)
    held: list[HeldOutRate] = []
    for i, market in enumerate(markets):
        others = np.arange(len(markets)) != i
        point = int(errors[:, others].mean(axis=1).argmin())
        logistic = fit_logistic(markets[:i] + markets[i + 1 :])
        held.append(
            HeldOutRate(
                market.specialty,
                float(published[i]),
                float(rates[point, i]),
                logistic.predict(market),
            )
        )
    summary = {
        name: (
            float(np.mean([abs(getattr(h, name) - h.published) for h in held])),
            float(np.max([abs(getattr(h, name) - h.published) for h in held])),
        )
        for name in (SIMULATION, LOGISTIC)
    }
    chosen = min(summary, key=lambda name: summary[name][0])
    residuals = [_logit(h.published) - _logit(getattr(h, chosen)) for h in held]
    # The band always holds the prediction itself, however one-sided the errors were.
    low, high = (float(np.quantile(residuals, q)) for q in BAND)
    low, high = min(low, 0.0), max(high, 0.0)
    best = GRID[int(errors.mean(axis=1).argmin())]
    return MarketFit(
        chosen,
        best,
        fit_logistic(markets),
        summary,
        (low, high),
        description,
        citation,
        tuple(held),
    )
