"""Hard rules: a program whose policy rules the applicant out gets probability 0.

Each rule returns a Gate: excluded (with the reason), passed (with a reason worth showing),
or unknown (the policy is not published; the low end of the estimate drops to 0). A published
Step 2 CK minimum is a screen: it excludes like the others, but a favourite forces it in.
"""

from collections.abc import Callable
from dataclasses import dataclass

from matchwise.selection.catalogue import Program
from matchwise.selection.profile import Profile
from matchwise.selection.vocabulary import SettingPreference, Visa

# Below this many years since graduation, graduation-year cutoffs are rarely a problem.
YEARS_WORTH_CHECKING = 3
# No Step 2 CK yet: scored as the lowest score the model tells apart, here against a stated
# minimum as in the chances (chances.py), so having no score never beats an entered one.
LOWEST_SCORE = 200


@dataclass(frozen=True)
class Gate:
    excluded: str | None = None
    reason: str | None = None
    unknown: str | None = None
    policy: str | None = None  # with `unknown`: which policy, for its base rate (policy_rates)
    forceable: bool = False  # with `excluded`: a favourite keeps the program, at the floor rate


OPEN = Gate()


def visa_gate(profile: Profile, program: Program) -> Gate:
    if profile.visa is Visa.NONE:
        return OPEN
    label = "J-1" if profile.visa is Visa.J1 else "H-1B"
    attribute = "visa_j1" if profile.visa is Visa.J1 else "visa_h1b"
    sponsors = program.visa_j1 if profile.visa is Visa.J1 else program.visa_h1b
    if sponsors is None:
        return Gate(
            unknown=f"whether they sponsor {label} visas (if not, your chance there is 0)",
            policy=profile.visa.value,
        )
    if not sponsors:
        return Gate(excluded=f"does not sponsor {label} visas{program.cited(attribute)}")
    return Gate(reason=f"sponsors {label}{program.cited(attribute)}")


def graduation_gate(profile: Profile, program: Program) -> Gate:
    years = profile.years_since_graduation
    if program.yog_max_years is None:
        if years >= YEARS_WORTH_CHECKING:
            return Gate(unknown="their graduation-year cutoff", policy="graduation")
        return OPEN
    if years > program.yog_max_years:
        return Gate(
            excluded=f"takes graduates of the last {program.yog_max_years} years; "
            f"you graduated {years} years ago{program.cited('yog_max_years')}"
        )
    return Gate(reason="you are within their graduation-year limit") if years else OPEN


def attempts_gate(profile: Profile, program: Program) -> Gate:
    attempts = max(profile.step1_attempts, profile.step2_attempts)
    if program.max_attempts is None:
        if attempts > 1:
            return Gate(unknown="how many exam attempts they accept", policy="attempts")
        return OPEN
    if attempts > program.max_attempts:
        return Gate(
            excluded=f"accepts {attempts_allowed(program.max_attempts)} at each Step exam"
            f"{program.cited('max_attempts')}"
        )
    return OPEN


def experience_gate(profile: Profile, program: Program) -> Gate:
    # US graduates' clerkships are US clinical experience; the rule is about IMGs.
    if not profile.applicant_type.is_img:
        return OPEN
    required = program.usce_required_months
    if required is None:
        return (
            Gate(unknown="whether they require US clinical experience", policy="usce")
            if profile.usce_months == 0
            else OPEN
        )
    if profile.usce_months < required:
        return Gate(
            excluded=f"asks for {required} months of US clinical experience; "
            f"you have {profile.usce_months}{program.cited('usce_required_months')}"
        )
    return OPEN


def prior_training_gate(profile: Profile, program: Program) -> Gate:
    # Rarely required, so an unknown policy is not flagged.
    if program.track is not None and "physician" in program.track.lower():
        return Gate(excluded="positions reserved for physicians who already trained elsewhere")
    if program.prior_gme_required:
        return Gate(excluded="requires prior residency training (graduate medical education)")
    return OPEN


def setting_gate(profile: Profile, program: Program) -> Gate:
    wanted = profile.setting_preference
    if wanted is SettingPreference.ANY:
        return OPEN
    if program.setting is None:
        return Gate(unknown="whether it is a university or community program", policy="setting")
    if not wanted.accepts(program.setting):
        return Gate(
            excluded=f"not a {wanted.value} program, and you asked for {wanted.value} programs"
        )
    return OPEN


def step2_minimum_gate(profile: Profile, program: Program) -> Gate:
    minimum = program.step2_minimum
    if minimum is None:
        return OPEN
    cited = program.cited("step2_minimum")
    if profile.step2_score is None:
        if minimum <= LOWEST_SCORE:
            return OPEN
        return Gate(
            excluded=f"no Step 2 CK yet, so counted as {LOWEST_SCORE}: below the {minimum:g} "
            f"minimum this program states{cited}",
            forceable=True,
        )
    if profile.step2_score < minimum:
        return Gate(
            excluded=f"your Step 2 CK {profile.step2_score} is below the {minimum:g} minimum "
            f"this program states{cited}",
            forceable=True,
        )
    return Gate(reason=f"your Step 2 CK meets the {minimum:g} minimum they state{cited}")


GATES: tuple[Callable[[Profile, Program], Gate], ...] = (
    visa_gate,
    graduation_gate,
    attempts_gate,
    experience_gate,
    prior_training_gate,
    setting_gate,
    step2_minimum_gate,
)


def check_gates(profile: Profile, program: Program) -> list[Gate]:
    return [gate(profile, program) for gate in GATES]


def attempts_allowed(most: int) -> str:
    """A program's attempt limit in words: "only a first attempt", "at most 2 attempts"."""
    return "only a first attempt" if most == 1 else f"at most {most} attempts"
