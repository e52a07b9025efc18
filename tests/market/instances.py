"""Small Match instances for the tests, and two independent references to check results against:
the `matching` package (a test-only dependency) and brute force over every possible matching."""

from __future__ import annotations

import itertools
import warnings
from dataclasses import dataclass

import numpy as np
from hypothesis import strategies as st

from matchwise.market.instance import Market


@dataclass(frozen=True)
class Lists:
    """An instance as rank lists of indices, best first."""

    applicants: list[list[int]]
    programs: list[list[int]]
    capacity: list[int]

    def market(self) -> Market:
        return Market.from_rank_lists(self.applicants, self.programs, self.capacity)


def random_lists(
    rng: np.random.Generator, max_applicants: int = 9, max_programs: int = 5, max_seats: int = 3
) -> Lists:
    """Random sizes and lists; programs rank a random subset (not always those who ranked them)."""
    n_applicants = int(rng.integers(1, max_applicants + 1))
    n_programs = int(rng.integers(1, max_programs + 1))
    applicants = [
        [int(p) for p in rng.permutation(n_programs)[: rng.integers(0, n_programs + 1)]]
        for _ in range(n_applicants)
    ]
    programs = []
    for p in range(n_programs):
        applied = [a for a, row in enumerate(applicants) if p in row]
        others = [a for a in range(n_applicants) if a not in applied]
        ranked = [a for a in applied if rng.random() < 0.85] + [
            a for a in others if rng.random() < 0.2
        ]
        programs.append([int(a) for a in rng.permutation(ranked)] if ranked else [])
    capacity = [int(c) for c in rng.integers(1, max_seats + 1, n_programs)]
    return Lists(applicants, programs, capacity)


@st.composite
def small_lists(
    draw: st.DrawFn, max_applicants: int = 6, max_programs: int = 4, min_seats: int = 0
) -> Lists:
    n_applicants = draw(st.integers(0, max_applicants))
    n_programs = draw(st.integers(1, max_programs))
    programs_of = st.permutations(range(n_programs)).flatmap(
        lambda order: st.integers(0, n_programs).map(lambda k: list(order[:k]))
    )
    applicants = [draw(programs_of) for _ in range(n_applicants)]
    programs = []
    for _ in range(n_programs):
        order = draw(st.permutations(range(n_applicants)))
        programs.append(list(order[: draw(st.integers(0, n_applicants))]))
    capacity = [draw(st.integers(min_seats, 3)) for _ in range(n_programs)]
    return Lists(applicants, programs, capacity)


def by_matching_package(lists: Lists) -> list[int]:
    """The applicant-optimal matching found by `matching` (its public API), per applicant."""
    from matching.games import HospitalResident  # test-only dependency, imported when used

    residents = {f"a{a}": [f"p{p}" for p in row] for a, row in enumerate(lists.applicants)}
    hospitals = {f"p{p}": [f"a{a}" for a in row] for p, row in enumerate(lists.programs)}
    capacities = {f"p{p}": c for p, c in enumerate(lists.capacity)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns about every list it cleans
        game = HospitalResident.create_from_dictionaries(
            residents, hospitals, capacities, clean=True
        )
        solution = game.solve(optimal="resident")
    result = [-1] * len(lists.applicants)
    for hospital, held in solution.items():
        for resident in held:
            result[int(resident.name[1:])] = int(hospital.name[1:])
    return result


def blocks(lists: Lists, assignment: list[int], applicant: int, program: int) -> bool:
    """Whether (applicant, program) blocks `assignment`, straight from the definition."""
    row, ranking = lists.applicants[applicant], lists.programs[program]
    if program not in row or applicant not in ranking:
        return False
    current = assignment[applicant]
    if current >= 0 and row.index(current) <= row.index(program):
        return False
    held = [a for a, p in enumerate(assignment) if p == program]
    return len(held) < lists.capacity[program] or any(
        ranking.index(applicant) < ranking.index(a) for a in held
    )


def is_stable(lists: Lists, assignment: list[int]) -> bool:
    return not any(
        blocks(lists, assignment, a, p)
        for a in range(len(lists.applicants))
        for p in range(len(lists.programs))
    )


def stable_matchings(lists: Lists) -> list[list[int]]:
    """Every stable matching, by trying every assignment of applicants to acceptable programs."""
    options = [
        [-1] + [p for p in row if a in lists.programs[p]] for a, row in enumerate(lists.applicants)
    ]
    found = []
    for assignment in itertools.product(*options):
        counts = [assignment.count(p) for p in range(len(lists.programs))]
        if all(c <= cap for c, cap in zip(counts, lists.capacity, strict=True)) and is_stable(
            lists, list(assignment)
        ):
            found.append(list(assignment))
    return found


def applicant_optimal(lists: Lists) -> list[int]:
    """Each applicant's best partner over all stable matchings (-1 if unmatched in all)."""
    every = stable_matchings(lists)
    return [
        best_for(lists.applicants[a], [m[a] for m in every]) for a in range(len(lists.applicants))
    ]


def best_for(row: list[int], partners: list[int]) -> int:
    """The partner ranked highest on `row` (-1, unmatched, comes last)."""
    return min(partners, key=lambda p: row.index(p) if p >= 0 else len(row))
