"""How interviews turn into a match, and the few parameters that may be calibrated.

Each interview independently ends in a match there with probability q (per specialty and
applicant type). So P(match | k interviews) = 1 - (1 - q)^k, and for independent interview
chances p_i the chance of matching is exactly 1 - prod(1 - q_i p_i). The same number also
comes out of the distribution of the number of interviews (see p_match_from_distribution).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from matchwise.selection.vocabulary import ApplicantType

FloatArray = NDArray[np.float64]

# Chance that one interview ends in a match there, used when no calibration is loaded.
# Rounded model assumptions: US graduates convert interviews more often than IMGs.
DEFAULT_CONVERSION: dict[ApplicantType, float] = {
    ApplicantType.US_MD: 0.45,
    ApplicantType.US_DO: 0.40,
    ApplicantType.US_IMG: 0.25,
    ApplicantType.NON_US_IMG: 0.20,
}
NOT_CALIBRATED = "default, not calibrated"
# Logit shift per normal-equivalent SD of the invited Step 2 CK distribution.
DEFAULT_SCORE_WEIGHT = 0.5


@dataclass(frozen=True)
class MatchModel:
    """Model parameters; overrides come from a calibration, defaults otherwise."""

    conversion_overrides: Mapping[tuple[str, ApplicantType], float] = field(default_factory=dict)
    score_weight_overrides: Mapping[str, float] = field(default_factory=dict)
    description: str = NOT_CALIBRATED

    def conversion(self, specialty: str, applicant_type: ApplicantType) -> float:
        return self.conversion_overrides.get(
            (specialty, applicant_type), DEFAULT_CONVERSION[applicant_type]
        )

    def score_weight(self, specialty: str) -> float:
        return self.score_weight_overrides.get(specialty, DEFAULT_SCORE_WEIGHT)


DEFAULT_MODEL = MatchModel()


def interview_distribution(p: FloatArray) -> FloatArray:
    """Poisson-binomial: P(K = k) for k = 0..n, K the number of interviews, exact by convolution."""
    dist = np.zeros(len(p) + 1)
    dist[0] = 1.0
    for i, pi in enumerate(p, start=1):
        dist[1 : i + 1] = dist[1 : i + 1] * (1 - pi) + dist[0:i] * pi
        dist[0] *= 1 - pi
    return dist


def p_match_given_interviews(k: NDArray[np.int64] | int, q: float) -> FloatArray:
    return np.asarray(1.0 - (1.0 - q) ** np.asarray(k, dtype=np.float64), dtype=np.float64)


def p_match_from_distribution(p: FloatArray, q: FloatArray, groups: NDArray[np.int64]) -> float:
    """P(match) summed over the interview-count distribution of each group (specialty).

    Programs of one group share one conversion q; a match needs one converted interview.
    """
    p_none = 1.0
    for group in np.unique(groups):
        members = groups == group
        dist = interview_distribution(p[members])
        k = np.arange(len(dist))
        p_none *= float(np.sum(dist * (1.0 - p_match_given_interviews(k, float(q[members][0])))))
    return 1.0 - p_none


def p_match_product(contribution: FloatArray) -> float:
    """1 - prod(1 - c_i), with c_i = q_i p_i the chance program i ends in a match."""
    return float(-np.expm1(np.sum(np.log1p(-np.clip(contribution, 0.0, 1.0 - 1e-15)))))
