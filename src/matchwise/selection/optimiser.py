"""How many programs to take in each specialty: the list that maximises P(match) under the
ERAS fees, a budget, a count, and a price on each dollar.

Programs of one specialty are taken best first (list_value.py), so a list is a vector of
counts n_s. The objective is P(match) − price · cost, cost by the ERAS schedule per specialty;
`price` turns "stop where the next application adds less than X percentage points per $100"
into a penalty that the optimum respects.

- One specialty: every count is tried.
- Two specialties: every pair of counts is tried at once (one matrix product over strength).
  Both are exact for the objective.
- Three or more: a greedy start, then pairwise exact improvements (two specialties at a time,
  the others held) until nothing improves. Not proven exact; tests measure the gap on small
  instances against exhaustive search.
"""

from dataclasses import dataclass
from itertools import combinations

import numpy as np
from numpy.typing import NDArray

from matchwise.selection.fees import FeeSchedule
from matchwise.selection.list_value import p_match
from matchwise.selection.strength import WEIGHTS, FloatArray

IntArray = NDArray[np.int64]
MAX_SWEEPS = 8
WINDOW = 24  # programs either side of the current count, per specialty and sweep


@dataclass(frozen=True)
class Limits:
    budget: int | None = None
    max_n: int | None = None
    price: float = 0.0  # P(match) per dollar that a program must add to be worth it
    floors: tuple[int, ...] | None = None  # programs each specialty must keep (favourites)

    def floor(self, s: int) -> int:
        return self.floors[s] if self.floors else 0


@dataclass(frozen=True)
class Portfolio:
    chosen: IntArray  # indices into the input arrays
    value: float
    cost_usd: int


class Market:
    """The prefix tables of every specialty, and what each count costs."""

    def __init__(self, prefixes: list[FloatArray], fees: FeeSchedule) -> None:
        self.prefixes = prefixes
        self.sizes = [len(p) - 1 for p in prefixes]
        self.costs = fees.cost_table(max(self.sizes, default=0))

    def p_match(self, counts: list[int]) -> float:
        return p_match(self.prefixes, counts)

    def cost(self, counts: list[int]) -> int:
        return int(sum(int(self.costs[n]) for n in counts))

    def score(self, counts: list[int], limits: Limits) -> float:
        return self.p_match(counts) - limits.price * self.cost(counts)

    def feasible(self, counts: list[int], limits: Limits) -> bool:
        if any(n < limits.floor(s) for s, n in enumerate(counts)):
            return False
        if limits.budget is not None and self.cost(counts) > limits.budget:
            return False
        return limits.max_n is None or sum(counts) <= limits.max_n

    def pair_table(
        self,
        s: int,
        t: int,
        others: FloatArray,
        limits: Limits,
        used_cost: int,
        used_n: int,
        rows: slice = slice(None),
        columns: slice = slice(None),
    ) -> FloatArray:
        """Objective for every (n_s, n_t) in `rows` x `columns` (counts from their start), the
        other specialties held (their failure at each strength is `others`)."""
        first_s, first_t = rows.start or 0, columns.start or 0
        prefix_s, prefix_t = self.prefixes[s][rows], self.prefixes[t][columns]
        fail = prefix_s @ (prefix_t * (WEIGHTS * others)).T
        n_s = np.arange(first_s, first_s + len(prefix_s))
        n_t = np.arange(first_t, first_t + len(prefix_t))
        cost = self.costs[n_s][:, None] + self.costs[n_t][None, :] + used_cost
        table = np.asarray(1.0 - fail - limits.price * cost)
        if limits.budget is not None:
            table[cost > limits.budget] = -np.inf
        if limits.max_n is not None:
            table[n_s[:, None] + n_t[None, :] + used_n > limits.max_n] = -np.inf
        table[n_s < limits.floor(s), :] = -np.inf
        table[:, n_t < limits.floor(t)] = -np.inf
        return table


