"""A tracking spreadsheet (CSV or XLSX) read through a column mapping the user confirms.

Two steps: `read_headers` and `suggest_mapping` (in `sheet_mapping`) propose which column is
which; `parse_sheet` reads the rows with the mapping chosen. Lines are the file's own: the CSV
line where a row starts, or the row number Excel shows.

How free text is read (documented for the user guide):
- Role and How you met are read tolerantly ('PD', 'attending physician', 'rotation', 'USCE').
  When the text is not an exact synonym, it is kept: an unrecognised or guessed role goes to
  Title / position when that is empty, otherwise to the notes; how you met goes to the notes.
- Numeric dates with the year last are month/day/year, unless the sheet's dates can only be
  day/month/year (some first number above 12, no second number above 12): then all are.
- The keep-in-touch rhythm (every … days, never more than … days apart) is a whole number of
  days from 1 to 32767, and the longest gap is not shorter than the ideal one: otherwise the
  row is refused, naming the column.
- Introduced by (the sheet export's `met_through`) names another contact: it is linked after
  the rows are matched (see `introductions`), to a contact of the same file or a stored one.
- A last-contact date becomes an interaction with the topic given (or a plain 'Last contact'
  topic). Its channel comes from a channel column when there is one; otherwise it stays unknown
  and the commit records it as email, saying so in the interaction's notes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime

from matchwise.network.contact_fields import DAYS_FIELDS
from matchwise.network.importing.dates import prefers_day_first, read_date
from matchwise.network.importing.sheet_mapping import SHEET_FIELDS, check_mapping
from matchwise.network.importing.vocabulary import (
    read_channel,
    read_role,
    read_source,
    split_honorific,
    split_tags,
)
from matchwise.network.importing.workbook import Cell, Row, xlsx_rows
from matchwise.network.records import ContactRecord, ParsedFile, RejectedRow
from matchwise.textfiles.csvrows import csv_rows, guess_delimiter
from matchwise.textfiles.decoding import decode_text
from matchwise.textfiles.errors import ImportFileError
from matchwise.textfiles.limits import unique_headers

XLSX_MAGIC = b"PK\x03\x04"
OLD_EXCEL_MAGIC = b"\xd0\xcf\x11\xe0"
DATE_FIELDS = ("last_contact_on", "follow_up_on")
PLAIN_FIELDS = ("position", "specialty", "institution", "email", "phone", "country")
LAST_CONTACT = "Last contact"
MOST_DAYS = 32767  # what the database stores


def read_headers(filename: str, data: bytes) -> list[str]:
    """The column headers, made unique ('Notes', 'Notes (2)'); blank ones are 'Column 3'."""
    headers, _ = _table(filename, data)
    return headers


def parse_sheet(filename: str, data: bytes, mapping: Mapping[str, str]) -> ParsedFile:
    """Records from the rows, read through `mapping` (header → field of `SHEET_FIELDS`)."""
    headers, rows = _table(filename, data)
    check_mapping(filename, headers, mapping)
    columns: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        if mapping.get(header):
            columns.setdefault(mapping[header], []).append(index)
    date_columns = [i for field in DATE_FIELDS for i in columns.get(field, [])]
    day_first = prefers_day_first(row[i] for _, row in rows for i in date_columns if i < len(row))
    parsed = ParsedFile(filename)
    for line, cells in rows:
        if not any(_text(cell) for cell in cells):
            continue
        row = SheetRow(line, cells, headers, columns)
        result = row.record(day_first)
        if isinstance(result, RejectedRow):
            parsed.rejected.append(result)
        else:
            parsed.records.append(result)
    return parsed


class SheetRow:
    """One row's cells, looked up by field."""

    def __init__(
        self, line: int, cells: list[Cell], headers: list[str], columns: dict[str, list[int]]
    ) -> None:
        self.line, self.cells, self.headers, self.columns = line, cells, headers, columns

    def raw(self, field: str) -> Cell:
        indexes = self.columns.get(field, [])
        return self.cells[indexes[0]] if indexes and indexes[0] < len(self.cells) else None

    def text(self, field: str) -> str:
        return _text(self.raw(field))

    def header(self, field: str) -> str:
        indexes = self.columns.get(field, [])
        return self.headers[indexes[0]] if indexes else SHEET_FIELDS[field]

    def every(self, field: str) -> list[tuple[str, str]]:
        """(header, text) of each column mapped to a field that takes several, blanks dropped."""
        found = [
            (self.headers[i], _text(self.cells[i], keep_lines=True) if i < len(self.cells) else "")
            for i in self.columns.get(field, [])
        ]
        return [(header, text) for header, text in found if text]

    def date(self, field: str, day_first: bool) -> date | None:
        value = self.raw(field)
        if value is None or _text(value) == "":
            return None
        return read_date(value, day_first=day_first)

    def record(self, day_first: bool) -> ContactRecord | RejectedRow:
        full = self.text("name") or f"{self.text('first_name')} {self.text('last_name')}"
        honorific, name = split_honorific(full)
        if not name:
            fields = ["name"] if "name" in self.columns else ["first_name", "last_name"]
            named = " and ".join(self.header(f) for f in fields if f in self.columns)
            return RejectedRow(self.line, f"{named}: empty, a contact needs a name")
        dates: dict[str, date | None] = {}
        for field in DATE_FIELDS:
            try:
                dates[field] = self.date(field, day_first)
            except ValueError as error:
                return RejectedRow(self.line, f"{self.header(field)}: {error}")
        days = self.rhythm()
        if isinstance(days, RejectedRow):
            return days
        record = ContactRecord(
            line=self.line,
            name=name,
            honorific=self.text("honorific") or honorific,
            linkedin_url=_linkedin_url(self.text("linkedin_url")),
            follow_up_on=dates["follow_up_on"],
            tags=split_tags(text for _, text in self.every("tags")),
        )
        for field in PLAIN_FIELDS:
            setattr(record, field, self.text(field))
        record.cadence_ideal_days, record.cadence_max_days = days
        record.met_through = self.text("met_through")
        if record.met_through:
            record.sources["met_through"] = (self.line, self.header("met_through"))
        extra = self._read_words(record)
        topic = self.text("last_contact_topic")
        record.touched_on = dates["last_contact_on"]
        if record.touched_on is not None:
            record.touch_topic = topic or LAST_CONTACT
            channel = self.text("last_contact_channel")
            record.touch_channel = read_channel(channel).value
            if channel and not record.touch_channel:
                extra.append(f"Last contact by: {channel}")
        elif topic:
            extra.append(f"{self.header('last_contact_topic')}: {topic}")
        notes = self.every("notes")
        written = (
            [text for _, text in notes] if len(notes) == 1 else [f"{h}: {t}" for h, t in notes]
        )
        record.notes = "\n".join([*written, *extra])
        return record

    def rhythm(self) -> tuple[str, str] | RejectedRow:
        """The keep-in-touch days (ideal, longest) as digits, '' where not given."""
        found: list[str] = []
        for field in DAYS_FIELDS:
            text = self.text(field)
            if text and not (text.isascii() and text.isdigit() and 1 <= int(text) <= MOST_DAYS):
                message = f"expected a whole number of days from 1 to {MOST_DAYS}, got {text!r}"
                return RejectedRow(self.line, f"{self.header(field)}: {message}")
            found.append(str(int(text)) if text else "")
        ideal, longest = found
        if ideal and longest and int(longest) < int(ideal):
            ideal_header = self.header("cadence_ideal_days")
            message = f"{longest} days is shorter than {ideal_header} ({ideal})"
            return RejectedRow(self.line, f"{self.header('cadence_max_days')}: {message}")
        return ideal, longest

    def _read_words(self, record: ContactRecord) -> list[str]:
        """Role and source into the vocabularies; the notes lines that keep what was guessed."""
        extra: list[str] = []
        role_text, source_text = self.text("role"), self.text("source")
        role, source = read_role(role_text), read_source(source_text)
        record.role, record.source = role.value, source.value
        if not role.exact:
            if record.position:
                extra.append(f"{self.header('role')}: {role_text}")
            else:
                record.position = role_text
        if not source.exact:
            extra.append(f"{self.header('source')}: {source_text}")
        return extra


