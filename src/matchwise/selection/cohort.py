"""A synthetic cohort per specialty, drawn from published outcomes, to calibrate the model.

Members are typical non-US IMGs (the profile effects other than the score sit at their centre)
whose Step 2 CK scores follow the published distributions of matched and unmatched applicants
in the published proportion, plus one unobserved strength term for everything the tables do
not break down: a factor on the odds of every interview, about gamma-distributed with mean 1
and coefficient of variation `spread` (gamma, because a gamma mix of Poisson counts is the
negative binomial used to read the published ranks). Each member applies to the
`applications` programs where their chance of an interview is highest.

Three things are fitted per specialty, each to a different published figure:
- applications: the cohort's mean number of interviews matches the mean contiguous ranks;
- spread: the variance of that number matches the variance of contiguous ranks;
- score weight: the Step 2 CK gap between matched and unmatched members matches the published gap.
The conversion q comes from the ranks alone (calibration.fit_conversion). The match rate is then
a prediction, checked against the published rate. Counts follow NRMP's: only members who rank
at least one program (have an interview) count.
"""

from collections.abc import Callable
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from matchwise.selection.calibration import fit_conversion, ranks_mixture
from matchwise.selection.catalogue import Program
from matchwise.selection.chances import assess, logit
from matchwise.selection.effects import (
    INVITED_MIDDLE_LIFT,
    RECENT_YEARS,
    TYPICAL_LETTERS,
    TYPICAL_RESEARCH,
    TYPICAL_USCE_MONTHS,
    score_box_for,
    score_position,
)
from matchwise.selection.match_model import FloatArray, MatchModel
from matchwise.selection.outcomes import SpecialtyOutcome, Spread
from matchwise.selection.profile import Profile
from matchwise.selection.vocabulary import ApplicantType, Visa

COHORT_SIZE = 300
MAX_SPREAD = 2.5
MAX_SCORE_WEIGHT = 2.5
BISECTION_STEPS = 12


@dataclass(frozen=True)
class CohortFit:
    specialty: str
    programs: int
    conversion: float
    applications: int
    spread: float
    score_weight: float
    published_rate: float
    predicted_rate: float
    published_mean_matched: float
    predicted_mean_matched: float
    published_mean_unmatched: float
    predicted_mean_unmatched: float
    published_ranks_mean: float
    predicted_interviews_mean: float


def typical_member(specialty: str) -> Profile:
    return Profile(
        applicant_type=ApplicantType.NON_US_IMG,
        specialties=(specialty,),
        step2_score=None,
        years_since_graduation=RECENT_YEARS,
        visa=Visa.NONE,
        usce_months=TYPICAL_USCE_MONTHS,
        us_letters=TYPICAL_LETTERS,
        publications=TYPICAL_RESEARCH,
    )


def quantile_draws(spread: Spread, n: int) -> FloatArray:
    """n evenly spaced draws from the distribution through the published five figures."""
    points = [spread.minimum, spread.q1, spread.median, spread.q3, spread.maximum]
    u = (np.arange(n) + 0.5) / n
    return np.asarray(
        np.interp(u, [0, 0.25, 0.5, 0.75, 1], [float(p or 0) for p in points]), dtype=np.float64
    )


@dataclass(frozen=True)
class _Stats:
    """Cohort figures for every number of applications N = 1..programs (index N - 1)."""

    rate: FloatArray
    mean_matched: FloatArray
    mean_unmatched: FloatArray
    interviews_mean: FloatArray
    interviews_var: FloatArray


class Cohort:
    def __init__(
        self, outcome: SpecialtyOutcome, programs: list[Program], model: MatchModel, seed: int
    ) -> None:
        member = typical_member(outcome.specialty)
        chances = [
            (p, assess(member, p, model=model))
            for p in programs
            if p.specialty == outcome.specialty
        ]
        kept = [(p, c) for p, c in chances if c.excluded is None]
        self.base = np.array([logit(c.p) for _, c in kept])
        matched = round(COHORT_SIZE * outcome.matched / (outcome.matched + outcome.not_matched))
        step2_m, step2_u = (
            outcome.spread("step2ck", "matched"),
            outcome.spread("step2ck", "not_matched"),
        )
        assert step2_m is not None and step2_u is not None
        self.scores = np.concatenate(
            [quantile_draws(step2_m, matched), quantile_draws(step2_u, COHORT_SIZE - matched)]
        )
        normal = [NormalDist().inv_cdf((i + 0.5) / COHORT_SIZE) for i in range(COHORT_SIZE)]
        self.normal = np.random.default_rng(seed).permutation(np.array(normal))
        self.z = np.zeros((COHORT_SIZE, len(kept)))
        for i, (program, _) in enumerate(kept):
            box, _ = score_box_for(member, program)
            if box is not None:
                self.z[:, i] = score_position(self.scores, box) + INVITED_MIDDLE_LIFT
        self._order_for: tuple[float, FloatArray] | None = None

    def _sorted_logits(self, weight: float) -> FloatArray:
        if self._order_for is None or self._order_for[0] != weight:
            logits = self.base[None, :] + weight * self.z
            self._order_for = (weight, -np.sort(-logits, axis=1))
        return self._order_for[1]

    def strength(self, spread: float) -> FloatArray:
        """Log of a mean-1 gamma factor with CV `spread` (Wilson-Hilferty quantiles), per member."""
        shape = 1 / max(spread, 1e-3) ** 2
        cube = shape * (1 - 1 / (9 * shape) + self.normal / (3 * np.sqrt(shape))) ** 3
        factor = np.maximum(cube, 1e-9)
        return np.asarray(np.log(factor / factor.mean()), dtype=np.float64)

    def stats(self, weight: float, spread: float, q: float) -> _Stats:
        p = 1 / (1 + np.exp(-(self._sorted_logits(weight) + self.strength(spread)[:, None])))
        # Members stand for applicants who ranked a program, as NRMP counts them: every
        # figure is conditional on at least one interview.
        ranked = np.maximum(-np.expm1(np.cumsum(np.log1p(-p), axis=1)), 1e-300)
        mean_k = np.cumsum(p, axis=1) / ranked
        second_k = (np.cumsum(p * (1 - p), axis=1) + np.cumsum(p, axis=1) ** 2) / ranked
        p_match = -np.expm1(np.cumsum(np.log1p(-q * p), axis=1)) / ranked
        mean = mean_k.mean(axis=0)
        return _Stats(
            rate=p_match.mean(axis=0),
            mean_matched=(self.scores[:, None] * p_match).sum(axis=0) / p_match.sum(axis=0),
            mean_unmatched=(self.scores[:, None] * (1 - p_match)).sum(axis=0)
            / (1 - p_match).sum(axis=0),
            interviews_mean=mean,
            interviews_var=second_k.mean(axis=0) - mean**2,
        )


