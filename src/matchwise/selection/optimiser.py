"""The list of programs that maximises P(match) under the ERAS fees, a budget and a count.

Objective (exact): maximise P(match) = 1 - prod_{i in S} (1 - c_i), where c_i = q_i * p_i is the
chance that program i gives an interview that ends in a match there. Taking logs, this is
maximising sum_{i in S} w_i with w_i = -log(1 - c_i) >= 0: a sum of per-program weights.

Fees depend only on how many programs are chosen in each specialty. So for any counts
(n_1..n_m) the best list takes the n_s largest weights of each specialty, and only the counts
remain to choose:
- no budget: the best list of at most max_n programs is the max_n largest weights overall;
- a budget: a dynamic program over dollars (and over the count too, when max_n also binds).
"""

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from matchwise.selection.fees import FeeSchedule

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


@dataclass(frozen=True)
class Portfolio:
    chosen: IntArray  # indices into the input arrays
    value: float
    cost_usd: int


def weights(contribution: FloatArray) -> FloatArray:
    return np.asarray(-np.log1p(-np.clip(contribution, 0.0, 1.0 - 1e-12)), dtype=np.float64)


@dataclass(frozen=True)
class Ranked:
    """Candidates of each specialty, best first, with prefix sums of their weights."""

    orders: list[IntArray]
    prefix: list[FloatArray]  # prefix[s][n] = sum of the n largest weights of specialty s
    weight: FloatArray

    @classmethod
    def build(cls, contribution: FloatArray, groups: IntArray) -> "Ranked":
        w = weights(contribution)
        orders, prefix = [], []
        for group in range(int(groups.max(initial=-1)) + 1):
            members = np.flatnonzero((groups == group) & (w > 0))
            order = members[np.argsort(-w[members], kind="stable")]
            orders.append(order)
            prefix.append(np.concatenate(([0.0], np.cumsum(w[order]))))
        return cls(orders, prefix, w)

    def take(self, counts: list[int]) -> IntArray:
        parts = [order[:n] for order, n in zip(self.orders, counts, strict=True)]
        return np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)

    def value(self, counts: list[int]) -> float:
        total = sum(float(p[n]) for p, n in zip(self.prefix, counts, strict=True))
        return float(-np.expm1(-total))

    def greedy_counts(self, k: int) -> list[int]:
        """Counts of the k largest weights over all specialties (ties: lower index first)."""
        pool = np.concatenate(self.orders) if self.orders else np.zeros(0, dtype=np.int64)
        top = pool[np.argsort(-self.weight[pool], kind="stable")][:k]
        return [int(np.isin(order, top).sum()) for order in self.orders]


def _affordable(costs: IntArray, budget: int) -> int:
    return int(np.searchsorted(costs, budget, side="right")) - 1


class CountBudgetTable:
    """Best total weight over lists of at most k programs costing at most b dollars, all k, b.

    g[k, b] holds it; picks[s][k, b] is how many programs specialty s takes at that optimum.
    """

    def __init__(self, ranked: Ranked, costs: IntArray, budget: int, max_k: int) -> None:
        self.costs = costs
        g = np.zeros((max_k + 1, budget + 1))
        self.picks: list[NDArray[np.int32]] = []
        for prefix in ranked.prefix:
            new = g.copy()
            pick = np.zeros(g.shape, dtype=np.int32)
            for n in range(1, min(len(prefix) - 1, max_k) + 1):
                c = int(costs[n])
                if c > budget:
                    break
                cand = g[: max_k + 1 - n, : budget + 1 - c] + prefix[n]
                region = new[n:, c:]
                better = cand > region
                region[better] = cand[better]
                pick[n:, c:][better] = n
            self.picks.append(pick)
            g = new
        self.g = g

    def counts(self, k: int, b: int) -> list[int]:
        counts = [0] * len(self.picks)
        for s in range(len(self.picks) - 1, -1, -1):
            n = int(self.picks[s][k, b])
            counts[s] = n
            k, b = k - n, b - int(self.costs[n])
        return counts


class BudgetTable:
    """Best total weight for every budget b = 0..budget (no count limit), with the picks."""

    def __init__(self, ranked: Ranked, costs: IntArray, budget: int) -> None:
        self.costs = costs
        g = np.zeros(budget + 1)
        self.picks: list[NDArray[np.int32]] = []
        for prefix in ranked.prefix:
            new = g.copy()
            pick = np.zeros(budget + 1, dtype=np.int32)
            for n in range(1, min(len(prefix) - 1, _affordable(costs, budget)) + 1):
                c = int(costs[n])
                cand = g[: budget + 1 - c] + prefix[n]
                better = cand > new[c:]
                new[c:][better] = cand[better]
                pick[c:][better] = n
            self.picks.append(pick)
            g = new
        self.g = g

    def counts(self, b: int) -> list[int]:
        counts = [0] * len(self.picks)
        for s in range(len(self.picks) - 1, -1, -1):
            n = int(self.picks[s][b])
            counts[s] = n
            b -= int(self.costs[n])
        return counts


def best_counts(
    ranked: Ranked, fees: FeeSchedule, budget: int | None, max_n: int | None
) -> list[int]:
    """The number of programs to take in each specialty; exact for the P(match) objective."""
    sizes = [len(o) for o in ranked.orders]
    total = sum(sizes)
    counts = ranked.greedy_counts(max_n) if max_n is not None and max_n < total else sizes
    costs = fees.cost_table(max(sizes, default=0))
    if budget is None or sum(int(costs[n]) for n in counts) <= budget:
        return counts
    if len(sizes) == 1:
        return [min(sizes[0], _affordable(costs, budget), max_n if max_n is not None else total)]
    by_budget = BudgetTable(ranked, costs, budget)
    counts = by_budget.counts(budget)
    if max_n is None or sum(counts) <= max_n:
        return counts
    table = CountBudgetTable(ranked, costs, budget, max_n)
    return table.counts(max_n, budget)


def maximise_p_match(
    contribution: FloatArray,
    groups: IntArray,
    fees: FeeSchedule,
    budget: int | None = None,
    max_n: int | None = None,
) -> Portfolio:
    """The list maximising 1 - prod(1 - c_i); groups[i] numbers program i's specialty, 0..m-1."""
    ranked = Ranked.build(contribution, groups)
    counts = best_counts(ranked, fees, budget, max_n)
    cost = sum(fees.specialty_cost(n) for n in counts)
    return Portfolio(ranked.take(counts), ranked.value(counts), cost)
