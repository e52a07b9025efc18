"""P(interview) at each program for one applicant: where it comes from, its range, its reasons.

On the log-odds scale, the chance at program i for an applicant of average unobserved strength
is the specialty's fitted level and score weight (model.py), plus the program's own evidence
relative to a typical program of the specialty, plus the profile's other effects (effects.py).
Unknown policies that could rule the applicant out enter at the probability that they admit
them (policy_rates.py). With no evidence about a program, it is a typical program of its
specialty: programs without evidence are exchangeable, and the list says so.
"""

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

import numpy as np

from matchwise.selection.catalogue import Program
from matchwise.selection.effects import (
    NOTICEABLE,
    Effect,
    attempts_effect,
    experience_effect,
    geography_effect,
    graduation_effect,
    letters_effect,
    network_effect,
    research_effect,
    score_box_for,
    score_position,
)
from matchwise.selection.exclusions import check_gates
from matchwise.selection.model import MatchModel, Parameters
from matchwise.selection.policy_rates import PolicyRates
from matchwise.selection.profile import Profile
from matchwise.selection.specialty_model import score_unit
from matchwise.selection.strength import STRENGTH, WEIGHTS, expit, logit
from matchwise.selection.ties import NO_TIES, NetworkTies

RATE_FLOOR, RATE_CEILING = 0.002, 0.98
UNKNOWN_PROGRAM_SD = 1.0  # log-odds: how far an unknown program may sit from a typical one
OVERALL_RATE_SD = 1.5  # the overall rate is known, the rate for this applicant type is not
NO_IMG_RESIDENTS = -1.5  # rate unknown and none of the residents are IMGs of this type
MANY_IMG_RESIDENTS = 0.7  # rate unknown and at least MANY_IMG_SHARE of residents are
MANY_IMG_SHARE = 30.0
RELATIVE_SCORE_WEIGHT = 0.3  # per SD of the program's own invited scores (an assumption)
LOWEST_SCORE = 200  # no Step 2 CK yet: scored as the lowest score the model tells apart
RANGE_Z = 1.2816  # 10th to 90th percentile of a normal


@dataclass(frozen=True)
class Chance:
    """The chance of an interview at one program; p is 0 when excluded."""

    program_id: str
    specialty: str
    p: float  # P(interview), averaged over unknown policies and the applicant's strength
    low: float
    high: float
    log_odds: float  # at average strength, before unknown policies
    admit: float  # probability that the unknown policies admit the applicant
    unknown_sd: float  # log-odds: what the catalogue does not say about this program
    spread: float  # the specialty's spread of unobserved strength
    evidence: bool  # the catalogue says something about this program's openness
    reasons: tuple[str, ...]
    unknowns: tuple[str, ...]
    excluded: str | None = None


def _with_sign(effect: Effect) -> str | None:
    if effect.reason is None:
        return None
    if effect.shift >= NOTICEABLE:
        return f"helps: {effect.reason}"
    if effect.shift <= -NOTICEABLE:
        return f"hurts: {effect.reason}"
    return effect.reason


@dataclass(frozen=True)
class _Evidence:
    offset: float
    sd: float
    reason: str | None
    unknown: str | None
    known: bool
    none_invited: bool = False


def program_evidence(profile: Profile, program: Program, typical: float) -> _Evidence:
    """How open the program is to this applicant type, relative to a typical program."""
    who = profile.applicant_type.label
    rate = program.interview_rate_pct(profile.applicant_type)
    if rate is not None:
        if rate == 0:
            words = f"they invited none of the {who} who applied last season"
            return _Evidence(0.0, 0.0, words, None, True, none_invited=True)
        clipped = min(max(rate / 100, RATE_FLOOR), RATE_CEILING)
        offset = logit(clipped) - logit(typical)
        words = f"they invited {rate:g}% of {who} who applied"
        return _Evidence(offset, 0.0, words, None, True)
    overall = program.overall_interview_rate_pct()
    if overall is not None and not profile.applicant_type.is_img:
        offset = logit(min(max(overall / 100, RATE_FLOOR), RATE_CEILING)) - logit(typical)
        words = f"they invited {overall:.0f}% of all applicants"
        return _Evidence(offset, OVERALL_RATE_SD, words, f"their interview rate for {who}", True)
    unknown = f"their interview rate for {who} (a typical program of the specialty is assumed)"
    share = (
        program.residents_non_us_img_pct
        if profile.applicant_type.value == "non_us_img"
        else program.residents_us_img_pct
        if profile.applicant_type.value == "us_img"
        else None
    )
    if share is not None and share == 0:
        return _Evidence(
            NO_IMG_RESIDENTS,
            UNKNOWN_PROGRAM_SD,
            f"none of their residents are {who}",
            unknown,
            True,
        )
    if share is not None and share >= MANY_IMG_SHARE:
        words = f"{share:g}% of their residents are {who}"
        return _Evidence(MANY_IMG_RESIDENTS, UNKNOWN_PROGRAM_SD, words, unknown, True)
    return _Evidence(0.0, UNKNOWN_PROGRAM_SD, None, unknown, False)


