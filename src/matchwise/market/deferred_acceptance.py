"""The Match: applicant-proposing deferred acceptance, the core of the NRMP's algorithm.

solve() returns the applicant-optimal stable matching of a Market: no applicant and program
would both rather be matched to each other than to what they got, and every applicant gets the
best program they can have in any stable matching. Couples are out of scope. The numba engine
is used where numba is installed; the plain-Python engine gives the same result everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from matchwise.market import engine_numba, engine_python
from matchwise.market.instance import IntArray, Market

Engine = Literal["auto", "numba", "python"]


@dataclass(frozen=True, eq=False)  # arrays: compare their fields, not the objects
class MatchResult:
    """Who matched where: -1 marks an unmatched applicant."""

    program: IntArray  # per applicant: the program matched to, or -1
    choice: IntArray  # per applicant: 0 for a first choice, 1 for a second, ...; -1 if unmatched
    filled: IntArray  # per program: seats filled

    @property
    def matched(self) -> int:
        return int(np.count_nonzero(self.program >= 0))


def engine_available(engine: Engine) -> bool:
    return engine != "numba" or engine_numba.compiled() is not None


def installed_engines() -> list[Engine]:
    """The engines that can run here: always plain Python, and numba where it is installed."""
    return ["python", "numba"] if engine_available("numba") else ["python"]


def matched_entries(market: Market, engine: Engine = "auto") -> IntArray:
    """The rank-list entry each applicant is matched on (-1: unmatched); no result object."""
    kernel = engine_numba.compiled() if engine != "python" else None
    if kernel is not None:
        return kernel(market.capacity, market.offsets, market.choices, market.priority)
    if engine == "numba":
        raise RuntimeError("the numba engine was asked for, but numba is not installed")
    entries = engine_python.deferred_acceptance(
        market.capacity.tolist(),
        market.offsets.tolist(),
        market.choices.tolist(),
        market.priority.tolist(),
    )
    return np.array(entries, dtype=np.int64)


def solve(market: Market, engine: Engine = "auto") -> MatchResult:
    """Run the Match on a checked Market."""
    return result_from_entries(market, matched_entries(market, engine))


def result_from_entries(market: Market, entries: NDArray[np.int64]) -> MatchResult:
    matched = entries >= 0
    program = np.full(market.applicants, -1, dtype=np.int64)
    program[matched] = market.choices[entries[matched]]
    choice = np.where(matched, entries - market.offsets[:-1], -1).astype(np.int64)
    filled = np.bincount(program[matched], minlength=market.programs).astype(np.int64)
    return MatchResult(program=program, choice=choice, filled=filled)
