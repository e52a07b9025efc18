"""How much of a model's held-out error sampling noise can explain.

A published rate k/n misses the specialty's true rate through binomial sampling alone, with an
SD of sqrt(p (1 − p) / n) for its n non-US IMG applicants; a prediction carries its own
uncertainty too (the model's predictive SD). Each held-out error divided by the two combined is
its z; an error with |z| <= LIMIT is one that noise explains, and a model whose errors were noise
alone would see about 95% of specialties there. The figures beside it: the mean absolute error
(every specialty counted once, the figure the goal is set in), the worst, and the mean weighted
by applicants (how far off the model is for the average applicant).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

FloatArray = NDArray[np.float64]
LIMIT = 2.0
EDGE = 1e-6  # a predicted rate of 0 or 1 would claim no sampling error at all


@dataclass(frozen=True)
class HeldOutFigures:
    mean_error: float
    worst_error: float
    weighted_error: float  # weighted by each specialty's non-US IMG applicants
    within_noise: float  # share of specialties with |z| <= LIMIT
    z: tuple[float, ...]


def noise_sd(predicted: ArrayLike, applicants: ArrayLike, model_sd: ArrayLike) -> FloatArray:
    """The SD a held-out error would have if the model were right: sampling and the model's."""
    p = np.clip(np.asarray(predicted, dtype=np.float64), EDGE, 1 - EDGE)
    n = np.asarray(applicants, dtype=np.float64)
    sd = np.asarray(model_sd, dtype=np.float64)
    return np.asarray(np.sqrt(p * (1 - p) / n + sd**2), dtype=np.float64)


def held_out_figures(
    published: ArrayLike, predicted: ArrayLike, applicants: ArrayLike, model_sd: ArrayLike
) -> HeldOutFigures:
    """The figures of one model's held-out predictions (rates as fractions)."""
    truth = np.asarray(published, dtype=np.float64)
    guess = np.asarray(predicted, dtype=np.float64)
    n = np.asarray(applicants, dtype=np.float64)
    if not (truth.shape == guess.shape == n.shape) or truth.size == 0:
        raise ValueError("published, predicted and applicants must be equal, non-empty lists")
    if (n < 1).any():
        raise ValueError("every specialty needs at least one applicant")
    errors = np.abs(guess - truth)
    z = (truth - guess) / noise_sd(guess, n, model_sd)
    return HeldOutFigures(
        float(errors.mean()),
        float(errors.max()),
        float(errors @ n / n.sum()),
        float(np.mean(np.abs(z) <= LIMIT)),
        tuple(float(v) for v in z),
    )