def score_effects(profile: Profile, program: Program, parameters: Parameters) -> list[Effect]:
    values = parameters.values
    if profile.step2_score is None:
        shift = values.score_weight * (score_unit(LOWEST_SCORE) - score_unit(values.score_mean))
        words = "no Step 2 CK yet: scored as the lowest score, to be safe"
        return [Effect(shift, shift, shift, words, "your Step 2 CK score (not entered yet)")]
    score = float(profile.step2_score)
    shift = values.score_weight * (score_unit(score) - score_unit(values.score_mean))
    who = f"{profile.applicant_type.label} in {program.specialty}"
    words = f"your Step 2 CK of {score:g} against about {values.score_mean:.0f} for {who}"
    effects = [Effect(shift, shift, shift, words if abs(shift) >= NOTICEABLE else None)]
    box, who = score_box_for(profile, program)
    if box is not None:
        relative = float(score_position(score, box) - score_position(values.score_mean, box))
        shift = RELATIVE_SCORE_WEIGHT * relative
        effects.append(Effect(shift, shift, shift, f"your score against {who}"))
    return effects


def assess(
    profile: Profile,
    program: Program,
    model: MatchModel,
    policies: PolicyRates,
    ties: NetworkTies = NO_TIES,
    favourite: bool = False,
) -> Chance:
    """The chance of an interview at `program`, explained; p, low and high are set by
    assess_all (until then low and high hold log-odds)."""
    parameters = model.parameters(program.specialty, profile.applicant_type)
    values = parameters.values
    nothing = Chance(
        program.program_id, program.specialty, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, True, (), ()
    )
    gates = check_gates(profile, program)
    excluded = next((g.excluded for g in gates if g.excluded), None)
    if excluded is not None:
        return _replace_excluded(nothing, excluded)
    evidence = program_evidence(profile, program, values.typical_interview_rate())
    if evidence.none_invited and not favourite:
        return _replace_excluded(nothing, evidence.reason or "")
    effects = [
        *score_effects(profile, program, parameters),
        attempts_effect(profile),
        graduation_effect(profile),
        experience_effect(profile),
        letters_effect(profile),
        research_effect(profile),
        geography_effect(profile, program),
        network_effect(ties),
    ]
    admit = 1.0
    unknowns: list[str] = []
    for gate in gates:
        if gate.unknown and gate.policy:
            base = policies.rate(program.specialty, gate.policy)
            admit *= base.rate
            unknowns.append(f"{gate.unknown}; counted at {base.rate:.0%} ({base.words})")
        elif gate.unknown:
            unknowns.append(gate.unknown)
    log_odds = values.level + evidence.offset + sum(e.shift for e in effects)
    if evidence.none_invited:
        log_odds += logit(RATE_FLOOR) - logit(values.typical_interview_rate())
    margin = RANGE_Z * evidence.sd
    low_odds = log_odds - margin + sum(e.low - e.shift for e in effects)
    high_odds = log_odds + margin + sum(e.high - e.shift for e in effects)
    spread = values.spread
    reasons = [g.reason for g in gates] + [evidence.reason] + [_with_sign(e) for e in effects]
    unknowns += [u for u in [evidence.unknown] + [e.unknown for e in effects] if u]
    return Chance(
        program_id=program.program_id,
        specialty=program.specialty,
        p=float("nan"),  # set by _finish, for many programs at once
        low=low_odds,
        high=high_odds,
        log_odds=log_odds,
        admit=admit,
        unknown_sd=evidence.sd,
        spread=spread,
        evidence=evidence.known,
        reasons=tuple(r for r in reasons if r),
        unknowns=tuple(unknowns),
    )


def _finish(chances: list[Chance]) -> list[Chance]:
    """Average over strength, for every open program at once: p, then its range."""
    open_ = [i for i, c in enumerate(chances) if c.excluded is None]
    if not open_:
        return chances
    rows = [chances[i] for i in open_]
    spread = np.array([c.spread for c in rows])[:, None] * STRENGTH[None, :]
    odds = np.array([[c.log_odds, c.low, c.high] for c in rows])
    mean = expit(odds[:, :, None] + spread[:, None, :]) @ WEIGHTS
    out = list(chances)
    for k, i in enumerate(open_):
        c = rows[k]
        low_admit = c.admit if c.admit == 1.0 else 0.0
        out[i] = replace(
            c,
            p=c.admit * float(mean[k, 0]),
            low=low_admit * float(mean[k, 1]),
            high=float(mean[k, 2]),
        )
    return out


def _replace_excluded(nothing: Chance, reason: str) -> Chance:
    return Chance(**{**nothing.__dict__, "excluded": reason})


def assess_all(
    profile: Profile,
    programs: list[Program],
    model: MatchModel,
    ties: Mapping[str, NetworkTies] | None = None,
    favourites: Collection[str] = (),
) -> list[Chance]:
    """Chances at every program of the applicant's specialties (other specialties are left out)."""
    ties = ties or {}
    wanted = set(profile.specialties)
    mine = [p for p in programs if p.specialty in wanted]
    policies = PolicyRates(profile, mine)
    return _finish(
        [
            assess(
                profile,
                p,
                model,
                policies,
                ties.get(p.program_id, NO_TIES),
                p.program_id in favourites,
            )
            for p in mine
        ]
    )
