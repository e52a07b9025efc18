"""US Department of Labor LCA disclosure files (XLSX or CSV): who sponsors H-1B residents.

One row per employer (name, city, state) and fiscal year whose filings pass the rules of
`lca_rules`, with one fact: `visa_h1b` is True, with the count as evidence ("14 LCAs for
resident titles, DOL FY2025"). An employer without such filings gets no row: no filing is
not "no H-1B". The rows are about institutions (no program, no specialty).

A year's file is about 700,000 rows of about 100 columns, so the XLSX is streamed
(`xlsx_stream`) and only the columns below are read. Columns are found by name in the first
row. The fiscal year is the one the file name states ("..._FY2025_...") or else the one of
each filing's DECISION_DATE. The source's date is the latest decision among counted filings
(the file's modification date when there are none). A file that cannot be read to its end
gives no rows, only the problem, so that half a file is never taken for the whole.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from matchwise.sources import lca_rules
from matchwise.sources.formats import Progress
from matchwise.sources.rows import Fact, Problem, Source, SourceRow
from matchwise.sources.xlsx_stream import CellValue, SheetError, Workbook, excel_date

STATUS, VISA, TITLE, SOC = "CASE_STATUS", "VISA_CLASS", "JOB_TITLE", "SOC_CODE"
EMPLOYER, CITY, STATE = "EMPLOYER_NAME", "EMPLOYER_CITY", "EMPLOYER_STATE"
DECISION = "DECISION_DATE"
REQUIRED = (STATUS, VISA, TITLE, SOC, EMPLOYER, CITY, STATE)
FISCAL_YEAR_IN_NAME = re.compile(r"FY[\s_-]*(20\d\d)", re.IGNORECASE)
PROGRESS_EVERY = 10_000
MAX_PROBLEMS = 200
ZIP_MAGIC = b"PK\x03\x04"
OLD_EXCEL_MAGIC = b"\xd0\xcf\x11\xe0"
DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y %H:%M", "%d-%b-%Y")


@dataclass
class Employer:
    name: str
    city: str
    state: str
    line: int
    filings: int = 0


@dataclass
class Tally:
    """The filings counted so far, per employer and fiscal year."""

    file: str
    named_year: int | None
    employers: dict[tuple[str, str, str, int], Employer] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    latest: date | None = None
    damaged: bool = False

    def problem(self, line: int, column: str, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.file, line, column, message))
        elif len(self.problems) == MAX_PROBLEMS:
            self.problems.append(Problem(self.file, line, "", "more problems, not listed"))

    def add(self, line: int, cells: Mapping[str, CellValue]) -> None:
        """Count one filing when it passes the rules."""
        if not lca_rules.counts(*(_text(cells.get(c)) for c in (STATUS, VISA, SOC, TITLE))):
            return
        name, city, state = (_text(cells.get(c)) for c in (EMPLOYER, CITY, STATE))
        if not name:
            self.problem(line, EMPLOYER, "empty: the filing names no employer")
            return
        decided = _date(cells.get(DECISION))
        if decided is None and self.named_year is None:
            shown = _text(cells.get(DECISION)) or "empty"
            self.problem(line, DECISION, f"{shown!r} is not a date, so the fiscal year is unknown")
            return
        if decided is not None and (self.latest is None or decided > self.latest):
            self.latest = decided
        year = self.named_year or lca_rules.fiscal_year(decided or date.min)
        key = (lca_rules.plain(name), lca_rules.plain(city), state.upper(), year)
        employer = self.employers.setdefault(key, Employer(name, city, state.upper(), line))
        employer.filings += 1

    def source(self, path: Path) -> Source:
        rows = [] if self.damaged else [_row(e, year) for (*_, year), e in self.employers.items()]
        as_of = self.latest or _modified(path)
        return Source(name=path.name, as_of=as_of, rows=rows, problems=self.problems)


def read_source(
    path: Path, *, progress: Progress | None = None, mapping: Mapping[str, str] | None = None
) -> Source:
    """Read an LCA disclosure file; `mapping` is not used (its columns are fixed)."""
    match = FISCAL_YEAR_IN_NAME.search(path.name)
    tally = Tally(path.name, int(match.group(1)) if match else None)
    try:
        with path.open("rb") as handle:
            start = handle.read(4)
    except OSError as error:
        tally.problem(1, "", f"the file cannot be opened ({error.strerror or error})")
        tally.damaged = True
        return tally.source(path)
    if start == OLD_EXCEL_MAGIC:
        tally.problem(1, "", "old Excel (.xls) files cannot be read; save it as .xlsx or CSV")
        tally.damaged = True
    elif start == ZIP_MAGIC or path.suffix.lower() in (".xlsx", ".xlsm"):
        _read_xlsx(path, tally, progress)
    else:
        _read_csv(path, tally, progress)
    return tally.source(path)


def _read_xlsx(path: Path, tally: Tally, progress: Progress | None) -> None:
    try:
        with Workbook(path) as book:
            header_line, header = _header(book.rows())
            columns = _columns(tally, header_line, header)
            if columns is None:
                return
            total = max(book.last_row() - header_line, 0)
            wanted = {index: name for name, index in columns.items()}
            for done, (line, cells) in enumerate(book.rows(set(wanted)), start=0):
                if line <= header_line:
                    continue
                tally.add(line, {wanted[i]: v for i, v in cells.items()})
                if progress and done % PROGRESS_EVERY == 0:
                    progress(done, total)
            if progress:
                progress(total, total)
    except SheetError as error:
        tally.problem(error.row or 1, "", str(error))
        tally.damaged = True


def _header(rows: Iterator[tuple[int, dict[int, CellValue]]]) -> tuple[int, list[str]]:
    for line, cells in rows:
        width = max(cells) + 1
        return line, [_text(cells.get(i)).upper() for i in range(width)]
    return 1, []


def _columns(tally: Tally, line: int, header: list[str]) -> dict[str, int] | None:
    """Column name -> index of the columns read, or None (with problems) when some are missing."""
    found = {name: index for index, name in reversed(list(enumerate(header))) if name}
    wanted = (*REQUIRED, DECISION)
    missing = [name for name in REQUIRED if name not in found]
    if DECISION not in found and tally.named_year is None:
        missing.append(DECISION)
    for name in missing:
        tally.problem(line, name, "missing: an LCA disclosure file has this column")
    if missing:
        tally.damaged = True
        return None
    return {name: found[name] for name in wanted if name in found}


def _read_csv(path: Path, tally: Tally, progress: Progress | None) -> None:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            with path.open(encoding=encoding, newline="") as handle:
                _read_csv_rows(handle, tally, progress)
            return
        except UnicodeDecodeError:
            tally.employers.clear()
            tally.problems.clear()
            tally.latest = None
        except csv.Error as error:
            tally.problem(1, "", f"not a readable CSV file ({error})")
            tally.damaged = True
            return
    tally.problem(1, "", "the file is not text in UTF-8 or Windows-1252")
    tally.damaged = True


def _read_csv_rows(handle: TextIO, tally: Tally, progress: Progress | None) -> None:
    reader = csv.reader(handle)
    line = 1
    for cells in reader:
        if any(c.strip() for c in cells):
            columns = _columns(tally, line, [c.strip().upper() for c in cells])
            break
        line = reader.line_num + 1
    else:
        tally.problem(1, "", "the file is empty")
        tally.damaged = True
        return
    if columns is None:
        return
    line = reader.line_num + 1
    for done, cells in enumerate(reader, start=1):
        tally.add(line, {n: cells[i] for n, i in columns.items() if i < len(cells)})
        line = reader.line_num + 1
        if progress and done % PROGRESS_EVERY == 0:
            progress(done, 0)


def _row(employer: Employer, year: int) -> SourceRow:
    count = employer.filings
    evidence = f"{count} LCA{'' if count == 1 else 's'} for resident titles, DOL FY{year}"
    return SourceRow(
        line=employer.line,
        institution=employer.name,
        city=employer.city,
        state=employer.state,
        facts=(Fact("visa_h1b", True, evidence=evidence),),
    )


def _text(value: CellValue | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _date(value: CellValue | None) -> date | None:
    if isinstance(value, float) and not isinstance(value, bool):
        return excel_date(value) if 0 < value < 2_958_466 else None
    text = _text(value)
    for layout in DATE_FORMATS:
        try:
            return datetime.strptime(text, layout).date()
        except ValueError:
            continue
    return None


def _modified(path: Path) -> date:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date()
    except OSError:
        return datetime.now(tz=UTC).date()
