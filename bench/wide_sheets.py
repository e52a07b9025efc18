"""Speed of reading wide and damaged spreadsheet headers.

Times `read_headers` on the shapes that used to hang: a header row followed by 100,000 blank
cells (CSV and XLSX), 20,000 copies of one header (refused at the column limit), and making
120,000 header names unique. Goal: each answered in a few seconds at most.

    .venv/bin/python bench/wide_sheets.py
"""

from __future__ import annotations

import io
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "src"))

from matchwise.network.importing.sheet import read_headers
from matchwise.textfiles.errors import ImportFileError
from matchwise.textfiles.limits import unique_headers


def blank_cells_workbook(count: int) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email"])
    sheet.append(["Ana Silva", "ana@example.org"])
    out = io.BytesIO()
    book.save(out)
    damaged = io.BytesIO()
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(b"</c></row>", b"</c>" + b"<c/>" * count + b"</row>", 1)
            target.writestr(info.filename, content, zipfile.ZIP_DEFLATED)
    return damaged.getvalue()


def timed(label: str, work: Callable[[], object]) -> None:
    start = time.perf_counter()
    try:
        result = work()
        outcome = f"{len(result)} headers" if isinstance(result, list) else "done"
    except ImportFileError as error:
        outcome = f"refused: {str(error)[:70]}"
    print(f"  {label:<44} {time.perf_counter() - start:6.2f} s   {outcome}")


def main() -> None:
    print("Wide sheet headers:")
    csv_blank = b"Name,Email" + b"," * 100_000 + b"\nAna Silva,ana@example.org\n"
    timed("CSV, 100,000 blank header cells", lambda: read_headers("blank.csv", csv_blank))
    xlsx_blank = blank_cells_workbook(100_000)
    timed("XLSX, 100,000 blank header cells", lambda: read_headers("blank.xlsx", xlsx_blank))
    copies = ("Name," + ",".join(["Notes"] * 19_999) + "\nAna,x\n").encode()
    timed("CSV, 20,000 copies of one header", lambda: read_headers("copies.csv", copies))
    names = ["Notes"] * 20_000 + [""] * 100_000
    timed("unique names for 120,000 headers", lambda: unique_headers(names))


if __name__ == "__main__":
    main()
