"""P(match) against the number of applications: the best list of every size, with its band."""

import numpy as np

from matchwise.selection.optimiser import Limits, Market, greedy_path
from matchwise.selection.strength import WEIGHTS

CURVE_CAP = 400  # points on the curve; past a few hundred programs it is flat
CURVE_MIN = 60


def curve_counts(market: Market, limits: Limits, listed: int = 0) -> list[list[int]]:
    """For n = 1, 2, ...: the counts of the best list of at most n programs within the limits
    (the price on dollars is not applied: the curve shows what more money would buy), up to
    twice the `listed` programs (at least CURVE_MIN, at most CURVE_CAP)."""
    cap = min(max(2 * listed, CURVE_MIN), CURVE_CAP)
    cap = cap if limits.max_n is None else min(limits.max_n, cap)
    free = Limits(limits.budget, cap, 0.0, limits.floors)
    m = len(market.sizes)
    if m == 0:
        return []
    if m == 1:
        top = min(market.sizes[0], cap)
        counts = [[n] for n in range(1, min(top, CURVE_CAP) + 1)]
        return [c for c in counts if market.feasible(c, free) and c[0] >= free.floor(0)]
    if m == 2:
        table = market.pair_table(0, 1, np.ones(len(WEIGHTS)), free, 0, 0)
        out: list[list[int]] = []
        best: tuple[float, list[int]] | None = None
        size_s, size_t = table.shape
        for n in range(1, min(size_s + size_t - 2, cap) + 1):
            cells = [(a, n - a) for a in range(max(0, n - size_t + 1), min(n, size_s - 1) + 1)]
            values = [table[a, b] for a, b in cells]
            k = int(np.argmax(values))
            if np.isfinite(values[k]) and (best is None or values[k] > best[0]):
                best = (float(values[k]), list(cells[k]))
            if best is not None:
                out.append(best[1])
        return _distinct(out)
    return _distinct(greedy_path(market, free)[1:])


def _distinct(points: list[list[int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for counts in points:
        if not out or sum(counts) > sum(out[-1]):
            out.append(list(counts))
    return out
