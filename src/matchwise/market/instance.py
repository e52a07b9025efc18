"""A Match instance as flat numpy arrays, checked once so the solvers need not check again.

Applicants' rank lists are stored back to back: applicant `a` ranks `choices[offsets[a]]`
first, then `choices[offsets[a] + 1]`, and so on up to `offsets[a + 1]`. Beside each entry,
`priority` holds how the program ranks that applicant: lower is preferred, and `inf` means the
program did not rank them (no match is possible there). Programs' preferences are strict: two
applicants a program ranks never share a priority.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]


class MarketError(ValueError):
    """An instance that cannot be matched as given; the message names the applicant or program."""


@dataclass(frozen=True, eq=False)  # arrays: compare their fields, not the objects
class Market:
    """Capacities and both sides' rank lists, aligned on the applicants' list entries."""

    capacity: IntArray  # seats per program
    offsets: IntArray  # applicant a's entries are offsets[a]:offsets[a + 1]
    choices: IntArray  # program named by each entry, in the applicant's order of preference
    priority: FloatArray  # the program's rank of the applicant on that entry; inf = not ranked

    @property
    def applicants(self) -> int:
        return len(self.offsets) - 1

    @property
    def programs(self) -> int:
        return len(self.capacity)

    @property
    def positions(self) -> int:
        return int(self.capacity.sum())

    def rank_list(self, applicant: int) -> IntArray:
        return self.choices[self.offsets[applicant] : self.offsets[applicant + 1]]

    @classmethod
    def from_arrays(
        cls,
        capacity: Sequence[int] | NDArray[np.integer],
        offsets: Sequence[int] | NDArray[np.integer],
        choices: Sequence[int] | NDArray[np.integer],
        priority: Sequence[float] | NDArray[np.floating] | NDArray[np.integer],
    ) -> Market:
        """Check and store the arrays; a problem raises MarketError naming where it is."""
        market = cls(
            capacity=np.array(capacity, dtype=np.int64).reshape(-1),
            offsets=np.array(offsets, dtype=np.int64).reshape(-1),
            choices=np.array(choices, dtype=np.int64).reshape(-1),
            priority=np.array(priority, dtype=np.float64).reshape(-1),
        )
        _check(market)
        return market

    @classmethod
    def from_rank_lists(
        cls,
        applicant_lists: Sequence[Sequence[int]],
        program_lists: Sequence[Sequence[int]],
        capacity: Sequence[int] | NDArray[np.integer],
    ) -> Market:
        """Applicants rank programs and programs rank applicants, each list best first."""
        if len(program_lists) != len(capacity):
            raise MarketError(
                f"{len(program_lists)} program rank lists but {len(capacity)} capacities"
            )
        offsets, choices = _flatten(applicant_lists)
        program_offsets, ranked = _flatten(program_lists)
        _check_indices(program_offsets, ranked, len(applicant_lists), "program", "applicant")
        ranking_program = np.repeat(np.arange(len(program_lists)), np.diff(program_offsets))
        rank = np.arange(len(ranked)) - program_offsets[ranking_program]
        priority = aligned_priority(
            offsets, choices, ranking_program, ranked, rank.astype(np.float64), len(program_lists)
        )
        return cls.from_arrays(capacity, offsets, choices, priority)


def aligned_priority(
    offsets: IntArray,
    choices: IntArray,
    ranking_program: IntArray,
    ranked_applicant: IntArray,
    rank: FloatArray,
    programs: int,
) -> FloatArray:
    """For each applicant entry, the program's rank of that applicant (inf where it has none)."""
    _check_indices(offsets, choices, programs, "applicant", "program")
    program_keys = ranked_applicant * programs + ranking_program
    order = np.argsort(program_keys, kind="stable")
    sorted_keys = program_keys[order]
    repeated = np.flatnonzero(sorted_keys[1:] == sorted_keys[:-1])
    if len(repeated):
        key = int(sorted_keys[repeated[0]])
        raise MarketError(f"program {key % programs} ranks applicant {key // programs} twice")
    priority = np.full(len(choices), np.inf)
    if len(sorted_keys) == 0:
        return priority
    applicant = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
    entry_keys = applicant * programs + choices
    where = np.minimum(np.searchsorted(sorted_keys, entry_keys), len(sorted_keys) - 1)
    found = sorted_keys[where] == entry_keys
    priority[found] = rank[order[where[found]]]
    return priority


def _flatten(lists: Sequence[Sequence[int]]) -> tuple[IntArray, IntArray]:
    lengths = np.array([len(row) for row in lists], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    flat = [int(x) for row in lists for x in row]
    return offsets, np.array(flat, dtype=np.int64)


def _check_indices(offsets: IntArray, values: IntArray, bound: int, owner: str, kind: str) -> None:
    bad = np.flatnonzero((values < 0) | (values >= bound))
    if len(bad):
        who = int(np.searchsorted(offsets, bad[0], side="right")) - 1
        raise MarketError(
            f"{owner} {who}'s rank list names {kind} {int(values[bad[0]])}, "
            f"but {kind}s are numbered 0 to {bound - 1}"
        )


def _check(market: Market) -> None:
    offsets, choices, priority, capacity = (
        market.offsets,
        market.choices,
        market.priority,
        market.capacity,
    )
    if len(offsets) == 0 or offsets[0] != 0 or offsets[-1] != len(choices):
        raise MarketError(
            f"offsets must start at 0 and end at the number of entries ({len(choices)})"
        )
    shrinking = np.flatnonzero(np.diff(offsets) < 0)
    if len(shrinking):
        raise MarketError(f"offsets decrease at applicant {int(shrinking[0])}")
    if len(priority) != len(choices):
        raise MarketError(f"{len(priority)} priorities for {len(choices)} rank-list entries")
    negative = np.flatnonzero(capacity < 0)
    if len(negative):
        raise MarketError(
            f"program {int(negative[0])} has a negative capacity ({int(capacity[negative[0]])})"
        )
    if np.isnan(priority).any():
        entry = int(np.flatnonzero(np.isnan(priority))[0])
        who = int(np.searchsorted(offsets, entry, side="right")) - 1
        raise MarketError(f"applicant {who}'s entry {entry - int(offsets[who])} has no priority")
    _check_indices(offsets, choices, len(capacity), "applicant", "program")
    applicant = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
    _check_repeats(applicant, choices, len(capacity), "applicant {} ranks program {} twice")
    ranked = np.isfinite(priority)
    _check_ties(choices[ranked], priority[ranked], applicant[ranked])


def _check_repeats(owner: IntArray, value: IntArray, bound: int, message: str) -> None:
    keys = np.sort(owner * bound + value)
    repeated = np.flatnonzero(keys[1:] == keys[:-1])
    if len(repeated):
        key = int(keys[repeated[0]])
        raise MarketError(message.format(key // bound, key % bound))


def _check_ties(program: IntArray, priority: FloatArray, applicant: IntArray) -> None:
    order = np.lexsort((priority, program))
    same = (program[order][1:] == program[order][:-1]) & (
        priority[order][1:] == priority[order][:-1]
    )
    tied = np.flatnonzero(same)
    if len(tied):
        first, second = order[tied[0]], order[tied[0] + 1]
        raise MarketError(
            f"program {int(program[first])} ranks applicants {int(applicant[first])} and "
            f"{int(applicant[second])} equally; preferences must be strict"
        )
