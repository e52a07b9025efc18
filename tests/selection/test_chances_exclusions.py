"""Hard exclusions: probability 0 with the reason; unknown policies drop the low end to 0."""

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from matchwise.selection.catalogue import Program
from matchwise.selection.chances import chance_at as assess

from .conftest import make_profile

OPEN = Program(
    program_id="X-1",
    name="Invented Test Hospital",
    specialty="Internal Medicine",
    source="test",
    as_of=date(2025, 1, 1),
    interview_rate_non_us_img=8.0,
    visa_j1=True,
    visa_h1b=True,
    yog_max_years=10,
    max_attempts=3,
    usce_required_months=0,
    prior_gme_required=False,
)


@pytest.mark.parametrize(
    ("profile_changes", "program_changes", "reason_words"),
    [
        ({"visa": "j1"}, {"visa_j1": False}, "does not sponsor J-1"),
        ({"visa": "h1b"}, {"visa_h1b": False}, "does not sponsor H-1B"),
        ({"years_since_graduation": 7}, {"yog_max_years": 5}, "graduated 7 years ago"),
        ({"step2_attempts": 2}, {"max_attempts": 1}, "only a first attempt"),
        ({"step1_attempts": 3}, {"max_attempts": 2}, "at most 2 attempt"),
        ({"usce_months": 1}, {"usce_required_months": 3}, "3 months of US clinical experience"),
        ({}, {"prior_gme_required": True}, "prior residency training"),
        (
            {"setting_preference": "university"},
            {"setting": "community"},
            "not a university program",
        ),
    ],
)
def test_it_excludes_with_the_reason(
    profile_changes: dict[str, Any], program_changes: dict[str, Any], reason_words: str
) -> None:
    chance = assess(make_profile(**profile_changes), replace(OPEN, **program_changes))
    assert (chance.p, chance.low, chance.high) == (0, 0, 0)
    assert chance.excluded is not None and reason_words in chance.excluded


@pytest.mark.parametrize(
    ("profile_changes", "program_changes"),
    [
        ({"visa": "j1"}, {"visa_h1b": False}),  # J-1 only needs J-1
        ({"visa": "h1b"}, {"visa_j1": False}),
        ({"visa": "none"}, {"visa_j1": False, "visa_h1b": False}),
        ({"years_since_graduation": 5}, {"yog_max_years": 5}),
        ({"applicant_type": "us_md", "usce_months": 0}, {"usce_required_months": 6}),
    ],
)
def test_it_does_not_exclude_when_the_rule_does_not_apply(
    profile_changes: dict[str, Any], program_changes: dict[str, Any]
) -> None:
    chance = assess(make_profile(**profile_changes), replace(OPEN, **program_changes))
    assert chance.excluded is None and chance.p > 0


@pytest.mark.parametrize(
    ("profile_changes", "program_changes", "unknown_words"),
    [
        ({"visa": "j1"}, {"visa_j1": None}, "sponsor J-1"),
        ({"visa": "h1b"}, {"visa_h1b": None}, "sponsor H-1B"),
        ({"years_since_graduation": 6}, {"yog_max_years": None}, "graduation-year cutoff"),
        ({"step2_attempts": 2}, {"max_attempts": None}, "exam attempts"),
        ({"usce_months": 0}, {"usce_required_months": None}, "US clinical experience"),
        ({"setting_preference": "community"}, {"setting": None}, "university or community"),
    ],
)
def test_it_names_an_unknown_policy_and_lets_the_range_reach_zero(
    profile_changes: dict[str, Any], program_changes: dict[str, Any], unknown_words: str
) -> None:
    chance = assess(make_profile(**profile_changes), replace(OPEN, **program_changes))
    assert chance.excluded is None
    assert chance.low == 0 < chance.p <= chance.high
    assert any(unknown_words in u for u in chance.unknowns), chance.unknowns


def test_it_says_when_a_visa_is_sponsored() -> None:
    assert "sponsors J-1" in assess(make_profile(visa="j1"), OPEN).reasons
