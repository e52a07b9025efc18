"""The noise-aware held-out check: how many errors sampling explains, and that it can fail."""

from __future__ import annotations

import dataclasses
import math
import random

import numpy as np
import pytest

from matchwise.market.inputs import SpecialtyMarket
from matchwise.market.noise import LIMIT, held_out_figures, noise_sd
from matchwise.market.weighted_logistic import fit_with

FEATURES = ("log_positions_per_applicant",)


def sampled_markets(seed: int = 7) -> list[SpecialtyMarket]:
    """Invented specialties whose published rates are a logistic law sampled binomially."""
    rng = np.random.default_rng(seed)
    markets = []
    sizes = [20, 60, 150, 400, 900, 2000, 35, 250, 700, 1500, 90, 3000, 45, 500]
    for i, n in enumerate(sizes):
        positions, applicants = 250 + 80 * i, 1000
        truth = 1 / (1 + math.exp(-(-0.4 + 2.0 * math.log(positions / applicants))))
        rate = int(rng.binomial(n, truth)) / n
        markets.append(SpecialtyMarket(f"S{i}", positions, applicants, n, 240.0, 14.0, rate))
    return markets


def shuffled(markets: list[SpecialtyMarket], seed: int) -> list[SpecialtyMarket]:
    rates = [m.published_rate for m in markets]
    random.Random(seed).shuffle(rates)
    return [dataclasses.replace(m, published_rate=r) for m, r in zip(markets, rates, strict=True)]


def within_noise(markets: list[SpecialtyMarket]) -> float:
    """The share of held-out errors noise explains, for the weighted fit left one out."""
    rates, sds = [], []
    for i, market in enumerate(markets):
        fit = fit_with(markets[:i] + markets[i + 1 :], FEATURES, 0.01)
        rates.append(float(fit.predict([market])[0]))
        sds.append(float(fit.predictive_sd([market])[0]))
    published = [m.published_rate or 0.0 for m in markets]
    applicants = [m.img_applicants for m in markets]
    return held_out_figures(published, rates, applicants, sds).within_noise


def test_it_finds_most_errors_within_noise_when_the_rates_are_a_law_plus_sampling() -> None:
    assert within_noise(sampled_markets()) >= 0.85


def test_it_fails_when_the_rates_are_shuffled_across_specialties() -> None:
    real = within_noise(sampled_markets())
    for seed in range(3):
        assert within_noise(shuffled(sampled_markets(), seed)) < real - 0.25


# published, predicted, applicants, model SD, expected z
Z_CASES = [
    (0.5, 0.5, 100, 0.0, 0.0),
    (0.6, 0.5, 100, 0.0, 2.0),  # sampling SD 0.05
    (0.4, 0.5, 100, 0.0, -2.0),
    (0.6, 0.5, 100, math.sqrt(0.05**2 * 3), 1.0),  # the model's SD counts too
    (0.2, 0.1, 900, 0.0, 10.0),  # SD 0.01
]


@pytest.mark.parametrize(("published", "predicted", "applicants", "model_sd", "z"), Z_CASES)
def test_it_divides_each_error_by_the_sampling_and_model_sd(
    published: float, predicted: float, applicants: int, model_sd: float, z: float
) -> None:
    figures = held_out_figures([published], [predicted], [applicants], [model_sd])
    assert figures.z[0] == pytest.approx(z)
    assert figures.within_noise == (1.0 if abs(z) <= LIMIT else 0.0)


def test_it_weighs_the_mean_by_applicants_beside_the_plain_mean_and_the_worst() -> None:
    figures = held_out_figures([0.5, 0.3], [0.4, 0.3], [10, 90], [0.0, 0.0])
    assert figures.mean_error == pytest.approx(0.05)
    assert figures.weighted_error == pytest.approx(0.01)
    assert figures.worst_error == pytest.approx(0.1)


def test_it_never_claims_a_predicted_certainty_has_no_sampling_error() -> None:
    assert float(noise_sd([1.0], [10], [0.0])[0]) > 0


def test_it_refuses_lists_that_do_not_line_up() -> None:
    with pytest.raises(ValueError, match="equal"):
        held_out_figures([0.5, 0.4], [0.5], [10, 10], [0.0, 0.0])
    with pytest.raises(ValueError, match="at least one applicant"):
        held_out_figures([0.5], [0.5], [0], [0.0])
