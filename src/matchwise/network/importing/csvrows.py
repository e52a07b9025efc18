"""CSV rows with the line each one starts on, for rejections that point at the file."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from matchwise.network.importing.errors import ImportFileError

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
    """Each row with its first line (1-based); a value may span lines inside quotes."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for row in reader:
            yield start, row
            start = reader.line_num + 1
    except csv.Error as error:
        raise ImportFileError(filename, f"not a readable CSV file ({error})", line=start) from error
