"""The applicant's profile: what the model needs to know, from a TOML file or a mapping."""

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matchwise.selection.vocabulary import ApplicantType, SettingPreference, Visa


class ProfileError(ValueError):
    """Every problem with a profile, each naming the key at fault."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("profile problems: " + "; ".join(problems))


@dataclass(frozen=True)
class Profile:
    applicant_type: ApplicantType
    specialties: tuple[str, ...]
    step2_score: int | None
    years_since_graduation: int
    visa: Visa
    step2_attempts: int = 1
    step1_attempts: int = 1
    usce_months: int = 0
    us_letters: int = 0
    publications: int = 0
    presentations: int = 0
    home_state: str | None = None
    preferred_states: tuple[str, ...] = field(default=())
    setting_preference: SettingPreference = SettingPreference.ANY
    budget_usd: int | None = None
    max_applications: int | None = None
    include_preliminary: bool = False  # preliminary and transitional tracks on the list itself
    stop_below: float | None = None  # percentage points per $100; None: the default


REQUIRED_KEYS = ("applicant_type", "specialties", "step2_score", "years_since_graduation", "visa")


def _enum(kind: type[Any]) -> Callable[[object], Any]:
    def parse(value: object) -> Any:
        try:
            return kind(value)
        except ValueError:
            raise ValueError("must be one of " + ", ".join(m.value for m in kind)) from None

    return parse


def _whole(low: int, high: int) -> Callable[[object], int]:
    def parse(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"must be a whole number from {low} to {high}")
        return value

    return parse


def _optional(parse: Callable[[object], Any]) -> Callable[[object], Any]:
    return lambda value: None if value is None else parse(value)


def _state(value: object) -> str:
    if not isinstance(value, str) or len(value.strip()) != 2 or not value.strip().isalpha():
        raise ValueError("must be a two-letter state code")
    return value.strip().upper()


def _states(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError("must be a list of two-letter state codes")
    return tuple(_state(v) for v in value)


def _specialties(value: object) -> tuple[str, ...]:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        raise ValueError("must be a non-empty list of specialty names")
    return tuple(v.strip() for v in value)


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _rate(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("must be a number")
    if not 0 <= float(value) <= 100:
        raise ValueError("must be between 0 and 100 (percentage points per $100)")
    return float(value)


PARSERS: dict[str, Callable[[object], Any]] = {
    "applicant_type": _enum(ApplicantType),
    "specialties": _specialties,
    "step2_score": _optional(_whole(1, 300)),
    "step2_attempts": _whole(0, 9),
    "step1_attempts": _whole(0, 9),
    "years_since_graduation": _whole(0, 60),
    "visa": _enum(Visa),
    "usce_months": _whole(0, 240),
    "us_letters": _whole(0, 20),
    "publications": _whole(0, 1000),
    "presentations": _whole(0, 1000),
    "home_state": _optional(_state),
    "preferred_states": _states,
    "setting_preference": _enum(SettingPreference),
    "budget_usd": _optional(_whole(0, 1_000_000)),
    "max_applications": _optional(_whole(1, 10_000)),
    "include_preliminary": _flag,
    "stop_below": _optional(_rate),
}


def profile_from_mapping(data: Mapping[str, object]) -> Profile:
    """Validate a mapping (from TOML, JSON or a form); raise ProfileError listing every problem.

    step2_score may be given as an empty value (None) when the applicant has no score yet.
    """
    problems = [f"{key}: unknown key" for key in sorted(set(data) - set(PARSERS))]
    problems += [f"{key}: missing" for key in REQUIRED_KEYS if key not in data]
    values: dict[str, Any] = {}
    for key, parse in PARSERS.items():
        if key not in data:
            continue
        try:
            values[key] = parse(data[key])
        except ValueError as error:
            problems.append(f"{key}: {error}")
    if problems:
        raise ProfileError(problems)
    return Profile(**values)


def load_profile(path: Path) -> Profile:
    """Read a profile from a TOML file.

    TOML has no null, so an applicant without a Step 2 CK score yet writes step2_score = 0.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ProfileError([f"{path.name}: not valid TOML ({error})"]) from None
    if data.get("step2_score") == 0:
        data["step2_score"] = None
    return profile_from_mapping(data)
