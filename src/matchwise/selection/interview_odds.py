"""P(match | k interviews) for one specialty, with its 10–90% band: the live odds of a season.

It is the shortlist model's own figure (`SpecialtyParameters.p_match_given_interviews`):
ceiling × (1 − (1 − conversion)^k), which levels off at the specialty's ceiling as NRMP's
ranks tables do. Given k interviews the model's chance depends on k alone: the Step 2 CK and
the applicant's unobserved strength count through the interviews they brought.

The band draws the specialty's five parameters from the fit's estimated distribution, as the
shortlist's band does (band.py: the same seed, number of draws and search bounds), and takes
the 10th and 90th percentile of the draws' P(match | k). Every draw is non-decreasing in k, so
the band is too.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from matchwise.selection.band import DRAWS, HIGH, LOW, SEED
from matchwise.selection.model import Parameters
from matchwise.selection.specialty_model import LOWER, UPPER


@dataclass(frozen=True)
class InterviewOdds:
    """P(match) with this many interviews, and its band."""

    interviews: int
    p_match: float
    low: float
    high: float


def _draws(parameters: Parameters) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(SEED)
    theta = rng.multivariate_normal(
        parameters.values.vector(), parameters.covariance, DRAWS, method="eigh"
    )
    theta = np.clip(theta, LOWER, UPPER)
    return theta[:, 3], theta[:, 4]  # conversion, ceiling


def match_given_interviews(
    parameters: Parameters, interviews: Sequence[int]
) -> tuple[InterviewOdds, ...]:
    """P(match | k) and its 10–90% band for each k given (k >= 0)."""
    if any(k < 0 for k in interviews):
        raise ValueError("a number of interviews is never negative")
    if not interviews:
        return ()
    ks = np.asarray(interviews, dtype=np.float64)
    points = parameters.values.p_match_given_interviews(ks)
    conversion, ceiling = _draws(parameters)
    drawn = ceiling[:, None] * -np.expm1(ks[None, :] * np.log1p(-conversion[:, None]))
    low, high = np.percentile(drawn, [LOW, HIGH], axis=0)
    return tuple(
        InterviewOdds(
            interviews=int(k),
            p_match=float(p),
            # min/max: a percentile of the draws may sit a hair on the other side of the point
            low=min(float(lo), float(p)),
            high=max(float(hi), float(p)),
        )
        for k, p, lo, hi in zip(interviews, points, low, high, strict=True)
    )
