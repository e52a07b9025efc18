"""The streamed XLSX rows agree with openpyxl, in every way a workbook may store a cell."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook as OpenpyxlWorkbook
from openpyxl import load_workbook

from matchwise.sources.xlsx_stream import (
    SheetError,
    Workbook,
    column_index,
    column_letters,
)
from tests.sources.lca_files import write_xlsx

SHEET_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<dimension ref="A1:C4"/><sheetData>{rows}</sheetData></worksheet>'
)


def with_sheet(tmp_path: Path, rows: str, strings: str = "") -> Path:
    """A sound workbook whose sheet XML (and shared strings) are replaced by the given ones."""
    sound = tmp_path / "sound.xlsx"
    write_xlsx(sound, [], ["A"])
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(sound) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = SHEET_XML.format(rows=rows).encode()
            elif info.filename == "xl/sharedStrings.xml" and strings:
                content = (
                    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                    f"{strings}</sst>"
                ).encode()
            target.writestr(info, content)
    return path


def streamed(path: Path, columns: set[int] | None = None) -> list[tuple[int, dict[int, object]]]:
    with Workbook(path) as book:
        return [(line, dict(cells)) for line, cells in book.rows(columns)]


@pytest.mark.parametrize(("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ")])
def test_it_names_columns_as_excel_does(index: int, letters: str) -> None:
    assert column_letters(index) == letters
    assert column_index(letters) == index


def test_it_reads_what_openpyxl_writes_as_openpyxl_reads_it(tmp_path: Path) -> None:
    book = OpenpyxlWorkbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Hospital", "J1", "Score", "Note"])
    sheet.append(["Harbor & Bay <Main>", True, 231, "  two  spaces "])
    sheet.append([None, False, 0.25, "Zoë Müller ✓"])
    sheet["F7"] = "far away"
    path = tmp_path / "book.xlsx"
    book.save(path)
    expected = []
    for line, values in enumerate(
        load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True), start=1
    ):
        cells = {i: v for i, v in enumerate(values) if v is not None}
        if cells:
            expected.append((line, cells))
    assert streamed(path) == expected
    assert streamed(path, {0, 5}) == [
        (1, {0: "Hospital"}),
        (2, {0: "Harbor & Bay <Main>"}),
        (7, {5: "far away"}),
    ]


def test_it_reads_inline_rich_and_phonetic_text_and_cells_without_references(
    tmp_path: Path,
) -> None:
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>inline &amp; more</t></is></c>'
        '<c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>'
        '<row r="3"><c t="str"><v>formula text</v></c><c t="b"><v>1</v></c>'
        "<c><v>2.5</v></c></row>"
    )
    strings = (
        "<si><r><t>rich </t></r><r><t>text</t></r></si><si><t>kanji</t><rPh><t>KANA</t></rPh></si>"
    )
    path = with_sheet(tmp_path, rows, strings)
    assert streamed(path) == [
        (1, {0: "inline & more", 1: "rich text", 2: "kanji"}),
        (3, {0: "formula text", 1: True, 2: 2.5}),
    ]


def test_it_reads_shared_strings_however_they_are_spaced_or_written(tmp_path: Path) -> None:
    cells = "".join(f'<c r="{letter}1" t="s"><v>{n}</v></c>' for n, letter in enumerate("ABCDE"))
    strings = (
        '\n  <si>\n    <t xml:space="preserve">  spaced  </t>\n  </si>\n  <si/>'
        "<si><t>Smith &amp; Sons</t></si><si><r><t>rich</t></r></si><si><t></t></si>\n"
    )
    path = with_sheet(tmp_path, f'<row r="1">{cells}</row>', strings)
    assert streamed(path) == [(1, {0: "  spaced  ", 2: "Smith & Sons", 3: "rich"})]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ('<row r="1"><c r="A1" t="s"><v>9</v></c></row>', "shared string"),
        ('<row r="1"><c r="A1"><v>12abc</v></c></row>', "not one"),
        ('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2', "cut short"),
    ],
)
def test_it_refuses_a_damaged_sheet_naming_the_row(tmp_path: Path, rows: str, message: str) -> None:
    path = with_sheet(tmp_path, rows)
    with pytest.raises(SheetError, match=message) as raised:
        streamed(path)
    assert raised.value.row >= 1
