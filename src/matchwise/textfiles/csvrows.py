"""CSV rows with the line each one starts on, for rejections that point at the file."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from matchwise.textfiles.errors import ImportFileError
from matchwise.textfiles.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_LINES,
    MAX_ROWS,
    cell_too_long,
    too_many_columns,
    too_many_lines,
    too_many_rows,
)

DELIMITERS = (",", ";", "\t")


def guess_delimiter(text: str) -> str:
    """Comma, or the semicolon or tab that spreadsheet programs in many locales write instead.

    Decided on the first non-blank line (the header), which has no quoted values to mislead it.
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {delimiter: first.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def csv_rows(filename: str, text: str, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """Each row with its first line (1-based); a value may span lines inside quotes.

    The limits of `limits` apply: rows with something in them, columns up to the last value,
    characters in one value; passing one stops the file with the line where it happened.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    filled = 0
    try:
        for row in reader:
            if reader.line_num > MAX_LINES:
                raise ImportFileError(filename, too_many_lines(MAX_LINES), line=start)
            _check_row(filename, start, row)
            if any(row):
                filled += 1
                if filled > MAX_ROWS:
                    raise ImportFileError(filename, too_many_rows(MAX_ROWS), line=start)
            yield start, row
            start = reader.line_num + 1
    except csv.Error as error:
        raise ImportFileError(filename, f"not a readable CSV file ({error})", line=start) from error


def _check_row(filename: str, line: int, row: list[str]) -> None:
    width = len(row)
    while width and not row[width - 1]:
        width -= 1
    if width > MAX_COLUMNS:
        raise ImportFileError(filename, too_many_columns(width, MAX_COLUMNS), line=line)
    for column, value in enumerate(row, start=1):
        if len(value) > MAX_CELL_CHARS:
            raise ImportFileError(
                filename,
                cell_too_long(len(value), MAX_CELL_CHARS),
                line=line,
                field=f"column {column}",
            )
