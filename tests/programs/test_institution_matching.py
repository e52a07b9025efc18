"""Matching a contact's institution to a program's, as people write them (no database)."""

from __future__ import annotations

import pytest

from matchwise.programs.institutions import (
    Person,
    institution_key,
    same_institution,
    ties_by_program,
)

from .conftest import KNOWN, invented


@pytest.mark.parametrize(
    ("contact", "program", "same"),
    [
        ("Mount Sinai", "Icahn School of Medicine at Mount Sinai", True),
        ("Johns Hopkins", "Johns Hopkins University School of Medicine", True),
        ("Jonhs Hopkins Hospital", "Johns Hopkins Hospital", True),
        ("ST. LUKE'S HOSPITAL", "St Lukes Hospital", True),
        ("Amberview University Hospital", "Fictional Amberview University Hospital (sample)", True),
        ("University Hospital", "Fictional Amberview University Hospital (sample)", False),
        ("New York University", "New York Presbyterian Hospital", False),
        ("Fictional Hospital", "Fictional Amberview University Hospital (sample)", False),
        ("Lakeside Clinic", "Hilltop Clinic", False),
    ],
)
def test_it_matches_institutions_by_the_documented_rule(
    contact: str, program: str, same: bool
) -> None:
    assert same_institution(contact, program) is same


def test_it_normalises_case_punctuation_and_filler() -> None:
    assert institution_key("The Hospital of St. Luke's, Inc.") == "hospital st lukes inc"


def test_it_counts_rotations_once_and_writers_apart() -> None:
    people = [
        Person("Dr. A", "Lakeside Teaching Hospital", rotation=True),
        Person("Dr. B", "Lakeside Teaching Hospital", rotation=True),
        Person("Dr. C", "Invented Lakeside Teaching Hospital", letter_writer=True),
        Person("Dr. D", "Hilltop"),
    ]
    ties = ties_by_program(people, [KNOWN, invented(2)])
    tie = ties[KNOWN.program_id]
    assert (tie.contacts, tie.rotations, tie.letter_writers) == (("Dr. A", "Dr. B"), 1, ("Dr. C",))
    assert "INV-002" not in ties


def test_it_falls_back_on_the_program_name_when_the_institution_is_unknown() -> None:
    program = invented(5, institution=None, name="Invented Northgate Medical Center Program")
    ties = ties_by_program([Person("Dr. E", "Northgate Medical Center")], [program])
    assert ties["INV-005"].contacts == ("Dr. E",)
