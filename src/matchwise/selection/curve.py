"""P(match) against the number of applications and against dollars, and where returns fade."""

from dataclasses import dataclass

import numpy as np

from matchwise.selection.fees import FeeSchedule
from matchwise.selection.optimiser import (
    BudgetTable,
    CountBudgetTable,
    FloatArray,
    IntArray,
    Ranked,
    best_counts,
)

DOLLAR_CURVE_CAP = 10_000  # the dollar curve stops here (it is flat long before)
STEP_USD = 30  # "the next $30": the price of one program past the 30th in 2025-2026
DIMINISHING_GAIN = 0.005  # less than half a percentage point


@dataclass(frozen=True)
class CurvePoint:
    n: int
    cost_usd: int
    p_match: float


@dataclass(frozen=True)
class DiminishingReturns:
    """From this budget on, every further $30 buys less than half a percentage point."""

    budget_usd: int
    p_match: float


def _point(ranked: Ranked, counts: list[int], fees: FeeSchedule) -> CurvePoint:
    return CurvePoint(
        sum(counts), sum(fees.specialty_cost(n) for n in counts), ranked.value(counts)
    )


def count_curve(
    contribution: FloatArray,
    groups: IntArray,
    fees: FeeSchedule,
    budget: int | None,
    max_n: int | None,
) -> list[CurvePoint]:
    """For n = 1, 2, ...: the best P(match) with at most n programs (within budget) and its cost."""
    ranked = Ranked.build(contribution, groups)
    top = sum(best_counts(ranked, fees, budget, max_n))
    pool = np.concatenate(ranked.orders) if ranked.orders else np.zeros(0, dtype=np.int64)
    order = pool[np.argsort(-ranked.weight[pool], kind="stable")][:top]
    group_of = {int(i): s for s, o in enumerate(ranked.orders) for i in o}
    counts = [0] * len(ranked.orders)
    greedy: list[CurvePoint] = []
    for i in order:
        counts[group_of[int(i)]] += 1
        greedy.append(_point(ranked, counts, fees))
    if budget is None or all(p.cost_usd <= budget for p in greedy):
        return greedy
    if len(ranked.orders) == 1:
        return [p for p in greedy if p.cost_usd <= budget]
    # Several specialties and a binding budget: the cheapest way to n programs matters.
    table = CountBudgetTable(
        ranked, fees.cost_table(max(len(o) for o in ranked.orders)), budget, top
    )
    return [_point(ranked, table.counts(k, budget), fees) for k in range(1, top + 1)]


def dollar_curve(contribution: FloatArray, groups: IntArray, fees: FeeSchedule) -> FloatArray:
    """Best P(match) for every budget of 0, 1, 2, ... dollars, up to applying everywhere; capped."""
    ranked = Ranked.build(contribution, groups)
    sizes = [len(o) for o in ranked.orders]
    costs = fees.cost_table(max(sizes, default=0))
    top = min(sum(int(costs[n]) for n in sizes), DOLLAR_CURVE_CAP)
    if len(sizes) == 1:
        affordable = np.searchsorted(costs, np.arange(top + 1), side="right") - 1
        return np.asarray(
            -np.expm1(-ranked.prefix[0][np.minimum(affordable, sizes[0])]), dtype=np.float64
        )
    return np.asarray(-np.expm1(-BudgetTable(ranked, costs, top).g), dtype=np.float64)


def diminishing_returns_point(
    by_dollar: FloatArray, step: int = STEP_USD, gain: float = DIMINISHING_GAIN
) -> DiminishingReturns | None:
    """The smallest budget from which each further `step` dollars adds less than `gain`.

    None when spending more still pays at the end of the curve.
    """
    if len(by_dollar) <= step:
        return (
            DiminishingReturns(len(by_dollar) - 1, float(by_dollar[-1])) if len(by_dollar) else None
        )
    gains = by_dollar[step:] - by_dollar[:-step]
    paying = np.flatnonzero(gains >= gain)
    if len(paying) == 0:
        return DiminishingReturns(0, float(by_dollar[0]))
    start = int(paying[-1]) + 1
    if start > len(gains) - 1 and len(by_dollar) - 1 >= DOLLAR_CURVE_CAP:
        return None
    start = min(start, len(by_dollar) - 1)
    return DiminishingReturns(start, float(by_dollar[start]))
