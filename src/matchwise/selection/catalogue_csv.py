"""Read and write the catalogue format (CSV or JSON), all-or-nothing."""

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from matchwise.selection.catalogue import CatalogueError, Program, RowProblem
from matchwise.selection.catalogue_fields import (
    COLUMNS,
    OPTIONAL_COLUMNS,
    cells_from_program,
    program_from_cells,
)
from matchwise.selection.catalogue_limits import (
    as_name,
    check_program_count,
    csv_rows,
    load_json,
    size_problem,
    stop_when_too_many,
)

KNOWN_COLUMNS = frozenset(COLUMNS)
# The header in full, or without the columns added since (files written before them still read).
LAYOUTS = (COLUMNS, tuple(c for c in COLUMNS if c not in OPTIONAL_COLUMNS))
NAMES_SHOWN = 5


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


def _listed(names: list[str]) -> str:
    """Names for a message: the first few, each quoted safely, and how many more."""
    more = f" and {len(names) - NAMES_SHOWN:,} more" if len(names) > NAMES_SHOWN else ""
    return ", ".join(as_name(n) for n in names[:NAMES_SHOWN]) + more


def _header_problems(header: list[str], file: str) -> list[RowProblem]:
    if any(header == list(layout) for layout in LAYOUTS):
        return []
    problems = []
    given = set(header)
    missing = [c for c in COLUMNS if c not in given and c not in OPTIONAL_COLUMNS]
    unknown = [c for c in header if c not in KNOWN_COLUMNS]
    if missing:
        problems.append(RowProblem(file, 1, missing[0], "missing column(s): " + _listed(missing)))
    if unknown:
        problems.append(
            RowProblem(file, 1, as_name(unknown[0]), "unknown column(s): " + _listed(unknown))
        )
    repeated = [c for c, n in Counter(header).items() if n > 1]
    if repeated:
        problems.append(
            RowProblem(file, 1, as_name(repeated[0]), "repeated column(s): " + _listed(repeated))
        )
    if not problems:
        layout = COLUMNS if len(header) == len(COLUMNS) else LAYOUTS[1]
        wrong = next(c for c, e in zip(header, layout, strict=True) if c != e)
        problems.append(
            RowProblem(file, 1, wrong, "columns are out of order; see the catalogue format")
        )
    return problems


def parse_catalogue_csv(text: str, file: str) -> list[Program]:
    """Parse CSV text in the catalogue format; `file` names it in error messages."""
    rows = csv_rows(text, file)
    _, header = next(rows, (1, None))
    if header is None:
        raise CatalogueError([RowProblem(file, 1, "program_id", "the file is empty")])
    columns = [h.strip() for h in header]
    problems = _header_problems(columns, file)
    if problems:
        raise CatalogueError(problems)
    programs: list[Program] = []
    lines: list[int] = []
    for line, row in rows:
        stop_when_too_many(problems, file, line)
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            problems.append(
                RowProblem(file, line, "program_id", f"{len(row)} cells, expected {len(columns)}")
            )
            continue
        program, row_problems = program_from_cells(dict(zip(columns, row, strict=True)), file, line)
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
    records = load_json(text, file)
    if not isinstance(records, list):
        raise CatalogueError([RowProblem(file, 1, "-", "expected a list of program objects")])
    check_program_count(len(records), file, 1)
    problems: list[RowProblem] = []
    programs: list[Program] = []
    lines: list[int] = []
    for index, record in enumerate(records, start=1):
        stop_when_too_many(problems, file, index)
        if not isinstance(record, dict):
            problems.append(RowProblem(file, index, "-", "expected an object"))
            continue
        unknown = sorted(set(record) - KNOWN_COLUMNS)
        if unknown:
            problems.append(
                RowProblem(file, index, as_name(unknown[0]), "unknown key(s): " + _listed(unknown))
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
    """Read a .csv or .json catalogue file (UTF-8, or UTF-16 with its byte-order mark)."""
    refusal = size_problem(path.stat().st_size, path.name)
    if refusal is not None:
        raise refusal
    data = path.read_bytes()
    try:
        utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        text = data.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise CatalogueError([RowProblem(path.name, line, "-", "not UTF-8 text")]) from None
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
