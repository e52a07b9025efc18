"""P(match) of a list with shared strength: the closed form against explicit sums."""

import numpy as np
import pytest

from matchwise.selection.list_value import (
    Candidate,
    Specialty,
    curves,
    independent_p_match,
    interviews_distribution,
    no_match_prefix,
    p_match,
)
from matchwise.selection.strength import WEIGHTS

IM = Specialty(spread=0.8, conversion=0.2, ceiling=0.9)


def listed(log_odds: list[float], specialty: Specialty = IM) -> np.ndarray:
    return curves([Candidate(0, x, 1.0) for x in log_odds], [specialty])


def test_it_matches_the_sum_over_the_number_of_interviews() -> None:
    curve = listed([-1.0, -2.0, -0.5, -3.0, -1.5])
    by_k = np.zeros((curve.shape[0] + 1, curve.shape[1]))
    by_k[0] = 1
    for row in curve:  # Poisson-binomial at every strength, the long way
        by_k[1:] = by_k[1:] * (1 - row) + by_k[:-1] * row
        by_k[0] *= 1 - row
    k = np.arange(len(by_k))[:, None]
    explicit = float(((by_k * IM.ceiling * (1 - (1 - IM.conversion) ** k)).sum(axis=0)) @ WEIGHTS)
    assert p_match([no_match_prefix(curve, IM)], [5]) == pytest.approx(explicit, abs=1e-12)
    assert interviews_distribution(curve).sum() == pytest.approx(1.0)


def test_it_levels_off_at_the_ceiling() -> None:
    curve = listed([3.0] * 200)
    assert p_match([no_match_prefix(curve, IM)], [200]) == pytest.approx(IM.ceiling, abs=1e-6)


@pytest.mark.parametrize("n", [5, 30, 100])
def test_shared_strength_gives_less_than_independence(n: int) -> None:
    curve = listed([-2.5] * n)
    shared = p_match([no_match_prefix(curve, IM)], [n])
    assert shared < independent_p_match(curve, IM) - 1e-3


def test_it_is_independence_when_strength_does_not_vary() -> None:
    flat = Specialty(0.0, 0.2, 0.9)
    curve = listed([-2.0, -1.0, -3.0], flat)
    shared = p_match([no_match_prefix(curve, flat)], [3])
    assert shared == pytest.approx(independent_p_match(curve, flat), abs=1e-12)


def test_it_multiplies_failures_across_specialties_at_each_strength() -> None:
    other = Specialty(0.5, 0.3, 1.0)
    a, b = listed([-1.0, -2.0]), listed([-1.5], other)
    prefixes = [no_match_prefix(a, IM), no_match_prefix(b, other)]
    expected = 1 - (prefixes[0][2] * prefixes[1][1]) @ WEIGHTS
    assert p_match(prefixes, [2, 1]) == pytest.approx(float(expected))
    assert p_match(prefixes, [0, 0]) == pytest.approx(0.0)
