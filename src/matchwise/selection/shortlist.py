"""The one service call: profile + catalogue (+ network ties) -> an optimised, explained list."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from matchwise.selection.catalogue import Program
from matchwise.selection.chances import Chance, assess_all
from matchwise.selection.curve import (
    CurvePoint,
    DiminishingReturns,
    count_curve,
    diminishing_returns_point,
    dollar_curve,
)
from matchwise.selection.fees import FeeSchedule, fee_schedule
from matchwise.selection.match_model import (
    DEFAULT_MODEL,
    MatchModel,
    interview_distribution,
    p_match_from_distribution,
)
from matchwise.selection.optimiser import maximise_p_match
from matchwise.selection.preferences import program_utility
from matchwise.selection.profile import Profile
from matchwise.selection.sample_label import SAMPLE_LABEL
from matchwise.selection.ties import NO_TIES, NetworkTies
from matchwise.selection.utility_optimiser import maximise_expected_utility, portfolio_value

# Tiers by the chance of an interview: under 5% is a reach, 20% or more is likely.
REACH_BELOW = 0.05
LIKELY_FROM = 0.20


class Objective(StrEnum):
    P_MATCH = "p_match"
    EXPECTED_UTILITY = "utility"


def tier(p_interview: float) -> str:
    if p_interview < REACH_BELOW:
        return "reach"
    return "likely" if p_interview >= LIKELY_FROM else "target"


@dataclass(frozen=True)
class ShortlistedProgram:
    program_id: str
    name: str
    specialty: str
    p_interview: float
    p_interview_low: float
    p_interview_high: float
    p_match_here: float  # chance this program gives an interview that ends in a match
    tier: str
    reasons: tuple[str, ...]
    unknowns: tuple[str, ...]
    network_ties: int


@dataclass(frozen=True)
class ExcludedProgram:
    program_id: str
    name: str
    reason: str


@dataclass(frozen=True)
class Shortlist:
    p_match: float
    cost_usd: int
    expected_interviews: float
    interviews_distribution: tuple[float, ...]  # P(k interviews), k = 0, 1, 2, ...
    expected_utility: float | None
    programs: tuple[ShortlistedProgram, ...]
    excluded: tuple[ExcludedProgram, ...]
    curve: tuple[CurvePoint, ...]
    diminishing_returns: DiminishingReturns | None  # the point of diminishing returns
    networking_targets: tuple[str, ...]  # listed programs where the applicant knows nobody
    objective: Objective
    season: int
    model: str
    label: str | None  # SAMPLE_LABEL when any program comes from the sample catalogue

    def to_json_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "p_match": self.p_match,
            "cost_usd": self.cost_usd,
            "programs": [
                {
                    "program_id": p.program_id,
                    "p_interview": p.p_interview,
                    "tier": p.tier,
                    "reasons": list(p.reasons),
                    "unknowns": list(p.unknowns),
                }
                for p in self.programs
            ],
            "excluded": [{"program_id": e.program_id, "reason": e.reason} for e in self.excluded],
            "curve": [{"n": c.n, "cost_usd": c.cost_usd, "p_match": c.p_match} for c in self.curve],
        }
        out["objective"] = self.objective.value
        if self.expected_utility is not None:
            out["expected_utility"] = self.expected_utility
        out["model"] = self.model
        if self.label is not None:
            out["label"] = self.label
        return out


def build_shortlist(
    profile: Profile,
    programs: list[Program],
    network_ties: Mapping[str, NetworkTies] | None = None,
    budget: int | None = None,
    max_n: int | None = None,
    objective: Objective = Objective.P_MATCH,
    *,
    utility: Mapping[str, float] | None = None,
    favourites: Sequence[str] = (),
    model: MatchModel = DEFAULT_MODEL,
    fees: FeeSchedule | None = None,
) -> Shortlist:
    """The best list for this applicant. budget and max_n default to the profile's own.

    With the expected-utility objective, each program is worth `utility[id]` when given, else
    what preferences.program_utility makes of the profile and the `favourites` (ids, best first).
    """
    fees = fees or fee_schedule()
    budget = profile.budget_usd if budget is None else budget
    max_n = profile.max_applications if max_n is None else max_n
    ties = network_ties or {}
    by_id = {p.program_id: p for p in programs}
    chances = assess_all(profile, programs, ties, model)
    excluded = tuple(
        ExcludedProgram(c.program_id, by_id[c.program_id].name, c.excluded)
        for c in chances
        if c.excluded
    )
    open_chances = [c for c in chances if not c.excluded]
    specialties = sorted({c.specialty for c in open_chances})
    groups = np.array([specialties.index(c.specialty) for c in open_chances], dtype=np.int64)
    p = np.array([c.p for c in open_chances], dtype=np.float64)
    q = np.array([model.conversion(c.specialty, profile.applicant_type) for c in open_chances])
    contribution = q * p
    expected_utility = None
    if objective is Objective.EXPECTED_UTILITY:
        values = [
            utility.get(c.program_id, 0.0)
            if utility is not None
            else program_utility(profile, by_id[c.program_id], favourites)
            for c in open_chances
        ]
        u = np.array(values, dtype=np.float64)
        portfolio = maximise_expected_utility(contribution, u, groups, fees, budget, max_n)
        expected_utility = portfolio_value(portfolio.chosen, contribution, u)
    else:
        portfolio = maximise_p_match(contribution, groups, fees, budget, max_n)
    chosen = sorted(
        portfolio.chosen.tolist(), key=lambda i: (-contribution[i], open_chances[i].program_id)
    )
    listed = tuple(
        _listed(open_chances[i], by_id[open_chances[i].program_id], float(contribution[i]), ties)
        for i in chosen
    )
    chosen_p = p[portfolio.chosen]
    return Shortlist(
        # Exactly, from the distribution of the number of interviews in each specialty.
        p_match=p_match_from_distribution(chosen_p, q[portfolio.chosen], groups[portfolio.chosen]),
        cost_usd=portfolio.cost_usd,
        expected_interviews=float(np.sum(chosen_p)),
        interviews_distribution=tuple(float(x) for x in interview_distribution(chosen_p)),
        expected_utility=expected_utility,
        programs=listed,
        excluded=excluded,
        curve=tuple(count_curve(contribution, groups, fees, budget, max_n)),
        diminishing_returns=diminishing_returns_point(dollar_curve(contribution, groups, fees))
        if len(open_chances)
        else None,
        networking_targets=tuple(s.program_id for s in listed if s.network_ties == 0),
        objective=objective,
        season=fees.season,
        model=model.description,
        label=SAMPLE_LABEL if any(p.source == SAMPLE_LABEL for p in programs) else None,
    )


def _listed(
    chance: Chance, program: Program, contribution: float, ties: Mapping[str, NetworkTies]
) -> ShortlistedProgram:
    return ShortlistedProgram(
        program_id=chance.program_id,
        name=program.name,
        specialty=chance.specialty,
        p_interview=chance.p,
        p_interview_low=chance.low,
        p_interview_high=chance.high,
        p_match_here=contribution,
        tier=tier(chance.p),
        reasons=chance.reasons,
        unknowns=chance.unknowns,
        network_ties=ties.get(chance.program_id, NO_TIES).count,
    )
