"""Shared fixtures for the pure selection tests (no Django, no database)."""

from pathlib import Path

import pytest

from matchwise.selection.catalogue import Program
from matchwise.selection.profile import Profile, profile_from_mapping
from matchwise.selection.sample import sample_catalogue

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
FIXTURES = Path(__file__).parent / "fixtures"


def shared_file(name: str) -> Path:
    """A reference file from ../shared/data, or skip: not ours to ship, so it may be absent."""
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(
            f"reference data {name} is not in {SHARED_DATA} "
            "(it is never copied into the repository)"
        )
    return path


@pytest.fixture(scope="session")
def sample() -> list[Program]:
    return sample_catalogue()


def make_profile(**changes: object) -> Profile:
    data: dict[str, object] = {
        "applicant_type": "non_us_img",
        "specialties": ["Internal Medicine"],
        "step2_score": 245,
        "years_since_graduation": 2,
        "visa": "none",
        "usce_months": 3,
        "us_letters": 2,
        "publications": 2,
        "presentations": 1,
    }
    data.update(changes)
    return profile_from_mapping(data)
