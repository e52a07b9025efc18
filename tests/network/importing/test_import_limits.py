"""Size, row, column and cell-length limits: a clear refusal naming where the limit was passed."""

from __future__ import annotations

import pytest

from matchwise.network.importing import workbook
from matchwise.network.importing.by_kind import parse_file
from matchwise.network.importing.linkedin import parse_linkedin
from matchwise.network.importing.sheet import read_headers
from matchwise.textfiles import csvrows, limits
from matchwise.textfiles.errors import ImportFileError
from tests.network.importing.workbooks import in_sheet, rewrite
from tests.network.importing.workbooks import workbook as make_workbook

WIDE = limits.MAX_COLUMNS + 1
LONG = "x" * (limits.MAX_CELL_CHARS + 1)
LONG_XML = LONG.encode()  # openpyxl will not write a cell this long: it goes into the XML


@pytest.mark.parametrize(
    ("data", "name", "problem"),
    [
        (",".join(["h"] * WIDE).encode(), "wide.csv", r"wide\.csv, line 1: 1,001 columns"),
        (
            make_workbook([["h"] * WIDE]),
            "wide.xlsx",
            r"wide\.xlsx, sheet 'People', row 1: 1,001 columns",
        ),
        (
            f"Name,Notes\nAna,{LONG}\n".encode(),
            "long.csv",
            r"long\.csv, line 2, column 2: .*32,768",
        ),
        (
            rewrite(
                make_workbook([["Name", "Notes"], ["Ana", "…"]]),
                in_sheet(b"\xe2\x80\xa6", LONG.encode()),
            ),
            "long.xlsx",
            r"long\.xlsx, sheet 'People', cell B2: the cell holds 32,768 characters",
        ),
    ],
)
def test_it_refuses_a_sheet_past_a_limit(data: bytes, name: str, problem: str) -> None:
    with pytest.raises(ImportFileError, match=f"^{problem}"):
        read_headers(name, data)


def test_it_ignores_blank_cells_after_the_last_column() -> None:
    headers = read_headers("trailing.csv", b"Name,Email" + b"," * (WIDE * 3) + b"\nAna,a@b.org\n")
    assert headers == ["Name", "Email"]


def test_it_counts_rows_with_something_in_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csvrows, "MAX_ROWS", 3)
    ok = b"First Name,Last Name\nAna,Silva\n\n\n\nBen,Okafor\n"
    assert len(parse_linkedin("Connections.csv", ok).records) == 2
    too_many = ok + b"Eva,Novak\n"
    with pytest.raises(ImportFileError, match=r"line 7: the file has more than 3 rows"):
        parse_linkedin("Connections.csv", too_many)


def test_it_refuses_a_workbook_with_too_many_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook, "MAX_ROWS", 2)
    data = make_workbook([["Name"], ["Ana"], ["Ben"]])
    with pytest.raises(ImportFileError, match=r"sheet 'People': the file has more than 2 rows"):
        read_headers("rows.xlsx", data)


def test_it_refuses_a_workbook_that_unpacks_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook, "MAX_UNPACKED_BYTES", 100)
    with pytest.raises(ImportFileError, match=r"^small\.xlsx: the workbook unpacks to more than"):
        read_headers("small.xlsx", make_workbook([["Name"]]))


def test_it_refuses_a_file_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("matchwise.network.importing.by_kind.MAX_BYTES", 10)
    for kind in ("linkedin", "vcard", "sheet"):
        with pytest.raises(ImportFileError, match="larger than"):
            parse_file(kind, "big.csv", b"x" * 11)
