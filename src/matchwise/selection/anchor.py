"""The specialty anchor: P(match | Step 2 CK) and P(match | contiguous ranks), read straight
off NRMP's published distributions for matched and unmatched applicants by Bayes' rule.

Step 2 CK of matched and of unmatched applicants are taken as normals with one pooled SD (so
the log-odds are linear in the score); contiguous ranks as 1 + a negative binomial with the
published mean and SD. These figures involve no model of programs at all, which is what makes
them a check on the list-level numbers (see bench/consistency.py).
"""

import math

import numpy as np

from matchwise.selection.outcomes import SpecialtyOutcome
from matchwise.selection.strength import FloatArray

MAX_RANKS = 120


def _prior(outcome: SpecialtyOutcome) -> float:
    return outcome.matched / (outcome.matched + outcome.not_matched)


def p_match_given_step2(outcome: SpecialtyOutcome, score: float) -> float | None:
    """Among applicants who ranked; None when either distribution is suppressed."""
    m, u = outcome.spread("step2ck", "matched"), outcome.spread("step2ck", "not_matched")
    if m is None or u is None or None in (m.mean, m.sd, u.mean, u.sd) or m.n < 2 or u.n < 2:
        return None
    assert m.mean is not None and m.sd is not None and u.mean is not None and u.sd is not None
    pooled = ((m.n - 1) * m.sd**2 + (u.n - 1) * u.sd**2) / (m.n + u.n - 2)
    prior = _prior(outcome)
    log_odds = math.log(prior / (1 - prior))
    log_odds += (m.mean - u.mean) * (score - (m.mean + u.mean) / 2) / pooled
    return 1 / (1 + math.exp(-log_odds))


def rank_distribution(mean: float, sd: float, k_max: int = MAX_RANKS) -> FloatArray:
    """P(K = k) for k = 1..k_max: 1 + a negative binomial with the published mean and SD."""
    m, v = max(mean - 1.0, 1e-9), max(sd * sd, 1e-9)
    k = np.arange(k_max, dtype=np.float64)
    lgamma = np.vectorize(math.lgamma)
    if v <= m * 1.0001:  # not over-dispersed: Poisson is the closest fit
        log_p = k * math.log(m) - m - lgamma(k + 1)
    else:
        r, p = m * m / (v - m), m / v
        log_p = lgamma(k + r) - math.lgamma(r) - lgamma(k + 1) + r * math.log(p)
        log_p = log_p + k * math.log1p(-p)
    dist = np.exp(log_p - log_p.max())
    return np.asarray(dist / dist.sum(), dtype=np.float64)


def p_match_given_ranks(outcome: SpecialtyOutcome, k: int) -> float | None:
    """P(match | k programs ranked in a row); None when either distribution is suppressed."""
    if not 1 <= k <= MAX_RANKS:
        return None
    by_ranks = p_match_by_ranks(outcome)
    return None if by_ranks is None else float(by_ranks[k - 1])


def p_match_by_ranks(outcome: SpecialtyOutcome) -> FloatArray | None:
    """P(match | k ranks) for k = 1..MAX_RANKS at once; None when either is suppressed."""
    m = outcome.spread("contiguous_ranks", "matched")
    u = outcome.spread("contiguous_ranks", "not_matched")
    if m is None or u is None or None in (m.mean, m.sd, u.mean, u.sd):
        return None
    assert m.mean is not None and m.sd is not None and u.mean is not None and u.sd is not None
    prior = _prior(outcome)
    matched = prior * rank_distribution(m.mean, m.sd)
    unmatched = (1 - prior) * rank_distribution(u.mean, u.sd)
    return np.asarray(matched / (matched + unmatched), dtype=np.float64)
