"""The catalogue format's `step2_minimum` column: a minimum on its own, without a box; files
written before the column existed still read."""

import json
from dataclasses import replace

import pytest

from matchwise.selection.catalogue import CatalogueError
from matchwise.selection.catalogue_csv import (
    catalogue_csv_text,
    catalogue_json_records,
    parse_catalogue_csv,
    parse_catalogue_json,
    read_catalogue,
)
from matchwise.selection.catalogue_fields import COLUMNS

from .conftest import FIXTURES


def with_minimum(minimum: str) -> str:
    """The good fixture written again, its first program stating `minimum` (and no box)."""
    programs = read_catalogue(FIXTURES / "good_catalogue.csv")
    programs[0] = replace(programs[0], step2_invited=None, step2_img_invited=None)
    lines = catalogue_csv_text(programs).splitlines()
    cells = lines[1].split(",")
    cells[COLUMNS.index("step2_minimum")] = minimum
    lines[1] = ",".join(cells)
    return "\n".join(lines) + "\n"


def test_it_reads_a_minimum_on_its_own() -> None:
    first = parse_catalogue_csv(with_minimum("235"), "min.csv")[0]
    assert first.step2_minimum == 235
    assert first.step2_invited is None and first.step2_img_invited is None


def test_it_writes_the_minimum_back_in_both_forms() -> None:
    programs = parse_catalogue_csv(with_minimum("235"), "min.csv")
    assert parse_catalogue_csv(catalogue_csv_text(programs), "again.csv") == programs
    records = json.dumps(catalogue_json_records(programs))
    assert parse_catalogue_json(records, "again.json") == programs
    assert json.loads(records)[0]["step2_minimum"] == "235"


@pytest.mark.parametrize(
    ("minimum", "words"),
    [("high", "expected a number"), ("400", "between 1 and 300"), ("0", "between 1 and 300")],
)
def test_it_names_the_line_and_column_of_a_bad_minimum(minimum: str, words: str) -> None:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue_csv(with_minimum(minimum), "min.csv")
    [problem] = caught.value.problems
    assert (problem.file, problem.line, problem.column) == ("min.csv", 2, "step2_minimum")
    assert words in problem.message


def test_it_reads_a_file_written_before_the_column() -> None:
    older = [c for c in COLUMNS if c != "step2_minimum"]
    text = (FIXTURES / "good_catalogue.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(older)
    assert [p.step2_minimum for p in parse_catalogue_csv(text, "old.csv")] == [None] * 3


def test_it_still_refuses_columns_out_of_order() -> None:
    moved = [c for c in COLUMNS if c != "step2_minimum"] + ["step2_minimum"]
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue_csv(",".join(moved) + "\n", "x.csv")
    assert "out of order" in caught.value.problems[0].message
