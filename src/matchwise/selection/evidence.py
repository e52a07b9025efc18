"""What the catalogue says about how open a program is, relative to the programs applicants
of the type actually apply to.

The fitted level of a specialty describes the programs a typical applicant applies to. In a
catalogue that publishes interview rates, those are taken to be the TYPICAL_APPLICATIONS most
open programs of the specialty for the applicant's type: their mean log-odds is the centre,
and a program with a published rate sits that far from it. A program with no rate is an
average program of the catalogue (the mean of the known ones, relative to the centre); with no
rate known at all, every program is typical and the programs are exchangeable.
"""

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from matchwise.selection.catalogue import Program
from matchwise.selection.profile import Profile
from matchwise.selection.specialty_model import TYPICAL_APPLICATIONS
from matchwise.selection.strength import logit
from matchwise.selection.vocabulary import ApplicantType

RATE_FLOOR, RATE_CEILING = 0.002, 0.98
UNKNOWN_PROGRAM_SD = 1.0  # log-odds: how far an unknown program may sit from an average one
OVERALL_RATE_SD = 1.5  # the overall rate is known, the rate for this applicant type is not
NO_IMG_RESIDENTS = -1.5  # rate unknown and none of the residents are IMGs of this type
MANY_IMG_RESIDENTS = 0.7  # rate unknown and at least MANY_IMG_SHARE of residents are
MANY_IMG_SHARE = 30.0


def clipped_logit(rate_pct: float) -> float:
    return logit(min(max(rate_pct / 100, RATE_FLOOR), RATE_CEILING))


@dataclass(frozen=True)
class Reference:
    centre: float  # mean log-odds of the programs applicants apply to
    average: float  # mean log-odds of every program with a known rate


class References:
    """One Reference per specialty, from the rates the catalogue publishes for the type."""

    def __init__(self, profile: Profile, programs: Iterable[Program]) -> None:
        rates: dict[str, list[float]] = {}
        for program in programs:
            rate, _ = rate_for(profile, program)
            if rate is not None and rate > 0:
                rates.setdefault(program.specialty, []).append(clipped_logit(rate))
        self.by_specialty = {
            name: Reference(
                float(np.mean(sorted(values, reverse=True)[:TYPICAL_APPLICATIONS])),
                float(np.mean(values)),
            )
            for name, values in rates.items()
        }

    def get(self, specialty: str) -> Reference | None:
        return self.by_specialty.get(specialty)

    def centre_of(self, specialty: str, typical: float) -> float:
        """The centre, or the log-odds of `typical` (the fitted typical rate) when no rate is
        known in the specialty."""
        found = self.by_specialty.get(specialty)
        return found.centre if found is not None else logit(typical)


@dataclass(frozen=True)
class Evidence:
    offset: float
    sd: float
    reason: str | None
    unknown: str | None
    known: bool
    none_invited: bool = False


def _img_share(applicant_type: ApplicantType, program: Program) -> float | None:
    if applicant_type is ApplicantType.NON_US_IMG:
        return program.residents_non_us_img_pct
    if applicant_type is ApplicantType.US_IMG:
        return program.residents_us_img_pct
    return None


def rate_for(profile: Profile, program: Program) -> tuple[float | None, bool]:
    """The program's interview rate for the applicant's type, or for US graduates the overall
    rate as a stand-in (mostly US graduates apply); and whether it is that stand-in."""
    rate = program.interview_rate_pct(profile.applicant_type)
    if rate is None and not profile.applicant_type.is_img:
        return program.overall_interview_rate_pct(), True
    return rate, False


def program_evidence(profile: Profile, program: Program, reference: Reference | None) -> Evidence:
    """How open the program is to this applicant type, on the log-odds scale."""
    who = profile.applicant_type.label
    rate, stand_in = rate_for(profile, program)
    unknown = f"their interview rate for {who} (an average program of the specialty is assumed)"
    if rate is not None and rate == 0 and not stand_in:
        words = f"they invited none of the {who} who applied last season"
        return Evidence(0.0, 0.0, words, None, True, none_invited=True)
    if rate is not None and rate > 0 and reference is not None:
        offset = clipped_logit(rate) - reference.centre
        if stand_in:
            words = f"they invited {rate:.0f}% of all applicants"
            return Evidence(offset, OVERALL_RATE_SD, words, f"their interview rate for {who}", True)
        return Evidence(offset, 0.0, f"they invited {rate:g}% of {who} who applied", None, True)
    base = 0.0 if reference is None else reference.average - reference.centre
    share = _img_share(profile.applicant_type, program)
    if share is not None and share == 0:
        words = f"none of their residents are {who}"
        return Evidence(base + NO_IMG_RESIDENTS, UNKNOWN_PROGRAM_SD, words, unknown, True)
    if share is not None and share >= MANY_IMG_SHARE:
        words = f"{share:g}% of their residents are {who}"
        return Evidence(base + MANY_IMG_RESIDENTS, UNKNOWN_PROGRAM_SD, words, unknown, True)
    return Evidence(base, UNKNOWN_PROGRAM_SD, None, unknown, False)
