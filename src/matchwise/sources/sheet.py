"""Program sheets: the CSV or XLSX "IMG-friendly program" lists applicants write and share.

The header row is found, not assumed: the first of the first rows where at least two cells
are headers the vocabulary knows (`sheet_vocabulary`); title lines and blank lines above it
are skipped. Each column is read as the header says, unless `mapping` says otherwise (header
-> a field of the vocabulary, `notes` or `ignore`). A header nobody recognised is listed in
`Source.unrecognised_columns` and its values are kept as the row's notes.

Lines are the file's own: the CSV line where a row starts, or the row number Excel shows.
The source is named after the file; its date is the one a title line above the header states
("Updated 2025-06-01", "as of June 2025"), or else the file's modification date.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from matchwise.selection.states import state_code
from matchwise.sources.formats import IGNORE, NOTES, Progress
from matchwise.sources.rows import Fact, FactValue, Problem, Source, SourceRow
from matchwise.sources.sheet_values import read_value
from matchwise.sources.sheet_vocabulary import BY_FIELD, IDENTITY, field_for
from matchwise.sources.xlsx_stream import CellValue, SheetError, Workbook
from matchwise.textfiles.csvrows import csv_rows, guess_delimiter
from matchwise.textfiles.decoding import decode_text
from matchwise.textfiles.errors import ImportFileError
from matchwise.textfiles.limits import MAX_BYTES, MAX_COLUMNS, too_many_columns, unique_headers

HEADER_SEARCH_ROWS = 30
MIN_HEADERS = 2
ZIP_MAGIC = b"PK\x03\x04"
OLD_EXCEL_MAGIC = b"\xd0\xcf\x11\xe0"
NAMES_A_PROGRAM = ("nrmp_code", "acgme_id", "program_name", "institution")
DATED = re.compile(r"\b(as of|updated|last updated|current as of|date)\b", re.IGNORECASE)
ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
US_DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
MONTH_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(?:\d{1,2},?\s+)?(\d{4})\b")
MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTHS = {name: n for n, full in enumerate(MONTH_NAMES, start=1) for name in (full, full[:3])}
MONTHS["sept"] = 9

Cells = list[CellValue | None]


class SheetFileError(Exception):
    def __init__(self, line: int, column: str, message: str) -> None:
        super().__init__(message)
        self.line, self.column = line, column


@dataclass
class Layout:
    """Which column is read as what: index -> field, or NOTES."""

    line: int
    headers: list[str]
    fields: dict[int, str] = field(default_factory=dict)
    unrecognised: list[str] = field(default_factory=list)


def read_source(
    path: Path, *, progress: Progress | None = None, mapping: Mapping[str, str] | None = None
) -> Source:
    """Read a program sheet; problems name the file, the line and the column's header."""
    source = Source(name=path.name, as_of=_modified(path))
    try:
        rows = list(_rows(path))
        layout, above = _layout(rows, dict(mapping or {}))
    except SheetFileError as error:
        source.problems.append(Problem(path.name, error.line, error.column, str(error)))
        return source
    source.unrecognised_columns = layout.unrecognised
    source.as_of = _stated_date(above) or source.as_of
    below = [(line, cells) for line, cells in rows if line > layout.line]
    for done, (line, cells) in enumerate(below, start=1):
        row, problems = _read_row(path.name, layout, line, cells)
        source.problems.extend(problems)
        if row is not None:
            source.rows.append(row)
        if progress and done % 1000 == 0:
            progress(done, len(below))
    if progress:
        progress(len(below), len(below))
    return source


