"""How close two names or institutions must be to make a possible duplicate."""

from __future__ import annotations

import pytest

from matchwise.network.importing.similarity import (
    close_names,
    identity_key,
    name_key,
    similar_institutions,
)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Dr. José  Pérez-Luna, MD", "jose luna perez"),
        ("Okafor, Amara", "amara okafor"),
        ("Prof. Nadia Haddad PhD", "haddad nadia"),
    ],
)
def test_it_compares_names_without_titles_accents_or_order(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("mine", "theirs", "close"),
    [
        ("Jon Smith", "John Smith", True),
        ("Smith, John", "Dr. John Smith", True),
        ("Maria García", "Maria Garcia", True),
        ("John Smith", "Joan Smyth", False),
        ("Priya Raman", "Priya Ramesh", False),
    ],
)
def test_it_finds_close_names(mine: str, theirs: str, close: bool) -> None:
    close_known, _ = close_names([(mine, False)], [(theirs, False)], [0])

    assert bool(close_known) is close


def test_it_never_compares_two_people_with_linkedin_profiles() -> None:
    rows = [("Ahmed Khan", True), ("Ahmed Khan", True), ("Ahmed Khan", False)]

    close_known, close_rows = close_names(rows, [("Ahmed Khan", True)], [0, 1, 2])

    assert close_known == {2: [(0, 100.0)]}
    assert close_rows == {2: [(0, 100.0), (1, 100.0)]}


@pytest.mark.parametrize(
    ("mine", "theirs", "similar"),
    [
        ("Riverside Medical Center", "Riverside Medical Center, Springfield", True),
        ("Riverside Medical Center", "Riverside Med Ctr", True),
        ("Riverside Medical Center", "", True),  # unknown does not tell them apart
        ("Riverside Medical Center", "Lakeshore Health", False),
    ],
)
def test_it_finds_similar_institutions(mine: str, theirs: str, similar: bool) -> None:
    assert similar_institutions(mine, theirs) is similar


def test_it_takes_the_same_name_and_institution_as_written_aside_from_case_and_spacing() -> None:
    assert identity_key("Nadia  Haddad", "MERCY General") == identity_key(
        "nadia haddad", "Mercy general"
    )
    assert identity_key("Maria García", "") != identity_key("Maria Garcia", "")
