"""How likely an unknown policy is to admit the applicant: its base rate.

For each policy that could rule the applicant out, the share of programs of the same
specialty in the catalogue whose policy is known and admits them (with one imagined admit and
one refusal added, so a handful of programs cannot claim certainty). With fewer than MIN_KNOWN
known policies, a documented default with its source is used instead.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from matchwise.selection.catalogue import Program
from matchwise.selection.profile import Profile
from matchwise.selection.vocabulary import Visa

MIN_KNOWN = 5
VISA_SOURCE = (
    "419 internal medicine programs, 267 accept J-1 and 92 sponsor H-1B: Reported Visa "
    "Acceptance or Sponsorship for Non-US Citizen Applicants to US Internal Medicine "
    "Residency Programs, J Grad Med Educ 2022;14(6):680"
)


@dataclass(frozen=True)
class Default:
    rate: float
    source: str


DEFAULTS: dict[str, Default] = {
    Visa.J1.value: Default(267 / 419, VISA_SOURCE),
    Visa.H1B.value: Default(92 / 419, VISA_SOURCE),
    "graduation": Default(0.5, "no published figure: even odds assumed"),
    "attempts": Default(0.5, "no published figure: even odds assumed"),
    "usce": Default(0.5, "no published figure: even odds assumed"),
    "setting": Default(0.5, "no published figure: even odds assumed"),
}


def _admits(profile: Profile, policy: str) -> Callable[[Program], bool | None]:
    """Whether one program's known policy admits the applicant; None when not known."""
    attempts = max(profile.step1_attempts, profile.step2_attempts)
    rules: dict[str, Callable[[Program], bool | None]] = {
        Visa.J1.value: lambda p: p.visa_j1,
        Visa.H1B.value: lambda p: p.visa_h1b,
        "graduation": lambda p: (
            None if p.yog_max_years is None else profile.years_since_graduation <= p.yog_max_years
        ),
        "attempts": lambda p: None if p.max_attempts is None else attempts <= p.max_attempts,
        "usce": lambda p: (
            None
            if p.usce_required_months is None
            else profile.usce_months >= p.usce_required_months
        ),
        "setting": lambda p: (
            None if p.setting is None else profile.setting_preference.accepts(p.setting)
        ),
    }
    return rules[policy]


@dataclass(frozen=True)
class BaseRate:
    rate: float
    words: str


def base_rate(profile: Profile, policy: str, peers: Iterable[Program]) -> BaseRate:
    admits = _admits(profile, policy)
    known = [a for a in (admits(p) for p in peers) if a is not None]
    if len(known) >= MIN_KNOWN:
        rate = (sum(known) + 1) / (len(known) + 2)
        return BaseRate(rate, f"{sum(known)} of {len(known)} programs with a known policy")
    default = DEFAULTS[policy]
    return BaseRate(default.rate, default.source)


class PolicyRates:
    """Base rates per (specialty, policy), computed once per list."""

    def __init__(self, profile: Profile, programs: Iterable[Program]) -> None:
        self.profile = profile
        self.by_specialty: dict[str, list[Program]] = {}
        for program in programs:
            self.by_specialty.setdefault(program.specialty, []).append(program)
        self._cache: dict[tuple[str, str], BaseRate] = {}

    def rate(self, specialty: str, policy: str) -> BaseRate:
        key = (specialty, policy)
        if key not in self._cache:
            peers = self.by_specialty.get(specialty, [])
            self._cache[key] = base_rate(self.profile, policy, peers)
        return self._cache[key]
