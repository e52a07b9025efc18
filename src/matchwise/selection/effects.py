"""Soft effects on the chance of an interview, each a bounded shift on the logit scale.

An effect has a point shift and a (low, high) range. When what it needs is unknown, the
point shift is 0 (no guess) and the range covers what the shift could be.
"""

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from matchwise.selection.catalogue import Program, ScoreBox
from matchwise.selection.profile import Profile
from matchwise.selection.ties import NetworkTies

SCORE_Z_CAP = 2.5  # beyond 2.5 SDs from the middle the data say little more
# The middle of those invited sits above the average applicant (programs invite the higher
# scores), so a score there beats the program's average rate: by this many SDs.
INVITED_MIDDLE_LIFT = 0.5
ATTEMPT_STEP2 = -0.8  # per Step 2 CK attempt beyond the first
ATTEMPT_STEP1 = -0.5  # per Step 1 attempt beyond the first
ATTEMPT_FLOOR = -2.0
# The published rates are averages over applicants, so the effects below are centred on a
# typical applicant of the type and move a stronger or weaker one either way.
RECENT_YEARS = 3  # graduating within this many years carries no penalty
YEAR_PENALTY = -0.15  # per year beyond that
YEAR_FLOOR = -1.0
TYPICAL_USCE_MONTHS = 3  # IMGs only: US clinical experience
USCE_PER_MONTH = 0.12
USCE_COUNTED_MONTHS = 6
NO_USCE = -0.6
TYPICAL_LETTERS = 2  # IMGs only: letters from US physicians
LETTER_EACH = 0.15
LETTERS_COUNTED = 4
TYPICAL_RESEARCH = 3  # publications plus presentations
RESEARCH_EACH = 0.04
RESEARCH_COUNTED = 10
HOME_STATE = 0.5
PREFERRED_STATE = 0.25
TIE_ROTATION = 0.8  # a rotation there: they have seen you work
TIE_LETTER_WRITER = 0.6
TIE_CONTACT = 0.3
TIE_CAP = 1.5  # network ties can never add more than this


@dataclass(frozen=True)
class Effect:
    shift: float
    low: float
    high: float
    reason: str | None = None
    unknown: str | None = None


NONE = Effect(0.0, 0.0, 0.0)


NOTICEABLE = 0.05  # smaller shifts are not worth a line of explanation


def known(shift: float, reason: str | None) -> Effect:
    return Effect(shift, shift, shift, reason if abs(shift) >= NOTICEABLE else None)


def score_box_for(profile: Profile, program: Program) -> tuple[ScoreBox | None, str]:
    """The invited distribution to compare with, and who it describes."""
    if profile.applicant_type.is_img and program.step2_img_invited is not None:
        return program.step2_img_invited, "the IMGs they invited"
    return program.step2_invited, "the applicants they invited"


def score_position(score: NDArray[np.float64] | float, box: ScoreBox) -> NDArray[np.float64]:
    """Where a score sits in an invited distribution, in normal-equivalent SDs from its middle."""
    spread = (box.q3 - box.q1) / 1.349
    if spread <= 0:
        spread = max((box.upper - box.lower) / 3.29, 4.0)
    z = (np.asarray(score, dtype=np.float64) - box.median) / spread
    return np.asarray(np.clip(z, -SCORE_Z_CAP, SCORE_Z_CAP), dtype=np.float64)


def score_words(z: float, who: str) -> str:
    if z >= 1.5:
        return f"your Step 2 CK is well above the middle of {who}"
    if z >= 0.5:
        return f"your Step 2 CK is above the middle of {who}"
    if z > -0.5:
        return f"your Step 2 CK is near the middle of {who}"
    if z > -1.5:
        return f"your Step 2 CK is below the middle of {who}"
    return f"your Step 2 CK is well below most of {who}"


