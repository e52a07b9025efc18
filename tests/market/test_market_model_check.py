"""The held-out check of both market models can fail: shuffled rates raise the error."""

from __future__ import annotations

import dataclasses
import math
import random

import numpy as np
import pytest

from matchwise.market.inputs import SpecialtyMarket
from matchwise.market.logistic import fit_features, fit_logistic, held_out_errors
from matchwise.market.model import GRID, LOGISTIC, SIMULATION, MarketFit, fit_market_model

SIZES = [(300, 1000), (500, 800), (900, 1000), (1200, 1000), (700, 1400), (400, 1000)]
SHARES = [0.1, 0.3, 0.2, 0.4, 0.15, 0.25]


def logistic_markets() -> list[SpecialtyMarket]:
    """Rates that follow a logistic law of positions per applicant exactly."""
    markets = []
    for i in range(12):
        positions, applicants = 200 + 100 * i, 1000
        rate = 1 / (1 + math.exp(-(-0.3 + 2.0 * math.log(positions / applicants))))
        markets.append(
            SpecialtyMarket(f"S{i}", positions, applicants, 100 + 10 * i, 240.0, 14.0, rate)
        )
    return markets


def shuffled(markets: list[SpecialtyMarket], seed: int) -> list[SpecialtyMarket]:
    rates = [m.published_rate for m in markets]
    random.Random(seed).shuffle(rates)
    return [dataclasses.replace(m, published_rate=r) for m, r in zip(markets, rates, strict=True)]


def test_it_recovers_the_law_the_rates_follow() -> None:
    markets = logistic_markets()
    fit = fit_features(markets, ("log_positions_per_applicant",))
    assert fit.coefficients == pytest.approx((-0.3, 2.0), abs=0.1)
    assert max(held_out_errors(markets, fit.features)) < 0.01
    assert "log_positions_per_applicant" in fit_logistic(markets).features


def test_it_fails_the_logistic_model_when_the_rates_are_shuffled() -> None:
    markets = logistic_markets()
    real = np.mean(held_out_errors(markets, ("log_positions_per_applicant",)))
    noise = [
        np.mean(held_out_errors(shuffled(markets, s), ("log_positions_per_applicant",)))
        for s in range(5)
    ]
    assert min(noise) > real + 0.05


def test_it_fails_both_models_when_the_rates_are_shuffled() -> None:
    markets = [
        SpecialtyMarket(f"S{i}", p, a, round(a * s), 240.0, 14.0)
        for i, ((p, a), s) in enumerate(zip(SIZES, SHARES, strict=True))
    ]
    from matchwise.market.model import simulated_rates

    rates = simulated_rates(markets)
    truth = rates[len(GRID) // 2]  # rates one grid point gives: the simulation can find them
    real = [
        dataclasses.replace(m, published_rate=float(r)) for m, r in zip(markets, truth, strict=True)
    ]
    fit = fit_market_model(real, "test", "test", rates=rates)
    worse = [fit_market_model(shuffled(real, s), "", "", rates=rates) for s in range(3)]
    assert fit.errors[SIMULATION][0] < 0.01
    assert min(w.errors[SIMULATION][0] for w in worse) > fit.errors[SIMULATION][0] + 0.03
    assert fit.chosen == SIMULATION
    assert fit.errors[LOGISTIC][0] >= fit.errors[SIMULATION][0]


def test_it_keeps_a_fit_through_its_stored_form() -> None:
    markets = logistic_markets()
    rates = np.tile([m.published_rate or 0.0 for m in markets], (len(GRID), 1))
    fit = fit_market_model(markets, "mine", "cited", rates=rates)
    again = MarketFit.from_dict(fit.to_dict())
    assert again.chosen == fit.chosen and again.parameters == fit.parameters
    assert again.logistic.features == fit.logistic.features
    assert again.held_out == fit.held_out and again.description == "mine"
    prediction = again.predict(markets[3])
    assert 0 <= prediction.low <= prediction.img_match_rate <= prediction.high <= 1


def test_it_keeps_the_prediction_inside_its_band_when_every_error_has_one_sign() -> None:
    markets = [
        dataclasses.replace(m, published_rate=0.2 + 0.4 * (i % 2))
        for i, m in enumerate(logistic_markets())
    ]
    below = np.tile([(m.published_rate or 0.0) - 0.02 for m in markets], (len(GRID), 1))
    fit = fit_market_model(markets, "", "", rates=below)
    assert fit.chosen == SIMULATION  # every simulated rate 2 points below the published one
    assert fit.band[0] == 0.0 < fit.band[1]
