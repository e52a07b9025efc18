"""The shortlist as a spreadsheet (CSV or XLSX), one program a row, reasons in words."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from matchwise.network.exporting.cells import neutralise_formula
from matchwise.programs.services import ShortlistResult

Cell = str | int | float | None
COLUMNS = (
    "rank",
    "program_id",
    "program",
    "institution",
    "city",
    "state",
    "specialty",
    "tier",
    "p_interview",
    "p_interview_low",
    "p_interview_high",
    "p_match_here",
    "network_ties",
    "reasons",
    "unknowns",
    "source",
    "as_of",
)
WIDTHS = {"program": 50, "institution": 40, "reasons": 80, "unknowns": 50, "source": 30}


def shortlist_rows(result: ShortlistResult) -> list[tuple[Cell, ...]]:
    """Every listed program; chances as fractions (0-1) so that a sheet can compute with them."""
    return [
        (
            row.rank,
            row.listed.program_id,
            row.listed.name,
            row.program.institution,
            row.program.city,
            row.program.state,
            row.listed.specialty,
            row.listed.tier,
            round(row.listed.p_interview, 4),
            round(row.listed.p_interview_low, 4),
            round(row.listed.p_interview_high, 4),
            round(row.listed.p_match_here, 4),
            row.listed.network_ties,
            "; ".join(row.listed.reasons),
            "; ".join(row.listed.unknowns),
            row.program.source,  # "sample — fictional programs" for every sample program
            row.program.as_of.isoformat(),
        )
        for row in result.rows
    ]


def _text(value: Cell) -> Cell:
    # Catalogue text comes from files the user did not write: keep it inert in a spreadsheet.
    return neutralise_formula(value) if isinstance(value, str) else value


def shortlist_csv_bytes(result: ShortlistResult) -> bytes:
    """UTF-8 with a byte-order mark, which Excel needs to read the dash in the sample label."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in shortlist_rows(result):
        writer.writerow(["" if v is None else _text(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def shortlist_xlsx_bytes(result: ShortlistResult) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Shortlist")
    sheet.freeze_panes = "A2"
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(column, 14)
    bold = Font(bold=True)
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in shortlist_rows(result):
        sheet.append([_text(v) for v in row])
    if result.label:
        workbook.properties.title = f"matchwise shortlist ({result.label})"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
