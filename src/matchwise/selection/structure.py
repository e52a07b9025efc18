"""A specialty's match rate predicted from its market alone, for held-out checks.

The fitted parameters reproduce each specialty's own published rate by construction, so they
prove nothing about how well the model predicts. What can be checked is whether a specialty's
rate follows from things known before the Match: how many positions there are per applicant,
and how far apart the scores of matched and unmatched applicants sit (how much scores decide).
A logistic model of the rate on those two features, fitted to the other specialties, predicts
the one held out.
"""

from dataclasses import dataclass

import numpy as np

from matchwise.selection.outcomes import SpecialtyOutcome
from matchwise.selection.strength import FloatArray, expit

RIDGE = 0.01
STEPS = 50


@dataclass(frozen=True)
class Market:
    specialty: str
    rate: float
    features: FloatArray  # 1, log(positions per applicant), score gap / 10


def market(outcome: SpecialtyOutcome) -> Market | None:
    """None when the table does not give positions and applicants."""
    if not outcome.positions or not outcome.all_applicants:
        return None
    m, u = outcome.spread("step2ck", "matched"), outcome.spread("step2ck", "not_matched")
    gap = 0.0
    if m is not None and u is not None and m.mean is not None and u.mean is not None:
        gap = m.mean - u.mean
    features = np.array([1.0, np.log(outcome.positions / outcome.all_applicants), gap / 10])
    rate = outcome.matched / (outcome.matched + outcome.not_matched)
    return Market(outcome.specialty, rate, features)


def fit_rates(markets: list[Market]) -> FloatArray:
    """Logistic regression of rate on features (Newton steps, a little ridge on slopes)."""
    x = np.array([m.features for m in markets])
    y = np.array([m.rate for m in markets])
    beta = np.zeros(x.shape[1])
    penalty = RIDGE * np.diag([0.0] + [1.0] * (x.shape[1] - 1))
    for _ in range(STEPS):
        p = expit(x @ beta)
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        beta = beta + np.linalg.solve(hessian, x.T @ (y - p) - penalty @ beta)
    return np.asarray(beta, dtype=np.float64)


def predict_rate(beta: FloatArray, item: Market) -> float:
    return float(expit(float(item.features @ beta)))
