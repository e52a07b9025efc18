"""How low can a pooled logistic model's held-out error go on this table, at best?

Reads ../shared/data/nrmp_charting_outcomes_2026_nonus_img.csv (never stored in the repository).
Every pooled logistic model of a specialty's non-US IMG match rate on up to four of eight
structural features, with three weightings and three ridge penalties, is checked one
specialty out. The best of them is an optimistic bound, not a result: it is chosen by the same
check that scores it, so it has fitted part of the noise. Beside it, what a model that knew
every specialty's true rate would score, from binomial sampling alone (bench/market_variants.py
prints that per specialty).
Features: log positions per applicant, the non-US IMG share of applicants and its log, the
IMGs' Step 2 CK mean (filled with the training specialties' mean where suppressed), log IMG
applicants, log IMG applicants per position, log positions, and the Step 2 CK gap between
matched and unmatched IMGs (from the outcome table: `calibrate` can use it, `market predict`
cannot).
Takes about a minute.
Run: .venv/bin/python bench/market_search.py
"""

import itertools
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from matchwise.market.inputs import markets_from_outcomes
from matchwise.selection.outcomes import SpecialtyOutcome, read_outcomes

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATA = SHARED / "nrmp_charting_outcomes_2026_nonus_img.csv"
FEATURES = (
    "log positions per applicant",
    "IMG share",
    "log IMG share",
    "IMG Step 2 CK mean",
    "log IMG applicants",
    "log IMG applicants per position",
    "log positions",
    "Step 2 CK gap (outcome table)",
)
WEIGHTINGS = ("equal", "sqrt applicants", "applicants")
RIDGES = (0.0, 0.01, 0.1)
MAX_FEATURES = 4
STEPS = 60
Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Variant:
    features: tuple[int, ...]
    weighting: str
    ridge: float
    mean: float
    worst: float


def _gap(outcome: SpecialtyOutcome) -> float:
    m, u = outcome.spread("step2ck", "matched"), outcome.spread("step2ck", "not_matched")
    if m is None or u is None or m.mean is None or u.mean is None:
        return 0.0
    return (m.mean - u.mean) / 10


def _table(outcomes: dict[str, SpecialtyOutcome]) -> tuple[Array, Array, Array]:
    """Raw features (Step 2 CK mean NaN where suppressed), published rates, applicants."""
    rows, rates, sizes = [], [], []
    for m in markets_from_outcomes(outcomes):
        step2 = math.nan if m.img_step2_mean is None else (m.img_step2_mean - 240) / 10
        rows.append(
            [
                math.log(m.positions / m.all_applicants),
                m.img_share,
                math.log(m.img_share),
                step2,
                math.log(m.img_applicants),
                math.log(m.img_applicants / m.positions),
                math.log(m.positions),
                _gap(outcomes[m.specialty]),
            ]
        )
        rates.append(m.published_rate or 0.0)
        sizes.append(m.img_applicants)
    return np.array(rows), np.array(rates), np.array(sizes, dtype=np.float64)


def _fit(x: Array, y: Array, w: Array, ridge: float) -> Array:
    """Weighted logistic regression on rates (Newton steps, ridge on the slopes)."""
    beta = np.zeros(x.shape[1])
    penalty = ridge * np.diag([0.0] + [1.0] * (x.shape[1] - 1))
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ beta)))
        hessian = x.T @ (x * (w * p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(x.shape[1])
        beta = beta + np.linalg.solve(hessian, x.T @ (w * (y - p)) - penalty @ beta)
    return beta


def _held_out(raw: Array, y: Array, w: Array, columns: tuple[int, ...], ridge: float) -> Array:
    errors = np.empty(len(y))
    for i in range(len(y)):
        train = np.arange(len(y)) != i
        x = raw[:, columns].copy()
        for j in range(x.shape[1]):  # a suppressed Step 2 CK mean: the training specialties' mean
            known = train & ~np.isnan(x[:, j])
            x[np.isnan(x[:, j]), j] = x[known, j].mean()
        x = np.column_stack([np.ones(len(y)), x])
        beta = _fit(x[train], y[train], w[train] / w[train].mean(), ridge)
        errors[i] = abs(1 / (1 + np.exp(-(x[i] @ beta))) - y[i])
    return errors


def _oracle(y: Array, n: Array, draws: int = 100_000) -> tuple[float, float, float]:
    """A model that knew every true rate: mean error, P(mean <= 5 pp), P(all within 10 pp)."""
    rng = np.random.default_rng(1)
    sizes = n.astype(np.int64)
    observed = rng.binomial(sizes, y, size=(draws, len(y))) / sizes
    errors = np.abs(observed - y)
    return (
        float(errors.mean()),
        float((errors.mean(axis=1) <= 0.05).mean()),
        float((errors.max(axis=1) <= 0.10).mean()),
    )


def main() -> int:
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return 0
    raw, y, n = _table(read_outcomes(DATA))
    weights = {"equal": np.ones_like(n), "sqrt applicants": np.sqrt(n), "applicants": n}
    variants = []
    for k in range(1, MAX_FEATURES + 1):
        for columns in itertools.combinations(range(len(FEATURES)), k):
            for weighting in WEIGHTINGS:
                for ridge in RIDGES:
                    errors = _held_out(raw, y, weights[weighting], columns, ridge)
                    variants.append(
                        Variant(
                            columns, weighting, ridge, float(errors.mean()), float(errors.max())
                        )
                    )
    variants.sort(key=lambda v: v.mean)
    print(f"{len(variants)} variants over {len(y)} specialties, each checked one specialty out.")
    print("The ten best by mean held-out error (points); the best is optimistic, see above:")
    for v in variants[:10]:
        names = ", ".join(FEATURES[c] for c in v.features)
        print(
            f"  mean {100 * v.mean:5.2f}  worst {100 * v.worst:5.2f}  "
            f"{v.weighting}, ridge {v.ridge:g}: {names}"
        )
    market_only = [v for v in variants if len(FEATURES) - 1 not in v.features]
    print(
        f"Best without the outcome table's Step 2 CK gap (what `market predict` can use): "
        f"mean {100 * market_only[0].mean:.2f}, worst {100 * market_only[0].worst:.2f}"
    )
    print(f"Variants with mean <= 5 points: {sum(v.mean <= 0.05 for v in variants)}")
    print(
        "Variants with mean <= 5 and no specialty worse than 10 points: "
        f"{sum(v.mean <= 0.05 and v.worst <= 0.10 for v in variants)}"
    )
    mean, p_mean, p_all = _oracle(y, n)
    print(
        "A model that knew every true rate (binomial sampling only): "
        f"mean {100 * mean:.2f} points; "
        f"P(mean <= 5) {p_mean:.2f}; P(every specialty within 10) {p_all:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
