"""Random lists for the P(match) optimiser, and exhaustive search over every subset.

An instance has programs in one to three specialties, each with a chance curve over strength;
the brute force scores every feasible subset with the same objective (P(match) with shared
strength, minus a price on dollars) straight from its definition.
"""

from dataclasses import dataclass

import numpy as np

from matchwise.selection.fees import FeeSchedule, FeeTier
from matchwise.selection.list_value import Candidate, Specialty, curves, no_match_prefix
from matchwise.selection.optimiser import Limits, Market, best_counts
from matchwise.selection.strength import WEIGHTS

# Made-up schedules whose steps fall inside small instances (the real 2026 step is at 31).
COMPRESSED = {
    "step after 3": FeeSchedule(0, (FeeTier(1, 3, each=10), FeeTier(4, None, each=25))),
    "flat first tier": FeeSchedule(
        0, (FeeTier(1, 4, flat=40), FeeTier(5, 7, each=15), FeeTier(8, None, each=35))
    ),
    "cheaper after 2": FeeSchedule(0, (FeeTier(1, 2, each=30), FeeTier(3, None, each=12))),
}


@dataclass(frozen=True)
class ListCase:
    candidates: list[Candidate]
    specialties: list[Specialty]
    limits: Limits


def random_case(seed: int, n: int, m: int, fees: FeeSchedule, unknown: bool = False) -> ListCase:
    rng = np.random.default_rng(seed)
    specialties = [
        Specialty(
            float(rng.uniform(0, 1.5)), float(rng.uniform(0.1, 0.5)), float(rng.uniform(0.5, 1))
        )
        for _ in range(m)
    ]
    groups = rng.integers(0, m, n)
    groups[:m] = np.arange(m)
    candidates = [
        Candidate(
            int(g),
            float(rng.normal(-2.0, 1.2)),
            float(rng.choice([1.0, 0.5, 0.64])) if unknown else 1.0,
        )
        for g in groups
    ]
    top = fees.specialty_cost(n)
    budget = None if rng.random() < 0.3 else int(rng.integers(0, top + 50))
    max_n = None if rng.random() < 0.5 else int(rng.integers(1, n + 1))
    price = 0.0 if rng.random() < 0.5 else float(rng.uniform(0, 0.002))
    return ListCase(candidates, specialties, Limits(budget, max_n, price))


def market_of(case: ListCase, fees: FeeSchedule) -> tuple[Market, list[list[int]]]:
    """The market with each specialty's programs best first (by log-odds, then admit)."""
    orders: list[list[int]] = []
    prefixes = []
    curve = curves(case.candidates, case.specialties)
    for s, specialty in enumerate(case.specialties):
        members = [i for i, c in enumerate(case.candidates) if c.specialty == s]
        members.sort(key=lambda i: -float(curve[i] @ WEIGHTS))
        orders.append(members)
        prefixes.append(no_match_prefix(curve[members], specialty))
    return Market(prefixes, fees), orders


def solve(case: ListCase, fees: FeeSchedule) -> tuple[float, list[int]]:
    market, _ = market_of(case, fees)
    counts = best_counts(market, case.limits)
    assert market.feasible(counts, case.limits)
    return market.score(counts, case.limits), counts


def brute_force(case: ListCase, fees: FeeSchedule) -> float:
    """The best objective over every feasible subset of programs."""
    n = len(case.candidates)
    curve = curves(case.candidates, case.specialties)
    x = ((np.arange(2**n)[:, None] >> np.arange(n)) & 1).astype(np.float64)
    groups = np.array([c.specialty for c in case.candidates])
    fail = np.ones((len(x), len(WEIGHTS)))
    cost = np.zeros(len(x), dtype=np.int64)
    costs = fees.cost_table(n)
    for s, specialty in enumerate(case.specialties):
        members = groups == s
        logs = np.log1p(-specialty.conversion * curve[members])
        products = np.exp(x[:, members] @ logs)
        fail *= 1 - specialty.ceiling + specialty.ceiling * products
        cost += costs[x[:, members].sum(axis=1).astype(np.int64)]
    value = 1 - fail @ WEIGHTS - case.limits.price * cost
    ok = np.ones(len(x), dtype=bool)
    if case.limits.budget is not None:
        ok &= cost <= case.limits.budget
    if case.limits.max_n is not None:
        ok &= x.sum(axis=1) <= case.limits.max_n
    return float(value[ok].max())
