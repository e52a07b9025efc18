"""The rows of an XLSX workbook's first sheet, streamed: memory stays flat however long it is.

An XLSX file is a zip archive of XML parts. This reader inflates the first sheet's XML in
chunks, cuts it at each `</row>` and finds the cells of each row with one regular expression,
so the work per row is done in C, never one Python call per XML element. Text cells usually
point into the shared-strings part; those strings are kept as one block of bytes with an offset
per string and decoded only when a cell asks for them.

`Workbook.rows(columns)` yields (row number as Excel shows it, {column index: value}); pass
the 0-based indexes of the columns wanted and only those are decoded (much faster on wide
sheets). Values are text, numbers (float) or booleans; dates stay Excel serial numbers
(`excel_date` turns one into a date). Anything damaged raises `SheetError` with the row where it
was found.
"""

from __future__ import annotations

import itertools
import re
import zipfile
import zlib
from array import array
from collections.abc import Iterator, Set
from datetime import date, timedelta
from functools import lru_cache
from html import unescape
from pathlib import Path
from typing import IO

CellValue = str | float | bool
CHUNK = 1 << 20
MAIN_SHEET = "xl/worksheets/sheet1.xml"
ROW_START = re.compile(rb"<row\b([^>]*)>")
ROW_NUMBER = re.compile(rb'\br="(\d+)"')
CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.DOTALL)
CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d*)"')
CELL_TYPE = re.compile(rb'\bt="([a-zA-Z]+)"')
VALUE = re.compile(rb"<v>([^<]*)</v>")
TEXT = re.compile(rb"<t\b[^>]*>([^<]*)</t>|<t\b[^>]*/>")
PLAIN_ITEM = re.compile(rb"<si>\s*<t(?:\s[^>]*)?>([^<]*)</t>\s*</si>\s*")
PHONETIC = re.compile(rb"<rPh\b.*?</rPh>", re.DOTALL)
DIMENSION = re.compile(rb'<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"')
FIRST_SHEET = re.compile(rb'<sheet\b[^>]*?r:id="([^"]+)"')
EXCEL_EPOCH = date(1899, 12, 30)


class SheetError(Exception):
    """The workbook cannot be read (from `row` on: 0 when it cannot be opened at all)."""

    def __init__(self, message: str, row: int = 0) -> None:
        super().__init__(message)
        self.row = row


def column_index(letters: str) -> int:
    """'A' -> 0, 'Z' -> 25, 'AA' -> 26."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number - 1


def column_letters(index: int) -> str:
    """0 -> 'A', 26 -> 'AA' (the inverse of `column_index`)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def excel_date(serial: float) -> date:
    """An Excel serial day number (1900 system) as a date."""
    return EXCEL_EPOCH + timedelta(days=int(serial))


class SharedStrings:
    """The workbook's shared strings, held as bytes and decoded when asked for."""

    def __init__(self, blob: bytes | bytearray, offsets: array[int]) -> None:
        self._blob, self._offsets = blob, offsets
        self.text = lru_cache(maxsize=1 << 16)(self._text)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def _text(self, index: int) -> str:
        if not 0 <= index < len(self):
            raise IndexError(index)
        raw = self._blob[self._offsets[index] : self._offsets[index + 1]]
        return _plain_text(raw)

    @classmethod
    def read(cls, source: IO[bytes]) -> SharedStrings:
        """Each item as the text alone when it is one plain run (most are), else its XML;
        the items are cut and measured in C, a block of whole items at a time."""
        blob = bytearray()
        offsets = array("I", [0])
        rest = b""
        while chunk := source.read(CHUNK):
            data = rest + chunk
            end = max(data.rfind(b"</si>"), data.rfind(b"<si/>"))
            end = end + 5 if end >= 0 else 0
            block, rest = data[:end], data[end:]
            block = PLAIN_ITEM.sub(rb"<si>\1", block.replace(b"<si/>", b"<si></si>"))
            pieces = block.split(b"<si>")[1:]  # [0]: what comes before the block's first item
            blob += b"".join(pieces)
            ends = itertools.accumulate(map(len, pieces), initial=offsets[-1])
            offsets.extend(itertools.islice(ends, 1, None))
            if len(blob) >= 2**32:
                raise SheetError("the workbook's shared strings are larger than 4 GB")
        if b"<si" in rest:
            raise SheetError("the workbook's shared strings are cut short")
        return cls(blob, offsets)


