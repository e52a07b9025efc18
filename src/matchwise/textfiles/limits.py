"""How big an imported file may be, and the header handling that stays linear however wide.

The limits are generous for a contact list and bound the work a damaged or hostile file can
cause; each refusal names the file and, where it can, the line (or sheet and cell) and says
which limit was passed. They are documented in docs/tracker.md (a test keeps them in step).
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_BYTES = 20 * 1024 * 1024  # the file as uploaded
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # an XLSX workbook once unzipped
MAX_ROWS = 200_000  # rows with something in them
MAX_LINES = 1_000_000  # lines of a text file in all, blank ones included
MAX_COLUMNS = 1_000  # up to the last column with something in it
MAX_CELL_CHARS = 32_767  # what one Excel cell can hold


def too_many_rows(limit: int) -> str:
    return f"the file has more than {limit:,} rows; split it into smaller files"


def too_many_lines(limit: int) -> str:
    return f"the file has more than {limit:,} lines"


def too_many_columns(count: int, limit: int) -> str:
    return f"{count:,} columns, more than the {limit:,} a sheet may have"


def cell_too_long(length: int, limit: int) -> str:
    return f"the cell holds {length:,} characters, more than {limit:,}"


def unique_headers(texts: Iterable[str]) -> list[str]:
    """Headers made unique ('Notes', 'Notes (2)'); a blank one is 'Column N' (N from 1).

    Linear in the number of columns: each name's next free copy number is remembered, so
    20,000 copies of one header cost no more than 20,000 different ones.
    """
    headers: list[str] = []
    taken: set[str] = set()
    next_copy: dict[str, int] = {}
    for index, text in enumerate(texts, start=1):
        header = text or f"Column {index}"
        base = header
        copy = next_copy.get(base, 2)
        while header in taken:
            header, copy = f"{base} ({copy})", copy + 1
        next_copy[base] = copy
        taken.add(header)
        headers.append(header)
    return headers
