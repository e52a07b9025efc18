"""Variants of the market model, each checked one specialty out (nested), and the floor.

Reads ../shared/data/nrmp_charting_outcomes_2026_nonus_img.csv (never stored in the repository).
1. The floor: a published rate rests on n non-US IMG applicants, so even a model that knew each
   specialty's true rate would miss the published one by binomial sampling error. Printed per
   specialty: the expected absolute error and the chance of missing by more than 10 points, then
   the mean and the chance that all specialties land within 10 points.
2. The simulation's three parameters on a wider grid (WIDE_GRID, 101 points; the shipped grid is
   model.GRID, 36): the best in-sample point and the held-out error with the point chosen again
   without each specialty.
3. A hybrid: the simulation's log-odds (at the grid point chosen without the held-out specialty)
   as a feature of the pooled logistic model, its other features chosen by leave-one-out inside.
4. The same with a fourth global parameter, the others' mean Step 2 CK above the IMGs' (OFFSETS),
   on OFFSET_GRID (64 points), the point chosen again without each specialty; and each offset's
   own 16 points alone.
5. Every model's held-out error against sampling noise, side by side, with the pooled logistic
   model fitted by information (bench/market_noise.py, which also runs on its own).
Takes several minutes (every grid point is simulated for every specialty).
Run: .venv/bin/python bench/market_variants.py
"""

import itertools
import math
import sys
import time
from pathlib import Path

import numpy as np

from market_noise import noise_section
from matchwise.market.inputs import SpecialtyMarket, markets_from_outcomes
from matchwise.market.logistic import RATE_FLOOR, RIDGE, STEPS, expit, step2_fill
from matchwise.market.simulation import MarketParameters, simulate
from matchwise.selection.outcomes import read_outcomes

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATA = SHARED / "nrmp_charting_outcomes_2026_nonus_img.csv"
WIDE_GRID = tuple(
    MarketParameters(p, t, w)
    for p, t, w in sorted(
        set(
            itertools.product(
                (2.0, 2.5, 3.0, 3.5), (-6.0, -4.0, -3.0, -2.0), (1.5, 2.0, 2.5, 3.0, 4.0)
            )
        )
        | set(itertools.product((3.5, 4.0, 4.5, 5.0), (-8.0, -6.0), (2.0, 2.5, 3.0)))
    )
)
OFFSETS = (0.0, 5.0, 10.0, 15.0)
OFFSET_GRID = tuple(
    (o, MarketParameters(p, t, w))
    for o, p, t, w in itertools.product(OFFSETS, (1.0, 2.0, 3.0, 4.0), (-8.0, -5.0), (2.0, 3.0))
)
Matrix = np.ndarray


def held_out(errors: Matrix) -> Matrix:
    """Each specialty's error at the grid point best for the others."""
    count = errors.shape[1]
    return np.array(
        [
            errors[int(errors[:, np.arange(count) != i].mean(axis=1).argmin()), i]
            for i in range(count)
        ]
    )


def binomial_floor(n: int, p: float) -> tuple[float, float]:
    """Expected |k/n - p| and P(|k/n - p| > 0.10) for k ~ Binomial(n, p)."""
    k = np.arange(n + 1)
    log_pmf = np.array(
        [
            math.lgamma(n + 1)
            - math.lgamma(j + 1)
            - math.lgamma(n - j + 1)
            + (j * math.log(p) if j else 0.0)
            + ((n - j) * math.log(1 - p) if n - j else 0.0)
            for j in k
        ]
    )
    pmf = np.exp(log_pmf)
    miss = np.abs(k / n - p)
    return float(pmf @ miss), float(pmf @ (miss > 0.10))


def _logit(p: Matrix) -> Matrix:
    q = np.clip(p, RATE_FLOOR, 1 - RATE_FLOOR)
    return np.asarray(np.log(q / (1 - q)))


def _fit(x: Matrix, y: Matrix) -> Matrix:
    beta = np.zeros(x.shape[1])
    penalty = RIDGE * np.diag([0.0] + [1.0] * (x.shape[1] - 1))
    for _ in range(STEPS):
        p = expit(x @ beta)
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        beta = beta + np.linalg.solve(hessian, x.T @ (y - p) - penalty @ beta)
    return beta


def _loo(x: Matrix, y: Matrix, rows: list[int], columns: tuple[int, ...]) -> float:
    errors = []
    for i in rows:
        inner = [j for j in rows if j != i]
        beta = _fit(x[np.ix_(inner, columns)], y[inner])
        errors.append(abs(float(expit(x[i, columns] @ beta)) - y[i]))
    return float(np.mean(errors))


