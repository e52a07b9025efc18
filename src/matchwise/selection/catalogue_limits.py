"""Limits of the catalogue readers, so that a damaged or hostile file ends in a clear refusal.

Every reader (our CSV and JSON, the NRMP, ACGME and per-program layouts) goes through these
checks: a size limit on the file, a column limit on a header, a length limit on every text
cell, text that is valid Unicode without control characters, and numbers that are finite and
within the range the column allows. What a check refuses is named by file, line and column.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from matchwise.selection.catalogue import CatalogueError, Program, RowProblem

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_COLUMNS = 200
# Every residency and fellowship program in the US is about 13,000.
MAX_PROGRAMS = 20_000
MAX_TEXT_CHARS = 500
# A JSON number written with more digits than this cannot be a figure of a program.
MAX_NUMBER_DIGITS = 15
SHOWN_CHARS = 40
# Past this many problems a file has shown it is not a catalogue: reading on only costs time.
MAX_PROBLEMS = 1_000
# The largest value each whole-number column accepts: far above any real program, far below
# what the database column holds.
MAX_COUNTS: dict[str, int] = {
    "positions": 1_000,
    "filled": 1_000,
    "applicants": 100_000,
    "invited": 100_000,
    "yog_max_years": 60,
    "max_attempts": 10,
    "usce_required_months": 120,
}
# Control characters other than tab and line breaks, and halves of a surrogate pair.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True)
class BadNumber:
    """A JSON number no column accepts (NaN, Infinity, 1e400, 5,000 digits), kept as written
    so that the column it sits in can be named in the refusal."""

    written: str

    def __str__(self) -> str:
        return shown(self.written)

    @property
    def problem(self) -> str:
        digits = sum(c.isdigit() for c in self.written)
        if digits > MAX_NUMBER_DIGITS:
            return f"expected a finite number in range, got one of {digits:,} digits"
        return f"expected a finite number, got {self}"


def shown(raw: object) -> str:
    """A cell as a message may quote it: short, escaped, never a whole nested structure."""
    if isinstance(raw, BadNumber):
        return shown(raw.written)
    if isinstance(raw, dict):
        return "an object"
    if isinstance(raw, list):
        return "a list"
    if isinstance(raw, str) and len(raw) > SHOWN_CHARS:
        return repr(raw[:SHOWN_CHARS]) + f" (… {len(raw):,} characters)"
    return repr(raw)


def as_name(text: str) -> str:
    """A column or key name as a message shows it: as written when it is short, plain text."""
    return text if len(text) <= SHOWN_CHARS and text_problem(text) is None else shown(text)


def text_problem(text: str) -> str | None:
    """Why this text cannot be a cell (too long, not valid Unicode, control characters)."""
    if len(text) > MAX_TEXT_CHARS:
        return f"{len(text):,} characters; a cell holds at most {MAX_TEXT_CHARS:,}"
    bad = _NOT_TEXT.search(text)
    if bad is not None:
        char = bad.group()
        kind = "a lone surrogate" if "\ud800" <= char <= "\udfff" else "a control character"
        return f"{kind} ({char!r}) at character {bad.start() + 1}: not text"
    return None


def program_problems(program: Program) -> list[tuple[str, str]]:
    """(column, problem) for every value of a program read from a published layout that our own
    format would refuse: over-long or broken text, counts out of range."""
    problems = []
    for field in dataclasses.fields(program):
        value = getattr(program, field.name)
        if isinstance(value, str):
            problem = text_problem(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            problem = count_limit_problem(field.name, value)
        else:
            continue
        if problem is not None:
            problems.append((field.name, problem))
    return problems


def check_program_count(count: int, file: str, line: int) -> None:
    if count > MAX_PROGRAMS:
        message = f"more than {MAX_PROGRAMS:,} programs in one file; split it"
        raise CatalogueError([RowProblem(file, line, "-", message)])


def stop_when_too_many(problems: list[RowProblem], file: str, line: int) -> None:
    """Refuse the file as it stands once it has MAX_PROBLEMS problems."""
    if len(problems) >= MAX_PROBLEMS:
        message = f"stopped reading after {MAX_PROBLEMS:,} problems; fix these first"
        raise CatalogueError([*problems, RowProblem(file, line, "-", message)])


def finite(value: float, raw: object) -> float:
    if not math.isfinite(value):
        raise ValueError(f"expected a finite number, got {shown(raw)}")
    return value


def count_limit_problem(column: str, value: int) -> str | None:
    limit = MAX_COUNTS.get(column)
    if limit is not None and value > limit:
        return f"{value:,} is more than the {limit:,} this column allows"
    return None


def size_problem(size: int, file: str) -> CatalogueError | None:
    if size > MAX_FILE_BYTES:
        megabytes = MAX_FILE_BYTES // (1024 * 1024)
        message = f"the file is {size / 1024 / 1024:,.1f} MB; a catalogue may be {megabytes} MB"
        return CatalogueError([RowProblem(file, 1, "-", message)])
    return None


def _int_or_bad(written: str) -> int | BadNumber:
    digits = written.lstrip("-")
    return BadNumber(written) if len(digits) > MAX_NUMBER_DIGITS else int(written)


def _float_or_bad(written: str) -> float | BadNumber:
    value = float(written)
    return value if math.isfinite(value) else BadNumber(written)


def load_json(text: str, file: str) -> Any:
    """JSON as Python values, numbers no column accepts kept as BadNumber; a file that is not
    JSON, or nests deeper than Python can follow, is refused with its line."""
    try:
        return json.loads(
            text,
            parse_int=_int_or_bad,
            parse_float=_float_or_bad,
            parse_constant=BadNumber,
        )
    except json.JSONDecodeError as error:
        problem = RowProblem(file, error.lineno, "-", f"not valid JSON: {error.msg}")
    except RecursionError:
        problem = RowProblem(file, 1, "-", "the JSON is nested too deeply to be a catalogue")
    except ValueError as error:
        problem = RowProblem(file, 1, "-", f"not valid JSON: {str(error)[:80]}")
    raise CatalogueError([problem])


def csv_rows(text: str, file: str) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) for every CSV record; line is where the record ends. A row wider than
    MAX_COLUMNS, more than MAX_PROGRAMS rows, or a cell the reader cannot take, stops the file
    with its line."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        for count, row in enumerate(reader):
            check_program_count(count, file, reader.line_num)
            if len(row) > MAX_COLUMNS:
                message = f"{len(row):,} cells; a catalogue row has at most {MAX_COLUMNS}"
                raise CatalogueError([RowProblem(file, reader.line_num, "-", message)])
            yield reader.line_num, row
    except csv.Error as error:
        line = reader.line_num or 1
        reason = str(error)
        if "field larger than field limit" in reason:
            limit = csv.field_size_limit()
            reason = f"a cell longer than {limit:,} characters (a quote left open?)"
        problem = RowProblem(file, line, "-", f"not readable as CSV: {reason}")
        raise CatalogueError([problem]) from None


def dict_rows(
    text: str, file: str, needed: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows keyed by the header's names (the published layouts), with the same limits."""
    rows = csv_rows(text, file)
    line, header = next(rows, (1, []))
    names = [name.strip() for name in header]
    missing = [c for c in needed if c not in names]
    if missing:
        raise CatalogueError(
            [RowProblem(file, line, missing[0], "missing column(s): " + ", ".join(missing))]
        )
    for line, cells in rows:
        if any(cell.strip() for cell in cells):
            padded = cells + [""] * (len(names) - len(cells))
            yield line, dict(zip(names, padded, strict=False))
