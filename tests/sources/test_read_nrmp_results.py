"""NRMP program results become fill-history facts; a bad cell is named by line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from matchwise.sources.formats import read_source
from matchwise.sources.rows import Fact

HEADER = (
    "Table,Sponsoring Institution,City,Specialty,Program Code,"
    "2026 Quota,2026 Matched,2025 Quota,2025 Matched,2024 Quota,2024 Matched\n"
)
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "results.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def facts_of(path: Path) -> dict[str, dict[str, object]]:
    source = read_source("nrmp-results", path)
    assert source.problems == []
    return {row.nrmp_code: {f.attribute: f.value for f in row.facts} for row in source.rows}


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # quota/matched for 2026, 2025, 2024
        ("10,10,10,10,10,10", {"positions": 10, "filled": 10, "fill_years_reported": 3,
                               "fill_years_unfilled": 0, "fill_rate": 1.0, "fill_last_year": 2026}),
        ("10,8,10,10,8,6", {"positions": 10, "filled": 8, "fill_years_reported": 3,
                            "fill_years_unfilled": 2, "fill_rate": 0.8571, "fill_last_year": 2026}),
        ("0,0,6,6,0,0", {"positions": 6, "filled": 6, "fill_years_reported": 1,
                         "fill_years_unfilled": 0, "fill_rate": 1.0, "fill_last_year": 2025}),
        (",,4,3,,", {"positions": 4, "filled": 3, "fill_years_reported": 1,
                     "fill_years_unfilled": 1, "fill_rate": 0.75, "fill_last_year": 2025}),
    ],
)  # fmt: skip
def test_it_works_out_the_fill_history(
    tmp_path: Path, cells: str, expected: dict[str, object]
) -> None:
    path = write(
        tmp_path, f"Main,Lakeside Med Ctr-FL,Belle Glade,Internal Medicine,1234140C0,{cells}\n"
    )
    facts = facts_of(path)["1234140C0"]
    assert {k: v for k, v in facts.items() if k != "city"} == expected
    assert facts["city"] == "Belle Glade"


def test_it_adds_up_a_code_printed_on_two_rows(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Main,U Miami-FL,Miami,Anesthesiology,1104040R0,1,1,0,0,0,0\n"
        "Main,U Miami-FL,Miami,Anesthesiology,1104040R0,0,0,0,0,2,1\n",
    )
    facts = facts_of(path)["1104040R0"]
    assert facts["fill_years_reported"] == 2
    assert facts["fill_years_unfilled"] == 1


def test_it_leaves_out_a_program_with_no_year_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "Main,Closed Hosp-FL,Miami,Surgery,1111440C0,0,0,0,0,0,0\n")
    assert facts_of(path) == {}


def test_it_dates_the_source_by_its_latest_year(tmp_path: Path) -> None:
    path = write(tmp_path, "Main,A Hosp-FL,Miami,Surgery,1111440C0,2,2,2,2,2,2\n")
    source = read_source("nrmp-results", path)
    assert source.name == "NRMP results 2024–2026"
    assert source.as_of.year == 2026
    fact = next(f for f in source.rows[0].facts if f.attribute == "fill_years_unfilled")
    assert fact == Fact(
        "fill_years_unfilled", 0, "unmatched positions in 0 of 3 Match years (2024–2026)"
    )


@pytest.mark.parametrize(
    ("body", "line", "column", "words"),
    [
        ("Main,A,Miami,Surgery,1111440C0,two,2,2,2,2,2\n", 2, "2026 Quota", "whole number"),
        ("Main,A,Miami,Surgery,1111440C0,2,2,2,2,2,2\nMain,B,Miami,Surgery,2222440C0,2,3,2,2,2,2\n",
         3, "2026 Matched", "more than the 2 positions"),
        ("Main,A,Miami,Surgery,,2,2,2,2,2,2\n", 2, "Program Code", "required"),
    ],
)  # fmt: skip
def test_it_names_each_bad_cell(
    tmp_path: Path, body: str, line: int, column: str, words: str
) -> None:
    source = read_source("nrmp-results", write(tmp_path, body))
    [problem] = source.problems
    assert (problem.file, problem.line, problem.column) == ("results.csv", line, column)
    assert words in problem.message


def test_it_refuses_a_file_without_the_layout(tmp_path: Path) -> None:
    source = read_source("nrmp-results", write(tmp_path, "x\n", header="name,city\n"))
    [problem] = source.problems
    assert problem.line == 1 and problem.column == "Program Code"


def test_it_reads_the_real_florida_results() -> None:
    path = SHARED / "nrmp_florida_results_2020_2026.csv"
    if not path.is_file():
        pytest.skip(f"reference data is not in {SHARED} (it is never copied into the repository)")
    source = read_source("nrmp-results", path)
    assert source.problems == []
    assert len(source.rows) > 900
    assert all(row.nrmp_code and row.facts for row in source.rows)
