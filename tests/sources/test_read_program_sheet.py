"""Reading a program sheet as applicants write them: title lines, own headers, own values."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from matchwise.sources import formats
from matchwise.sources.rows import Fact, Source, SourceRow
from matchwise.sources.sheet import read_source

MESSY = """\
IMG-friendly Internal Medicine programs (from the forums),,,,,,,,,,,
Last updated: June 2025,,,,,,,,,,,
,,,,,,,,,,,
Program,Hospital,City,State,NRMP code,J1?,H-1B visa,YOG cutoff,% IMG,Step 2 min,USCE req,Comments
Internal Medicine,Harbor Point Med Ctr,Tampa,FL,1234140C0,✓,x,≤5 yrs,40%,230+,6 months,friendly
IM,Lakeshore Univ Hosp,Chicago,Illinois,2345140C0,J1 only,N/A,< 5 years,0.4,≥ 220,1 yr,
Internal Medicine,Mesa Verde Community,Phoenix,AZ,,Yes,?,no cutoff,unknown,,yes,
,,,,,,,,,,,
Total,,,,,,,,,,,
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def facts(row: SourceRow) -> dict[str, object]:
    return {fact.attribute: fact.value for fact in row.facts}


@pytest.fixture
def messy(tmp_path: Path) -> Source:
    return read_source(write(tmp_path, "img friendly.csv", MESSY))


def test_it_finds_the_header_under_title_and_blank_lines(messy: Source) -> None:
    assert [row.line for row in messy.rows] == [5, 6, 7]
    assert messy.problems == []


def test_it_names_the_source_after_the_file_and_dates_it_as_the_title_says(
    messy: Source,
) -> None:
    assert messy.name == "img friendly.csv"
    assert messy.as_of == date(2025, 6, 1)


def test_it_dates_an_undated_sheet_by_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", "Hospital,J1\nHarbor Point,yes\n")
    stamp = datetime(2024, 11, 3, 12).timestamp()
    os.utime(path, (stamp, stamp))
    assert read_source(path).as_of == date(2024, 11, 3)


def test_it_identifies_each_program(messy: Source) -> None:
    first, second, third = messy.rows
    assert (first.program_name, first.institution, first.city, first.state) == (
        "Internal Medicine",
        "Harbor Point Med Ctr",
        "Tampa",
        "FL",
    )
    assert first.nrmp_code == "1234140C0"
    assert second.state == "IL"  # the state's name, read as its code
    assert third.nrmp_code == ""


def test_it_reads_each_value_form(messy: Source) -> None:
    first, second, third = messy.rows
    assert facts(first) == {
        "visa_j1": True,
        "visa_h1b": True,
        "yog_max_years": 5,
        "residents_non_us_img_pct": 40.0,
        "step2_minimum": 230,
        "usce_required_months": 6,
    }
    assert facts(second) == {
        "visa_j1": True,
        "visa_h1b": False,  # "J1 only"
        "yog_max_years": 4,
        "residents_non_us_img_pct": 40.0,
        "step2_minimum": 220,
        "usce_required_months": 12,
    }
    assert facts(third) == {"visa_j1": True}  # ?, unknown and "no cutoff" are no facts


def test_it_says_where_each_fact_comes_from(messy: Source) -> None:
    assert Fact("visa_j1", True, evidence="J1?: ✓") in messy.rows[0].facts


def test_it_keeps_unrecognised_columns_and_vague_values_as_notes(messy: Source) -> None:
    assert messy.unrecognised_columns == ["Comments"]
    assert messy.rows[0].notes == (("Comments", "friendly"),)
    assert messy.rows[2].notes == (("YOG cutoff", "no cutoff"), ("USCE req", "yes"))


def test_it_reports_each_unreadable_cell_with_line_and_header(tmp_path: Path) -> None:
    text = "Hospital,State,J1,Step 2 CK cutoff,YOG\nA,FL,maybe,high,2019\nB,Atlantis,yes,230,3\n"
    source = read_source(write(tmp_path, "bad.csv", text))
    found = {(p.line, p.column) for p in source.problems}
    assert found == {(2, "J1"), (2, "Step 2 CK cutoff"), (2, "YOG"), (3, "State")}
    assert all(p.file == "bad.csv" for p in source.problems)
    assert "graduation year" in next(p.message for p in source.problems if p.column == "YOG")
    [row] = source.rows  # line 2 has nothing readable left
    assert facts(row) == {"visa_j1": True, "step2_minimum": 230, "yog_max_years": 3}


