"""The applicant's unobserved strength, shared by every program they apply to.

Everything the catalogue and the profile do not capture (the personal statement, interview
skill, how letters read) moves an applicant's chances at all programs together. It is a latent
standard normal; expectations over it use Gauss–Hermite quadrature with NODES points.
"""

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]

NODES = 24
_points, _weights = np.polynomial.hermite_e.hermegauss(NODES)
STRENGTH: FloatArray = np.asarray(_points, dtype=np.float64)
WEIGHTS: FloatArray = np.asarray(_weights / _weights.sum(), dtype=np.float64)


def expit(x: FloatArray | float) -> FloatArray:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=np.float64))))


def logit(p: float) -> float:
    return float(np.log(p / (1.0 - p)))


_points8, _weights8 = np.polynomial.hermite_e.hermegauss(8)
_WEIGHTS8 = np.asarray(_weights8 / _weights8.sum(), dtype=np.float64)


def normal_nodes(mean: float, sd: float) -> tuple[FloatArray, FloatArray]:
    """Eight points and weights for an expectation over N(mean, sd²)."""
    return np.asarray(mean + sd * _points8, dtype=np.float64), _WEIGHTS8
