"""The unknown attributes that enter a chance follow the applicant's profile."""

import pytest

from matchwise.selection.unknowns import attributes_that_matter

from .conftest import make_profile


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"visa": "none"}, ("interview_rate_non_us_img",)),
        ({"visa": "h1b"}, ("visa_h1b", "interview_rate_non_us_img")),
        ({"visa": "j1", "years_since_graduation": 6},
         ("visa_j1", "yog_max_years", "interview_rate_non_us_img")),
        ({"applicant_type": "us_md", "visa": "none"}, ("interview_rate_us_md",)),
        ({"visa": "none", "usce_months": 0},
         ("usce_required_months", "interview_rate_non_us_img")),
    ],
)  # fmt: skip
def test_it_names_the_attributes_the_rules_ask_about(
    changes: dict[str, object], expected: tuple[str, ...]
) -> None:
    assert attributes_that_matter(make_profile(**changes)) == expected
