"""The rows of an XLSX workbook's first sheet, read defensively.

openpyxl reads a sound workbook; a damaged one (no sheet XML, truncated or garbage XML, a
number that is not one, a cell reference past the last column) makes it raise whatever its
parser meets. Every such failure becomes one `ImportFileError` naming the file, the sheet and,
where a second look at the XML finds it, the cell. The limits of `limits` apply here too.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import IO
from xml.etree.ElementTree import Element, iterparse

from matchwise.textfiles.errors import ImportFileError
from matchwise.textfiles.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    cell_too_long,
    too_many_columns,
    too_many_rows,
)

Cell = str | int | float | bool | date | datetime | None
Row = tuple[int, list[Cell]]
CELL_REFERENCE = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,6})")
LAST_COLUMN = 16_384  # XFD, Excel's last column
NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def xlsx_rows(filename: str, data: bytes) -> Iterator[Row]:
    """(row number as Excel shows it, values) of the first sheet's rows that are not blank,
    without their trailing blank cells."""
    _check_archive(filename, data)
    # Imported here: the CSV path and the other importers do not need openpyxl loaded.
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged workbook
        cell, problem = _diagnose(data)
        if not problem:
            cell, problem = "", f"not a readable .xlsx workbook ({_said(error)})"
        raise ImportFileError(filename, problem, field=cell) from error
    sheet_name = "?"
    number = 0
    try:
        if not workbook.worksheets:
            raise ImportFileError(
                filename, "the workbook has no sheet that can be read (its sheet data is missing)"
            )
        sheet = workbook.worksheets[0]
        sheet_name = sheet.title
        where = f"sheet {sheet_name!r}"
        sheet.reset_dimensions()  # some programs write a wrong size; read every row there is
        filled = 0
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = _cells(filename, where, number, values) if values else []
            if not cells:
                continue  # a blank row, or one of the gaps openpyxl fills before a far row
            filled += 1
            if filled > MAX_ROWS:
                raise ImportFileError(filename, too_many_rows(MAX_ROWS), field=where)
            yield number, cells
    except ImportFileError:
        raise
    except Exception as error:  # the sheet's XML is damaged somewhere past the rows read
        cell, problem = _diagnose(data)
        if not problem:
            problem = f"the sheet cannot be read after row {number} ({_said(error)})"
        where = ", ".join(part for part in (f"sheet {sheet_name!r}", cell) if part)
        raise ImportFileError(filename, problem, field=where) from error
    finally:
        workbook.close()


def _check_archive(filename: str, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise ImportFileError(filename, f"not a readable .xlsx workbook ({error})") from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFileError(
            filename,
            f"the workbook unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB; "
            "save the contacts alone, or as CSV",
        )


def _cells(filename: str, where: str, number: int, values: tuple[object, ...]) -> list[Cell]:
    """The row's values up to its last non-blank one, each checked against the limits."""
    last = len(values)
    while last and (values[last - 1] is None or values[last - 1] == ""):
        last -= 1
    if last > MAX_COLUMNS:
        raise ImportFileError(
            filename, too_many_columns(last, MAX_COLUMNS), field=f"{where}, row {number}"
        )
    cells: list[Cell] = []
    for column, value in enumerate(values[:last], start=1):
        cell = _cell(value)
        problem = ""
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            problem = cell_too_long(len(cell), MAX_CELL_CHARS)
        elif isinstance(cell, float) and not math.isfinite(cell):
            problem = f"{cell} is not a number that can be imported"
        if problem:
            raise ImportFileError(filename, problem, field=f"{where}, cell {_ref(column, number)}")
        cells.append(cell)
    return cells


def _cell(value: object) -> Cell:
    if isinstance(value, time | timedelta):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool | date | datetime):
        return value
    return str(value)


def _ref(column: int, row: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(column)}{row}"


def _said(error: BaseException) -> str:
    text = " ".join(str(error).split())[:120]
    return text or type(error).__name__


def _diagnose(data: bytes) -> tuple[str, str]:
    """(cell, problem) of the first sheet's XML as the user can find it; problem '' if unclear."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
            if not names:
                return "", "the workbook has no sheet data (the sheet's XML is missing)"
            with archive.open(sorted(names)[0]) as source:
                return _first_bad_cell(source)
    except Exception:  # the diagnosis is a courtesy: never let it hide the first error
        return "", ""


def _first_bad_cell(source: IO[bytes]) -> tuple[str, str]:
    try:
        for _, element in iterparse(source):  # noqa: S314 (expat refuses entity bombs)
            found = _problem_of(element)
            if found[1]:
                return found
            if element.tag == f"{MAIN}c":
                element.clear()
    except Exception:  # truncated, or not XML at all
        return "", "the sheet's XML is damaged (cut short, or not XML at all)"
    return "", ""


def _problem_of(element: Element) -> tuple[str, str]:
    reference = element.get("r", "")
    if element.tag == f"{MAIN}row":
        if reference.isdigit():
            return "", ""
        return "", f"the row number {reference[:20]!r} is not a number"
    if element.tag != f"{MAIN}c":
        return "", ""
    match = CELL_REFERENCE.fullmatch(reference)
    if reference and not match:
        return "", f"the cell reference {reference[:20]!r} is not a cell of a sheet"
    if match and _column_number(match.group(1)) > LAST_COLUMN:
        return "", f"the cell reference {reference!r} is past the last column (XFD)"
    value = element.find(f"{MAIN}v")
    if element.get("t", "n") == "n" and value is not None:
        text = value.text or ""
        if not NUMBER.fullmatch(text.strip()):
            return f"cell {reference}", f"{text[:20]!r} is stored as a number but is not one"
    return "", ""


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number