def score_effect(profile: Profile, program: Program, weight: float) -> Effect:
    bound = weight * (SCORE_Z_CAP + INVITED_MIDDLE_LIFT)
    box, who = score_box_for(profile, program)
    if profile.step2_score is None:
        return Effect(0.0, -bound, bound, unknown="your Step 2 CK score (not entered yet)")
    if box is None:
        return Effect(0.0, -bound, bound, unknown="Step 2 CK of the applicants they invited")
    z = float(score_position(float(profile.step2_score), box))
    return known(weight * (z + INVITED_MIDDLE_LIFT), score_words(z, who))


def attempts_effect(profile: Profile) -> Effect:
    extra2, extra1 = max(profile.step2_attempts - 1, 0), max(profile.step1_attempts - 1, 0)
    if not extra1 and not extra2:
        return NONE
    shift = max(ATTEMPT_STEP2 * extra2 + ATTEMPT_STEP1 * extra1, ATTEMPT_FLOOR)
    return known(shift, "more than one attempt at a Step exam counts against you")


def graduation_effect(profile: Profile) -> Effect:
    extra = profile.years_since_graduation - RECENT_YEARS
    if extra <= 0:
        return NONE
    shift = max(YEAR_PENALTY * extra, YEAR_FLOOR)
    return known(shift, f"you graduated {profile.years_since_graduation} years ago")


def experience_effect(profile: Profile) -> Effect:
    if not profile.applicant_type.is_img:
        return NONE
    if profile.usce_months == 0:
        return known(NO_USCE, "you have no US clinical experience yet")
    months = min(profile.usce_months, USCE_COUNTED_MONTHS)
    shift = USCE_PER_MONTH * (months - TYPICAL_USCE_MONTHS)
    months_said = "1 month" if profile.usce_months == 1 else f"{profile.usce_months} months"
    return known(shift, f"{months_said} of US clinical experience")


def letters_effect(profile: Profile) -> Effect:
    if not profile.applicant_type.is_img:
        return NONE
    letters = min(profile.us_letters, LETTERS_COUNTED)
    shift = LETTER_EACH * (letters - TYPICAL_LETTERS)
    if not letters:
        return known(shift, "no letters from US physicians yet")
    letters_said = "1 letter" if profile.us_letters == 1 else f"{profile.us_letters} letters"
    return known(shift, f"{letters_said} from US physicians")


def research_effect(profile: Profile) -> Effect:
    items = min(profile.publications + profile.presentations, RESEARCH_COUNTED)
    shift = RESEARCH_EACH * (items - TYPICAL_RESEARCH)
    return known(shift, research_words(profile.publications, profile.presentations))


def research_words(publications: int, presentations: int) -> str:
    """The research count in words: "no publications or presentations yet", "1 publication",
    "2 publications and 1 presentation"."""
    if publications == presentations == 0:
        return "no publications or presentations yet"
    counts = [
        f"{n} {noun}{'' if n == 1 else 's'}"
        for n, noun in ((publications, "publication"), (presentations, "presentation"))
        if n
    ]
    return " and ".join(counts)


def geography_effect(profile: Profile, program: Program) -> Effect:
    if profile.home_state is None and not profile.preferred_states:
        return NONE
    if program.state is None:
        top = HOME_STATE if profile.home_state else PREFERRED_STATE
        return Effect(0.0, 0.0, top, unknown="the program's state")
    if program.state == profile.home_state:
        return known(HOME_STATE, f"{program.state} is your home state")
    if program.state in profile.preferred_states:
        return known(PREFERRED_STATE, f"{program.state} is a state you prefer")
    return NONE


def network_effect(ties: NetworkTies) -> Effect:
    raw = TIE_ROTATION * ties.rotations + TIE_LETTER_WRITER * len(ties.letter_writers)
    raw += TIE_CONTACT * len(ties.contacts)
    if raw == 0:
        return NONE
    words = []
    if ties.rotations:
        words.append("you rotated there")
    words += [f"{name}, one of your letter writers, works there" for name in ties.letter_writers]
    words += [f"you know {name} there" for name in ties.contacts]
    return known(min(raw, TIE_CAP), "; ".join(words))
