"""Whatever a program sheet holds, reading it ends in rows and problems, never in an exception."""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from matchwise.sources.lca import read_source as read_lca
from matchwise.sources.rows import Source
from matchwise.sources.sheet import read_source
from matchwise.sources.sheet_vocabulary import COLUMNS, FORMS

KNOWN = [header for column in COLUMNS for header in column.headers]
VALUES = [example for form in FORMS for example in form.examples]
CELL = st.one_of(
    st.sampled_from(KNOWN),
    st.sampled_from(VALUES),
    st.text(max_size=12),
    st.sampled_from(["", "\x00", '"', "\r", "\n", ";", "\t", "=1+1", "Florida", "1e999"]),
)
GRID = st.lists(st.lists(CELL, min_size=1, max_size=8), min_size=0, max_size=12)
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read(name: str, data: bytes, reader: object = read_source) -> Source:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        assert callable(reader)
        source = reader(path)
    assert isinstance(source, Source)
    assert all(p.file == name for p in source.problems)
    return source


def csv_bytes(grid: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(grid)
    return out.getvalue().encode("utf-8", "surrogatepass")


@SETTINGS
@given(grid=GRID)
def test_it_reads_any_csv_grid(grid: list[list[str]]) -> None:
    source = read("sheet.csv", csv_bytes(grid))
    for row in source.rows:
        assert row.facts or row.notes


@SETTINGS
@given(data=st.binary(max_size=400))
def test_it_reads_any_bytes(data: bytes) -> None:
    read("sheet.csv", data)
    read("sheet.xlsx", data)
    read("lca.csv", data, read_lca)
    read("lca.xlsx", data, read_lca)


def workbook_bytes(grid: list[list[str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in grid:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", cell) or None for cell in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grid=GRID, cut=st.integers(min_value=0, max_value=4000), junk=st.binary(max_size=40))
def test_it_reads_any_damaged_workbook(grid: list[list[str]], cut: int, junk: bytes) -> None:
    sound = workbook_bytes(grid)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(sound)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = content[:cut] + junk
            target.writestr(info, content)
    read("sheet.xlsx", out.getvalue())
    read("lca.xlsx", out.getvalue(), read_lca)
    read("sheet.xlsx", sound[: cut * 2])
