"""Wide header rows: names made unique in linear time, blank trailing cells never columns."""

from __future__ import annotations

import pytest

from matchwise.network.importing.sheet import parse_sheet, read_headers
from matchwise.network.importing.sheet_mapping import suggest_mapping
from matchwise.textfiles.errors import ImportFileError
from matchwise.textfiles.limits import unique_headers
from tests.network.importing.workbooks import in_sheet, rewrite, workbook


@pytest.mark.parametrize(
    ("texts", "headers"),
    [
        (["Name", "Notes", "Notes"], ["Name", "Notes", "Notes (2)"]),
        (["Notes", "Notes (2)", "Notes"], ["Notes", "Notes (2)", "Notes (3)"]),
        (["", "Name", ""], ["Column 1", "Name", "Column 3"]),
        (["Column 2", ""], ["Column 2", "Column 2 (2)"]),
        (["A", "A", "A", "A (2)"], ["A", "A (2)", "A (3)", "A (2) (2)"]),
    ],
)
def test_it_makes_headers_unique(texts: list[str], headers: list[str]) -> None:
    assert unique_headers(texts) == headers


def test_it_numbers_20000_copies_of_one_header() -> None:
    headers = unique_headers(["Notes"] * 20_000 + [""] * 100_000)
    assert headers[1] == "Notes (2)" and headers[19_999] == "Notes (20000)"
    assert headers[-1] == "Column 120000" and len(set(headers)) == 120_000


def test_it_refuses_20000_headers_with_the_column_limit() -> None:
    data = ("Name," + ",".join(["Notes"] * 19_999) + "\n").encode() + b"Ana Silva,met at ACP\n"
    with pytest.raises(ImportFileError, match=r"^notes\.csv, line 1: 20,000 columns, more than"):
        read_headers("notes.csv", data)


def test_it_reads_many_copies_of_one_header_within_the_column_limit() -> None:
    data = ("Name," + ",".join(["Notes"] * 999) + "\n").encode() + b"Ana Silva,met at ACP\n"
    headers = read_headers("notes.csv", data)
    assert headers[:3] == ["Name", "Notes", "Notes (2)"] and headers[-1] == "Notes (999)"
    parsed = parse_sheet("notes.csv", data, suggest_mapping(headers))
    assert parsed.records[0].notes == "met at ACP"


def test_it_ignores_100000_blank_header_cells() -> None:
    csv = b"Name,Email" + b"," * 100_000 + b"\nAna Silva,ana@example.org\n"
    assert read_headers("people.csv", csv) == ["Name", "Email"]
    blank = b"<c/>" * 100_000
    data = workbook([["Name", "Email"], ["Ana Silva", "ana@example.org"]])
    data = rewrite(data, in_sheet(b"</c></row>", b"</c>" + blank + b"</row>", count=1))
    assert read_headers("people.xlsx", data) == ["Name", "Email"]
    parsed = parse_sheet("people.xlsx", data, {"Name": "name", "Email": "email"})
    assert parsed.records[0].email == "ana@example.org"


def test_it_keeps_a_blank_header_over_a_column_with_values() -> None:
    data = b"Name,,\nAna Silva,,Cardiology\n"
    assert read_headers("people.csv", data) == ["Name", "Column 2", "Column 3"]
