"""Reordering a rank list never gets the applicant a program they truly prefer: on the
demonstration's synthetic markets and on every small market hypothesis draws. The same checks
fail for algorithms that are not strategy-proof, so they can catch a broken Match."""

from __future__ import annotations

import itertools
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matchwise.market.deferred_acceptance import matched_entries
from matchwise.market.rank_order import (
    Applicant,
    Solver,
    at_or_above,
    demonstrate,
    true_order_never_worse,
)
from matchwise.market.simulation import MarketParameters
from tests.market.instances import Lists, small_lists
from tests.market.other_algorithms import immediate_acceptance, program_proposing

SHIPPED_LIKE = MarketParameters(img_penalty=2.5, threshold=-4.0, score_weight=2.0)


@settings(max_examples=40, deadline=None)
@given(
    k=st.integers(1, 9),
    seed=st.integers(0, 2**32 - 1),
    penalty=st.sampled_from([0.0, 1.5, 2.5, 3.0]),
    threshold=st.sampled_from([-4.0, -2.0, 0.0]),
    weight=st.sampled_from([0.5, 1.0, 2.0]),
    step2=st.floats(200, 280),
    img=st.booleans(),
    data=st.data(),
)
def test_it_never_lets_a_reordered_list_do_better(
    k: int,
    seed: int,
    penalty: float,
    threshold: float,
    weight: float,
    step2: float,
    img: bool,
    data: st.DataObject,
) -> None:
    orders = [(f"drawn {i}", data.draw(st.permutations(range(k)))) for i in range(3)]
    demonstration = demonstrate(
        k,
        MarketParameters(penalty, threshold, weight),
        Applicant(step2, img),
        runs=25,
        seed=seed,
        extra_orders=orders,
    )
    assert demonstration.reorder_won == 0
    assert true_order_never_worse(demonstration)


def gains_by_reordering(lists: Lists, solver: Solver) -> bool:
    """Whether applicant 0 gets a program they truly prefer with some order of their list."""
    if not lists.applicants:
        return False
    true = lists.applicants[0]

    def position(order: tuple[int, ...]) -> int:
        market = replace(lists, applicants=[list(order), *lists.applicants[1:]]).market()
        entry = int(solver(market)[0])
        return true.index(int(market.choices[entry])) if entry >= 0 else len(true)

    truthful = position(tuple(true))
    return any(position(order) < truthful for order in itertools.permutations(true))


@settings(max_examples=200, deadline=None)
@given(small_lists(max_applicants=5, max_programs=4))
def test_it_finds_no_better_order_on_any_small_market(lists: Lists) -> None:
    assert not gains_by_reordering(lists, matched_entries)


# Applicant 0 truly prefers program 1, then 0, then 2. Program-proposing, their true list gets
# them program 0; listing 1, 2, 0 gets them program 1. The Match gives them 1 either way.
MANIPULABLE = Lists(
    applicants=[[1, 0, 2], [0, 2, 1], []], programs=[[0, 1], [1, 0], [0]], capacity=[1, 1, 1]
)


def test_its_small_market_check_catches_a_program_proposing_match() -> None:
    assert gains_by_reordering(MANIPULABLE, program_proposing)
    assert not gains_by_reordering(MANIPULABLE, matched_entries)


def test_its_demonstration_catches_a_match_where_early_offers_are_final() -> None:
    caught = [
        demonstrate(k, SHIPPED_LIKE, runs=30, seed=seed, solver=immediate_acceptance)
        for seed, k in [(1, 4), (2, 7), (4, 6)]
    ]
    assert all(d.reorder_won > 0 for d in caught)
    assert not all(true_order_never_worse(d) for d in caught)


def test_its_comparison_fails_when_the_orders_are_mislabelled() -> None:
    demonstration = demonstrate(6, SHIPPED_LIKE, runs=50, seed=3)
    assert true_order_never_worse(demonstration)
    upside_down = demonstration.orders[-1]
    swapped = replace(demonstration, orders=(upside_down, *demonstration.orders[:-1]))
    assert not true_order_never_worse(swapped)


def test_it_is_the_same_on_the_same_seed_and_differs_on_another() -> None:
    first = demonstrate(5, SHIPPED_LIKE, runs=40, seed=7)
    assert demonstrate(5, SHIPPED_LIKE, runs=40, seed=7) == first
    assert demonstrate(5, SHIPPED_LIKE, runs=40, seed=8) != first


@pytest.mark.parametrize(
    ("positions", "k", "expected"),
    [
        ([0, 0, 1, 3], 3, (0.5, 0.75, 0.75)),  # 3 is "unmatched" for a list of 3
        ([2, 2], 3, (0.0, 0.0, 1.0)),
        ([1], 2, (0.0, 1.0)),
    ],
)
def test_it_counts_matches_at_each_program_or_above(
    positions: list[int], k: int, expected: tuple[float, ...]
) -> None:
    assert at_or_above(np.array(positions, dtype=np.int64), k) == expected


def test_it_moves_the_safest_program_to_the_top() -> None:
    demonstration = demonstrate(6, SHIPPED_LIKE, runs=60, seed=11)
    names = [o.name for o in demonstration.orders]
    assert names[0] == "Your true order" and demonstration.orders[0].order == tuple(range(6))
    safest = max(range(6), key=lambda p: demonstration.alone[p])
    if "Safest program first" in names:
        assert demonstration.orders[names.index("Safest program first")].order[0] == safest
    assert demonstration.orders[-1].order == tuple(reversed(range(6)))


@pytest.mark.parametrize(
    ("k", "runs", "orders", "message"),
    [
        (0, 10, [], "at least one program"),
        (3, 0, [], "at least one run"),
        (3, 10, [("mine", [0, 1])], "mine: an order must hold each of the 3 programs once"),
        (3, 10, [("mine", [0, 1, 1])], "mine: an order must hold each"),
    ],
)
def test_it_refuses_what_cannot_be_demonstrated(
    k: int, runs: int, orders: list[tuple[str, list[int]]], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        demonstrate(k, SHIPPED_LIKE, runs=runs, extra_orders=orders)
