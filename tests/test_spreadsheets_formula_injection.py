"""Cells that a spreadsheet would run as formulas are made inert, in CSV and XLSX alike."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from matchwise.spreadsheets import csv_bytes, neutralise_formula, xlsx_bytes

CASES = [
    ("=1+1", "'=1+1"),
    ('=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'),
    ("+1 555 0100", "'+1 555 0100"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    # A formula behind spaces, line breaks or control characters is still a formula.
    (" =1+1", "' =1+1"),
    ("   @SUM(A1)", "'   @SUM(A1)"),
    ("\n=1+1", "'\n=1+1"),
    ("\r\n-1", "'\r\n-1"),
    ("\x00=1+1", "'\x00=1+1"),
    ("\x1b\x07+1", "'\x1b\x07+1"),
    ("\u00a0=1+1", "'\u00a0=1+1"),  # a no-break space
    ("\u200b=1+1", "'\u200b=1+1"),  # a zero-width space
    ("\ufeff=1+1", "'\ufeff=1+1"),  # a byte-order mark
    # Everything else is left as it was.
    ("\tplain", "'\tplain"),
    ("\rplain", "'\rplain"),
    (" plain", " plain"),
    ("\nplain", "\nplain"),
    ("   ", "   "),
    ("Dr. Ana Souza", "Dr. Ana Souza"),
    ("a=b", "a=b"),
    ("x -1", "x -1"),
    ("'quoted", "'quoted"),
    ("", ""),
    ("日本語", "日本語"),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_it_neutralises_only_cells_that_start_like_a_formula(value: str, expected: str) -> None:
    assert neutralise_formula(value) == expected


@pytest.mark.parametrize("value", [value for value, _ in CASES])
def test_it_is_idempotent_in_effect(value: str) -> None:
    once = neutralise_formula(value)
    assert neutralise_formula(once) == once


HIDDEN_FORMULAS = [" =1+1", "\n=1+1", "\x00=1+1"]


def test_it_writes_hidden_formulas_as_text_in_a_csv_file() -> None:
    data = csv_bytes(["cell"], [[value] for value in HIDDEN_FORMULAS])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [row[0] for row in rows[1:]] == ["'" + value for value in HIDDEN_FORMULAS]


def test_it_writes_hidden_formulas_as_text_in_a_workbook() -> None:
    data = xlsx_bytes("Cells", ["cell"], [[value] for value in HIDDEN_FORMULAS])
    sheet = load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    cells = [cell.value for cell in sheet["A"][1:]]
    assert all(isinstance(value, str) and value.startswith("'") for value in cells)
    # XML cannot hold NUL, so the workbook drops it; what is left still starts with the quote.
    assert cells == ["' =1+1", "'\n=1+1", "'=1+1"]
    assert all(cell.data_type == "s" for cell in sheet["A"][1:])
