"""The list maximising the expected utility of the match (Kapur & Hong's college application
problem).

Program i ends in a match with independent chance c_i and is worth u_i >= 0 to the applicant,
who ranks by utility; the list S is worth v(S) = E[max utility among programs that would match]
= sum_{j in S} c_j u_j prod_{i in S, u_i > u_j} (1 - c_i). With all u_i equal this is P(match).

- Equal costs (one specialty, or no budget): optimal lists are nested and the greedy with
  elimination of Kapur & Hong finds the best list of every size h in O(h m).
- Several specialties with a budget: the fees depend on the count per specialty, so a dynamic
  program runs over the programs in increasing utility with the per-specialty counts as state
  (v(S + j) = c_j u_j + (1 - c_j) v(S) when j has the highest utility in S + j).
"""

import math

import numpy as np
from numpy.typing import NDArray

from matchwise.selection.fees import FeeSchedule
from matchwise.selection.optimiser import IntArray, Portfolio
from matchwise.selection.strength import FloatArray

# The dynamic program keeps one table cell per program and per combination of counts.
MAX_TABLE_CELLS = 40_000_000


class TooLargeError(ValueError):
    """The several-specialty utility problem is too large to solve exactly here."""


def portfolio_value(chosen: IntArray, contribution: FloatArray, utility: FloatArray) -> float:
    """v(S): expected utility of the match for the list `chosen`."""
    order = chosen[np.lexsort((-chosen, -utility[chosen]))]  # best first
    c, u = contribution[order], utility[order]
    none_above = np.concatenate(([1.0], np.cumprod(1.0 - c)[:-1]))
    return float(np.sum(c * u * none_above))


def greedy_with_elimination(contribution: FloatArray, utility: FloatArray, h: int) -> IntArray:
    """Kapur & Hong's greedy: add the best marginal program, then fold its effect into the rest."""
    t = utility.astype(np.float64).copy()
    remaining = (contribution > 0) & (utility > 0)
    # A strict order on programs: utility, then index, so that ties fold consistently.
    rank = np.empty(len(utility), dtype=np.int64)
    rank[np.lexsort((np.arange(len(utility)), utility))] = np.arange(len(utility))
    chosen: list[int] = []
    for _ in range(min(h, int(remaining.sum()))):
        gains = np.where(remaining, contribution * t, -np.inf)
        k = int(np.argmax(gains))
        if gains[k] <= 0:
            break
        chosen.append(k)
        remaining[k] = False
        below = rank < rank[k]
        t = np.where(below, t * (1.0 - contribution[k]), t - contribution[k] * t[k])
    return np.sort(np.array(chosen, dtype=np.int64))


def _undominated(
    contribution: FloatArray, utility: FloatArray, groups: IntArray, caps: list[int]
) -> IntArray:
    """Programs that can be on an optimal list.

    If at least cap_s programs of the same specialty are as likely and as wanted as program j
    (one of them better, or identical and listed first), some best list leaves j out: swapping
    j for one of those not on the list keeps the fees and cannot lower the value.
    """
    keep: list[IntArray] = []
    for s, cap in enumerate(caps):
        members = np.flatnonzero((groups == s) & (contribution > 0) & (utility > 0))
        c, u = contribution[members], utility[members]
        at_least = (c[:, None] >= c[None, :]) & (u[:, None] >= u[None, :])  # [k, j]: k vs j
        better = (c[:, None] > c[None, :]) | (u[:, None] > u[None, :])
        first = members[:, None] < members[None, :]
        dominators = (at_least & (better | first)).sum(axis=0)
        keep.append(members[dominators < cap])
    return np.sort(np.concatenate(keep)) if keep else np.zeros(0, dtype=np.int64)


def _dp_several(
    contribution: FloatArray,
    utility: FloatArray,
    groups: IntArray,
    caps: list[int],
    fees: FeeSchedule,
    budget: int,
    limit: int,
) -> IntArray:
    candidates = _undominated(contribution, utility, groups, caps)
    order = candidates[np.lexsort((candidates, utility[candidates]))]  # increasing utility
    shape = tuple(cap + 1 for cap in caps)
    if math.prod(shape) * max(len(order), 1) > MAX_TABLE_CELLS:
        raise TooLargeError(
            f"{len(order)} programs over {len(caps)} specialties need more than "
            f"{MAX_TABLE_CELLS:,} table "
            "cells; lower the budget, the count, or the number of specialties"
        )
    value = np.zeros(shape)
    taken: list[NDArray[np.bool_]] = []
    for j in order:
        s = int(groups[j])
        upto = [slice(None)] * len(caps)
        upto[s] = slice(0, caps[s])
        after = [slice(None)] * len(caps)
        after[s] = slice(1, caps[s] + 1)
        cand = contribution[j] * utility[j] + (1 - contribution[j]) * value[tuple(upto)]
        take = np.zeros(shape, dtype=bool)
        take[tuple(after)] = cand > value[tuple(after)]
        value = np.where(
            take, np.pad(cand, [(1, 0) if i == s else (0, 0) for i in range(len(caps))]), value
        )
        taken.append(take)
    tables = [fees.cost_table(cap) for cap in caps]
    cost = sum(
        np.asarray(t).reshape([-1 if i == s else 1 for i in range(len(caps))])
        for s, t in enumerate(tables)
    )
    counts = sum(
        np.arange(cap + 1).reshape([-1 if i == s else 1 for i in range(len(caps))])
        for s, cap in enumerate(caps)
    )
    # value[n] is the best over lists with at most n_s programs in each specialty, so a state
    # within the budget and the count limit stands for lists that are too.
    feasible = (np.broadcast_to(cost, shape) <= budget) & (np.broadcast_to(counts, shape) <= limit)
    state = list(np.unravel_index(int(np.argmax(np.where(feasible, value, -np.inf))), shape))
    chosen = []
    for j, take in zip(order[::-1], taken[::-1], strict=True):
        if take[tuple(state)]:
            chosen.append(int(j))
            state[int(groups[j])] -= 1
    return np.sort(np.array(chosen, dtype=np.int64))


def maximise_expected_utility(
    contribution: FloatArray,
    utility: FloatArray,
    groups: IntArray,
    fees: FeeSchedule,
    budget: int | None = None,
    max_n: int | None = None,
) -> Portfolio:
    """The list maximising the expected utility of the match; exact (see the module notes)."""
    m = int(groups.max(initial=-1)) + 1
    sizes = [int(np.sum((groups == s) & (contribution > 0) & (utility > 0))) for s in range(m)]
    costs = fees.cost_table(max(sizes, default=0))
    total = sum(sizes)
    limit = total if max_n is None else min(max_n, total)
    if budget is None or m == 1:
        if budget is not None:
            limit = min(limit, int(np.searchsorted(costs, budget, side="right")) - 1)
        chosen = greedy_with_elimination(contribution, utility, limit)
    else:
        affordable = int(np.searchsorted(costs, budget, side="right")) - 1
        caps = [min(size, affordable, limit) for size in sizes]
        chosen = _dp_several(contribution, utility, groups, caps, fees, budget, limit)
    counts = (
        np.bincount(groups[chosen], minlength=m) if len(chosen) else np.zeros(m, dtype=np.int64)
    )
    cost = sum(fees.specialty_cost(int(n)) for n in counts)
    return Portfolio(chosen, portfolio_value(chosen, contribution, utility), cost)
