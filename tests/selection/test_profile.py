"""Loading the applicant's profile."""

import pytest

from matchwise.selection.profile import ProfileError, load_profile, profile_from_mapping
from matchwise.selection.vocabulary import ApplicantType, Visa

from .conftest import FIXTURES, make_profile


def test_it_loads_a_complete_toml_profile() -> None:
    profile = load_profile(FIXTURES / "profile.toml")
    assert profile.applicant_type is ApplicantType.NON_US_IMG
    assert profile.specialties == ("Internal Medicine", "Family Medicine")
    assert (
        profile.visa is Visa.J1
        and profile.budget_usd == 1200
        and profile.preferred_states == ("NJ", "PA")
    )


def test_it_names_every_problem_key() -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile(FIXTURES / "profile_bad.toml")
    text = "\n".join(caught.value.problems)
    assert "favourite_colour: unknown key" in text
    assert "years_since_graduation: missing" in text
    assert "applicant_type: must be one of" in text


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("step2_score", 400),
        ("visa", "f1"),
        ("specialties", []),
        ("home_state", "New York"),
        ("usce_months", -1),
        ("setting_preference", "rural"),
        ("budget_usd", "lots"),
        ("step2_attempts", True),
    ],
)
def test_it_refuses_a_bad_value(key: str, value: object) -> None:
    with pytest.raises(ProfileError) as caught:
        make_profile(**{key: value})
    assert caught.value.problems[0].startswith(key)


def test_it_accepts_a_profile_without_a_score_yet() -> None:
    assert make_profile(step2_score=None).step2_score is None


def test_it_fills_optional_keys_with_neutral_values() -> None:
    profile = profile_from_mapping(
        {
            "applicant_type": "us_md",
            "specialties": ["Pediatrics"],
            "step2_score": 250,
            "years_since_graduation": 0,
            "visa": "none",
        }
    )
    assert (profile.usce_months, profile.budget_usd, profile.max_applications) == (0, None, None)