def _linkedin_url(text: str) -> str:
    """A profile address as people paste it: with or without https://, or 'in/slug'."""
    if not text or text.lower().startswith(("http://", "https://")):
        return text
    if "linkedin.com" in text.lower():
        return f"https://{text}"
    if text.lower().startswith("in/"):
        return f"https://www.linkedin.com/{text}"
    return text


def _text(value: Cell, *, keep_lines: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number stored as a number
    if keep_lines:
        return "\n".join(" ".join(line.split()) for line in str(value).strip().splitlines())
    return " ".join(str(value).split())


def _table(filename: str, data: bytes) -> tuple[list[str], list[Row]]:
    """The header row (the first row with anything in it) and the rows under it."""
    rows = xlsx_rows(filename, data) if _is_xlsx(filename, data) else _csv_rows(filename, data)
    for _line, cells in rows:
        if any(_text(cell) for cell in cells):
            below = list(rows)
            # Blank cells after the last value of every row are not columns: a sheet formatted
            # far to the right must not offer thousands of empty columns to map.
            width = max([len(cells), *(len(row) for _, row in below)])
            texts = [_text(cell) for cell in cells] + [""] * (width - len(cells))
            return unique_headers(texts), below
    raise ImportFileError(filename, "the sheet is empty")


def _is_xlsx(filename: str, data: bytes) -> bool:
    if data.startswith(OLD_EXCEL_MAGIC):
        raise ImportFileError(filename, "old Excel (.xls) files cannot be read; save as .xlsx")
    return data.startswith(XLSX_MAGIC) or filename.lower().endswith((".xlsx", ".xlsm"))


def _csv_rows(filename: str, data: bytes) -> Iterator[Row]:
    text = decode_text(filename, data)
    for line, cells in csv_rows(filename, text, guess_delimiter(text)):
        width = len(cells)
        while width and not cells[width - 1].strip():
            width -= 1
        yield line, list[Cell](cells[:width])
