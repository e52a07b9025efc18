"""Calibrating the chance that one interview ends in a match, from published outcomes.

NRMP publishes, for matched and for unmatched applicants, the distribution of the number of
programs ranked in a row (contiguous ranks), which stands in for the number of interviews.
Under the model P(match | k) = 1 - (1 - q)^k, the q that makes those two distributions most
likely is found by maximum likelihood, from the user's own file (nothing derived from it ships).
"""

import math

import numpy as np

from matchwise.selection.match_model import FloatArray, MatchModel
from matchwise.selection.outcomes import SpecialtyOutcome, Spread
from matchwise.selection.vocabulary import ApplicantType

MAX_RANKS = 120
_Q_GRID = np.linspace(0.001, 0.999, 999)


def rank_distribution(mean: float, sd: float, k_max: int = MAX_RANKS) -> FloatArray:
    """P(K = k) for k = 1..k_max: 1 + a negative binomial with the published mean and SD."""
    m, v = max(mean - 1.0, 1e-9), max(sd * sd, 1e-9)
    k = np.arange(k_max, dtype=np.float64)
    if v <= m * 1.0001:  # not over-dispersed: Poisson is the closest fit
        log_p = k * math.log(m) - m - np.array([math.lgamma(x + 1) for x in k])
    else:
        r, p = m * m / (v - m), m / v
        log_p = np.array([math.lgamma(x + r) - math.lgamma(r) - math.lgamma(x + 1) for x in k])
        log_p += r * math.log(p) + k * math.log1p(-p)
    dist = np.exp(log_p - log_p.max())
    return np.asarray(dist / dist.sum(), dtype=np.float64)


def fit_conversion(
    matched: Spread, not_matched: Spread, shares: tuple[float, float] | None = None
) -> float | None:
    """Maximum-likelihood q from the two contiguous-ranks distributions; None if suppressed.

    `shares` weighs the two groups (default: their sizes in the ranks table); pass the
    published matched and unmatched counts so that the overall rate weighs in too.
    """
    if (
        matched.mean is None
        or matched.sd is None
        or not_matched.mean is None
        or not_matched.sd is None
    ):
        return None
    k = np.arange(1, MAX_RANKS + 1, dtype=np.float64)
    n_matched, n_unmatched = shares or (matched.n, not_matched.n)
    weight_matched = n_matched * rank_distribution(matched.mean, matched.sd)
    weight_unmatched = n_unmatched * rank_distribution(not_matched.mean, not_matched.sd)
    q = _Q_GRID[:, None]
    log_like = (weight_matched * np.log(-np.expm1(k * np.log1p(-q)))).sum(axis=1)
    log_like += (weight_unmatched * k * np.log1p(-q)).sum(axis=1)
    return float(_Q_GRID[int(np.argmax(log_like))])


def ranks_mixture(outcome: SpecialtyOutcome) -> tuple[float, float] | None:
    """Mean and variance of contiguous ranks over matched and unmatched applicants together."""
    m, u = (
        outcome.spread("contiguous_ranks", "matched"),
        outcome.spread("contiguous_ranks", "not_matched"),
    )
    if m is None or u is None or m.mean is None or u.mean is None or m.sd is None or u.sd is None:
        return None
    share = outcome.matched / (outcome.matched + outcome.not_matched)
    mean = share * m.mean + (1 - share) * u.mean
    second = share * (m.sd**2 + m.mean**2) + (1 - share) * (u.sd**2 + u.mean**2)
    return mean, second - mean * mean


def conversions(
    outcomes: dict[str, SpecialtyOutcome], applicant_type: ApplicantType = ApplicantType.NON_US_IMG
) -> dict[tuple[str, ApplicantType], float]:
    """Fitted q per specialty for the applicant type the outcomes describe."""
    fitted = {}
    for name, outcome in outcomes.items():
        m, u = (
            outcome.spread("contiguous_ranks", "matched"),
            outcome.spread("contiguous_ranks", "not_matched"),
        )
        q = (
            fit_conversion(m, u, (outcome.matched, outcome.not_matched))
            if m is not None and u is not None
            else None
        )
        if q is not None:
            fitted[(name, applicant_type)] = q
    return fitted


def model_from_outcomes(
    outcomes: dict[str, SpecialtyOutcome],
    score_weights: dict[str, float] | None = None,
    applicant_type: ApplicantType = ApplicantType.NON_US_IMG,
    description: str = "calibrated at run time to the NRMP outcomes file given",
) -> MatchModel:
    """A MatchModel using the fitted q (and score weights, if fitted against a catalogue)."""
    return MatchModel(conversions(outcomes, applicant_type), score_weights or {}, description)
