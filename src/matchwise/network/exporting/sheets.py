"""Contacts as a spreadsheet: CSV for any tool, XLSX for Excel and LibreOffice."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from typing import Protocol

from django.db.models import Max, QuerySet
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from matchwise.network.exporting.cells import neutralise_formula
from matchwise.network.models import Contact

Value = str | int | date | None

COLUMNS = (
    "name",
    "honorific",
    "role",
    "position",
    "specialty",
    "institution",
    "email",
    "phone",
    "linkedin_url",
    "country",
    "source",
    "met_through",
    "tags",
    "notes",
    "last_contacted",
    "cadence_ideal_days",
    "cadence_max_days",
)
# Column widths in characters, so that the sheet is readable when it opens.
WIDTHS = {
    "name": 28,
    "position": 28,
    "institution": 32,
    "email": 30,
    "linkedin_url": 40,
    "tags": 30,
    "notes": 60,
}
DEFAULT_WIDTH = 16
# Contacts are read in chunks: memory stays flat and tags cost one query per chunk.
CHUNK_SIZE = 1000
SHEET_TITLE = "Contacts"


class TextSink(Protocol):
    """Anything with `write(str)`: an open text file, a StringIO, a Django HttpResponse."""

    def write(self, text: str, /) -> object: ...


def contacts_for_export() -> QuerySet[Contact]:
    """Every contact with its introducer, its tags and the date of its newest interaction.

    The date is computed here rather than read from the stored copy, so that the export is
    right even if that copy has not been refreshed after a bulk change."""
    return (
        Contact.objects.select_related("met_through")
        .prefetch_related("tags")
        .annotate(newest_interaction_on=Max("interactions__occurred_on"))
        .order_by("name", "id")
    )


def contact_row(contact: Contact) -> tuple[Value, ...]:
    """One contact's cells, in the order of `COLUMNS`; `contact` comes from
    `contacts_for_export`."""
    return (
        contact.name,
        contact.honorific,
        contact.get_role_display(),
        contact.position,
        contact.specialty,
        contact.institution,
        contact.email,
        contact.phone,
        contact.linkedin_url,
        contact.country,
        contact.get_source_display() if contact.source else "",
        contact.met_through.name if contact.met_through else "",
        ", ".join(tag.name for tag in contact.tags.all()),
        contact.notes,
        contact.newest_interaction_on,  # type: ignore[attr-defined]
        contact.cadence_ideal_days,
        contact.cadence_max_days,
    )


def contact_rows() -> Iterator[tuple[Value, ...]]:
    for contact in contacts_for_export().iterator(chunk_size=CHUNK_SIZE):
        yield contact_row(contact)


def csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise_formula(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_contacts_csv(stream: TextSink) -> None:
    """Write the contacts as CSV (RFC 4180: CRLF rows; open files with `newline=""`)."""
    writer = csv.writer(stream)
    writer.writerow(COLUMNS)
    for row in contact_rows():
        writer.writerow([csv_cell(value) for value in row])


def contacts_csv_bytes() -> bytes:
    """The CSV as UTF-8 with a byte-order mark, which Excel needs to read accents correctly."""
    buffer = io.StringIO(newline="")
    write_contacts_csv(buffer)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_value(value: Value) -> Value:
    """Text made storable and inert; numbers and dates stay typed so that they sort."""
    if isinstance(value, str):
        # openpyxl refuses control characters that XML 1.0 cannot hold; drop them first,
        # so that what is left is what gets checked for a formula.
        return neutralise_formula(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def contacts_xlsx_bytes() -> bytes:
    """The contacts as an Excel workbook with a bold, frozen header row.

    Write-only mode streams rows to the file, and still supports frozen panes and widths
    as long as they are set before the first row.
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    sheet.freeze_panes = "A2"
    for index, column in enumerate(COLUMNS, start=1):
        width = WIDTHS.get(column, DEFAULT_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in contact_rows():
        sheet.append([xlsx_value(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
