"""The catalogue format guide states the limits the readers apply, and cannot drift from them."""

import csv
from pathlib import Path

import pytest

from matchwise.selection.catalogue_limits import (
    MAX_COLUMNS,
    MAX_COUNTS,
    MAX_FILE_BYTES,
    MAX_PROBLEMS,
    MAX_PROGRAMS,
    MAX_TEXT_CHARS,
)
from matchwise.selection.states import STATE_CODES

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "catalogue-format.md"


def guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


def column_row(column: str) -> str:
    return next(line for line in guide().splitlines() if line.startswith(f"| `{column}` |"))


@pytest.mark.parametrize(("column", "limit"), sorted(MAX_COUNTS.items()))
def test_it_documents_the_range_of_every_whole_number_column(column: str, limit: int) -> None:
    assert f"whole number 0–{limit:,} |" in column_row(column)


@pytest.mark.parametrize(
    "words",
    [
        f"at most {MAX_FILE_BYTES // (1024 * 1024)} MB",
        f"at most {MAX_TEXT_CHARS} characters",
        f"at most {MAX_COLUMNS} columns",
        f"at most {MAX_PROGRAMS:,} in one file",
        f"stops after {MAX_PROBLEMS:,} problems",
        f"over {csv.field_size_limit():,} characters",
        "UTF-16 with its byte-order mark",
        "## Encodings and limits",
    ],
)
def test_it_documents_each_limit(words: str) -> None:
    assert words in guide()


def test_it_names_the_territories_it_accepts() -> None:
    row = column_row("state")
    for code in ("PR", "GU", "VI"):
        assert code in STATE_CODES.values() and f"`{code}`" in row
    assert "`ZZ`" in row and "ZZ" not in STATE_CODES.values()