def first_best(table: FloatArray) -> tuple[int, ...]:
    """The best cell; among equal values, the one with the fewest programs (then the first)."""
    best = np.max(table)
    cells = np.argwhere(table >= best - 1e-15)
    return tuple(int(v) for v in min(cells, key=lambda c: (int(c.sum()), tuple(c))))


def best_counts(market: Market, limits: Limits) -> list[int]:
    m = len(market.sizes)
    if m == 0:
        return []
    if m == 1:
        return list(_best_single(market, limits))
    if m == 2:
        return list(first_best(market.pair_table(0, 1, np.ones(len(WEIGHTS)), limits, 0, 0)))
    return _coordinate_ascent(market, limits, greedy_path(market, limits)[-1])


def _best_single(market: Market, limits: Limits) -> tuple[int]:
    n = np.arange(market.sizes[0] + 1)
    fail = market.prefixes[0] @ WEIGHTS
    cost = market.costs[: len(n)]
    table = 1.0 - fail - limits.price * cost
    if limits.budget is not None:
        table[cost > limits.budget] = -np.inf
    if limits.max_n is not None:
        table[n > limits.max_n] = -np.inf
    table[: limits.floor(0)] = -np.inf
    return (int(first_best(table[:, None])[0]),)


def _others(rows: FloatArray) -> FloatArray:
    """For each specialty, the product of the other specialties' rows (no division by zero)."""
    ones = np.ones((1, rows.shape[1]))
    before = np.vstack([ones, np.cumprod(rows, axis=0)[:-1]])
    after = np.vstack([np.cumprod(rows[::-1], axis=0)[:-1][::-1], ones])
    return np.asarray(before * after)


def greedy_path(market: Market, limits: Limits) -> list[list[int]]:
    """From the floors, add the program with the best gain in the objective while one gains;
    every list on the way, smallest first."""
    m = len(market.sizes)
    counts = [min(limits.floor(s), market.sizes[s]) for s in range(m)]
    rows = np.array([p[n] for p, n in zip(market.prefixes, counts, strict=True)])
    current = market.score(counts, limits)
    cost = market.cost(counts)
    path = [list(counts)]
    while limits.max_n is None or sum(counts) < limits.max_n:
        others = _others(rows)
        open_ = [s for s in range(m) if counts[s] < market.sizes[s]]
        if not open_:
            break
        nxt = np.array([market.prefixes[s][counts[s] + 1] for s in open_])
        p = 1.0 - (nxt * others[open_]) @ WEIGHTS
        extra = np.array(
            [int(market.costs[counts[s] + 1] - market.costs[counts[s]]) for s in open_]
        )
        value = p - limits.price * (cost + extra)
        if limits.budget is not None:
            value[cost + extra > limits.budget] = -np.inf
        k = int(np.argmax(value))
        if not value[k] > current + 1e-15:
            break
        s = open_[k]
        counts[s] += 1
        rows[s] = nxt[k]
        cost += int(extra[k])
        current = float(value[k])
        path.append(list(counts))
    return path


def _coordinate_ascent(market: Market, limits: Limits, counts: list[int]) -> list[int]:
    """Improve two specialties at a time, each pair exactly within WINDOW of its counts."""
    current = market.score(counts, limits)
    for _ in range(MAX_SWEEPS):
        improved = False
        for s, t in combinations(range(len(counts)), 2):
            others = np.ones(len(WEIGHTS))
            for r, n in enumerate(counts):
                if r not in (s, t):
                    others = others * market.prefixes[r][n]
            rest = [n for r, n in enumerate(counts) if r not in (s, t)]
            rest_cost = sum(int(market.costs[n]) for n in rest)
            rows = _window(counts[s], market.sizes[s])
            columns = _window(counts[t], market.sizes[t])
            table = market.pair_table(s, t, others, limits, rest_cost, sum(rest), rows, columns)
            i, j = first_best(table)
            if table[i, j] > current + 1e-12:
                counts[s], counts[t] = rows.start + i, columns.start + j
                current = float(table[i, j])
                improved = True
        if not improved:
            break
    return counts


def _window(n: int, size: int) -> slice:
    return slice(max(0, n - WINDOW), min(size, n + WINDOW) + 1)