def test_it_reports_a_row_that_names_no_program(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "s.csv", "Hospital,City,J1\n,Tampa,yes\n"))
    assert [(p.line, p.column) for p in source.problems] == [(2, "")]
    assert source.rows == []


def test_it_reports_two_columns_that_disagree(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "s.csv", "Hospital,J1,Visa\nA,yes,H1B only\n"))
    assert [(p.line, p.column) for p in source.problems] == [(2, "Visa")]
    assert facts(source.rows[0]) == {"visa_j1": True, "visa_h1b": True}


def test_it_reads_through_the_mapping_the_user_chose(tmp_path: Path) -> None:
    text = "Hospital,Sponsorship (J),Vibe,Internal code\nA,yes,great,77\n"
    path = write(tmp_path, "s.csv", text)
    assert read_source(path).unrecognised_columns == ["Sponsorship (J)", "Vibe", "Internal code"]
    mapping = {"Sponsorship (J)": "visa_j1", "Vibe": formats.NOTES, "Internal code": "ignore"}
    source = read_source(path, mapping=mapping)
    assert source.unrecognised_columns == []
    assert facts(source.rows[0]) == {"visa_j1": True}
    assert source.rows[0].notes == (("Vibe", "great"),)


def test_it_refuses_a_mapping_to_nothing_a_column_can_fill(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "Hospital,J1,Vibe\nA,yes,great\n")
    for mapping in ({"Vibe": "colour"}, {"Mood": "notes"}):
        source = read_source(path, mapping=mapping)
        assert source.rows == []
        [problem] = source.problems
        assert (problem.line, problem.column) == (1, next(iter(mapping)))


def test_it_reports_a_sheet_without_a_header_row(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "s.csv", "\n\nfoo,bar\n1,2\n"))
    [problem] = source.problems
    assert (problem.file, problem.line) == ("s.csv", 3)
    assert "no header row" in problem.message


def test_it_reads_the_same_sheet_saved_as_xlsx(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Programs I am applying to"])
    sheet.append([])
    sheet.append(["ACGME ID", "Institution", "ST", "H1B", "IMG %", "Attempts", "Specialty"])
    sheet.append([1401121003, "Harbor Point", "FL", True, 0.35, "first attempt only", "IM"])
    sheet.append([1401121004, "Lakeshore", "IL", False, 12, "≤2", "FM"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    source = read_source(path)
    assert source.problems == []
    first, second = source.rows
    assert (first.line, first.acgme_id, first.specialty) == (4, "1401121003", "IM")
    assert facts(first) == {"visa_h1b": True, "residents_non_us_img_pct": 35.0, "max_attempts": 1}
    assert facts(second) == {"visa_h1b": False, "residents_non_us_img_pct": 12.0, "max_attempts": 2}


def test_it_is_the_reader_the_sheet_format_names(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "Hospital,J1\nA,yes\n")
    assert formats.read_source("sheet", path).rows == read_source(path).rows


def test_it_reads_city_and_state_from_one_location_column(tmp_path: Path) -> None:
    text = 'Hospital,Location,J1\nA,"Tampa, FL",yes\nB,Miami Beach Florida,yes\nC,Atlantis,yes\n'
    source = read_source(write(tmp_path, "s.csv", text))
    assert [(r.city, r.state) for r in source.rows] == [
        ("Tampa", "FL"),
        ("Miami Beach", "FL"),
        ("", ""),
    ]
    assert [(p.line, p.column) for p in source.problems] == [(4, "Location")]


def test_it_prefers_a_state_column_to_the_location(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "s.csv", "Hospital,Location,State,J1\nA,Tampa,FL,yes\n"))
    assert source.problems[0].column == "Location"
    assert source.rows[0].state == "FL"


def test_it_keeps_a_column_without_header_only_when_it_holds_something(tmp_path: Path) -> None:
    text = "Hospital,J1,,,\nA,yes,,extra,\nB,no,,,\n"
    source = read_source(write(tmp_path, "s.csv", text))
    assert source.unrecognised_columns == ["Column 4"]
    assert [row.notes for row in source.rows] == [(("Column 4", "extra"),), ()]


def test_it_refuses_a_workbook_row_wider_than_the_column_limit(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Hospital", "J1"])
    sheet.cell(row=2, column=2000, value="far")
    path = tmp_path / "wide.xlsx"
    book.save(path)
    [problem] = read_source(path).problems
    assert (problem.line, problem.column) == (2, "")
    assert "columns" in problem.message