def _rows(path: Path) -> Iterator[tuple[int, Cells]]:
    """(line, cells) of the rows that have something in them."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SheetFileError(
            1, "", f"the file cannot be read ({error.strerror or error})"
        ) from error
    if len(data) > MAX_BYTES:
        raise SheetFileError(1, "", f"the file is larger than {MAX_BYTES // 2**20} MB")
    if data.startswith(OLD_EXCEL_MAGIC):
        raise SheetFileError(
            1, "", "old Excel (.xls) files cannot be read; save it as .xlsx or CSV"
        )
    if data.startswith(ZIP_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        yield from _xlsx_rows(path)
        return
    try:
        text = decode_text(path.name, data)
        for line, values in csv_rows(path.name, text, guess_delimiter(text)):
            width = len(values)
            while width and not values[width - 1].strip():
                width -= 1
            if width:
                yield line, list[CellValue | None](values[:width])
    except ImportFileError as error:
        raise SheetFileError(error.line or 1, error.field, error.problem) from error


def _xlsx_rows(path: Path) -> Iterator[tuple[int, Cells]]:
    try:
        with Workbook(path) as book:
            for line, cells in book.rows():
                width = max(cells) + 1
                if width > MAX_COLUMNS:
                    raise SheetFileError(line, "", too_many_columns(width, MAX_COLUMNS))
                yield line, [cells.get(i) for i in range(width)]
    except SheetError as error:
        raise SheetFileError(error.row or 1, "", str(error)) from error
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError) as error:
        # A damaged or encrypted archive: the zip reader has many ways to say so.
        raise SheetFileError(1, "", f"not a readable .xlsx workbook ({error})") from error
    except NotImplementedError as error:
        raise SheetFileError(
            1, "", f"the workbook is compressed in a way not supported ({error})"
        ) from error


def _text(value: CellValue | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return f"{value:g}" if not value.is_integer() or abs(value) > 1e15 else str(int(value))
    return " ".join(value.split())


def _layout(rows: list[tuple[int, Cells]], mapping: dict[str, str]) -> tuple[Layout, list[str]]:
    """The header row and how each column is read, with the lines above it (for their date)."""
    if not rows:
        raise SheetFileError(1, "", "the sheet is empty")
    index = _header_index(rows[:HEADER_SEARCH_ROWS], mapping)
    if index is not None:
        line, cells = rows[index]
        texts = [_text(cell) for cell in cells]
        above = [" ".join(_text(c) for c in row) for _, row in rows[:index]]
        below = rows[index + 1 :]
        width = max(len(row) for _, row in rows[index:])
        headers = unique_headers(texts + [""] * (width - len(texts)))
        used = {i for _, row in below for i, cell in enumerate(row) if _text(cell)}
        unused = {i for i, text in enumerate(texts + [""] * (width - len(texts))) if not text}
        return _columns(line, headers, mapping, unused - used), above
    raise SheetFileError(
        rows[0][0],
        "",
        f"no header row: none of the first {HEADER_SEARCH_ROWS} rows names a known column "
        "(such as Program, Hospital, State, J1, H1B, YOG cutoff)",
    )


def _header_index(rows: list[tuple[int, Cells]], mapping: dict[str, str]) -> int | None:
    """The first row with two known headers; else the first with one among two or more cells
    (a one-cell title line such as "Hospital list" is never a header row)."""
    counts: list[tuple[int, int]] = []
    for cells in (cells for _, cells in rows):
        texts = [text for text in (_text(cell) for cell in cells) if text]
        known = sum(1 for text in texts if mapping.get(text) or field_for(text))
        counts.append((known, len(texts)))
    for index, (known, _) in enumerate(counts):
        if known >= MIN_HEADERS:
            return index
    for index, (known, filled) in enumerate(counts):
        if known and filled >= MIN_HEADERS:
            return index
    return None


def _columns(line: int, headers: list[str], mapping: dict[str, str], blank: set[int]) -> Layout:
    """How each column is read; `blank` columns (no header, no value) are no columns at all."""
    layout = Layout(line, headers)
    for header, target in mapping.items():
        if header not in headers:
            raise SheetFileError(line, header, "the mapping names a column the sheet does not have")
        if target not in (*IDENTITY, *BY_FIELD, NOTES, IGNORE):
            raise SheetFileError(
                line, header, f"{target!r} is not something a sheet column can fill"
            )
    taken: set[str] = set()
    for index, header in enumerate(headers):
        if index in blank:
            continue
        target = mapping.get(header) or field_for(header)
        if not target:
            layout.unrecognised.append(header)
            target = NOTES
        elif target in taken and target not in (NOTES, IGNORE):
            target = NOTES  # a second column for the same field: kept, in the notes
        taken.add(target)
        if target != IGNORE:
            layout.fields[index] = target
    return layout


def _read_row(
    file: str, layout: Layout, line: int, cells: Cells
) -> tuple[SourceRow | None, list[Problem]]:
    problems: list[Problem] = []
    identity: dict[str, str] = {}
    facts: dict[str, Fact] = {}
    notes: list[tuple[str, str]] = []
    located = ("", "")
    for index, target in layout.fields.items():
        raw = cells[index] if index < len(cells) else None
        text = _text(raw)
        header = layout.headers[index]
        if not text:
            continue
        if target == NOTES:
            notes.append((header, text))
        elif target == "state":
            code = state_code(text)
            if code is None:
                problems.append(
                    Problem(file, line, header, f"{text!r} is not a US state or territory")
                )
            identity["state"] = code or ""
        elif target == "location":
            place = _city_and_state(text)
            if place is None:
                message = f"{text!r} is not a city and a US state (such as Tampa, FL)"
                problems.append(Problem(file, line, header, message))
            located = place or ("", "")
        elif target in IDENTITY:
            identity.setdefault(target, text)
        else:
            _read_fact(file, line, header, target, raw, facts, notes, problems)
    # A City or State column says more precisely what a Location column says.
    identity.setdefault("city", located[0])
    identity.setdefault("state", located[1])
    if not facts and not notes:
        return None, problems  # a blank, total or section line: nothing to say
    if not any(identity.get(f) for f in NAMES_A_PROGRAM):
        if facts or notes:
            message = "the row names no program: give a program, hospital, NRMP code or ACGME id"
            problems.append(Problem(file, line, "", message))
        return None, problems
    row = SourceRow(
        line=line,
        institution=identity.get("institution", ""),
        city=identity.get("city", ""),
        state=identity.get("state", ""),
        nrmp_code=identity.get("nrmp_code", ""),
        acgme_id=identity.get("acgme_id", ""),
        program_name=identity.get("program_name", ""),
        specialty=identity.get("specialty", ""),
        facts=tuple(facts.values()),
        notes=tuple(notes),
    )
    return row, problems


def _read_fact(
    file: str,
    line: int,
    header: str,
    target: str,
    raw: CellValue | None,
    facts: dict[str, Fact],
    notes: list[tuple[str, str]],
    problems: list[Problem],
) -> None:
    assert raw is not None
    try:
        reading = read_value(target, raw)
    except ValueError as error:
        problems.append(Problem(file, line, header, str(error)))
        return
    if reading.keep_as_note:
        notes.append((header, _text(raw)))
    for attribute, value in reading.facts.items():
        said = facts.get(attribute)
        if said is not None and said.value != value:
            message = f"says {_shown(value)} where {said.evidence} says {_shown(said.value)}"
            problems.append(Problem(file, line, header, message))
            continue
        facts.setdefault(attribute, Fact(attribute, value, evidence=f"{header}: {_text(raw)}"))


def _city_and_state(text: str) -> tuple[str, str] | None:
    """'Tampa, FL', 'Miami Beach, Florida' or 'Tampa FL' as (city, state code)."""
    city, _, state = text.rpartition(",")
    if not city:
        city, _, state = text.rpartition(" ")
    code = state_code(state)
    if code is None:
        return None
    return " ".join(city.split()), code


def _shown(value: FactValue) -> str:
    return ("yes" if value else "no") if isinstance(value, bool) else str(value)


def _stated_date(lines: list[str]) -> date | None:
    """A date stated above the header ('Updated 2025-06-01', 'as of June 2025'), if any."""
    for text in lines:
        if not DATED.search(text):
            continue
        for found in (_iso(text), _us(text), _month_year(text)):
            if found is not None:
                return found
    return None


def _iso(text: str) -> date | None:
    match = ISO_DAY.search(text)
    return _day(*(int(g) for g in match.groups())) if match else None


def _us(text: str) -> date | None:
    match = US_DAY.search(text)
    return _day(int(match.group(3)), int(match.group(1)), int(match.group(2))) if match else None


def _month_year(text: str) -> date | None:
    for match in MONTH_YEAR.finditer(text):
        month = MONTHS.get(match.group(1).lower())
        if month:
            return _day(int(match.group(2)), month, 1)
    return None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _modified(path: Path) -> date:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date()
    except OSError:
        return datetime.now(tz=UTC).date()
