"""Fitting one specialty's five parameters to its published figures, or refusing to.

A full fit needs the match rate, the contiguous-ranks mean and SD of matched and unmatched
applicants, and the mean Step 2 CK of both: seven figures for five parameters, weighted by
their sampling error (with floors, so a huge specialty does not claim impossible precision).
Where the publisher suppressed figures (small specialties), the spread, score weight,
conversion and ceiling are pooled from the fully fitted specialties and only the level is
fitted to the match rate: "partly pooled". A fit that ends at a search bound which is not a
natural edge is refused, naming the specialty and what is missing.
"""

from dataclasses import dataclass

import numpy as np
from scipy.optimize import least_squares

from matchwise.selection.outcomes import SpecialtyOutcome
from matchwise.selection.specialty_model import (
    LOWER,
    NAMES,
    NATURAL_EDGES,
    UPPER,
    Figures,
    ScoreMix,
    SpecialtyParameters,
    predict,
)
from matchwise.selection.strength import FloatArray

START = np.array([-3.0, 0.4, 1.0, 0.25, 0.9])
RATE_FLOOR, RANKS_FLOOR, STEP2_FLOOR = 0.01, 0.15, 0.5
PRIOR_SD_FLOOR = np.array([0.5, 0.1, 0.1, 0.03, 0.03])
AT_BOUND = 1e-3
# Used for a specialty that publishes no Step 2 CK at all.
POOLED_SCORE_MEAN, POOLED_SCORE_SD = 245.0, 14.0
FULL, POOLED = "fitted", "partly pooled"


MISSING_WORDS = (
    "contiguous ranks of matched applicants",
    "their spread",
    "contiguous ranks of unmatched applicants",
    "their spread",
    "Step 2 CK of matched applicants",
    "Step 2 CK of unmatched applicants",
)


class FitRefusedError(ValueError):
    """The data cannot pin a parameter down; nothing should be stored."""


@dataclass(frozen=True)
class Published:
    specialty: str
    figures: Figures
    errors: Figures  # the standard error allowed for each figure
    scores: ScoreMix
    applicants: int  # non-US IMGs who ranked

    @property
    def complete(self) -> bool:
        return bool(np.isfinite(self.figures.vector()).all())

    @property
    def missing(self) -> str:
        names = ["match rate", *MISSING_WORDS]
        gaps = [n for n, v in zip(names, self.figures.vector(), strict=True) if not np.isfinite(v)]
        return ", ".join(gaps) or "nothing"


@dataclass(frozen=True)
class SpecialtyFit:
    specialty: str
    method: str  # FULL or POOLED
    parameters: SpecialtyParameters
    covariance: FloatArray  # of the five parameters, for the band
    published: Figures | None
    predicted: Figures | None
    published_rate: float
    fitted_rate: float


def _mean_sd(outcome: SpecialtyOutcome, measure: str, cohort: str) -> tuple[float, float] | None:
    spread = outcome.spread(measure, cohort)
    if spread is None or spread.mean is None or spread.sd is None or spread.n < 2:
        return None
    return spread.mean, spread.sd


def published(outcome: SpecialtyOutcome, pooled_scores: tuple[float, float]) -> Published:
    """The seven figures with their errors; a suppressed figure is NaN (and not fitted)."""
    nan = (float("nan"), float("nan"))
    km, ku = (_mean_sd(outcome, "contiguous_ranks", c) or nan for c in ("matched", "not_matched"))
    sm, su = (_mean_sd(outcome, "step2ck", c) or nan for c in ("matched", "not_matched"))
    nm, nu = max(outcome.matched, 1), max(outcome.not_matched, 1)
    rate = outcome.matched / (outcome.matched + outcome.not_matched)
    figures = Figures(rate, km[0], km[1], ku[0], ku[1], sm[0], su[0])
    errors = Figures(
        max(float(np.sqrt(rate * (1 - rate) / (nm + nu))), RATE_FLOOR),
        max(km[1] / np.sqrt(nm), RANKS_FLOOR),
        max(km[1] / np.sqrt(2 * nm), RANKS_FLOOR),
        max(ku[1] / np.sqrt(nu), RANKS_FLOOR),
        max(ku[1] / np.sqrt(2 * nu), RANKS_FLOOR),
        max(sm[1] / np.sqrt(nm), STEP2_FLOOR),
        max(su[1] / np.sqrt(nu), STEP2_FLOOR),
    )
    # A suppressed score distribution borrows the other group's, or the pooled one.
    known = [pair for pair in (sm, su) if not np.isnan(pair[0])]
    fallback = known[0] if known else pooled_scores
    sm, su = (pair if not np.isnan(pair[0]) else fallback for pair in (sm, su))
    scores = ScoreMix(sm[0], sm[1], su[0], su[1], rate)
    return Published(outcome.specialty, figures, errors, scores, nm + nu)


