"""Source rows are matched by id, else by name and place; a look-alike elsewhere never is."""

from __future__ import annotations

import pytest

from matchwise.programs.place_names import place_key, state_in_name
from matchwise.programs.source_matching import Outcome, Target, match_rows
from matchwise.sources.rows import SourceRow

TARGETS = [
    Target("1111140C0", "St Josephs Hosp-FL", "Internal Medicine", "Tampa", "FL"),
    Target("1111140P0", "St Josephs Hosp-FL", "Internal Medicine", "Tampa", "FL"),
    Target("1111120C0", "St Josephs Hosp-FL", "Family Medicine", "Tampa", "FL"),
    Target("2222140C0", "Bayfront Med Ctr-FL", "Internal Medicine", "", "FL"),
    Target("3333140C0", "Mercy Regional Med Ctr", "Internal Medicine", "", "OH"),
    Target("4444140C0", "U Florida COM-Jacksonville", "Internal Medicine", "", "FL"),
    Target("5555140C0", "U Florida COM-Shands Hosp", "Internal Medicine", "", "FL"),
]


def one(row: SourceRow) -> tuple[Outcome, tuple[str, ...]]:
    [match] = match_rows([row], TARGETS)
    return match.outcome, match.program_ids


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Bayfront Med Ctr-FL", "bayfront medical center"),
        ("St. Joseph's Hosp.", "saint josephs hospital"),
        ("Tallahassee Mem Hlth Sys, Inc.", "tallahassee memorial health system"),
        ("Univ of Florida COM", "university florida college medicine"),
    ],
)
def test_it_spells_out_the_abbreviations(name: str, key: str) -> None:
    assert place_key(name) == key


def test_it_reads_the_state_off_an_nrmp_name() -> None:
    assert state_in_name("Bayfront Med Ctr-FL") == "FL"
    assert state_in_name("Mercy Hospital") == ""


def test_it_matches_by_nrmp_code_first() -> None:
    row = SourceRow(line=2, institution="Something else", nrmp_code="2222140C0")
    assert one(row) == (Outcome.CONFIDENT, ("2222140C0",))


def test_it_does_not_guess_another_track_for_a_code_the_catalogue_lacks() -> None:
    row = SourceRow(line=2, institution="Bayfront Med Ctr-FL", nrmp_code="2222140C9",
                    specialty="Internal Medicine")  # fmt: skip
    assert one(row) == (Outcome.UNMATCHED, ())


def test_it_matches_an_abbreviated_name_in_the_same_state_and_city() -> None:
    row = SourceRow(line=2, institution="Saint Joseph's Hospital", city="Tampa", state="FL")
    assert one(row) == (Outcome.CONFIDENT, ("1111140C0", "1111140P0", "1111120C0"))


def test_it_gives_a_program_row_only_the_programs_of_its_specialty() -> None:
    row = SourceRow(line=2, institution="Bayfront Medical Center", state="FL",
                    specialty="Internal Medicine")  # fmt: skip
    assert one(row) == (Outcome.CONFIDENT, ("2222140C0",))


def test_it_never_merges_a_look_alike_hospital_in_another_city() -> None:
    row = SourceRow(line=2, institution="St. Joseph's Hospital", city="Orlando", state="FL")
    [match] = match_rows([row], TARGETS)
    assert match.outcome is Outcome.UNMATCHED
    assert "Tampa".casefold() in match.why.casefold()


def test_it_never_merges_a_look_alike_in_another_state() -> None:
    row = SourceRow(line=2, institution="Mercy Regional Medical Center", state="FL")
    assert one(row) == (Outcome.UNMATCHED, ())


def test_it_lists_a_name_that_fits_two_institutions_as_uncertain() -> None:
    row = SourceRow(line=2, institution="University of Florida College of Medicine", state="FL")
    outcome, _ = one(row)
    assert outcome is Outcome.UNCERTAIN


def test_it_lists_a_match_without_a_state_as_uncertain() -> None:
    row = SourceRow(line=2, institution="Bayfront Medical Center")
    assert one(row) == (Outcome.UNCERTAIN, ("2222140C0",))


def test_it_does_not_match_on_generic_words_alone() -> None:
    row = SourceRow(line=2, institution="Regional Medical Center", state="OH")
    assert one(row) == (Outcome.UNMATCHED, ())


def test_it_reports_a_name_it_does_not_know() -> None:
    row = SourceRow(line=2, institution="Invented Cove Hospital", state="FL")
    assert one(row) == (Outcome.UNMATCHED, ())
