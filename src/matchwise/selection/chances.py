"""P(interview) at each program for one applicant, with its range, reasons and unknowns."""

import math
from collections.abc import Mapping
from dataclasses import dataclass

from matchwise.selection.catalogue import Program
from matchwise.selection.effects import (
    Effect,
    attempts_effect,
    experience_effect,
    geography_effect,
    graduation_effect,
    letters_effect,
    network_effect,
    research_effect,
    score_effect,
)
from matchwise.selection.exclusions import check_gates
from matchwise.selection.match_model import DEFAULT_MODEL, MatchModel
from matchwise.selection.profile import Profile
from matchwise.selection.ties import NO_TIES, NetworkTies
from matchwise.selection.vocabulary import ApplicantType

# Used only when a program publishes no interview figure at all: a rounded typical rate per
# applicant type, with a wide range so the estimate does not pretend to know.
TYPICAL_RATE: dict[ApplicantType, float] = {
    ApplicantType.US_MD: 0.35,
    ApplicantType.US_DO: 0.25,
    ApplicantType.US_IMG: 0.06,
    ApplicantType.NON_US_IMG: 0.03,
}
TYPICAL_RATE_SPREAD = 2.0  # logit units either side
OVERALL_RATE_SPREAD = 1.5  # overall rate known, rate for the applicant's type not
NO_IMG_RESIDENTS = -1.5  # rate unknown, and none of the residents are IMGs of this type
MANY_IMG_RESIDENTS = 0.7  # rate unknown, and at least this share of residents are
MANY_IMG_SHARE = 30.0
RATE_FLOOR, RATE_CEILING = 0.002, 0.98

_TYPE_WORDS = {
    ApplicantType.US_MD: "US MD graduates",
    ApplicantType.US_DO: "US DO graduates",
    ApplicantType.US_IMG: "US IMGs",
    ApplicantType.NON_US_IMG: "non-US IMGs",
}


@dataclass(frozen=True)
class Chance:
    """The chance of an interview at one program; p is 0 when excluded."""

    program_id: str
    specialty: str
    p: float
    low: float
    high: float
    reasons: tuple[str, ...]
    unknowns: tuple[str, ...]
    excluded: str | None = None


def logit(p: float) -> float:
    return math.log(p / (1 - p))


def expit(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def _clip(rate: float) -> float:
    return min(max(rate, RATE_FLOOR), RATE_CEILING)


def _img_share(profile: Profile, program: Program) -> float | None:
    if profile.applicant_type is ApplicantType.NON_US_IMG:
        return program.residents_non_us_img_pct
    if profile.applicant_type is ApplicantType.US_IMG:
        return program.residents_us_img_pct
    return None


def base_rate(profile: Profile, program: Program) -> Effect:
    """The starting point on the logit scale: the program's own interview rate if published."""
    who = _TYPE_WORDS[profile.applicant_type]
    rate = program.interview_rate_pct(profile.applicant_type)
    if rate is not None:
        x = logit(_clip(rate / 100))
        words = f"they invited {rate:g}% of {who} who applied"
        if rate == 0:
            words = f"they invited none of the {who} who applied last season"
        return Effect(x, x, x, words)
    overall = program.overall_interview_rate_pct()
    # The overall rate is mostly US graduates: a fair stand-in for them, not for IMGs.
    if overall is not None and not profile.applicant_type.is_img:
        x = logit(_clip(overall / 100))
        return Effect(
            x,
            x - OVERALL_RATE_SPREAD,
            x + OVERALL_RATE_SPREAD,
            f"they invited {overall:.0f}% of all applicants",
            f"their interview rate for {who}",
        )
    x = logit(TYPICAL_RATE[profile.applicant_type])
    reason = None
    share = _img_share(profile, program)
    if share is not None and share == 0:
        x, reason = x + NO_IMG_RESIDENTS, f"none of their residents are {who}"
    elif share is not None and share >= MANY_IMG_SHARE:
        x, reason = x + MANY_IMG_RESIDENTS, f"{share:g}% of their residents are {who}"
    return Effect(
        x,
        x - TYPICAL_RATE_SPREAD,
        x + TYPICAL_RATE_SPREAD,
        reason,
        f"their interview rate (a typical rate for {who} is assumed)",
    )


def assess(
    profile: Profile,
    program: Program,
    ties: NetworkTies = NO_TIES,
    model: MatchModel = DEFAULT_MODEL,
) -> Chance:
    """The chance of an interview at `program`, explained."""
    gates = check_gates(profile, program)
    excluded = next((g.excluded for g in gates if g.excluded), None)
    if excluded is not None:
        return Chance(program.program_id, program.specialty, 0.0, 0.0, 0.0, (), (), excluded)
    effects = [
        base_rate(profile, program),
        score_effect(profile, program, model.score_weight(program.specialty)),
        attempts_effect(profile),
        graduation_effect(profile),
        experience_effect(profile),
        letters_effect(profile),
        research_effect(profile),
        geography_effect(profile, program),
        network_effect(ties),
    ]
    x = sum(e.shift for e in effects)
    low = expit(sum(e.low for e in effects))
    high = expit(sum(e.high for e in effects))
    if any(g.unknown for g in gates):
        low = 0.0
    reasons = tuple(r for r in [g.reason for g in gates] + [e.reason for e in effects] if r)
    unknowns = tuple(u for u in [g.unknown for g in gates] + [e.unknown for e in effects] if u)
    return Chance(program.program_id, program.specialty, expit(x), low, high, reasons, unknowns)


def assess_all(
    profile: Profile,
    programs: list[Program],
    ties: Mapping[str, NetworkTies] | None = None,
    model: MatchModel = DEFAULT_MODEL,
) -> list[Chance]:
    """Chances at every program of the applicant's specialties (other specialties are left out)."""
    ties = ties or {}
    wanted = set(profile.specialties)
    return [
        assess(profile, p, ties.get(p.program_id, NO_TIES), model)
        for p in programs
        if p.specialty in wanted
    ]
