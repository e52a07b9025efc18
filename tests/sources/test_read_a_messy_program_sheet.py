"""Sixty real programs in a sheet written in an applicant's messy style, read cell by cell."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from matchwise.sources.sheet import read_source
from tests.sources.messy_sheets import Listed, write_messy_sheet

SHARED_DATA = Path(__file__).parents[3] / "shared" / "data"


def florida_programs(count: int) -> list[tuple[str, str, str, str]]:
    """(code, name, institution, state) of NRMP programs in Florida, from ../shared/data."""
    path = SHARED_DATA / "nrmp_programs_2024.csv"
    if not path.is_file():
        pytest.skip(f"reference data nrmp_programs_2024.csv is not in {SHARED_DATA}")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["state"] == "FL"]
    return [
        (r["nrmp_program_code"], r["program_name"], r["institution_name"], r["state"])
        for r in rows[:count]
    ]


@pytest.fixture
def sheet(tmp_path: Path) -> tuple[Path, list[Listed]]:
    path = tmp_path / "florida img friendly.csv"
    return path, write_messy_sheet(path, florida_programs(60))


def test_it_reads_every_program_with_the_facts_its_cells_state(
    sheet: tuple[Path, list[Listed]],
) -> None:
    path, listed = sheet
    source = read_source(path)
    assert source.problems == []
    read = {row.nrmp_code: row for row in source.rows}
    truth = {entry.nrmp_code: entry for entry in listed}
    assert len(truth) == 60
    said = {code: entry for code, entry in truth.items() if entry.facts or entry.note}
    assert set(read) <= set(truth) and set(said) <= set(read)
    for code, row in read.items():
        assert {f.attribute: f.value for f in row.facts} == truth[code].facts, code
        assert row.institution == truth[code].institution
        assert row.state == "FL"
    assert sum(len(entry.facts) for entry in listed) > 250  # most cells say something


def test_it_keeps_the_hospital_names_as_the_sheet_writes_them(
    sheet: tuple[Path, list[Listed]],
) -> None:
    path, listed = sheet
    renamed = [
        e.institution
        for e in listed
        if any(s in e.institution for s in ("Univ ", "Med Ctr", "Hosp"))
    ]
    assert renamed, "some hospitals are named as people abbreviate them"
    assert set(renamed) <= {row.institution for row in read_source(path).rows}


def test_it_would_notice_facts_given_to_the_wrong_program(
    sheet: tuple[Path, list[Listed]],
) -> None:
    path, listed = sheet
    read = {
        row.nrmp_code: {f.attribute: f.value for f in row.facts} for row in read_source(path).rows
    }
    shuffled = [*(entry.facts for entry in listed[1:]), listed[0].facts]
    wrong = sum(read.get(e.nrmp_code) != facts for e, facts in zip(listed, shuffled, strict=True))
    assert wrong > 50
