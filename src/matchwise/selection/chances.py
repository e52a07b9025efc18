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
from functools import lru_cache

import numpy as np

from matchwise.selection.catalogue import Program
from matchwise.selection.effects import (
    NOTICEABLE,
    SCORE_Z_CAP,
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
    score_words,
)
from matchwise.selection.evidence import RATE_FLOOR, References, program_evidence
from matchwise.selection.exclusions import LOWEST_SCORE, check_gates
from matchwise.selection.fill_history import fill_words
from matchwise.selection.model import MatchModel, Parameters, shipped_model
from matchwise.selection.policy_rates import PolicyRates
from matchwise.selection.profile import Profile
from matchwise.selection.specialty_model import score_unit
from matchwise.selection.strength import STRENGTH, WEIGHTS, expit, logit
from matchwise.selection.ties import NO_TIES, NetworkTies

RELATIVE_SCORE_WEIGHT = 0.3  # per SD of the program's own invited scores (an assumption)
BELOW_INVITED = -1.0  # ... counted from this many SDs below the middle of those invited
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


@lru_cache(maxsize=64)
def profile_effects(profile: Profile) -> tuple[Effect, ...]:
    """The effects that depend on the profile alone, the same at every program."""
    return (
        attempts_effect(profile),
        graduation_effect(profile),
        experience_effect(profile),
        letters_effect(profile),
        research_effect(profile),
    )


def score_effects(profile: Profile, program: Program, parameters: Parameters) -> list[Effect]:
    values = parameters.values
    box, who = score_box_for(profile, program)
    if profile.step2_score is None:
        # The lowest score the model tells apart, on both scales: never better than any score.
        shift = values.score_weight * score_unit(LOWEST_SCORE)
        if box is not None:
            shift += RELATIVE_SCORE_WEIGHT * (-SCORE_Z_CAP - BELOW_INVITED)
        words = "no Step 2 CK yet: scored as the lowest score, to be safe"
        return [Effect(shift, shift, shift, words, "your Step 2 CK score (not entered yet)")]
    score = float(profile.step2_score)
    # The fitted level is that of a score of 240 (u = 0): the weight applies to u itself.
    shift = values.score_weight * score_unit(score)
    group = f"{profile.applicant_type.label} in {program.specialty}"
    words = f"your Step 2 CK of {score:g} against about {values.score_mean:.0f} for {group}"
    against_mean = values.score_weight * (score_unit(score) - score_unit(values.score_mean))
    effects = [Effect(shift, shift, shift, words if abs(against_mean) >= NOTICEABLE else None)]
    if box is not None:
        # Only a score well below those a program invited counts against it: the specialty's
        # score weight already rewards a higher score everywhere.
        place = float(score_position(score, box))
        shift = RELATIVE_SCORE_WEIGHT * min(0.0, place - BELOW_INVITED)
        effects.append(Effect(shift, shift, shift, score_words(place, who)))
    return effects


def assess(
    profile: Profile,
    program: Program,
    parameters: Parameters,
    policies: PolicyRates,
    references: References,
    ties: NetworkTies = NO_TIES,
    favourite: bool = False,
) -> Chance:
    """The chance of an interview at `program`, explained; p, low and high are set by
    assess_all (until then low and high hold log-odds)."""
    values = parameters.values
    nothing = Chance(
        program.program_id, program.specialty, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, True, (), ()
    )
    gates = check_gates(profile, program)
    kept = [g.excluded for g in gates if g.excluded and not (favourite and g.forceable)]
    excluded = kept[0] if kept else None
    if excluded is not None:
        return _replace_excluded(nothing, excluded)
    # A favourite kept despite a screen (a Step 2 CK minimum) sits at the floor rate, with why.
    screened = [f"kept as a favourite, although {g.excluded}" for g in gates if g.excluded]
    evidence = program_evidence(profile, program, references.get(program.specialty))
    if evidence.none_invited and not favourite:
        return _replace_excluded(nothing, evidence.reason or "")
    effects = [
        *score_effects(profile, program, parameters),
        *profile_effects(profile),
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
    offset = evidence.offset
    if evidence.none_invited or screened:
        typical = values.typical_interview_rate()
        floor = logit(RATE_FLOOR) - references.centre_of(program.specialty, typical)
        # min: a screen never lifts a program above where its evidence puts it (monotone score)
        offset = offset + floor if evidence.none_invited else min(offset, floor)
    log_odds = values.level + offset + sum(e.shift for e in effects)
    margin = RANGE_Z * evidence.sd
    low_odds = log_odds - margin + sum(e.low - e.shift for e in effects)
    high_odds = log_odds + margin + sum(e.high - e.shift for e in effects)
    spread = values.spread
    reasons = [*screened, *(g.reason for g in gates), evidence.reason, fill_words(program)]
    reasons += [_with_sign(e) for e in effects]
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
        p = c.admit * float(mean[k, 0])
        # min/max: the sums behind low and high may round a hair past p when nothing is unknown
        low = min(low_admit * float(mean[k, 1]), p)
        out[i] = replace(c, p=p, low=low, high=max(float(mean[k, 2]), p))
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
    references = References(profile, mine)
    parameters = {
        name: model.parameters(name, profile.applicant_type) for name in {p.specialty for p in mine}
    }
    return _finish(
        [
            assess(
                profile,
                p,
                parameters[p.specialty],
                policies,
                references,
                ties.get(p.program_id, NO_TIES),
                p.program_id in favourites,
            )
            for p in mine
        ]
    )


def chance_at(
    profile: Profile,
    program: Program,
    ties: NetworkTies = NO_TIES,
    model: MatchModel | None = None,
    peers: Collection[Program] = (),
    favourite: bool = False,
) -> Chance:
    """One program's chance, its unknown policies at their base rate among `peers`."""
    model = model or shipped_model()
    policies = PolicyRates(profile, [program, *peers])
    references = References(profile, [program, *peers])
    parameters = model.parameters(program.specialty, profile.applicant_type)
    chance = assess(profile, program, parameters, policies, references, ties, favourite)
    return _finish([chance])[0]
