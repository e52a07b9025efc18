"""LinkedIn's `Connections.csv` (Settings → Data privacy → Get a copy of your data).

The header row is found by its column names: current exports put a few lines of notes above it,
older ones start with it and have no URL column. Members who hide their profile from exports
appear as rows with only a date; they are rejected with that reason, never stored nameless.
"""

from __future__ import annotations

from matchwise.network.choices import Channel, Role, Source
from matchwise.network.importing.dates import read_date
from matchwise.network.importing.vocabulary import read_role, split_honorific
from matchwise.network.records import ContactRecord, ParsedFile, RejectedRow
from matchwise.textfiles.csvrows import csv_rows
from matchwise.textfiles.decoding import decode_text
from matchwise.textfiles.errors import ImportFileError

COLUMNS = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
REQUIRED = ("First Name", "Last Name")
HEADER_SEARCH_ROWS = 30  # the preamble is a handful of lines; a header further down is not ours
TOPIC = "Connected on LinkedIn"


def parse_linkedin(filename: str, data: bytes) -> ParsedFile:
    """Every connection in the export as a record, or as a rejected row with its line."""
    rows = csv_rows(filename, decode_text(filename, data))
    columns: dict[str, int] | None = None
    parsed = ParsedFile(filename)
    for line, row in rows:
        cells = [cell.strip() for cell in row]
        if columns is None:
            columns = _header(cells)
            if columns is None and line > HEADER_SEARCH_ROWS:
                break
            continue
        if not any(cells):
            continue
        result = _record(line, cells, columns)
        if isinstance(result, RejectedRow):
            parsed.rejected.append(result)
        else:
            parsed.records.append(result)
    if columns is None:
        raise ImportFileError(
            filename,
            "no header row with 'First Name' and 'Last Name' was found; "
            "is this the Connections.csv file from LinkedIn?",
        )
    return parsed


def _header(cells: list[str]) -> dict[str, int] | None:
    """Column positions when these cells are the header row, else None."""
    by_name = {cell.casefold(): index for index, cell in reversed(list(enumerate(cells)))}
    if not all(name.casefold() in by_name for name in REQUIRED):
        return None
    return {name: by_name[name.casefold()] for name in COLUMNS if name.casefold() in by_name}


def _record(line: int, cells: list[str], columns: dict[str, int]) -> ContactRecord | RejectedRow:
    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index] if index is not None and index < len(cells) else ""

    honorific, name = split_honorific(f"{cell('First Name')} {cell('Last Name')}")
    if not name:
        return RejectedRow(
            line,
            "First Name and Last Name are empty: LinkedIn leaves them out "
            "for members who hide their details from exports",
        )
    record = ContactRecord(
        line=line,
        name=name,
        honorific=honorific,
        position=cell("Position"),
        institution=cell("Company"),
        email=cell("Email Address"),
        linkedin_url=cell("URL"),
        source=str(Source.LINKEDIN),
    )
    # Only a clear title sets the role; the position keeps the words either way.
    role = read_role(record.position).value
    record.role = "" if role == Role.OTHER else role
    connected = cell("Connected On")
    if connected:
        try:
            record.touched_on = read_date(connected)
        except ValueError as error:
            return RejectedRow(line, f"Connected On: {error}")
        record.touch_topic = TOPIC
        record.touch_channel = str(Channel.LINKEDIN)
    return record
