"""A market that cannot be matched as given is refused with a one-line reason naming where."""

from __future__ import annotations

import math

import numpy as np
import pytest

from matchwise.market.instance import Market, MarketError

INF = math.inf

# capacity, offsets, choices, priority, the start of the message
ARRAY_CASES: list[tuple[list[int], list[int], list[int], list[float], str]] = [
    ([1], [1, 1], [0], [0.0], "offsets must start at 0"),
    ([1], [0, 2], [0], [0.0], "offsets must start at 0 and end at the number of entries (1)"),
    ([1], [0, 1, 0, 1], [0], [0.0], "offsets decrease at applicant 1"),
    ([1], [0, 1], [0], [0.0, 1.0], "2 priorities for 1 rank-list entries"),
    ([1, -2], [0, 1], [0], [0.0], "program 1 has a negative capacity (-2)"),
    ([1], [0, 1, 2], [0, 3], [0.0, 1.0], "applicant 1's rank list names program 3, but programs"),
    ([1], [0, 1], [-1], [0.0], "applicant 0's rank list names program -1"),
    ([1, 1], [0, 2], [1, 1], [0.0, 1.0], "applicant 0 ranks program 1 twice"),
    ([1], [0, 1, 2], [0, 0], [3.0, 3.0], "program 0 ranks applicants 0 and 1 equally"),
    ([1], [0, 0, 1], [0], [math.nan], "applicant 1's entry 0 has no priority"),
]


@pytest.mark.parametrize(("capacity", "offsets", "choices", "priority", "message"), ARRAY_CASES)
def test_it_refuses_arrays_that_do_not_describe_a_market(
    capacity: list[int], offsets: list[int], choices: list[int], priority: list[float], message: str
) -> None:
    with pytest.raises(MarketError) as refused:
        Market.from_arrays(capacity, offsets, choices, priority)
    assert str(refused.value).startswith(message)
    assert "\n" not in str(refused.value)


def test_it_lets_unranked_entries_share_infinity() -> None:
    market = Market.from_arrays([1], [0, 1, 2], [0, 0], [INF, INF])
    assert market.applicants == 2 and market.positions == 1


@pytest.mark.parametrize(
    ("applicants", "programs", "capacity", "message"),
    [
        ([[0]], [[0]], [1, 1], "1 program rank lists but 2 capacities"),
        ([[0]], [[1]], [1], "program 0's rank list names applicant 1, but applicants"),
        ([[0]], [[0, 0]], [1], "program 0 ranks applicant 0 twice"),
        ([[2]], [[0]], [1], "applicant 0's rank list names program 2"),
    ],
)
def test_it_refuses_rank_lists_that_do_not_fit_together(
    applicants: list[list[int]], programs: list[list[int]], capacity: list[int], message: str
) -> None:
    with pytest.raises(MarketError) as refused:
        Market.from_rank_lists(applicants, programs, capacity)
    assert str(refused.value).startswith(message)


def test_it_aligns_each_entry_with_the_programs_rank_of_that_applicant() -> None:
    market = Market.from_rank_lists(
        [[1, 0], [0], []], [[1, 0], [2]], [1, 1]
    )  # program 1 never ranked applicant 0
    assert market.offsets.tolist() == [0, 2, 3, 3]
    assert market.choices.tolist() == [1, 0, 0]
    assert market.priority.tolist() == [INF, 1.0, 0.0]
    assert market.rank_list(0).tolist() == [1, 0]
    assert market.priority.dtype == np.float64
