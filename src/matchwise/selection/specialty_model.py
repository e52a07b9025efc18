"""One specialty's market for one applicant type, in five numbers, and what they predict.

An applicant with Step 2 CK score x and unobserved strength η ~ N(0, 1) gets an interview at a
typical program of the specialty with probability

    p(x, η) = expit(level + score_weight · u(x) + spread · η),   u(x) = (x − 240) / 10,

independently across programs given (x, η). With k interviews they match with probability
ceiling · (1 − (1 − conversion)^k): each interview converts with `conversion`, and `ceiling`
below 1 lets P(match | k) level off as NRMP's ranks tables do. Shared η is what makes the
chances at different programs move together.

predict() turns the parameters into the figures NRMP publishes for applicants who ranked at
least one program (match rate, contiguous ranks of matched and unmatched applicants, their
mean Step 2 CK), so that a fit can compare like with like.
"""

from dataclasses import astuple, dataclass
from functools import cache

import numpy as np
from scipy.stats import binom

from matchwise.selection.strength import STRENGTH, WEIGHTS, FloatArray, expit, normal_nodes

SCORE_CENTRE = 240.0
SCORE_UNIT = 10.0
SCORE_UNITS_CAP = 4.0  # 200..280: beyond, the tables say nothing more
# Fits assume a typical applicant of the type sends this many applications in the specialty.
# Only the expected number of interviews is identified by the tables, so the fit hardly
# depends on it; see docs/selection.md.
TYPICAL_APPLICATIONS = 80
NAMES = ("level", "score_weight", "spread", "conversion", "ceiling")
LOWER = np.array([-9.0, 0.0, 0.0, 0.01, 0.2])
UPPER = np.array([3.0, 3.0, 4.0, 0.95, 1.0])
# Bounds the data may reach without the fit being suspect: no score effect, no spread, no cap.
NATURAL_EDGES = {("score_weight", "lower"), ("spread", "lower"), ("ceiling", "upper")}


def score_units(score: FloatArray | float) -> FloatArray:
    units = (np.asarray(score, dtype=np.float64) - SCORE_CENTRE) / SCORE_UNIT
    return np.asarray(np.clip(units, -SCORE_UNITS_CAP, SCORE_UNITS_CAP), dtype=np.float64)


def score_unit(score: float) -> float:
    """score_units for one score, without numpy (called once per program)."""
    units = (score - SCORE_CENTRE) / SCORE_UNIT
    return min(max(units, -SCORE_UNITS_CAP), SCORE_UNITS_CAP)


@dataclass(frozen=True)
class SpecialtyParameters:
    level: float
    score_weight: float
    spread: float
    conversion: float
    ceiling: float
    # The Step 2 CK of applicants of the type in this specialty (for "typical" figures).
    score_mean: float = 245.0
    score_sd: float = 14.0

    def vector(self) -> FloatArray:
        return np.array(astuple(self)[: len(NAMES)], dtype=np.float64)

    @classmethod
    def from_vector(
        cls, values: FloatArray, score_mean: float = 245.0, score_sd: float = 14.0
    ) -> "SpecialtyParameters":
        level, weight, spread, conversion, ceiling = (float(v) for v in values)
        return cls(level, weight, spread, conversion, ceiling, score_mean, score_sd)

    def p_match_given_interviews(self, k: FloatArray | float) -> FloatArray:
        k = np.asarray(k, dtype=np.float64)
        return np.asarray(self.ceiling * -np.expm1(k * np.log1p(-self.conversion)))

    def typical_interview_rate(self) -> float:
        """The average chance of an interview at a typical program, over applicants of the type."""
        return _typical_interview_rate(self)


@cache
def _typical_interview_rate(params: SpecialtyParameters) -> float:
    scores, weights = normal_nodes(params.score_mean, params.score_sd)
    linear = params.level + params.score_weight * score_units(scores)[:, None]
    p = expit(linear + params.spread * STRENGTH[None, :])
    return float(weights @ p @ WEIGHTS)


@dataclass(frozen=True)
class Figures:
    """What NRMP publishes per specialty, for applicants who ranked at least one program."""

    rate: float
    ranks_matched_mean: float
    ranks_matched_sd: float
    ranks_unmatched_mean: float
    ranks_unmatched_sd: float
    step2_matched_mean: float
    step2_unmatched_mean: float

    def vector(self) -> FloatArray:
        return np.array(astuple(self), dtype=np.float64)


@dataclass(frozen=True)
class ScoreMix:
    """Step 2 CK of applicants who ranked: two normals, matched and unmatched, by their share."""

    matched_mean: float
    matched_sd: float
    unmatched_mean: float
    unmatched_sd: float
    matched_share: float

    def nodes(self) -> tuple[FloatArray, FloatArray]:
        xm, wm = normal_nodes(self.matched_mean, self.matched_sd)
        xu, wu = normal_nodes(self.unmatched_mean, self.unmatched_sd)
        share = self.matched_share
        return np.concatenate([xm, xu]), np.concatenate([share * wm, (1 - share) * wu])

    @property
    def mean(self) -> float:
        share = self.matched_share
        return share * self.matched_mean + (1 - share) * self.unmatched_mean

    @property
    def sd(self) -> float:
        share = self.matched_share
        second = share * (self.matched_sd**2 + self.matched_mean**2)
        second += (1 - share) * (self.unmatched_sd**2 + self.unmatched_mean**2)
        return float(np.sqrt(max(second - self.mean**2, 1.0)))


def _moments(weights: FloatArray, k: FloatArray) -> tuple[float, float]:
    total = float(weights.sum())
    mean = float((weights * k).sum() / total)
    var = float((weights * k * k).sum() / total) - mean * mean
    return mean, float(np.sqrt(max(var, 0.0)))


def predict(
    params: SpecialtyParameters, scores: ScoreMix, applications: int = TYPICAL_APPLICATIONS
) -> Figures:
    """The published figures the parameters imply, among applicants who ranked a program."""
    x, wx = scores.nodes()
    p = expit(
        params.level
        + params.score_weight * score_units(x)[:, None]
        + params.spread * STRENGTH[None, :]
    )
    k = np.arange(applications + 1, dtype=np.float64)
    pmf = np.asarray(binom.pmf(k[None, None, :], applications, p[:, :, None]), dtype=np.float64)
    ranked = np.maximum(1.0 - pmf[:, :, 0], 1e-300)
    # Applicants who ranked: the score mix is theirs, and strength is reweighted by ranking.
    w_strength = WEIGHTS[None, :] * ranked
    w = wx[:, None] * w_strength / w_strength.sum(axis=1, keepdims=True)
    by_k = (w / ranked)[:, :, None] * pmf
    by_k[:, :, 0] = 0.0
    m = params.p_match_given_interviews(k)
    matched_k = (by_k * m).sum(axis=(0, 1))
    unmatched_k = (by_k * (1 - m)).sum(axis=(0, 1))
    matched_at = (by_k * m).sum(axis=(1, 2))
    rate = float(matched_at.sum())
    km, ksm = _moments(matched_k, k)
    ku, ksu = _moments(unmatched_k, k)
    step2_m = float((matched_at * x).sum() / max(rate, 1e-12))
    step2_u = float(((w.sum(axis=1) - matched_at) * x).sum() / max(1 - rate, 1e-12))
    return Figures(rate, km, ksm, ku, ksu, step2_m, step2_u)
