"""The catalogue's own CSV and per-program records, read as sources by the importers' readers."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from matchwise import selection
from matchwise.selection.vocabulary import Setting
from matchwise.sources.formats import read_source

PROGRAM = selection.Program(
    program_id="1234140C0",
    name="Invented Bay Hospital — Internal Medicine",
    institution="Invented Bay Hosp-FL",
    specialty="Internal Medicine",
    source="invented sheet",
    as_of=date(2025, 7, 1),
    state="FL",
    setting=Setting.COMMUNITY,
    visa_j1=True,
    yog_max_years=5,
)


def test_it_turns_each_known_attribute_into_a_fact(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(selection.catalogue_csv_text([PROGRAM]), encoding="utf-8")
    source = read_source("csv", path)
    assert (source.name, source.as_of, source.problems) == ("invented sheet", date(2025, 7, 1), [])
    [row] = source.rows
    assert row.nrmp_code == "1234140C0" and row.state == "FL"
    assert {f.attribute: f.value for f in row.facts} == {
        "setting": "community",
        "visa_j1": True,
        "yog_max_years": 5,
    }


def test_it_names_the_line_and_column_of_a_bad_cell(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    text = selection.catalogue_csv_text([PROGRAM]).replace(",5,", ",five,")
    path.write_text(text, encoding="utf-8")
    [problem] = read_source("csv", path).problems
    assert (problem.file, problem.line, problem.column) == ("mine.csv", 2, "yog_max_years")


def test_it_reads_per_program_records_by_their_acgme_code(tmp_path: Path) -> None:
    record = {
        "specialty_file": "program_data_im.json",
        "name": "Invented Ridge Medical Center Program",
        "acgme_code": "1400000001",
        "state": "GA",
        "visa_sponsorship": {"h1b": False},
        "interview_rate_pct_by_type": {"Non-US IMG": 4},
    }
    path = tmp_path / "records.json"
    path.write_text(json.dumps({"records": [record]}), encoding="utf-8")
    [row] = read_source("explorer", path).rows
    assert row.acgme_id == "1400000001" and row.nrmp_code == ""
    facts = {f.attribute: f.value for f in row.facts}
    assert facts == {"visa_h1b": False, "interview_rate_non_us_img": 4.0}


def test_it_refuses_records_without_a_code(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text(json.dumps({"records": [{"name": "x"}]}), encoding="utf-8")
    [problem] = read_source("explorer", path).problems
    assert (problem.line, problem.column) == (1, "acgme_code")
