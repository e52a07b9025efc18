"""A pooled logistic model fitted by binomial quasi-likelihood, with room between specialties.

A published rate k/n rests on the specialty's n non-US IMG applicants, so it is known to within
about sqrt(p(1 − p)/n): half a point for Internal Medicine, twenty for Public Health. Fitting
every specialty with equal weight ignores that; the plain binomial likelihood would weigh
Internal Medicine 1,400 times Public Health, as if specialties differed by nothing the features
miss. Between the two (Williams, 1982): var(k) = n p (1 − p) (1 + (n − 1) ρ), where ρ is the
share of the spread that lies between specialties; each specialty then weighs
n / (1 + (n − 1) ρ) applicants' worth. ρ = 0 is the binomial fit, ρ = 1 equal weights; ρ is set
so that Pearson's statistic equals its degrees of freedom (or 0 when the binomial already fits).
Plain numpy on arrays: x (a column of ones first), k matched, n applicants.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
STEPS = 30
TOLERANCE = 1e-10
HALVINGS = 30
ROOT_STEPS = 60
ROOT_TOLERANCE = 1e-6
SMALLEST_RHO = 1e-7


def expit(x: FloatArray) -> FloatArray:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * x)), dtype=np.float64)


@dataclass(frozen=True)
class WeightedFit:
    beta: FloatArray  # intercept first
    rho: float  # the between-specialty share of the variance (0 to 1)
    covariance: FloatArray  # of beta, from the weighted information and the ridge

    def predict(self, x: FloatArray) -> FloatArray:
        return expit(np.asarray(x @ self.beta, dtype=np.float64))

    def predictive_sd(self, x: FloatArray) -> FloatArray:
        """The SD of the predicted rate that the fitted coefficients leave (delta method)."""
        p = self.predict(x)
        variance = np.einsum("ij,jk,ik->i", x, self.covariance, x)
        return np.asarray(p * (1 - p) * np.sqrt(variance), dtype=np.float64)


def _penalty(columns: int, ridge: float) -> FloatArray:
    return np.asarray(ridge * np.diag([0.0] + [1.0] * (columns - 1)), dtype=np.float64)


def _objective(
    x: FloatArray, y: FloatArray, weight: FloatArray, penalty: FloatArray, beta: FloatArray
) -> float:
    eta = x @ beta
    # log p = −log(1 + e^−η), log(1 − p) = −log(1 + e^η)
    loglik = -(y * np.logaddexp(0.0, -eta) + (1 - y) * np.logaddexp(0.0, eta))
    return float(weight @ loglik - 0.5 * beta @ penalty @ beta)


def _newton(
    x: FloatArray, y: FloatArray, weight: FloatArray, ridge: float, start: FloatArray | None = None
) -> FloatArray:
    """Maximise sum weight × (y log p + (1 − y) log(1 − p)) − ridge/2 |slopes|²."""
    penalty = _penalty(x.shape[1], ridge)
    beta = np.zeros(x.shape[1]) if start is None else start
    value = _objective(x, y, weight, penalty, beta)
    for _ in range(STEPS):
        p = expit(x @ beta)
        hessian = x.T @ (x * (weight * p * (1 - p))[:, None]) + penalty
        gradient = x.T @ (weight * (y - p)) - penalty @ beta
        if float(np.abs(gradient).max()) < TOLERANCE * (1 + float(weight.sum())):
            break
        try:
            step = np.linalg.solve(hessian, gradient)
        except np.linalg.LinAlgError:
            step = np.linalg.lstsq(hessian, gradient, rcond=None)[0]
        for _ in range(HALVINGS):  # a Newton step that would lower the objective is halved
            better = _objective(x, y, weight, penalty, beta + step)
            if better >= value - 1e-12 * (1 + abs(value)):
                break
            step = step / 2
        else:
            break
        beta, value = beta + step, better
        if float(np.abs(step).max()) < TOLERANCE:
            break
    return np.asarray(beta, dtype=np.float64)


def _pearson(x: FloatArray, y: FloatArray, weight: FloatArray, beta: FloatArray) -> float:
    p = expit(x @ beta)
    return float(np.sum(weight * (y - p) ** 2 / (p * (1 - p))))


def _root(excess: Callable[[float], float]) -> float:
    """Where Pearson's excess over its degrees of freedom, falling in ρ, crosses 0: regula falsi
    (Illinois) on log10 ρ from SMALLEST_RHO to 1, where the excess bends least."""
    if excess(0.0) <= 0:
        return 0.0
    a, b = math.log10(SMALLEST_RHO), 0.0
    fa, fb = excess(10**a), excess(10**b)
    if fa <= 0 or fb >= 0:
        return 10**a if fa <= 0 else 1.0
    side, c = 0, a
    for _ in range(ROOT_STEPS):
        c = (a * fb - b * fa) / (fb - fa)
        fc = excess(10**c)
        if abs(fc) < ROOT_TOLERANCE or b - a < ROOT_TOLERANCE:
            break
        if fc > 0:
            a, fa = c, fc
            fb = fb / 2 if side == -1 else fb
            side = -1
        else:
            b, fb = c, fc
            fa = fa / 2 if side == 1 else fa
            side = 1
    return float(10**c)


def fit_weighted(
    x: FloatArray, k: FloatArray, n: FloatArray, ridge: float, rho: float | None = None
) -> WeightedFit:
    """The fit with ρ set by Pearson's statistic (or the given ρ: 1 is equal weights)."""
    y = k / n
    free = max(len(y) - x.shape[1], 1)

    def weight(r: float) -> FloatArray:
        return np.asarray(n / (1 + (n - 1) * r), dtype=np.float64)

    start = _newton(x, y, weight(0.0), ridge)

    def excess(r: float) -> float:
        nonlocal start
        start = _newton(x, y, weight(r), ridge, start)
        return float(_pearson(x, y, weight(r), start) - free)

    if rho is None:
        rho = _root(excess)
    w = weight(rho)
    beta = _newton(x, y, w, ridge, start)
    p = expit(x @ beta)
    # Pearson's statistic over its degrees of freedom is 1 where ρ was set by it; where it was
    # given (or held at a bound) it scales the variance as a quasi-likelihood would.
    scale = max(_pearson(x, y, w, beta) / free, 1e-12)
    information = x.T @ (x * (w * p * (1 - p))[:, None]) + _penalty(x.shape[1], ridge)
    return WeightedFit(beta, float(rho), np.asarray(scale * np.linalg.inv(information)))
