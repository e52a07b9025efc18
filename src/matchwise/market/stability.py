"""Checks on a matching, independent of how it was found: feasible, rational, stable.

A pair (applicant, program) blocks a matching when each ranks the other and both would rather
have each other: the applicant is unmatched or ranks the program above their match, and the
program has a free seat or ranks the applicant above one it holds. A stable matching has no
blocking pair. All checks are vectorised, so they run on NRMP-sized markets.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matchwise.market.deferred_acceptance import MatchResult
from matchwise.market.instance import IntArray, Market


@dataclass(frozen=True)
class Problems:
    """What is wrong with a matching; all empty for a stable one."""

    blocking: list[tuple[int, int]]  # (applicant, program) pairs that block
    not_ranked: list[int]  # applicants matched where they or the program did not rank the other
    over_capacity: list[int]  # programs holding more applicants than seats

    @property
    def stable(self) -> bool:
        return not (self.blocking or self.not_ranked or self.over_capacity)


def problems(market: Market, result: MatchResult, limit: int = 10) -> Problems:
    """The first `limit` problems of each kind with the matching `result` in `market`."""
    entry = matched_entry(market, result)
    applicant_of_entry = np.repeat(np.arange(market.applicants), np.diff(market.offsets))
    matched = entry >= 0
    valid = np.zeros(market.applicants, dtype=bool)
    valid[matched] = np.isfinite(market.priority[entry[matched]])
    not_ranked = np.flatnonzero((matched & ~valid) | ((result.program >= 0) & ~matched))
    filled = np.bincount(result.program[result.program >= 0], minlength=market.programs)
    over = np.flatnonzero(filled > market.capacity)
    worst = np.full(market.programs, -np.inf)
    np.maximum.at(worst, market.choices[entry[matched]], market.priority[entry[matched]])
    own = entry[applicant_of_entry]
    better_for_applicant = (own < 0) | (np.arange(len(market.choices)) < own)
    program = market.choices
    wanted_by_program = (filled[program] < market.capacity[program]) | (
        market.priority < worst[program]
    )
    blocking = np.flatnonzero(
        np.isfinite(market.priority) & better_for_applicant & wanted_by_program
    )[:limit]
    return Problems(
        blocking=[(int(applicant_of_entry[e]), int(program[e])) for e in blocking],
        not_ranked=[int(a) for a in not_ranked[:limit]],
        over_capacity=[int(p) for p in over[:limit]],
    )


def matched_entry(market: Market, result: MatchResult) -> IntArray:
    """Per applicant, the rank-list entry of their match, or -1 (also for a program they
    never ranked, which problems() reports)."""
    entry = np.full(market.applicants, -1, dtype=np.int64)
    for_applicant = np.repeat(np.arange(market.applicants), np.diff(market.offsets))
    hit = market.choices == result.program[for_applicant]
    entry[for_applicant[hit]] = np.flatnonzero(hit)
    return entry
