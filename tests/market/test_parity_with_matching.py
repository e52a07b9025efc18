"""Identical results to the `matching` package on random small instances.

The applicant-optimal stable matching is unique, so the results must be equal, not similar.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings

from matchwise.market.deferred_acceptance import installed_engines, solve
from tests.market.instances import Lists, by_matching_package, random_lists, small_lists

pytest.importorskip("matching")

ENGINES = installed_engines()


def test_it_equals_matching_on_500_random_instances() -> None:
    rng = np.random.default_rng(20260)
    compared = 0
    for _ in range(500):
        lists = random_lists(rng)
        expected = by_matching_package(lists)
        market = lists.market()
        for engine in ENGINES:
            assert solve(market, engine).program.tolist() == expected, (lists, engine)
        compared += 1
    assert compared == 500


def test_it_equals_matching_on_larger_random_instances() -> None:
    rng = np.random.default_rng(7)
    for _ in range(20):
        lists = random_lists(rng, max_applicants=150, max_programs=30, max_seats=6)
        expected = by_matching_package(lists)
        for engine in ENGINES:
            assert solve(lists.market(), engine).program.tolist() == expected


# At least one seat a program: matching 1.4.3 fails (IndexError) when an applicant's only
# program has none. Programs without seats are covered by the brute-force tests.
@settings(max_examples=200, deadline=None)
@given(small_lists(min_seats=1))
def test_it_equals_matching_on_any_small_instance(lists: Lists) -> None:
    expected = by_matching_package(lists)
    for engine in ENGINES:
        assert solve(lists.market(), engine).program.tolist() == expected
