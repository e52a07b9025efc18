"""The optimisers against brute force on every feasible list of small random instances."""

import numpy as np
import pytest

from matchwise.selection.fees import fee_schedule
from matchwise.selection.optimiser import maximise_p_match
from matchwise.selection.utility_optimiser import maximise_expected_utility, portfolio_value

from .optimiser_cases import brute_force_p_match, brute_force_utility, random_instance

# Real schedules: at most 18 programs, so only 2024's flat first tier (programs 1-10) and its
# step at 11 are reached; 2026's step at the 31st is not (test_optimiser_fee_tiers.py reaches
# tier boundaries with made-up schedules).
CASES = [
    # (seed, programs, specialties, season)
    *[(seed, 12, 1, 2026) for seed in range(6)],
    *[(seed, 14, 2, 2026) for seed in range(6, 12)],
    *[(seed, 12, 3, 2024) for seed in range(12, 18)],
    *[(seed, 11, 2, 2024) for seed in range(18, 24)],
    (24, 18, 1, 2024),
    (25, 16, 2, 2026),
]


@pytest.mark.parametrize(("seed", "n", "specialties", "season"), CASES)
def test_it_finds_the_best_p_match(seed: int, n: int, specialties: int, season: int) -> None:
    fees = fee_schedule(season)
    case = random_instance(seed, n, specialties, fees)
    found = maximise_p_match(case.contribution, case.groups, fees, case.budget, case.max_n)
    assert found.value == pytest.approx(brute_force_p_match(case, fees), abs=1e-12)
    assert found.value == pytest.approx(1 - np.prod(1 - case.contribution[found.chosen]), abs=1e-12)
    assert case.budget is None or found.cost_usd <= case.budget
    assert case.max_n is None or len(found.chosen) <= case.max_n


@pytest.mark.parametrize(("seed", "n", "specialties", "season"), CASES)
def test_it_finds_the_best_expected_utility(
    seed: int, n: int, specialties: int, season: int
) -> None:
    fees = fee_schedule(season)
    case = random_instance(seed, n, specialties, fees)
    found = maximise_expected_utility(
        case.contribution, case.utility, case.groups, fees, case.budget, case.max_n
    )
    assert found.value == pytest.approx(brute_force_utility(case, fees), abs=1e-12)
    assert found.value == pytest.approx(
        portfolio_value(found.chosen, case.contribution, case.utility)
    )
    assert case.budget is None or found.cost_usd <= case.budget
    assert case.max_n is None or len(found.chosen) <= case.max_n


def test_it_reduces_to_p_match_when_every_utility_is_equal() -> None:
    fees = fee_schedule(2026)
    case = random_instance(99, 14, 2, fees)
    ones = np.ones_like(case.utility)
    by_utility = maximise_expected_utility(
        case.contribution, ones, case.groups, fees, case.budget, case.max_n
    )
    by_chance = maximise_p_match(case.contribution, case.groups, fees, case.budget, case.max_n)
    assert by_utility.value == pytest.approx(by_chance.value, abs=1e-12)


def test_it_beats_the_naive_top_by_value_list() -> None:
    # Program 1 is nearly sure and program 2 is a second, less wanted sure thing: ranking by
    # c*u takes both, but once 1 is on the list the long shot 0 adds more.
    contribution = np.array([0.18, 0.93, 0.85])
    utility = np.array([3.4, 2.2, 1.3])
    groups = np.zeros(3, dtype=np.int64)
    found = maximise_expected_utility(contribution, utility, groups, fee_schedule(), None, 2)
    naive = np.argsort(-(contribution * utility))[:2]
    assert found.value > portfolio_value(np.sort(naive), contribution, utility) + 1e-9
    assert found.chosen.tolist() == [0, 1]
