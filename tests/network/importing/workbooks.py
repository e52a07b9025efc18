"""Small XLSX workbooks, sound or damaged the ways real files get damaged, built in memory."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence

from openpyxl import Workbook

SHEET_XML = "xl/worksheets/sheet1.xml"
Rewrite = Callable[[str, bytes], bytes | None]


def workbook(rows: Sequence[Sequence[object]], title: str = "People") -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def sound() -> bytes:
    return workbook(
        [
            ["Name", "Institution", "Email", "Phone"],
            ["Ana Silva", "Lakeside General", "ana@example.org", 5551234],
        ]
    )


def rewrite(data: bytes, change: Rewrite) -> bytes:
    """The workbook with each member passed through `change` (None drops the member)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = change(info.filename, source.read(info.filename))
            if content is not None:
                target.writestr(info.filename, content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def in_sheet(old: bytes, new: bytes, count: int = -1) -> Rewrite:
    def change(name: str, content: bytes) -> bytes:
        return content.replace(old, new, count) if name == SHEET_XML else content

    return change


def _without_sheet(name: str, content: bytes) -> bytes | None:
    return None if name == SHEET_XML else content


def _cut_sheet(name: str, content: bytes) -> bytes:
    return content[: len(content) // 2] if name == SHEET_XML else content


def _garbage_sheet(name: str, content: bytes) -> bytes:
    return b"\x00\xffnot xml <<<" if name == SHEET_XML else content


DAMAGES: dict[str, Rewrite] = {
    "no_sheet_xml": _without_sheet,
    "truncated_sheet_xml": _cut_sheet,
    "garbage_sheet_xml": _garbage_sheet,
    "text_in_a_number_cell": in_sheet(b"<v>5551234</v>", b"<v>abc</v>"),
    "infinite_number": in_sheet(b"<v>5551234</v>", b"<v>1e400</v>"),
    "cell_reference_past_the_last_column": in_sheet(b'r="D2"', b'r="ZZZZZZ9"'),
    "row_number_not_a_number": in_sheet(b'<row r="2"', b'<row r="x"'),
}


def damaged(kind: str) -> bytes:
    return rewrite(sound(), DAMAGES[kind])
