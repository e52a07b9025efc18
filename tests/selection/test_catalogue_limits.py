"""The catalogue readers refuse damaged values with file, line and column, never a traceback."""

from __future__ import annotations

import json
from datetime import date

import pytest

from matchwise.selection import catalogue_limits
from matchwise.selection.catalogue import CatalogueError, RowProblem
from matchwise.selection.catalogue_csv import parse_catalogue_csv, parse_catalogue_json
from matchwise.selection.catalogue_fields import COLUMNS
from matchwise.selection.catalogue_import import (
    parse_acgme_listing,
    parse_nrmp_program_list,
    parse_program_records,
)
from matchwise.selection.catalogue_limits import (
    MAX_COLUMNS,
    MAX_COUNTS,
    MAX_PROBLEMS,
    MAX_TEXT_CHARS,
)

BASE = {
    "program_id": "INV-1",
    "name": "Invented Hospital — Internal Medicine",
    "specialty": "Internal Medicine",
    "source": "invented",
    "as_of": "2025-06-30",
}
AS_OF = date(2025, 6, 30)


def csv_text(**cells: str) -> str:
    row = {**BASE, **cells}
    return ",".join(COLUMNS) + "\n" + ",".join(f'"{row.get(c, "")}"' for c in COLUMNS) + "\n"


def csv_problems(**cells: str) -> list[RowProblem]:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue_csv(csv_text(**cells), "mine.csv")
    return caught.value.problems


def json_problems(text: str) -> list[RowProblem]:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue_json(text, "mine.json")
    return caught.value.problems


def one_record(key: str, written: str) -> str:
    """One good record with the key's value spliced in as raw JSON text."""
    body = json.dumps(BASE)[:-1]
    return f'[{body}, "{key}": {written}}}]'


@pytest.mark.parametrize(
    ("column", "cell", "words"),
    [
        ("positions", "1e400", "finite"),
        ("positions", "inf", "finite"),
        ("positions", "-Infinity", "finite"),
        ("positions", "NaN", "finite"),
        ("applicants", "9" * 5000, "a cell holds at most"),
        ("positions", "1000000", "more than the 1,000"),
        ("max_attempts", "12", "more than the 10"),
        ("positions", "-3", "whole number 0 or more"),
        ("interview_rate_us_md", "nan", "finite"),
        ("step2_invited_lower", "inf", "finite"),
        ("state", "ZZ", "not the code of a US state"),
        ("state", "zz", "not the code of a US state"),
        ("name", "x" * (MAX_TEXT_CHARS + 1), "at most 500"),
        ("city", "Lake\x00side", "control character"),
        ("institution", "Bell\x07", "control character"),
    ],
)
def test_it_refuses_a_bad_csv_cell_with_its_line_and_column(
    column: str, cell: str, words: str
) -> None:
    (problem,) = csv_problems(**{column: cell})
    assert (problem.file, problem.line, problem.column) == ("mine.csv", 2, column)
    assert words in problem.message
    assert len(str(problem)) < 200  # never the whole cell


@pytest.mark.parametrize(
    ("column", "written", "words"),
    [
        ("positions", "1e400", "finite"),
        ("positions", "-1e400", "finite"),
        ("positions", "NaN", "finite"),
        ("positions", "Infinity", "finite"),
        ("applicants", "9" * 5000, "one of 5,000 digits"),
        ("applicants", "123456789012", "more than the 100,000"),
        ("positions", "true", "expected a number"),
        ("positions", "[1, 2]", "expected a number, got a list"),
        ("name", '"\\ud800 lone"', "lone surrogate"),
        ("name", '{"a": 1}', "expected text, got an object"),
        ("state", '"ZZ"', "not the code of a US state"),
        ("zip", "true", "expected text"),
    ],
)
def test_it_refuses_a_bad_json_value_with_its_record_and_key(
    column: str, written: str, words: str
) -> None:
    problems = json_problems(one_record(column, written))
    assert [(p.line, p.column) for p in problems] == [(1, column)]
    assert words in problems[0].message


