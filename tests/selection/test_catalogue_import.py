"""Importing published layouts; the real files are read from ../shared/data when present."""

from datetime import date

import pytest

from matchwise.selection.catalogue import CatalogueError
from matchwise.selection.catalogue_import import (
    parse_acgme_listing,
    parse_nrmp_program_list,
    parse_program_records,
)
from matchwise.selection.geography import distance_miles, zip_coordinates
from matchwise.selection.vocabulary import Setting

from .conftest import shared_file

AS_OF = date(2024, 3, 15)
UNKNOWN_IN_NRMP_LIST = (
    "city", "zip", "setting", "positions", "applicants", "interview_rate_non_us_img",
    "step2_invited", "visa_j1", "visa_h1b", "yog_max_years", "max_attempts",
    "usce_required_months", "prior_gme_required",
)  # fmt: skip


def test_it_imports_the_nrmp_program_list_with_every_attribute_unknown() -> None:
    text = shared_file("nrmp_programs_2024.csv").read_text(encoding="utf-8")
    programs = parse_nrmp_program_list(
        text, "nrmp_programs_2024.csv", as_of=AS_OF, source="NRMP program list 2024"
    )
    assert len(programs) > 6000
    assert len({p.program_id for p in programs}) == len(programs)
    assert {p.specialty for p in programs} >= {"Internal Medicine", "Family Medicine", "Pediatrics"}
    for program in programs[:500]:
        assert all(getattr(program, a) is None for a in UNKNOWN_IN_NRMP_LIST)


def test_it_leaves_a_guessed_state_unknown_rather_than_wrong() -> None:
    text = (
        "nrmp_program_code,program_name,institution_name,specialty,track_type,state,state_source\n"
    )
    text += "1111140C0,Internal Medicine,Invented Clinic,Internal Medicine,Categorical,AL,"
    text += "inferred_boundary_uncertain\n"
    text += (
        "2222140C0,Internal Medicine,Invented Other,Internal Medicine,Categorical,GA,name_suffix\n"
    )
    first, second = parse_nrmp_program_list(text, "t.csv", as_of=AS_OF, source="test")
    assert first.state is None and second.state == "GA"


def test_it_imports_the_acgme_listing_with_state_codes_and_zips() -> None:
    text = shared_file("acgme_obgyn_programs.csv").read_text(encoding="utf-8")
    programs = parse_acgme_listing(
        text,
        "acgme_obgyn_programs.csv",
        specialty="Obstetrics and Gynecology",
        as_of=AS_OF,
        source="ACGME",
    )
    assert 250 < len(programs) <= 318
    assert all(p.state is None or len(p.state) == 2 for p in programs)
    located = [zip_coordinates(p.zip) for p in programs if p.zip]
    assert sum(c is not None for c in located) > 0.9 * len(located)


def test_it_imports_per_program_records() -> None:
    text = shared_file("residency_explorer_sample.json").read_text(encoding="utf-8")
    programs = parse_program_records(text, "records.json", as_of=AS_OF, source="records")
    assert len(programs) == 3
    first = programs[0]
    assert first.specialty == "Internal Medicine" and first.setting is Setting.COMMUNITY
    assert first.visa_h1b is False and first.visa_j1 is None  # not published: unknown, not "no"
    assert first.interview_rate_non_us_img == 0 and first.step2_img_invited is not None
    assert (
        programs[2].specialty == "Family Medicine"
        and programs[2].setting is Setting.COMMUNITY_AFFILIATED
    )


def test_it_reports_a_record_without_a_code() -> None:
    with pytest.raises(CatalogueError) as caught:
        parse_program_records('{"records": [{"name": "x"}]}', "r.json", as_of=AS_OF, source="t")
    assert caught.value.problems[0].line == 1


@pytest.mark.parametrize(
    ("zip_code", "expected"), [("30501", (34.3, -83.8)), ("00000", None), ("abc", None)]
)
def test_it_locates_zip_codes_offline(zip_code: str, expected: tuple[float, float] | None) -> None:
    found = zip_coordinates(zip_code)
    if expected is None:
        assert found is None
    else:
        assert found is not None and found == pytest.approx(expected, abs=0.1)


def test_it_measures_distance_between_zip_codes() -> None:
    atlanta, gainesville = zip_coordinates("30303"), zip_coordinates("30501")
    assert atlanta is not None and gainesville is not None
    assert 40 < distance_miles(atlanta, gainesville) < 70