def base_features(markets: list[SpecialtyMarket]) -> Matrix:
    fill = step2_fill(markets)
    return np.array(
        [
            [
                1.0,
                math.log(m.positions_per_applicant),
                m.img_share,
                ((m.img_step2_mean if m.img_step2_mean is not None else fill) - 240.0) / 10.0,
            ]
            for m in markets
        ]
    )


def main() -> int:
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return 0
    outcomes = read_outcomes(DATA)
    markets = markets_from_outcomes(outcomes)
    published = np.array([m.published_rate or 0.0 for m in markets])
    count = len(markets)
    print("1. The floor: a perfect model against rates resting on n non-US IMG applicants")
    floors = []
    for m, p in zip(markets, published, strict=True):
        expected, miss = binomial_floor(m.img_applicants, float(p))
        floors.append((expected, miss))
        print(
            f"   {m.specialty[:36]:36} n={m.img_applicants:5d} published {100 * p:5.1f} "
            f"expected error {100 * expected:4.1f}, P(> 10 points) {miss:.2f}"
        )
    all_within = float(np.prod([1 - miss for _, miss in floors]))
    print(
        f"   mean expected error {100 * np.mean([e for e, _ in floors]):.1f} points; "
        f"P(every specialty within 10 points) {all_within:.3f}"
    )
    started = time.perf_counter()
    rates = np.array([[simulate(m, g).img_rate for m in markets] for g in WIDE_GRID])
    seconds = time.perf_counter() - started
    errors = np.abs(rates - published)
    best = WIDE_GRID[int(errors.mean(axis=1).argmin())]
    held, points = [], []
    for i in range(count):
        others = np.arange(count) != i
        point = int(errors[:, others].mean(axis=1).argmin())
        points.append(point)
        held.append(errors[point, i])
    worst = int(np.argmax(held))
    print(f"2. Simulation on a wider grid ({len(WIDE_GRID)} points, {seconds:.0f} s):")
    print(f"   in-sample best {best}, mean error {100 * errors.mean(axis=1).min():.1f} points")
    print(
        f"   held out: mean {100 * np.mean(held):.1f}, worst {100 * held[worst]:.1f} "
        f"({markets[worst].specialty}); points chosen {[WIDE_GRID[p] for p in sorted(set(points))]}"
    )
    x = np.column_stack([base_features(markets), np.zeros(count)])
    y = np.clip(published, RATE_FLOOR, 1 - RATE_FLOOR)
    extra = (1, 2, 3)
    candidates = [(0, 4, *c) for r in range(4) for c in itertools.combinations(extra, r)]
    hybrid = []
    for i in range(count):
        x[:, 4] = _logit(rates[points[i]])
        inner = [j for j in range(count) if j != i]
        columns = min(candidates, key=lambda c: _loo(x, y, inner, c))
        beta = _fit(x[np.ix_(inner, columns)], y[inner])
        hybrid.append(abs(float(expit(x[i, columns] @ beta)) - y[i]))
    worst = int(np.argmax(hybrid))
    print(
        "3. Hybrid (simulated log-odds as a logistic feature), held out: "
        f"mean {100 * np.mean(hybrid):.1f}, worst {100 * hybrid[worst]:.1f} "
        f"({markets[worst].specialty})"
    )
    rates = np.array(
        [[simulate(m, g, others_offset=o).img_rate for m in markets] for o, g in OFFSET_GRID]
    )
    errors = np.abs(rates - published)
    best_offset, best_point = OFFSET_GRID[int(errors.mean(axis=1).argmin())]
    four = held_out(errors)
    print(
        f"4. Others' score offset as a fourth parameter ({len(OFFSET_GRID)} points): in-sample "
        f"best offset {best_offset:g}, {best_point}, mean {100 * errors.mean(axis=1).min():.1f}; "
        f"held out: mean {100 * four.mean():.1f}, worst {100 * four.max():.1f} "
        f"({markets[int(four.argmax())].specialty})"
    )
    for offset in OFFSETS:
        rows = [g for g, (o, _) in enumerate(OFFSET_GRID) if o == offset]
        alone = held_out(errors[rows])
        print(
            f"   offset {offset:4.1f} alone (16 points): held out mean {100 * alone.mean():.1f}, "
            f"worst {100 * alone.max():.1f}"
        )
    print("5. ", end="")
    noise_section(outcomes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
