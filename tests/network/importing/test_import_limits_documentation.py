"""The import limits and the encoding rule are in the user guide, with the values the code uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from matchwise.textfiles import limits

GUIDE = (Path(__file__).parents[3] / "docs" / "tracker.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "shown",
    [
        f"| file size | {limits.MAX_BYTES // 2**20} MB |",
        f"| an XLSX workbook once unzipped | {limits.MAX_UNPACKED_BYTES // 2**20} MB |",
        f"| rows with something in them | {limits.MAX_ROWS:,} |",
        f"| lines of a text file, blank ones included | {limits.MAX_LINES:,} |",
        f"| columns, up to the last one with a value | {limits.MAX_COLUMNS:,} |",
        f"| characters in one cell | {limits.MAX_CELL_CHARS:,} ",
    ],
)
def test_it_documents_each_limit_with_its_value(shown: str) -> None:
    assert shown in GUIDE


def test_it_documents_the_encodings() -> None:
    for words in ("**UTF-8**", "**UTF-16**", "**Windows-1252**", "Shift-JIS"):
        assert words in GUIDE
