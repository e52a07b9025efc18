"""P(match) of a list: exact from the interview-count distribution, equal to the product form."""

import itertools

import numpy as np
import pytest

from matchwise.selection.match_model import (
    DEFAULT_MODEL,
    interview_distribution,
    p_match_from_distribution,
    p_match_product,
)
from matchwise.selection.vocabulary import ApplicantType


def enumerate_distribution(p: np.ndarray) -> np.ndarray:
    dist = np.zeros(len(p) + 1)
    for outcome in itertools.product([0, 1], repeat=len(p)):
        chance = np.prod([pi if o else 1 - pi for pi, o in zip(p, outcome, strict=True)])
        dist[sum(outcome)] += chance
    return dist


@pytest.mark.parametrize("n", [0, 1, 5, 10])
def test_it_computes_the_interview_distribution_exactly(n: int) -> None:
    p = np.random.default_rng(n).uniform(0, 1, n)
    assert interview_distribution(p) == pytest.approx(enumerate_distribution(p), abs=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_it_agrees_with_the_product_form(seed: int) -> None:
    rng = np.random.default_rng(seed)
    p = rng.uniform(0, 0.6, 40)
    groups = rng.integers(0, 3, 40)
    q = np.array([0.15, 0.3, 0.45])[groups]
    assert p_match_from_distribution(p, q, groups) == pytest.approx(
        p_match_product(q * p), abs=1e-12
    )


def test_it_gives_more_interviews_a_higher_but_slowing_match_chance() -> None:
    q = DEFAULT_MODEL.conversion("Internal Medicine", ApplicantType.NON_US_IMG)
    chances = [p_match_product(np.full(k, q)) for k in range(8)]
    steps = np.diff(chances)
    assert chances[0] == 0 and all(steps > 0) and all(np.diff(steps) < 0)
