"""The P(match) curve by count and by dollars, and the point of diminishing returns."""

import itertools

import numpy as np
import pytest

from matchwise.selection.curve import count_curve, diminishing_returns_point, dollar_curve
from matchwise.selection.fees import fee_schedule
from matchwise.selection.optimiser import maximise_p_match

FEES = fee_schedule(2026)


def instance(seed: int, n: int, specialties: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.beta(0.8, 6, n), rng.integers(0, specialties, n)


@pytest.mark.parametrize(("specialties", "budget"), [(1, None), (1, 600), (2, None), (3, 900)])
def test_it_rises_with_each_program_and_ends_at_the_optimum(
    specialties: int, budget: int | None
) -> None:
    c, g = instance(specialties, 120, specialties)
    curve = count_curve(c, g, FEES, budget, None)
    assert [p.n for p in curve] == list(range(1, len(curve) + 1))
    assert all(b.p_match >= a.p_match for a, b in itertools.pairwise(curve))
    assert budget is None or all(p.cost_usd <= budget for p in curve)
    assert curve[-1].p_match == pytest.approx(maximise_p_match(c, g, FEES, budget).value)


@pytest.mark.parametrize("specialties", [1, 2])
def test_it_gives_the_best_chance_for_every_budget(specialties: int) -> None:
    c, g = instance(7, 60, specialties)
    by_dollar = dollar_curve(c, g, FEES)
    for budget in (0, 11, 100, 329, 330, 345, len(by_dollar) - 1):
        assert by_dollar[budget] == pytest.approx(
            maximise_p_match(c, g, FEES, budget).value, abs=1e-12
        )
    # The curve ends where every program with a chance is on the list.
    assert by_dollar[-1] == pytest.approx(maximise_p_match(c, g, FEES).value, abs=1e-12)


def test_it_finds_where_thirty_more_dollars_buy_under_half_a_point() -> None:
    c, g = instance(3, 300, 1)
    by_dollar = dollar_curve(c, g, FEES)
    point = diminishing_returns_point(by_dollar)
    assert point is not None
    b = point.budget_usd
    assert all(by_dollar[x + 30] - by_dollar[x] < 0.005 for x in range(b, len(by_dollar) - 30))
    assert by_dollar[b - 1 + 30] - by_dollar[b - 1] >= 0.005


def test_it_says_so_when_returns_have_not_faded_by_the_end_of_the_curve() -> None:
    still_paying = (
        np.arange(10_001, dtype=np.float64) * 0.0002
    )  # every $30 adds 0.6 points, up to the cap
    assert diminishing_returns_point(still_paying) is None
