"""P(match) of a list when chances at different programs share the applicant's strength.

Given strength η, interviews at different programs are independent; a specialty s with
programs S_s then fails to give a match with probability

    A_s(η) = 1 − ceiling_s + ceiling_s · Π_{i ∈ S_s} (1 − conversion_s · p_i(η)),

(because E[(1 − q)^K] = Π(1 − q p_i) for independent interviews), and the list fails with
Π_s A_s(η). P(match) = 1 − E_η[Π_s A_s(η)], by Gauss–Hermite quadrature over η.

Programs of one specialty are taken best first. When their order is the same at every strength
(it is whenever they differ only in log-odds: the curve expit(x + σ η) keeps its order), the
best list with n_s programs in each specialty is the top n_s of each, and only the counts are
left to choose (optimiser.py).
"""

from dataclasses import dataclass

import numpy as np

from matchwise.selection.strength import STRENGTH as NODES_AT
from matchwise.selection.strength import WEIGHTS, FloatArray, expit


@dataclass(frozen=True)
class Specialty:
    spread: float
    conversion: float
    ceiling: float


@dataclass(frozen=True)
class Candidate:
    specialty: int  # index into the list of Specialty
    log_odds: float  # at average strength
    admit: float  # probability that unknown policies admit the applicant


def curves(candidates: list[Candidate], specialties: list[Specialty]) -> FloatArray:
    """P(interview | strength node), one row per candidate."""
    if not candidates:
        return np.zeros((0, len(NODES_AT)))
    x = np.array([c.log_odds for c in candidates])
    admit = np.array([c.admit for c in candidates])
    spread = np.array([specialties[c.specialty].spread for c in candidates])
    return np.asarray(admit[:, None] * expit(x[:, None] + spread[:, None] * NODES_AT[None, :]))


def no_match_prefix(curve: FloatArray, specialty: Specialty) -> FloatArray:
    """A[n, node]: P(no match in the specialty | strength) with its first n programs (n = 0..)."""
    factors = 1.0 - specialty.conversion * curve
    products = np.vstack([np.ones((1, curve.shape[1])), np.cumprod(factors, axis=0)])
    return np.asarray(1.0 - specialty.ceiling + specialty.ceiling * products)


def p_match(prefixes: list[FloatArray], counts: list[int]) -> float:
    """P(match) with the first counts[s] programs of each specialty."""
    fail = np.ones(len(WEIGHTS))
    for prefix, n in zip(prefixes, counts, strict=True):
        fail = fail * prefix[n]
    return float(1.0 - WEIGHTS @ fail)


def interviews_distribution(curve: FloatArray) -> FloatArray:
    """P(K = k) for the list's number of interviews K, averaged over strength."""
    n = curve.shape[0]
    dist = np.zeros((n + 1, curve.shape[1]))
    dist[0] = 1.0
    for i in range(n):
        p = curve[i]
        dist[1 : i + 2] = dist[1 : i + 2] * (1 - p) + dist[0 : i + 1] * p
        dist[0] = dist[0] * (1 - p)
    return np.asarray(dist @ WEIGHTS)


def independent_p_match(curve: FloatArray, specialty: Specialty) -> float:
    """What P(match) would be if programs were independent (for comparison only)."""
    marginal = curve @ WEIGHTS
    fail = np.prod(1.0 - specialty.conversion * marginal)
    return float(specialty.ceiling * (1.0 - fail))
