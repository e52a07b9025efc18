"""The pooled logistic fit by information: binomial where sampling explains the scatter, tempered
where specialties differ beyond it, equal weights at the other end."""

from __future__ import annotations

import math

import numpy as np
import pytest

from matchwise.market.inputs import SpecialtyMarket
from matchwise.market.logistic import RIDGE, fit_features
from matchwise.market.overdispersed import fit_weighted
from matchwise.market.weighted_logistic import fit_chosen, fit_with, held_out

SLOPE, INTERCEPT = 1.5, -0.2


def law(ratio: float) -> float:
    return 1 / (1 + math.exp(-(INTERCEPT + SLOPE * math.log(ratio))))


def invented(applicants: list[int], scatter: float = 0.0, seed: int = 0) -> list[SpecialtyMarket]:
    """Markets whose true rates follow the law (log-odds moved by `scatter` SD), sampled."""
    rng = np.random.default_rng(seed)
    markets = []
    for i, n in enumerate(applicants):
        positions, everyone = 300 + 70 * i, 1000
        truth = law(positions / everyone)
        if scatter:
            logit = math.log(truth / (1 - truth)) + rng.normal(0.0, scatter)
            truth = 1 / (1 + math.exp(-logit))
        matched = int(rng.binomial(n, truth))
        rate = min(max(matched, 1), n - 1) / n
        markets.append(SpecialtyMarket(f"S{i}", positions, everyone, n, 240.0, 14.0, rate))
    return markets


def test_it_recovers_the_law_and_finds_nothing_between_specialties_when_sampling_explains_all() -> (
    None
):
    markets = invented([400, 900, 1500, 2500, 600, 3000, 800, 1200, 2000, 700, 5000, 1000])
    fit = fit_with(markets, ("log_positions_per_applicant",), 0.001)
    assert fit.fit.beta == pytest.approx([INTERCEPT, SLOPE], abs=0.15)
    assert fit.fit.rho < 0.002


def test_it_finds_room_between_specialties_when_rates_scatter_beyond_sampling() -> None:
    sizes = [400, 900, 1500, 2500, 600, 3000, 800, 1200, 2000, 700, 5000, 1000] * 2
    scattered = invented(sizes, scatter=0.6, seed=3)
    fit = fit_with(scattered, ("log_positions_per_applicant",), 0.001)
    # a log-odds spread of 0.6 on rates of 0.1 to 0.7: rho near p (1 − p) × 0.6² ≈ 0.07
    assert 0.02 < fit.fit.rho < 0.3
    # and it tempers the weights: the largest specialty no longer outweighs the rest
    weights = np.array(sizes) / (1 + (np.array(sizes) - 1) * fit.fit.rho)
    assert weights.max() / weights.min() < 5


def test_it_weighs_every_specialty_alike_at_rho_one_as_the_shipped_logistic_model_does() -> None:
    markets = invented([5, 40, 7000, 300, 25, 900, 60, 1100], scatter=0.5, seed=1)
    names = ("log_positions_per_applicant", "img_share")
    shipped = fit_features(markets, names)
    same = fit_with(markets, names, RIDGE, rho=1.0)
    assert tuple(same.fit.beta) == pytest.approx(shipped.coefficients, abs=1e-6)
    assert same.fit.rho == 1.0


def test_it_follows_the_large_specialties_at_rho_zero() -> None:
    x = np.array([[1.0], [1.0]])
    k, n = np.array([10.0, 200.0]), np.array([100.0, 1000.0])  # rates 0.1 and 0.2
    binomial = fit_weighted(x, k, n, 0.0, rho=0.0)
    equal = fit_weighted(x, k, n, 0.0, rho=1.0)
    assert float(binomial.predict(x[:1])[0]) == pytest.approx(210 / 1100)
    assert float(equal.predict(x[:1])[0]) == pytest.approx(0.15, abs=1e-6)


def test_it_is_surer_of_a_prediction_with_more_applicants_behind_the_fit() -> None:
    few = fit_with(invented([50] * 10, seed=4), ("log_positions_per_applicant",), 0.01)
    many = fit_with(invented([5000] * 10, seed=4), ("log_positions_per_applicant",), 0.01)
    market = invented([100])[:1]
    assert 0 < float(many.predictive_sd(market)[0]) < float(few.predictive_sd(market)[0])


def test_it_chooses_features_inside_the_specialties_it_is_fitted_to() -> None:
    chosen = fit_chosen(invented([300, 800, 1500, 500, 2500], seed=5))
    assert "log_positions_per_applicant" in chosen.features
    assert 0 <= chosen.fit.rho < 0.05


def test_it_predicts_each_held_out_market_from_the_others_with_an_sd() -> None:
    markets = invented([300, 800, 1500, 500, 2500], seed=5)
    rates, sds = held_out(markets, rho=1.0)
    published = np.array([m.published_rate for m in markets])
    assert np.abs(rates - published).max() < 0.1
    assert (sds > 0).all()
