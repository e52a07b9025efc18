"""The Match's result is stable and applicant-optimal: brute force on tiny markets, the vectorised
checks on large ones, and the checks themselves shown able to fail."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matchwise.market.deferred_acceptance import MatchResult, installed_engines, solve
from matchwise.market.instance import Market
from matchwise.market.stability import problems
from matchwise.market.synthetic import UNIFORM, Shape, program_capacities, random_market
from tests.market.instances import Lists, applicant_optimal, blocks, is_stable, small_lists

ENGINES = installed_engines()


@settings(max_examples=150, deadline=None)
@given(small_lists(max_applicants=5, max_programs=3))
def test_it_gives_each_applicant_their_best_stable_partner(lists: Lists) -> None:
    best = applicant_optimal(lists)
    for engine in ENGINES:
        result = solve(lists.market(), engine).program.tolist()
        assert result == best
        assert is_stable(lists, result)


@settings(max_examples=150, deadline=None)
@given(small_lists(max_applicants=5, max_programs=3), st.data())
def test_it_finds_the_same_blocking_pairs_as_the_definition(
    lists: Lists, data: st.DataObject
) -> None:
    assignment = [data.draw(st.sampled_from([-1, *row])) for row in lists.applicants]
    found = problems(lists.market(), as_result(lists.market(), assignment), limit=10_000)
    if not _feasible(lists, assignment):
        assert found.not_ranked or found.over_capacity
        return
    assert not found.not_ranked and not found.over_capacity
    assert set(found.blocking) == {
        (a, p)
        for a in range(len(lists.applicants))
        for p in range(len(lists.programs))
        if blocks(lists, assignment, a, p)
    }


@pytest.mark.parametrize(
    ("applicants", "programs", "positions", "shape"),
    [
        (2_000, 300, 1_800, Shape()),
        (5_000, 600, 5_500, UNIFORM),
        (8_000, 700, 6_000, Shape(list_length=5, appeal_sd=2.0, strength_weight=3.0)),
        (3_000, 50, 500, Shape(list_length=30)),
    ],
)
def test_it_leaves_no_blocking_pair_in_large_markets(
    applicants: int, programs: int, positions: int, shape: Shape
) -> None:
    rng = np.random.default_rng(applicants)
    market = random_market(rng, applicants, program_capacities(rng, programs, positions), shape)
    results = [solve(market, engine) for engine in ENGINES]
    for result in results:
        found = problems(market, result)
        assert found.stable, found
        assert (result.filled <= market.capacity).all()
        assert result.matched == int(result.filled.sum())
    assert all((r.program == results[0].program).all() for r in results)


def test_it_notices_a_tampered_matching() -> None:
    rng = np.random.default_rng(3)
    market = random_market(rng, 3_000, program_capacities(rng, 200, 2_000))
    result = solve(market)
    assert problems(market, result).stable
    first_choice = np.flatnonzero(result.choice == 0)[0]
    tampered = result.program.copy()
    tampered[first_choice] = -1  # unmatched now, and their first choice has a free seat
    found = problems(market, as_result(market, tampered.tolist()))
    assert (int(first_choice), int(result.program[first_choice])) in found.blocking
    elsewhere = result.program.copy()
    never_ranked = sorted(set(range(market.programs)) - set(market.rank_list(first_choice)))
    elsewhere[first_choice] = never_ranked[0]
    assert problems(market, as_result(market, elsewhere.tolist())).not_ranked


def as_result(market: Market, assignment: list[int]) -> MatchResult:
    program = np.array(assignment, dtype=np.int64)
    placed = program >= 0
    return MatchResult(
        program=program,
        choice=np.full(len(program), -1, dtype=np.int64),
        filled=np.bincount(program[placed], minlength=market.programs).astype(np.int64),
    )


def _feasible(lists: Lists, assignment: list[int]) -> bool:
    mutual = all(
        p < 0 or (p in lists.applicants[a] and a in lists.programs[p])
        for a, p in enumerate(assignment)
    )
    seats = all(assignment.count(p) <= c for p, c in enumerate(lists.capacity))
    return mutual and seats
