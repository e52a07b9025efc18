"""Shared fixtures: a typical profile, small invented catalogues, and importing them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from matchwise import selection
from matchwise.programs.catalogues import ImportOptions, import_catalogue
from matchwise.programs.models import Catalogue
from matchwise.selection.vocabulary import Setting

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SELECTION_FIXTURES = Path(__file__).resolve().parents[1] / "selection" / "fixtures"

# A J-1 applicant to Internal Medicine: the form's keys, as the web page sends them.
PROFILE: dict[str, Any] = {
    "applicant_type": "non_us_img",
    "specialties": ["Internal Medicine"],
    "step2_score": 245,
    "step2_attempts": 1,
    "step1_attempts": 1,
    "years_since_graduation": 2,
    "visa": "j1",
    "usce_months": 3,
    "us_letters": 2,
    "publications": 1,
    "presentations": 0,
    "setting_preference": "any",
}

KNOWN = selection.Program(
    program_id="INV-001",
    name="Invented Lakeside Teaching Hospital — Internal Medicine",
    institution="Invented Lakeside Teaching Hospital",
    specialty="Internal Medicine",
    source="test catalogue (invented)",
    as_of=date(2025, 6, 30),
    city="Lakeside",
    state="OH",
    setting=Setting.COMMUNITY,
    interview_rate_non_us_img=8.0,
    step2_invited=selection.ScoreBox(225, 236, 244, 252, 262),
    visa_j1=True,
    visa_h1b=False,
)


def invented(number: int, **changes: Any) -> selection.Program:
    """A variation of KNOWN with its own id and institution."""
    base = {
        "program_id": f"INV-{number:03d}",
        "name": f"Invented Place {number} Hospital — Internal Medicine",
        "institution": f"Invented Place{number} Hospital",
    }
    return dataclasses.replace(KNOWN, **{**base, **changes})


def visa_catalogue() -> list[selection.Program]:
    """Three programs: sponsors J-1, does not, and says nothing about it."""
    return [
        invented(1, name="Invented Sponsoring Hospital — Internal Medicine", visa_j1=True),
        invented(2, name="Invented Refusing Hospital — Internal Medicine", visa_j1=False),
        invented(3, name="Invented Silent Hospital — Internal Medicine", visa_j1=None),
    ]


@pytest.fixture
def store(db: None) -> Callable[..., Catalogue]:
    """Import programs as a catalogue through the real import service (CSV)."""

    def make(programs: list[selection.Program], name: str = "invented") -> Catalogue:
        text = selection.catalogue_csv_text(programs)
        return import_catalogue(text.encode(), f"{name}.csv", name, ImportOptions("csv"))

    return make


def shared_file(name: str) -> Path:
    """A reference file from ../shared/data, or skip: it is never copied into the repository."""
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"reference data {name} is not in {SHARED_DATA}")
    return path
