"""Applications typed into a spreadsheet, read from its CSV text (no Django import).

One row per program; the header names the columns, in any order. `program_id`, `name` and
`applied_on` are required; a row is refused with its line and column when a value is wrong,
and then no row is kept.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from matchwise.season import zones

REQUIRED = ("program_id", "name", "applied_on")
OPTIONAL = ("institution", "specialty", "track", "city", "state", "zip", "time_zone", "fees_usd")
COLUMNS = REQUIRED + OPTIONAL
MAX_ROWS = 2000
MAX_FEES = 100_000


@dataclass(frozen=True)
class ApplicationRow:
    line: int
    values: dict[str, str]
    applied_on: date
    fees_usd: int | None


@dataclass(frozen=True)
class RowProblem:
    file_name: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file_name}, line {self.line}, column {self.column}: {self.message}"


class ApplicationRowsError(ValueError):
    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _row(file_name: str, line: int, values: dict[str, str]) -> ApplicationRow | list[RowProblem]:
    problems = [
        RowProblem(file_name, line, column, "required, but empty")
        for column in REQUIRED
        if not values.get(column)
    ]
    applied_on, fees = date.min, None
    if values.get("applied_on"):
        try:
            applied_on = date.fromisoformat(values["applied_on"])
        except ValueError:
            problems.append(RowProblem(file_name, line, "applied_on", "not a date (YYYY-MM-DD)"))
    if values.get("fees_usd"):
        text = values["fees_usd"].removeprefix("$")
        if not text.isdigit() or int(text) > MAX_FEES:
            problems.append(
                RowProblem(
                    file_name, line, "fees_usd", f"a whole number of dollars up to {MAX_FEES}"
                )
            )
        else:
            fees = int(text)
    zone = values.get("time_zone", "")
    if zone and not zones.is_zone(zone):
        problems.append(
            RowProblem(file_name, line, "time_zone", "not a zone such as America/Chicago")
        )
    state = values.get("state", "")
    if state and (len(state) != 2 or not state.isalpha()):
        problems.append(RowProblem(file_name, line, "state", "two letters, such as OH"))
    return problems or ApplicationRow(line, values, applied_on, fees)


def read_rows(text: str, file_name: str) -> list[ApplicationRow]:
    """Every row, or ApplicationRowsError listing every problem with its line and column."""
    reader = csv.reader(io.StringIO(text))
    header = [cell.strip().casefold() for cell in next(reader, [])]
    missing = [column for column in REQUIRED if column not in header]
    unknown = [column for column in header if column and column not in COLUMNS]
    problems = [RowProblem(file_name, 1, column, "missing from the header") for column in missing]
    problems += [
        RowProblem(file_name, 1, column, f"unknown column; known: {', '.join(COLUMNS)}")
        for column in unknown
    ]
    if problems:
        raise ApplicationRowsError(problems)
    rows: list[ApplicationRow] = []
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(rows) >= MAX_ROWS:
            raise ApplicationRowsError(
                [RowProblem(file_name, line, "-", f"more than {MAX_ROWS} applications")]
            )
        values = {h: c.strip() for h, c in zip(header, cells, strict=False) if h}
        result = _row(file_name, line, values)
        if isinstance(result, list):
            problems.extend(result)
        else:
            rows.append(result)
    if problems:
        raise ApplicationRowsError(problems)
    return rows
