"""Read and write the catalogue format (CSV or JSON), all-or-nothing."""

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path

from matchwise.selection.catalogue import CatalogueError, Program, RowProblem
from matchwise.selection.catalogue_fields import COLUMNS, cells_from_program, program_from_cells


def _check_unique(programs: list[Program], lines: list[int], file: str) -> list[RowProblem]:
    seen: dict[str, int] = {}
    problems = []
    for program, line in zip(programs, lines, strict=True):
        if program.program_id in seen:
            first = seen[program.program_id]
            problems.append(RowProblem(file, line, "program_id", f"repeats the id of line {first}"))
        else:
            seen[program.program_id] = line
    return problems


def _header_problems(header: list[str], file: str) -> list[RowProblem]:
    if header == list(COLUMNS):
        return []
    problems = []
    missing = [c for c in COLUMNS if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    if missing:
        problems.append(RowProblem(file, 1, missing[0], "missing column(s): " + ", ".join(missing)))
    if unknown:
        problems.append(RowProblem(file, 1, unknown[0], "unknown column(s): " + ", ".join(unknown)))
    if not problems:
        wrong = next(c for c, e in zip(header, COLUMNS, strict=True) if c != e)
        problems.append(
            RowProblem(file, 1, wrong, "columns are out of order; see the catalogue format")
        )
    return problems


def parse_catalogue_csv(text: str, file: str) -> list[Program]:
    """Parse CSV text in the catalogue format; `file` names it in error messages."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = next(reader, None)
    if header is None:
        raise CatalogueError([RowProblem(file, 1, "program_id", "the file is empty")])
    problems = _header_problems([h.strip() for h in header], file)
    if problems:
        raise CatalogueError(problems)
    programs: list[Program] = []
    lines: list[int] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(COLUMNS):
            problems.append(
                RowProblem(file, line, "program_id", f"{len(row)} cells, expected {len(COLUMNS)}")
            )
            continue
        program, row_problems = program_from_cells(dict(zip(COLUMNS, row, strict=True)), file, line)
        problems.extend(row_problems)
        if program is not None:
            programs.append(program)
            lines.append(line)
    problems.extend(_check_unique(programs, lines, file))
    if problems:
        raise CatalogueError(problems)
    return programs


def parse_catalogue_json(text: str, file: str) -> list[Program]:
    """Parse a JSON list of objects keyed by the catalogue columns; line = position from 1."""
    try:
        records = json.loads(text)
    except json.JSONDecodeError as error:
        raise CatalogueError(
            [RowProblem(file, error.lineno, "-", f"not valid JSON: {error.msg}")]
        ) from None
    if not isinstance(records, list):
        raise CatalogueError([RowProblem(file, 1, "-", "expected a list of program objects")])
    problems: list[RowProblem] = []
    programs: list[Program] = []
    lines: list[int] = []
    for index, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            problems.append(RowProblem(file, index, "-", "expected an object"))
            continue
        unknown = sorted(set(record) - set(COLUMNS))
        if unknown:
            problems.append(
                RowProblem(file, index, unknown[0], "unknown key(s): " + ", ".join(unknown))
            )
        program, row_problems = program_from_cells(record, file, index)
        problems.extend(row_problems)
        if program is not None:
            programs.append(program)
            lines.append(index)
    problems.extend(_check_unique(programs, lines, file))
    if problems:
        raise CatalogueError(problems)
    return programs


def read_catalogue(path: Path) -> list[Program]:
    """Read a .csv or .json catalogue file."""
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        return parse_catalogue_json(text, path.name)
    return parse_catalogue_csv(text, path.name)


def catalogue_csv_text(programs: Iterable[Program]) -> str:
    """The catalogue as CSV text that parse_catalogue_csv reads back unchanged."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for program in programs:
        writer.writerow(cells_from_program(program).values())
    return out.getvalue()


def catalogue_json_records(programs: Iterable[Program]) -> list[dict[str, str | None]]:
    """The catalogue as JSON-ready objects (empty cells become null)."""
    return [{k: (v or None) for k, v in cells_from_program(p).items()} for p in programs]
