"""The LCA rules, one table per rule: which filings show H-1B sponsorship of trainees."""

from __future__ import annotations

from datetime import date

import pytest

from matchwise.sources import lca_rules


@pytest.mark.parametrize(
    ("status", "counted"),
    [
        ("Certified", True),
        ("CERTIFIED", True),
        ("Certified - Withdrawn", False),
        ("Certified-Withdrawn", False),
        ("Withdrawn", False),
        ("Denied", False),
        ("", False),
    ],
)
def test_it_counts_certified_filings_only(status: str, counted: bool) -> None:
    assert lca_rules.counted_status(status) is counted


@pytest.mark.parametrize(
    ("visa", "counted"),
    [
        ("H-1B", True),
        ("H1B", True),
        ("H-1B1 Chile", False),
        ("H-1B1 Singapore", False),
        ("E-3 Australian", False),
        ("", False),
    ],
)
def test_it_counts_h1b_filings_only(visa: str, counted: bool) -> None:
    assert lca_rules.counted_visa(visa) is counted


@pytest.mark.parametrize(
    ("code", "counted"),
    [
        ("29-1228.00", True),
        ("29-1229", True),
        ("29-1215.00", True),
        ("29-1216", True),
        ("29-1069.00", True),
        ("29-1062", True),
        ("29-1248.00", True),
        ("291228", True),
        ('="29-1228.00"', True),
        ("29-1292.00", False),  # dental hygienists
        ("29-1171.00", False),  # nurse practitioners
        ("29-1141.00", False),  # registered nurses
        ("15-1252.00", False),
        ("", False),
    ],
)
def test_it_counts_physician_soc_codes_only(code: str, counted: bool) -> None:
    assert lca_rules.physician_soc(code) is counted


@pytest.mark.parametrize(
    ("title", "counted"),
    [
        ("Resident Physician", True),
        ("RESIDENT", True),
        ("PGY-1", True),
        ("PGY 2", True),
        ("Pgy3 Resident", True),
        ("House Officer", True),
        ("House Staff Physician", True),
        ("Fellow", True),
        ("Clinical Fellow - Cardiology", True),
        ("Resident (Internal Medicine)", True),
        ("Chief Resident", True),
        ("Intern", True),
        ("Residency Physician", True),
        ("Residential counselor", False),
        ("Resident manager", False),
        ("Resident Assistant", False),
        ("Non-Resident Physician", False),
        ("Postdoctoral Fellow", False),
        ("Physician", False),
        ("Hospitalist", False),
        ("Attending Physician", False),
        ("Presidential Scholar", False),
        ("", False),
    ],
)
def test_it_counts_trainee_job_titles_only(title: str, counted: bool) -> None:
    assert lca_rules.trainee_title(title) is counted


def test_it_needs_all_four_rules() -> None:
    assert lca_rules.counts("Certified", "H-1B", "29-1228.00", "PGY-1")
    assert not lca_rules.counts("Denied", "H-1B", "29-1228.00", "PGY-1")
    assert not lca_rules.counts("Certified", "E-3 Australian", "29-1228.00", "PGY-1")
    assert not lca_rules.counts("Certified", "H-1B", "15-1252.00", "PGY-1")
    assert not lca_rules.counts("Certified", "H-1B", "29-1228.00", "Hospitalist")


@pytest.mark.parametrize(
    ("day", "year"),
    [(date(2024, 9, 30), 2024), (date(2024, 10, 1), 2025), (date(2025, 1, 15), 2025)],
)
def test_it_places_a_decision_in_its_fiscal_year(day: date, year: int) -> None:
    assert lca_rules.fiscal_year(day) == year