def test_it_keeps_a_surrogate_pair_which_is_valid_text() -> None:
    (program,) = parse_catalogue_json(one_record("city", '"Lake \\ud83c\\udf0a"'), "ok.json")
    assert program.city == "Lake \U0001f30a"


@pytest.mark.parametrize("depth", [2_000, 100_000])
def test_it_refuses_json_nested_too_deeply(depth: int) -> None:
    (problem,) = json_problems("[" * depth + "]" * depth)
    assert (problem.line, problem.column) == (1, "-")
    assert "nested too deeply" in problem.message


def test_it_refuses_a_json_key_that_is_not_text_or_unknown_without_echoing_it_whole() -> None:
    record = {**BASE, "\ud800" * 3: 1, "x" * 10_000: 2}
    problems = json_problems(json.dumps([record]))
    assert len(problems) == 1 and "unknown key(s)" in problems[0].message
    assert len(problems[0].message) < 300
    assert "\ud800" not in str(problems[0])  # shown escaped, so it can be printed


def test_it_refuses_a_cell_longer_than_the_csv_reader_takes() -> None:
    text = csv_text() + '"' + "x" * 200_000 + "\n"
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue_csv(text, "mine.csv")
    (problem,) = caught.value.problems
    assert problem.line >= 3 and "longer than 131,072 characters" in problem.message


def test_it_refuses_a_header_wider_than_the_limit_quickly() -> None:
    text = ",".join(COLUMNS) + "," * 100_000 + "\n"
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue_csv(text, "wide.csv")
    (problem,) = caught.value.problems
    assert problem.line == 1 and f"at most {MAX_COLUMNS}" in problem.message


def test_it_lists_a_few_unknown_columns_not_thousands() -> None:
    header = [*COLUMNS, *(f"extra{i}" for i in range(150))]
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue_csv(",".join(header) + "\n", "x.csv")
    (problem,) = caught.value.problems
    assert problem.column == "extra0" and "and 145 more" in problem.message


def test_it_accepts_the_largest_counts_allowed() -> None:
    cells = {column: str(limit) for column, limit in MAX_COUNTS.items()}
    (program,) = parse_catalogue_csv(csv_text(**cells), "big.csv")
    assert program.positions == MAX_COUNTS["positions"] and program.filled == program.positions


@pytest.mark.parametrize(
    ("line", "column", "words"),
    [
        ("9999140C0,Internal Medicine,Invented Clinic,Internal Medicine,Categorical,OH\n", "", ""),
        (
            f"9999140C0,{'x' * 600},Invented Clinic,Internal Medicine,Categorical,OH\n",
            "name",
            "500",
        ),
        (
            "9999140C0,IM,Invented\x00Clinic,Internal Medicine,Categorical,OH\n",
            "institution",
            "con",
        ),
    ],
)
def test_it_holds_the_nrmp_layout_to_the_same_limits(line: str, column: str, words: str) -> None:
    header = "nrmp_program_code,program_name,institution_name,specialty,track_type,state\n"
    if not column:
        assert len(parse_nrmp_program_list(header + line, "n.csv", as_of=AS_OF, source="t")) == 1
        return
    with pytest.raises(CatalogueError) as caught:
        parse_nrmp_program_list(header + line, "n.csv", as_of=AS_OF, source="t")
    found = [p for p in caught.value.problems if (p.line, p.column) == (2, column)]
    assert found and words in found[0].message


def test_it_refuses_an_unknown_state_in_an_acgme_listing() -> None:
    text = (
        "program_code,program_name,sponsoring_institution_name,city,state,zip\n"
        "2209999001,Invented Program,Invented Sponsor,Lakeside,Zedland,43215\n"
    )
    with pytest.raises(CatalogueError) as caught:
        parse_acgme_listing(text, "a.csv", specialty="Pediatrics", as_of=AS_OF, source="t")
    assert [(p.line, p.column) for p in caught.value.problems] == [(2, "state")]


