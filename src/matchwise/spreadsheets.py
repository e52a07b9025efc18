"""Tables as CSV or XLSX files that open safely in a spreadsheet (no Django import).

Every export of the app (contacts, shortlists) goes through here, so that the protection
against formula injection and the file conventions live in one place.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

Value = str | int | float | date | None
# A spreadsheet may read a cell starting with one of these as a formula (OWASP, "CSV Injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@")
# Programs skip spaces, line breaks, control and invisible format characters before a
# formula, so the first character that is none of these decides. A cell that starts with a
# tab or a carriage return is made inert whatever follows, as before.
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf"})
ALWAYS_INERT = ("\t", "\r")
DEFAULT_WIDTH = 16


class TextSink(Protocol):
    """Anything with `write(str)`: an open text file, a StringIO, a Django HttpResponse."""

    def write(self, text: str, /) -> object: ...


def neutralise_formula(value: str) -> str:
    """The text of a cell, made inert: a leading quote stops it from being run as a formula.

    The price is a visible quote on harmless text such as a phone number written "+1 …";
    the cells hold other people's words and imported files, so safety wins.
    """
    return "'" + value if value.startswith(ALWAYS_INERT) or starts_like_a_formula(value) else value


def starts_like_a_formula(value: str) -> bool:
    for character in value:
        if character.isspace() or unicodedata.category(character) in INVISIBLE_CATEGORIES:
            continue
        return character in FORMULA_TRIGGERS
    return False


def csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise_formula(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def xlsx_value(value: Value) -> Value:
    """Text made storable and inert; numbers and dates stay typed so that they sort."""
    if isinstance(value, str):
        # openpyxl refuses control characters that XML 1.0 cannot hold; drop them first,
        # so that what is left is what gets checked for a formula.
        return neutralise_formula(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def write_csv(stream: TextSink, columns: Sequence[str], rows: Iterable[Sequence[Value]]) -> None:
    """RFC 4180 rows (CRLF; open files with `newline=""`), a header first."""
    writer = csv.writer(stream)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[Value]]) -> bytes:
    """UTF-8 with a byte-order mark, which Excel needs to read accents and dashes correctly."""
    buffer = io.StringIO(newline="")
    write_csv(buffer, columns, rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: a bold, frozen header row, then the rows."""

    title: str  # Excel allows 31 characters
    columns: Sequence[str]
    rows: Iterable[Sequence[Value]]
    widths: Mapping[str, int] = field(default_factory=dict)


def xlsx_bytes(
    sheet_title: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Value]],
    *,
    widths: Mapping[str, int] | None = None,
    document_title: str | None = None,
) -> bytes:
    """A workbook of one sheet with a bold, frozen header row."""
    sheet = Sheet(sheet_title, columns, rows, widths or {})
    return xlsx_book_bytes([sheet], document_title=document_title)


def xlsx_book_bytes(sheets: Sequence[Sheet], *, document_title: str | None = None) -> bytes:
    """A workbook of several sheets, in order; the first is the one that opens.

    Write-only mode streams rows to the file, and still supports frozen panes and widths
    as long as they are set before the first row.
    """
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for content in sheets:
        sheet = workbook.create_sheet(content.title)
        sheet.freeze_panes = "A2"
        for index, column in enumerate(content.columns, start=1):
            width = content.widths.get(column, DEFAULT_WIDTH)
            sheet.column_dimensions[get_column_letter(index)].width = width
        header = []
        for column in content.columns:
            cell = WriteOnlyCell(sheet, value=column)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in content.rows:
            sheet.append([xlsx_value(value) for value in row])
    if document_title:
        workbook.properties.title = document_title
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
