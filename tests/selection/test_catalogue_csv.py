"""Reading and writing the catalogue format."""

import json
from pathlib import Path

import pytest

from matchwise.selection.catalogue import CatalogueError, Program
from matchwise.selection.catalogue_csv import (
    catalogue_csv_text,
    catalogue_json_records,
    parse_catalogue_csv,
    parse_catalogue_json,
    read_catalogue,
)
from matchwise.selection.catalogue_fields import COLUMNS
from matchwise.selection.vocabulary import ApplicantType, Setting

from .conftest import FIXTURES


def test_it_reads_every_column_of_a_good_file() -> None:
    programs = read_catalogue(FIXTURES / "good_catalogue.csv")
    assert [p.program_id for p in programs] == ["T-001", "T-002", "T-003"]
    first = programs[0]
    assert first.setting is Setting.COMMUNITY
    assert first.interview_rate_pct(ApplicantType.NON_US_IMG) == 6
    assert first.step2_img_invited is not None and first.step2_img_invited.median == 247
    assert (first.visa_j1, first.visa_h1b, first.prior_gme_required) == (True, False, False)
    assert str(first.as_of) == "2025-06-30"


def test_it_keeps_empty_cells_unknown() -> None:
    bare = read_catalogue(FIXTURES / "good_catalogue.csv")[1]
    for attribute in (
        "setting",
        "positions",
        "visa_j1",
        "yog_max_years",
        "step2_invited",
        "interview_rate_us_md",
    ):
        assert getattr(bare, attribute) is None, attribute


@pytest.mark.parametrize(
    ("line", "column", "words"),
    [
        (2, "setting", "rural"),
        (3, "interview_rate_non_us_img", "between 0 and 100"),
        (3, "visa_j1", "yes or no"),
        (4, "name", "required"),
        (4, "as_of", "ISO date"),
        (4, "filled", "more than"),
        (5, "step2_invited_lower", "all five"),
        (7, "program_id", "repeats"),
    ],
)
def test_it_names_file_line_and_column_of_every_problem(line: int, column: str, words: str) -> None:
    with pytest.raises(CatalogueError) as caught:
        read_catalogue(FIXTURES / "bad_catalogue.csv")
    matches = [p for p in caught.value.problems if (p.line, p.column) == (line, column)]
    assert matches, caught.value.problems
    assert matches[0].file == "bad_catalogue.csv"
    assert words in matches[0].message


def test_it_reports_all_problems_at_once() -> None:
    with pytest.raises(CatalogueError) as caught:
        read_catalogue(FIXTURES / "bad_catalogue.csv")
    assert len(caught.value.problems) == 8


@pytest.mark.parametrize(
    ("header", "words"),
    [
        (COLUMNS[:-1], "missing column"),
        ((*COLUMNS, "colour"), "unknown column"),
        ((COLUMNS[1], COLUMNS[0], *COLUMNS[2:]), "out of order"),
    ],
)
def test_it_refuses_a_wrong_header(header: tuple[str, ...], words: str) -> None:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue_csv(",".join(header) + "\n", "x.csv")
    assert caught.value.problems[0].line == 1
    assert words in caught.value.problems[0].message


def test_it_reads_back_what_it_writes() -> None:
    programs = read_catalogue(FIXTURES / "good_catalogue.csv")
    assert parse_catalogue_csv(catalogue_csv_text(programs), "again.csv") == programs
    records = json.dumps(catalogue_json_records(programs))
    assert parse_catalogue_json(records, "again.json") == programs


def test_it_reads_the_json_form() -> None:
    programs = read_catalogue(FIXTURES / "good_catalogue.json")
    assert programs[0].visa_j1 is True and programs[0].visa_h1b is None
    assert programs[1].visa_j1 is False


@pytest.mark.parametrize(("line", "column"), [(1, "colour"), (2, "positions")])
def test_it_names_the_record_and_key_at_fault_in_json(line: int, column: str) -> None:
    with pytest.raises(CatalogueError) as caught:
        read_catalogue(FIXTURES / "bad_catalogue.json")
    assert any((p.line, p.column) == (line, column) for p in caught.value.problems)


def test_it_writes_the_sample_catalogue_in_its_own_format(
    sample: list[Program], tmp_path: Path
) -> None:
    path = tmp_path / "sample.csv"
    path.write_text(catalogue_csv_text(sample[:200]), encoding="utf-8")
    assert read_catalogue(path) == sample[:200]
