"""Properties that must hold for any instance (hypothesis)."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from matchwise.selection.fees import fee_schedule
from matchwise.selection.optimiser import maximise_p_match
from matchwise.selection.utility_optimiser import (
    greedy_with_elimination,
    maximise_expected_utility,
    portfolio_value,
)

Instance3 = tuple[list[float], list[int], list[float]]

instances = st.integers(min_value=1, max_value=40).flatmap(
    lambda n: st.tuples(
        st.lists(st.floats(0.0, 0.9), min_size=n, max_size=n),
        st.lists(st.integers(0, 2), min_size=n, max_size=n),
        st.lists(st.floats(0.1, 5.0), min_size=n, max_size=n),
    )
)


@settings(max_examples=60, deadline=None)
@given(instances, st.integers(0, 1500), st.integers(0, 300), st.sampled_from([2024, 2026]))
def test_it_never_does_worse_with_more_budget(
    instance: Instance3, budget: int, extra: int, season: int
) -> None:
    c, g, u = (np.array(x) for x in instance)
    fees = fee_schedule(season)
    less = maximise_p_match(c, g, fees, budget)
    more = maximise_p_match(c, g, fees, budget + extra)
    assert more.value >= less.value - 1e-12
    less_u = maximise_expected_utility(c, u, g, fees, budget)
    more_u = maximise_expected_utility(c, u, g, fees, budget + extra)
    assert more_u.value >= less_u.value - 1e-12


@settings(max_examples=60, deadline=None)
@given(instances, st.integers(1, 40))
def test_it_never_does_worse_with_a_higher_count(instance: Instance3, max_n: int) -> None:
    c, g, _ = (np.array(x) for x in instance)
    fees = fee_schedule(2026)
    assert (
        maximise_p_match(c, g, fees, None, max_n + 1).value
        >= maximise_p_match(c, g, fees, None, max_n).value
    )


@settings(max_examples=60, deadline=None)
@given(instances)
def test_it_builds_nested_lists_for_equal_costs(instance: Instance3) -> None:
    c, _, u = (np.array(x) for x in instance)
    previous: set[int] = set()
    for h in range(1, len(c) + 1):
        chosen = set(greedy_with_elimination(c, u, h).tolist())
        assert previous <= chosen
        previous = chosen


@settings(max_examples=40, deadline=None)
@given(instances)
def test_it_values_a_list_as_the_expected_best_match(instance: Instance3) -> None:
    c, _, u = (np.array(x) for x in instance)
    chosen = np.arange(len(c))
    rng = np.random.default_rng(0)
    draws = rng.random((4000, len(c))) < c
    simulated = np.where(draws, u, 0).max(axis=1).mean()
    assert abs(portfolio_value(chosen, c, u) - simulated) < 0.25
