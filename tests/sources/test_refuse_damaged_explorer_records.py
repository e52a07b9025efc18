"""Per-program records (a JSON list) name a problem by file, record number and field, and a
percentage outside 0-100 is refused rather than taken or quietly dropped."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from matchwise.selection.catalogue import CatalogueError
from matchwise.selection.catalogue_import import parse_program_records
from matchwise.sources.formats import read_source


def a_record(code: str, **fields: Any) -> dict[str, Any]:
    return {
        "specialty_file": "program_data_im.json",
        "name": f"Invented Program {code}",
        "acgme_code": code,
        "state": "GA",
        **fields,
    }


def records_file(tmp_path: Path, records: list[dict[str, Any]]) -> Path:
    path = tmp_path / "records.json"
    path.write_text(json.dumps({"records": records}, indent=1), encoding="utf-8")
    return path


def test_it_numbers_the_rows_as_records_from_one(tmp_path: Path) -> None:
    path = records_file(tmp_path, [a_record("1400000001"), a_record("1400000002")])
    rows = read_source("explorer", path).rows
    assert [(row.unit, row.line, row.acgme_id) for row in rows] == [
        ("record", 1, "1400000001"),
        ("record", 2, "1400000002"),
    ]


def test_it_names_the_record_of_a_problem_not_a_line(tmp_path: Path) -> None:
    path = records_file(tmp_path, [a_record("1400000001"), {"name": "no code"}])
    [problem] = read_source("explorer", path).problems
    assert (problem.unit, problem.line, problem.column) == ("record", 2, "acgme_code")
    assert str(problem).startswith("records.json, record 2, column acgme_code: ")


@pytest.mark.parametrize(
    ("table", "key", "value"),
    [
        ("interview_rate_pct_by_type", "US MD", 250),
        ("interview_rate_pct_by_type", "Non-US IMG", -1),
        ("resident_student_type_pct", "US-IMG", 100.5),
    ],
)
def test_it_refuses_a_percentage_outside_0_to_100(
    tmp_path: Path, table: str, key: str, value: float
) -> None:
    bad = a_record("1400000002", **{table: {key: value}})
    path = records_file(tmp_path, [a_record("1400000001"), bad])
    source = read_source("explorer", path)
    assert source.rows == []
    [problem] = source.problems
    assert (problem.file, problem.unit, problem.line, problem.column) == (
        "records.json",
        "record",
        2,
        f"{table}.{key}",
    )
    assert problem.message == f"expected a percentage from 0 to 100, got {value}"


def test_it_keeps_the_bounds_of_a_percentage(tmp_path: Path) -> None:
    rates = {"US MD": 100, "Non-US IMG": 0}
    path = records_file(tmp_path, [a_record("1400000001", interview_rate_pct_by_type=rates)])
    [row] = read_source("explorer", path).rows
    facts = {fact.attribute: fact.value for fact in row.facts}
    assert (facts["interview_rate_us_md"], facts["interview_rate_non_us_img"]) == (100.0, 0.0)


def test_it_says_record_in_the_importers_message_too() -> None:
    text = json.dumps(
        {"records": [a_record("1400000001", interview_rate_pct_by_type={"US DO": 250})]}
    )
    with pytest.raises(CatalogueError) as refused:
        parse_program_records(text, "records.json", as_of=date(2026, 1, 5), source="records")
    assert str(refused.value.problems[0]) == (
        "records.json: record 1: interview_rate_pct_by_type.US DO: "
        "expected a percentage from 0 to 100, got 250"
    )
