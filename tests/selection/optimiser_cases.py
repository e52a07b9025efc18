"""Random instances and a brute-force solver (every subset) for the expected-utility optimiser."""

from dataclasses import dataclass

import numpy as np

from matchwise.selection.fees import FeeSchedule


@dataclass(frozen=True)
class Instance:
    contribution: np.ndarray
    utility: np.ndarray
    groups: np.ndarray
    budget: int | None
    max_n: int | None


def random_instance(seed: int, n: int, specialties: int, fees: FeeSchedule) -> Instance:
    rng = np.random.default_rng(seed)
    contribution = rng.uniform(0, 0.5, n) * (rng.random(n) > 0.1)  # a few programs are excluded
    utility = rng.choice([1.0, 2.0, 3.0], n) + rng.uniform(0, 1, n)
    groups = rng.integers(0, specialties, n)
    groups[: min(specialties, n)] = np.arange(min(specialties, n))  # every specialty present
    budget = None if rng.random() < 0.2 else int(rng.integers(0, fees.specialty_cost(n) + 50))
    max_n = None if rng.random() < 0.5 else int(rng.integers(1, n + 1))
    return Instance(contribution, utility, groups, budget, max_n)


def _subsets(case: Instance, fees: FeeSchedule) -> np.ndarray:
    """Every feasible subset as a row of 0/1."""
    n = len(case.contribution)
    x = ((np.arange(2**n)[:, None] >> np.arange(n)) & 1).astype(np.int64)
    counts = x @ np.eye(int(case.groups.max()) + 1, dtype=np.int64)[case.groups]
    cost = fees.cost_table(n)[counts].sum(axis=1)
    ok = np.ones(len(x), dtype=bool)
    if case.budget is not None:
        ok &= cost <= case.budget
    if case.max_n is not None:
        ok &= x.sum(axis=1) <= case.max_n
    return x[ok]


def brute_force_utility(case: Instance, fees: FeeSchedule) -> float:
    """E[best utility among programs that would match], straight from the definition."""
    order = np.argsort(-case.utility, kind="stable")
    x = _subsets(case, fees)[:, order]
    c, u = case.contribution[order], case.utility[order]
    miss = 1 - x * c
    none_before = np.concatenate([np.ones((len(x), 1)), np.cumprod(miss, axis=1)[:, :-1]], axis=1)
    return float((x * c * u * none_before).sum(axis=1).max())
