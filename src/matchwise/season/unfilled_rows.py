"""The list of unfilled programs, pasted or imported, read into rows (no Django import).

Two shapes are read. A CSV file (comma, semicolon or tab) whose first line names the columns:
`name` is required; `nrmp_code`, `institution`, `specialty`, `city`, `state` and `positions`
are optional, and common spellings of them (“Program Name”, “Program Code”, “Unfilled
positions”...) are understood. Or a plain list, one program per line, its NRMP code first when
known (“1234140C0 Lakeside Internal Medicine”). A problem names the file, the line and the
field, and then no row is kept.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from matchwise.season.application_rows import ApplicationRowsError, RowProblem
from matchwise.textfiles.csvrows import csv_rows, guess_delimiter
from matchwise.textfiles.decoding import decode_text
from matchwise.textfiles.errors import ImportFileError

MAX_ROWS = 5000
MAX_POSITIONS = 999
NAME_LENGTH = 300
CODE_LENGTH = 20
COLUMNS = ("name", "nrmp_code", "institution", "specialty", "city", "state", "positions")
ALIASES = {
    "name": "name",
    "program": "name",
    "program name": "name",
    "program title": "name",
    "nrmp code": "nrmp_code",
    "program code": "nrmp_code",
    "program id": "nrmp_code",
    "code": "nrmp_code",
    "institution": "institution",
    "sponsoring institution": "institution",
    "hospital": "institution",
    "specialty": "specialty",
    "city": "city",
    "state": "state",
    "positions": "positions",
    "unfilled positions": "positions",
    "positions unfilled": "positions",
    "unfilled": "positions",
    "open positions": "positions",
}
LIMITS = {"institution": 300, "specialty": 120, "city": 120}
# An NRMP program code before the name on a line of a plain list: 7 digits, a letter, a digit.
CODE_FIRST = re.compile(r"^(\d{7}[A-Z]\d)\s*[-–,:;|\t]?\s*(.*)$")


class UnfilledListError(ApplicationRowsError):
    """Every problem of the list, each with its file, line and field; nothing was kept."""


@dataclass(frozen=True)
class UnfilledRow:
    line: int
    name: str
    nrmp_code: str = ""
    institution: str = ""
    specialty: str = ""
    city: str = ""
    state: str = ""
    positions: int | None = None


def header_columns(cells: list[str]) -> list[str] | None:
    """The column of each header cell ('' for one not read), or None when the line is no
    header (it names no program column)."""
    columns = [
        ALIASES.get(" ".join(cell.replace("_", " ").split()).casefold(), "") for cell in cells
    ]
    return columns if "name" in columns else None


def _row(file_name: str, line: int, values: dict[str, str]) -> UnfilledRow | list[RowProblem]:
    problems = []
    name = values.get("name", "")
    if not name:
        problems.append(RowProblem(file_name, line, "name", "required, but empty"))
    elif len(name) > NAME_LENGTH:
        problems.append(
            RowProblem(file_name, line, "name", f"longer than {NAME_LENGTH} characters")
        )
    code = values.get("nrmp_code", "")
    if len(code) > CODE_LENGTH or any(c.isspace() for c in code):
        problems.append(
            RowProblem(file_name, line, "nrmp_code", f"one word of up to {CODE_LENGTH} characters")
        )
    for column, limit in LIMITS.items():
        if len(values.get(column, "")) > limit:
            problems.append(RowProblem(file_name, line, column, f"longer than {limit} characters"))
    state = values.get("state", "")
    if state and (len(state) != 2 or not state.isascii() or not state.isalpha()):
        problems.append(RowProblem(file_name, line, "state", "two letters, such as OH"))
    positions = None
    if values.get("positions"):
        text = values["positions"]
        if not text.isdigit() or not 1 <= int(text) <= MAX_POSITIONS:
            problems.append(
                RowProblem(
                    file_name, line, "positions", f"a whole number from 1 to {MAX_POSITIONS}"
                )
            )
        else:
            positions = int(text)
    if problems:
        return problems
    return UnfilledRow(
        line,
        name,
        code.upper(),
        values.get("institution", ""),
        values.get("specialty", ""),
        values.get("city", ""),
        state.upper(),
        positions,
    )


def _plain_values(text: str) -> dict[str, str]:
    found = CODE_FIRST.match(text)
    if found:
        return {"nrmp_code": found.group(1), "name": found.group(2).strip()}
    return {"name": text}


def read_unfilled(text: str, file_name: str) -> list[UnfilledRow]:
    """Every program of the list, or UnfilledListError listing each problem."""
    try:
        return _read(text, file_name)
    except ImportFileError as error:
        problem = RowProblem(file_name, error.line or 1, error.field or "-", error.problem)
        raise UnfilledListError([problem]) from None


def read_unfilled_file(data: bytes, file_name: str) -> list[UnfilledRow]:
    """The same, from a file's bytes (UTF-8, UTF-16 or Windows-1252, as every import)."""
    try:
        text = decode_text(file_name, data)
    except ImportFileError as error:
        raise UnfilledListError(
            [RowProblem(file_name, error.line or 1, "-", error.problem)]
        ) from None
    return read_unfilled(text, file_name)


def _read(text: str, file_name: str) -> list[UnfilledRow]:
    delimiter = guess_delimiter(text)
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        raise UnfilledListError([RowProblem(file_name, 1, "-", "the list is empty")])
    columns = header_columns(next(csv.reader([first], delimiter=delimiter), []))
    if columns is None:
        body = [
            (line, _plain_values(content.strip()))
            for line, content in enumerate(text.splitlines(), start=1)
            if content.strip()
        ]
    else:
        rows = csv_rows(file_name, text, delimiter)
        body = [
            (line, {c: v.strip() for c, v in zip(columns, cells, strict=False) if c})
            for line, cells in rows
            if any(cell.strip() for cell in cells)
        ][1:]
    if len(body) > MAX_ROWS:
        line = body[MAX_ROWS][0]
        raise UnfilledListError(
            [RowProblem(file_name, line, "-", f"more than {MAX_ROWS} programs")]
        )
    return _checked(body, file_name)


def _checked(body: list[tuple[int, dict[str, str]]], file_name: str) -> list[UnfilledRow]:
    problems: list[RowProblem] = []
    found: list[UnfilledRow] = []
    codes: dict[str, int] = {}
    for line, values in body:
        result = _row(file_name, line, values)
        if isinstance(result, list):
            problems.extend(result)
            continue
        if result.nrmp_code and result.nrmp_code in codes:
            first = codes[result.nrmp_code]
            problems.append(
                RowProblem(file_name, line, "nrmp_code", f"already on line {first} of the list")
            )
            continue
        if result.nrmp_code:
            codes[result.nrmp_code] = line
        found.append(result)
    if problems:
        raise UnfilledListError(problems)
    return found