def _applications(stats: _Stats, target_mean: float) -> int:
    reached = np.flatnonzero(stats.interviews_mean >= target_mean)
    return int(reached[0]) + 1 if len(reached) else len(stats.interviews_mean)


def _bisect(low: float, high: float, too_low: Callable[[float], bool]) -> float:
    for _ in range(BISECTION_STEPS):
        mid = (low + high) / 2
        low, high = (mid, high) if too_low(mid) else (low, mid)
    return (low + high) / 2


def fit_specialty(
    outcome: SpecialtyOutcome, programs: list[Program], model: MatchModel, seed: int = 7
) -> CohortFit | None:
    """Fit and check one specialty; None when the catalogue or the published figures lack it."""
    ranks = ranks_mixture(outcome)
    m_ranks, u_ranks = (
        outcome.spread("contiguous_ranks", "matched"),
        outcome.spread("contiguous_ranks", "not_matched"),
    )
    m_step2, u_step2 = (
        outcome.spread("step2ck", "matched"),
        outcome.spread("step2ck", "not_matched"),
    )
    if ranks is None or m_ranks is None or u_ranks is None or m_step2 is None or u_step2 is None:
        return None
    if not (m_step2.complete and u_step2.complete) or m_step2.mean is None or u_step2.mean is None:
        return None
    q = fit_conversion(m_ranks, u_ranks, (outcome.matched, outcome.not_matched))
    cohort = Cohort(outcome, programs, model, seed)
    if q is None or cohort.base.size == 0:
        return None
    target_mean, target_var = ranks
    target_gap = m_step2.mean - u_step2.mean

    def settle(weight: float) -> tuple[float, int, _Stats]:
        def too_little_spread(spread: float) -> bool:
            stats = cohort.stats(weight, spread, q)
            return bool(stats.interviews_var[_applications(stats, target_mean) - 1] < target_var)

        spread = _bisect(0.0, MAX_SPREAD, too_little_spread)
        stats = cohort.stats(weight, spread, q)
        return spread, _applications(stats, target_mean), stats

    def gap_too_small(weight: float) -> bool:
        _, n, stats = settle(weight)
        return bool(stats.mean_matched[n - 1] - stats.mean_unmatched[n - 1] < target_gap)

    weight = _bisect(0.0, MAX_SCORE_WEIGHT, gap_too_small) if gap_too_small(0.0) else 0.0
    spread, n, stats = settle(weight)
    return CohortFit(
        specialty=outcome.specialty,
        programs=int(cohort.base.size),
        conversion=q,
        applications=n,
        spread=spread,
        score_weight=weight,
        published_rate=outcome.match_rate_pct / 100,
        predicted_rate=float(stats.rate[n - 1]),
        published_mean_matched=m_step2.mean,
        predicted_mean_matched=float(stats.mean_matched[n - 1]),
        published_mean_unmatched=u_step2.mean,
        predicted_mean_unmatched=float(stats.mean_unmatched[n - 1]),
        published_ranks_mean=target_mean,
        predicted_interviews_mean=float(stats.interviews_mean[n - 1]),
    )


def fit_all(
    outcomes: dict[str, SpecialtyOutcome], programs: list[Program], model: MatchModel
) -> list[CohortFit]:
    fits = (fit_specialty(o, programs, model) for o in outcomes.values())
    return [f for f in fits if f is not None]


def calibrated_model(fits: list[CohortFit], description: str) -> MatchModel:
    """The model with each fitted specialty's conversion and score weight."""
    return MatchModel(
        {(f.specialty, ApplicantType.NON_US_IMG): f.conversion for f in fits},
        {f.specialty: f.score_weight for f in fits},
        description,
    )
