"""Random markets: valid by construction, reproducible from a seed, shaped as asked."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matchwise.market.instance import Market
from matchwise.market.synthetic import (
    UNIFORM,
    AliasTable,
    Shape,
    program_capacities,
    random_market,
)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(0, 300),
    st.integers(1, 40),
    st.integers(0, 200),
    st.integers(1, 15),
    st.floats(0.0, 3.0),
    st.integers(0, 2**32 - 1),
)
def test_it_builds_markets_that_pass_every_check(
    applicants: int, programs: int, extra: int, length: int, appeal_sd: float, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    capacity = program_capacities(rng, programs, programs + extra)
    market = random_market(rng, applicants, capacity, Shape(length, appeal_sd, 1.0))
    Market.from_arrays(market.capacity, market.offsets, market.choices, market.priority)
    lengths = np.diff(market.offsets)
    assert (lengths <= min(length, programs)).all()
    assert market.positions == programs + extra and (capacity >= 1).all()


def test_it_gives_full_lists_when_programs_are_many() -> None:
    rng = np.random.default_rng(1)
    market = random_market(rng, 5_000, program_capacities(rng, 2_000, 9_000), Shape())
    assert (np.diff(market.offsets) == 12).all()


def test_it_repeats_itself_from_the_same_seed() -> None:
    def build(seed: int) -> Market:
        rng = np.random.default_rng(seed)
        return random_market(rng, 500, program_capacities(rng, 80, 400))

    first, again, other = build(5), build(5), build(6)
    assert (first.choices == again.choices).all() and (first.priority == again.priority).all()
    assert not np.array_equal(first.priority, other.priority)


def test_it_draws_popular_programs_more_often_only_when_asked() -> None:
    rng = np.random.default_rng(2)
    capacity = program_capacities(rng, 200, 1_000)
    skewed = random_market(rng, 20_000, capacity, Shape(appeal_sd=1.5))
    flat = random_market(rng, 20_000, capacity, UNIFORM)
    spread = [np.bincount(m.choices, minlength=200).std() for m in (skewed, flat)]
    assert spread[0] > 5 * spread[1]


@pytest.mark.parametrize("weights", [[1.0, 2.0, 3.0, 4.0], [5.0, 0.0, 1.0], [1.0] * 7, [9.0]])
def test_it_draws_in_proportion_to_the_weights(weights: list[float]) -> None:
    rng = np.random.default_rng(4)
    draws = AliasTable.build(np.array(weights)).draw(rng, (200_000, 1)).ravel()
    share = np.bincount(draws, minlength=len(weights)) / len(draws)
    assert np.allclose(share, np.array(weights) / sum(weights), atol=0.005)


@pytest.mark.parametrize(("programs", "length"), [(0, 12), (5, 0)])
def test_it_leaves_every_list_empty_when_there_is_nothing_to_rank(
    programs: int, length: int
) -> None:
    capacity = np.ones(programs, dtype=np.int64)
    market = random_market(np.random.default_rng(0), 4, capacity, Shape(list_length=length))
    assert market.offsets.tolist() == [0] * 5 and len(market.choices) == 0
    Market.from_arrays(market.capacity, market.offsets, market.choices, market.priority)


def test_it_refuses_fewer_positions_than_programs() -> None:
    with pytest.raises(ValueError, match="3 positions cannot give each of 4 programs a seat"):
        program_capacities(np.random.default_rng(0), 4, 3)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([[3, 1, 3, 2, 1]], [[3, 1, -1, 2, -1]]),
        ([[0, 1, 2], [2, 2, 2]], [[0, 1, 2], [2, -1, -1]]),
        ([[5]], [[5]]),
    ],
)
def test_it_keeps_only_the_first_draw_of_each_program(
    rows: list[list[int]], expected: list[list[int]]
) -> None:
    from matchwise.market.synthetic import _drop_repeats

    assert _drop_repeats(np.array(rows, dtype=np.int64)).tolist() == expected
