"""Optimisers and curves against brute force under made-up fee schedules whose tier boundaries
fall inside small instances: the real 2026 step comes at the 31st program, out of brute
force's reach, so these schedules put steps (and a flat first tier) after a few programs."""

import numpy as np
import pytest

from matchwise.selection.curve import count_curve, dollar_curve
from matchwise.selection.fees import FeeSchedule, FeeTier
from matchwise.selection.optimiser import maximise_p_match
from matchwise.selection.utility_optimiser import maximise_expected_utility

from .optimiser_cases import Instance, brute_force_p_match, brute_force_utility, random_instance

SCHEDULES = {
    # $10 each for programs 1-3, then $25 each: the 2026 shape, with the step after 3.
    "step after 3": FeeSchedule(0, (FeeTier(1, 3, each=10), FeeTier(4, None, each=25))),
    # $40 for up to 4 programs, $15 each for 5-7, $35 each from the 8th: the 2024 shape.
    "flat first tier": FeeSchedule(
        0, (FeeTier(1, 4, flat=40), FeeTier(5, 7, each=15), FeeTier(8, None, each=35))
    ),
    # Cheaper after 2: a price that falls, which a greedy by price alone would get wrong.
    "cheaper after 2": FeeSchedule(0, (FeeTier(1, 2, each=30), FeeTier(3, None, each=12))),
}
CASES = [
    (name, seed, n, specialties)
    for name in SCHEDULES
    for seed, n, specialties in [(s, 11, 1) for s in range(4)]
    + [(s, 12, 2) for s in range(4, 8)]
    + [(s, 10, 3) for s in range(8, 11)]
]


def test_the_schedules_step_inside_the_instances() -> None:
    for fees in SCHEDULES.values():
        prices = np.diff(fees.cost_table(10))
        assert len(set(prices.tolist())) > 1, fees


@pytest.mark.parametrize(("name", "seed", "n", "specialties"), CASES)
def test_it_finds_the_best_p_match(name: str, seed: int, n: int, specialties: int) -> None:
    fees = SCHEDULES[name]
    case = random_instance(seed, n, specialties, fees)
    found = maximise_p_match(case.contribution, case.groups, fees, case.budget, case.max_n)
    assert found.value == pytest.approx(brute_force_p_match(case, fees), abs=1e-12)
    assert case.budget is None or found.cost_usd <= case.budget


@pytest.mark.parametrize(("name", "seed", "n", "specialties"), CASES)
def test_it_finds_the_best_expected_utility(name: str, seed: int, n: int, specialties: int) -> None:
    fees = SCHEDULES[name]
    case = random_instance(seed, n, specialties, fees)
    found = maximise_expected_utility(
        case.contribution, case.utility, case.groups, fees, case.budget, case.max_n
    )
    assert found.value == pytest.approx(brute_force_utility(case, fees), abs=1e-12)
    assert case.budget is None or found.cost_usd <= case.budget


@pytest.mark.parametrize(("name", "seed", "n", "specialties"), CASES)
def test_the_count_curve_is_the_best_for_each_count(
    name: str, seed: int, n: int, specialties: int
) -> None:
    fees = SCHEDULES[name]
    case = random_instance(seed, n, specialties, fees)
    curve = count_curve(case.contribution, case.groups, fees, case.budget, case.max_n)
    for point in curve:
        capped = Instance(case.contribution, case.utility, case.groups, case.budget, point.n)
        assert point.p_match == pytest.approx(brute_force_p_match(capped, fees), abs=1e-12)
        assert case.budget is None or point.cost_usd <= case.budget


@pytest.mark.parametrize(("name", "seed", "n", "specialties"), CASES[::3])
def test_the_dollar_curve_is_the_best_for_each_budget(
    name: str, seed: int, n: int, specialties: int
) -> None:
    fees = SCHEDULES[name]
    case = random_instance(seed, n, specialties, fees)
    by_dollar = dollar_curve(case.contribution, case.groups, fees)
    for budget in range(len(by_dollar)):
        capped = Instance(case.contribution, case.utility, case.groups, budget, None)
        assert by_dollar[budget] == pytest.approx(brute_force_p_match(capped, fees), abs=1e-12)