def explorer(**changes: object) -> str:
    record = {
        "acgme_code": "1409999001",
        "specialty_file": "program_data (Internal Medicine)",
        "name": "Invented Program",
        "state": "OH",
        **changes,
    }
    return json.dumps({"records": [record]})


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"training": [1, 2]}, None),  # not an object: ignored, not a crash
        ({"match_outcomes_2026": {"positions_offered": 10**12}}, "positions"),
        ({"match_outcomes_2026": {"positions_offered": "9" * 5000}}, None),
        ({"step2_ck_invited": {"All": [250, 240, 230, 220, 210]}}, None),  # decreasing: unknown
        ({"interview_rate_pct_by_type": {"US MD": True}}, None),
        ({"name": {"nested": ["deep"]}}, None),  # falls back to the code
        ({"city": "Lake\x00side"}, "city"),
    ],
)
def test_it_reads_damaged_per_program_records_safely(
    changes: dict[str, object], expected: str | None
) -> None:
    text = explorer(**changes)
    if expected is None:
        (program,) = parse_program_records(text, "r.json", as_of=AS_OF, source="t")
        assert program.positions is None and program.step2_invited is None
        return
    with pytest.raises(CatalogueError) as caught:
        parse_program_records(text, "r.json", as_of=AS_OF, source="t")
    assert [(p.line, p.column) for p in caught.value.problems] == [(1, expected)]


def test_it_refuses_per_program_records_that_repeat_a_code() -> None:
    record = json.loads(explorer())["records"][0]
    text = json.dumps({"records": [record, {**record, "name": "Other"}]})
    with pytest.raises(CatalogueError) as caught:
        parse_program_records(text, "r.json", as_of=AS_OF, source="t")
    assert [(p.line, p.column) for p in caught.value.problems] == [(2, "acgme_code")]


@pytest.mark.parametrize("text", ["[" * 50_000, '{"records": [NaN]}', "1" * 5000])
def test_it_refuses_per_program_records_that_are_not_json_it_can_read(text: str) -> None:
    with pytest.raises(CatalogueError):
        parse_program_records(text, "r.json", as_of=AS_OF, source="t")


@pytest.mark.parametrize("layout", ["csv", "json", "nrmp", "explorer"])
def test_it_refuses_more_programs_than_the_limit(
    layout: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalogue_limits, "MAX_PROGRAMS", 3)
    ids = [f"INV-{i}" for i in range(5)]
    nrmp_header = "nrmp_program_code,program_name,institution_name,specialty,track_type,state\n"
    with pytest.raises(CatalogueError) as caught:
        if layout == "csv":
            parse_catalogue_csv(csv_text() + (csv_text().splitlines()[1] + "\n") * 4, "many.csv")
        elif layout == "json":
            parse_catalogue_json(json.dumps([{**BASE, "program_id": i} for i in ids]), "m.json")
        elif layout == "nrmp":
            rows = "".join(f"{i},IM,Clinic,Internal Medicine,Categorical,OH\n" for i in ids)
            parse_nrmp_program_list(nrmp_header + rows, "m.csv", as_of=AS_OF, source="t")
        else:
            records = [json.loads(explorer(acgme_code=i))["records"][0] for i in ids]
            text = json.dumps({"records": records})
            parse_program_records(text, "m.json", as_of=AS_OF, source="t")
    (problem,) = caught.value.problems
    assert "more than 3 programs in one file" in problem.message


def test_it_stops_reading_a_file_that_is_not_a_catalogue_after_many_problems() -> None:
    text = ",".join(COLUMNS) + "\n" + "x\n" * 50_000
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue_csv(text, "junk.csv")
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert f"stopped reading after {MAX_PROBLEMS:,} problems" in problems[-1].message


@pytest.mark.parametrize(
    "header",
    [(*COLUMNS, "program_id"), ("name", *COLUMNS), (*COLUMNS[:-1], "name", "as_of")],
)
def test_it_refuses_a_header_that_repeats_a_column(header: tuple[str, ...]) -> None:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue_csv(",".join(header) + "\n", "x.csv")
    assert any("repeated column(s)" in p.message for p in caught.value.problems)