def _plain_text(raw: bytes | bytearray) -> str:
    """The text of an `<si>` or `<is>` item: its `<t>` parts joined, entities resolved (an
    item kept as its text alone has no `<`)."""
    if b"<" not in raw:
        text = raw.decode("utf-8")
        return unescape(text) if "&" in text else text
    if b"<t" not in raw:
        return ""
    if b"<rPh" in raw:
        raw = PHONETIC.sub(b"", raw)
    text = b"".join(m.group(1) or b"" for m in TEXT.finditer(raw)).decode("utf-8")
    return unescape(text) if "&" in text else text


class Workbook:
    """An open XLSX file; use as a context manager."""

    def __init__(self, path: Path) -> None:
        try:
            self._archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise SheetError(
                f"not an XLSX workbook (not a readable zip archive: {error})"
            ) from error
        try:
            self._sheet = self._first_sheet_name()
            self.strings = self._shared_strings()
        except SheetError:
            self._archive.close()
            raise

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *_: object) -> None:
        self._archive.close()

    def _read_part(self, name: str) -> bytes:
        try:
            return self._archive.read(name)
        except KeyError:
            return b""
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
            raise SheetError(f"the workbook part {name} is damaged ({error})") from error

    def _first_sheet_name(self) -> str:
        names = set(self._archive.namelist())
        workbook = self._read_part("xl/workbook.xml")
        relations = self._read_part("xl/_rels/workbook.xml.rels")
        first = FIRST_SHEET.search(workbook)
        if first:
            relation = re.search(
                rb'<Relationship\b[^>]*?Id="' + re.escape(first.group(1)) + rb'"[^>]*>', relations
            )
            target = relation and re.search(rb'Target="([^"]+)"', relation.group(0))
            if target:
                name = target.group(1).decode("utf-8").lstrip("/")
                name = name if name.startswith("xl/") else f"xl/{name}"
                if name in names:
                    return name
        sheets = sorted(n for n in names if n.startswith("xl/worksheets/sheet"))
        if MAIN_SHEET in names:
            return MAIN_SHEET
        if not sheets:
            raise SheetError("the workbook has no sheet (its sheet XML is missing)")
        return sheets[0]

    def _shared_strings(self) -> SharedStrings:
        if "xl/sharedStrings.xml" not in self._archive.namelist():
            return SharedStrings(b"", array("q", [0]))
        try:
            with self._archive.open("xl/sharedStrings.xml") as source:
                return SharedStrings.read(source)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
            raise SheetError(f"the workbook's shared strings are damaged ({error})") from error

    def rows(self, columns: Set[int] | None = None) -> Iterator[tuple[int, dict[int, CellValue]]]:
        """Each row that has a cell, with the values of `columns` (all when None)."""
        number = 0
        try:
            with self._archive.open(self._sheet) as source:
                for number, cells in _sheet_rows(source, self.strings, columns):
                    yield number, cells
        except SheetError as error:
            error.row = error.row or number + 1
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, UnicodeDecodeError) as error:
            raise SheetError(
                f"the sheet is damaged after row {number} ({error})", number + 1
            ) from error

    def last_row(self) -> int:
        """The last row the sheet says it uses (its dimension), or 0 when it does not say."""
        with self._archive.open(self._sheet) as source:
            found = DIMENSION.search(source.read(4096))
        return int(found.group(1)) if found else 0


def _wanted_cells(columns: Set[int]) -> re.Pattern[bytes]:
    """Cells of the wanted columns only, in sheets that write the reference first (most do)."""
    letters = b"|".join(column_letters(c).encode() for c in sorted(columns)) or b"(?!)"
    return re.compile(rb'<c r="(' + letters + rb')(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', re.DOTALL)


