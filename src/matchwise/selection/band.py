"""The 10–90% band around P(match): what the catalogue does not say, and the fit's own error.

Each of DRAWS draws picks, for every specialty, parameters from the fit's estimated
distribution (normal, with the fit's covariance, kept within the search bounds), and for every
program whether each unknown policy admits the applicant (at its base rate) and where an
unknown program sits around a typical one. The list is the same in every draw; the band is the
10th and 90th percentile of its P(match) over the draws.
"""

from dataclasses import dataclass

import numpy as np

from matchwise.selection.specialty_model import LOWER, UPPER
from matchwise.selection.strength import FloatArray, expit, normal_nodes

DRAWS = 100
# The band needs less precision over strength than the point estimate: 8 quadrature points.
STRENGTH, WEIGHTS = normal_nodes(0.0, 1.0)
SEED = 2026
LOW, HIGH = 10, 90


@dataclass(frozen=True)
class Uncertain:
    """One specialty's candidates, best first, with what may vary about them."""

    values: FloatArray  # the five fitted parameters
    covariance: FloatArray
    score_units: float  # the applicant's u = (Step 2 CK − 240) / 10, capped
    log_odds: FloatArray  # per candidate, at average strength
    admit: FloatArray  # per candidate
    unknown_sd: FloatArray  # per candidate


def drawn_prefixes(specialties: list[Uncertain], counts: list[int]) -> list[FloatArray]:
    """Per specialty, A[draw, n, node] for n = 0..counts[s]."""
    rng = np.random.default_rng(SEED)
    out = []
    for item, top in zip(specialties, counts, strict=True):
        theta = rng.multivariate_normal(item.values, item.covariance, DRAWS, method="eigh")
        theta = np.clip(theta, LOWER, UPPER)
        level_shift = (theta[:, 0] - item.values[0])[:, None]
        weight_shift = (theta[:, 1] - item.values[1])[:, None] * item.score_units
        # Centred so that the draws average to the point estimate's chance (e^x for small p).
        sd = item.unknown_sd[None, :top]
        noise = rng.standard_normal((DRAWS, top)) * sd - sd * sd / 2
        log_odds = item.log_odds[None, :top] + level_shift + weight_shift + noise
        admitted = rng.random((DRAWS, top)) < item.admit[None, :top]
        spread, conversion, ceiling = theta[:, 2], theta[:, 3], theta[:, 4]
        curve = admitted[:, :, None] * expit(
            log_odds[:, :, None] + spread[:, None, None] * STRENGTH[None, None, :]
        )
        products = np.cumprod(1.0 - conversion[:, None, None] * curve, axis=1)
        products = np.concatenate([np.ones((DRAWS, 1, len(STRENGTH))), products], axis=1)
        out.append(1.0 - ceiling[:, None, None] + ceiling[:, None, None] * products)
    return out


def band(prefixes: list[FloatArray], counts: list[int], point: float) -> tuple[float, float]:
    """The 10–90% band of P(match) for the first counts[s] programs of each specialty."""
    return bands(prefixes, [counts], [point])[0]


def bands(
    prefixes: list[FloatArray], lists: list[list[int]], points: list[float]
) -> list[tuple[float, float]]:
    """band() for several lists at once."""
    if not lists:
        return []
    fail = np.ones((len(lists), DRAWS, len(STRENGTH)))
    for s, prefix in enumerate(prefixes):
        fail = fail * prefix[:, [counts[s] for counts in lists], :].transpose(1, 0, 2)
    p = 1.0 - fail @ WEIGHTS
    low, high = np.percentile(p, [LOW, HIGH], axis=1)
    return [
        (min(float(lo), point), max(float(hi), point))
        for lo, hi, point in zip(low, high, points, strict=True)
    ]