def _at_bound(values: FloatArray) -> list[str]:
    hits = []
    for name, value, low, high in zip(NAMES, values, LOWER, UPPER, strict=True):
        if value - low < AT_BOUND * (high - low) and (name, "lower") not in NATURAL_EDGES:
            hits.append(f"{name} at its lower search bound {low:g}")
        if high - value < AT_BOUND * (high - low) and (name, "upper") not in NATURAL_EDGES:
            hits.append(f"{name} at its upper search bound {high:g}")
    return hits


def _fit(data: Published, prior: tuple[FloatArray, FloatArray] | None) -> SpecialtyFit:
    """Least squares on the figures published; with a prior, each parameter is also pulled
    towards the pooled value by its spread across specialties (a partly pooled fit)."""
    target, error = data.figures.vector(), data.errors.vector()
    shown = np.isfinite(target) & np.isfinite(error)

    def residuals(values: FloatArray) -> FloatArray:
        params = SpecialtyParameters.from_vector(values)
        fit = (predict(params, data.scores).vector() - target) / error
        if prior is None:
            return np.asarray(fit[shown])
        centre, sd = prior
        return np.concatenate([fit[shown], (values - centre) / sd])

    start = START if prior is None else np.clip(prior[0], LOWER + 1e-3, UPPER - 1e-3)
    result = least_squares(residuals, start, bounds=(LOWER, UPPER), x_scale="jac")
    hits = _at_bound(result.x)
    if hits:
        raise FitRefusedError(
            f"{data.specialty}: the published figures cannot pin the model down "
            f"({'; '.join(hits)}); the table lacks {data.missing}"
        )
    jac = np.asarray(result.jac)
    dof = max(len(result.fun) - len(START), 1)
    scale = max(1.0, float(2 * result.cost) / dof)
    covariance = np.linalg.pinv(jac.T @ jac) * scale
    params = SpecialtyParameters.from_vector(result.x, data.scores.mean, data.scores.sd)
    predicted = predict(params, data.scores)
    return SpecialtyFit(
        data.specialty,
        FULL if prior is None else POOLED,
        params,
        covariance,
        data.figures,
        predicted,
        data.figures.rate,
        predicted.rate,
    )


def pooled_prior(fits: list[SpecialtyFit]) -> tuple[FloatArray, FloatArray]:
    """The centre and spread of the fully fitted specialties' parameters."""
    full = [f for f in fits if f.method == FULL]
    if not full:
        raise FitRefusedError("no specialty has every figure a full fit needs")
    values = np.array([f.parameters.vector() for f in full])
    centre = np.median(values, axis=0)
    spread = values.std(axis=0) if len(full) > 2 else (UPPER - LOWER) / 4
    return centre, np.maximum(spread, PRIOR_SD_FLOOR)


def fit_specialties(
    outcomes: dict[str, SpecialtyOutcome],
) -> tuple[dict[str, SpecialtyFit], dict[str, str]]:
    """Every specialty fitted fully where its figures allow, partly pooled otherwise.

    A full fit that ends at a search bound is retried partly pooled; what still fails is
    refused (its message says why) and left out.
    """
    fits: dict[str, SpecialtyFit] = {}
    refused: dict[str, str] = {}
    waiting: list[Published] = []
    scores = (POOLED_SCORE_MEAN, POOLED_SCORE_SD)
    data = {name: published(o, scores) for name, o in outcomes.items()}
    for name, item in data.items():
        if not item.complete:
            waiting.append(item)
            continue
        try:
            fits[name] = _fit(item, None)
        except FitRefusedError as refusal:
            refused[name] = str(refusal)
            waiting.append(item)
    if not waiting:
        return fits, refused
    try:
        prior = pooled_prior(list(fits.values()))
    except FitRefusedError as refusal:
        refused.update({item.specialty: f"{item.specialty}: {refusal}" for item in waiting})
        return fits, refused
    for item in waiting:
        try:
            fits[item.specialty] = _fit(item, prior)
            refused.pop(item.specialty, None)
        except FitRefusedError as refusal:
            refused[item.specialty] = str(refusal)
    return fits, refused