def _sheet_rows(
    source: IO[bytes], strings: SharedStrings, columns: Set[int] | None
) -> Iterator[tuple[int, dict[int, CellValue]]]:
    """The rows, a block of whole rows at a time (each block ends with a `</row>`)."""
    wanted = _wanted_cells(columns) if columns is not None else None
    rest = b""
    number = 0
    ended = False
    while chunk := source.read(CHUNK):
        rest += chunk
        cut = rest.rfind(b"</row>") + len(b"</row>")
        if cut < len(b"</row>"):
            continue
        block, rest = rest[:cut], rest[cut:]
        # Where every cell starts with its reference, one search over the block finds the
        # wanted cells (most writers); otherwise each row is read cell by cell.
        if (
            wanted is not None
            and b"<c>" not in block
            and block.count(b"<c ") == block.count(b'<c r="')
        ):
            rows = _wanted_rows(wanted, block, strings)
        else:
            rows = _every_row(block, strings, columns, number)
        for number, cells in rows:
            yield number, cells
        ended = ended or b"</sheetData>" in rest or b"<sheetData/>" in rest
    if b"<row" in rest.split(b"</sheetData>")[0]:
        raise SheetError("the sheet is cut short or damaged (a row is never closed)", number + 1)
    if not (ended or b"</sheetData>" in rest or b"<sheetData/>" in rest):
        raise SheetError("the sheet is cut short (its XML ends before the last row)", number + 1)


def _every_row(
    block: bytes, strings: SharedStrings, columns: Set[int] | None, number: int
) -> Iterator[tuple[int, dict[int, CellValue]]]:
    for piece in block.split(b"</row>")[:-1]:
        start = ROW_START.search(piece)
        if start is None:
            raise SheetError("the sheet's XML is damaged (a row without its start)", number + 1)
        found = ROW_NUMBER.search(start.group(1))
        number = int(found.group(1)) if found else number + 1
        cells = _cells(piece, start.end(), number, strings, columns)
        if cells:
            yield number, cells


def _wanted_rows(
    pattern: re.Pattern[bytes], block: bytes, strings: SharedStrings
) -> Iterator[tuple[int, dict[int, CellValue]]]:
    cells: dict[int, CellValue] = {}
    number = 0
    for match in pattern.finditer(block):
        letters, row, attributes, body = match.groups()
        if int(row) != number:
            if cells:
                yield number, cells
            cells, number = {}, int(row)
        if body is None:
            continue
        position = _column_index(letters)
        value: CellValue | None
        if body[:3] == b"<v>" and body[-4:] == b"</v>" and b't="' not in attributes:
            value = _number(body[3:-4], number, position)
        elif body[:3] == b"<v>" and body[-4:] == b"</v>" and b't="s"' in attributes:
            value = _shared(strings, body[3:-4], number, position)
        else:
            value = _value(attributes, body, strings, number, position)
        if value is not None and value != "":
            cells[position] = value
    if cells:
        yield number, cells


def _cells(
    piece: bytes, start: int, number: int, strings: SharedStrings, columns: Set[int] | None
) -> dict[int, CellValue]:
    cells: dict[int, CellValue] = {}
    position = -1
    for match in CELL.finditer(piece, start):
        attributes, body = match.group(1), match.group(2)
        reference = CELL_REF.search(attributes)
        position = column_index(reference.group(1).decode()) if reference else position + 1
        if body is None or (columns is not None and position not in columns):
            continue
        value = _value(attributes, body, strings, number, position)
        if value is not None and value != "":
            cells[position] = value
    return cells


def _value(
    attributes: bytes, body: bytes, strings: SharedStrings, number: int, position: int
) -> CellValue | None:
    kind_match = CELL_TYPE.search(attributes)
    kind = kind_match.group(1) if kind_match else b"n"
    if kind == b"inlineStr":
        return _plain_text(body)
    raw = VALUE.search(body)
    if raw is None:
        return None
    text = raw.group(1)
    if kind == b"s":
        return _shared(strings, text, number, position)
    if kind == b"b":
        return text.strip() == b"1"
    if kind in (b"str", b"e"):
        decoded = text.decode("utf-8")
        return unescape(decoded) if "&" in decoded else decoded
    return _number(text, number, position)


def _number(text: bytes, number: int, position: int) -> float:
    try:
        return float(text)
    except ValueError:
        where = f"{column_letters(position)}{number}"
        raise SheetError(f"cell {where} is stored as a number but is not one", number) from None


def _shared(strings: SharedStrings, text: bytes, number: int, position: int) -> str:
    try:
        return strings.text(int(text))
    except (ValueError, IndexError):
        where = f"{column_letters(position)}{number}"
        raise SheetError(
            f"cell {where} points at a shared string that is missing", number
        ) from None


@lru_cache(maxsize=1024)
def _column_index(letters: bytes) -> int:
    return column_index(letters.decode())
