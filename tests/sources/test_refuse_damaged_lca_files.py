"""A damaged or wrong LCA file gives no rows and a problem naming file, line and column."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from matchwise.sources.lca import read_source
from matchwise.sources.rows import Problem
from tests.sources.lca_files import (
    HOSPITALS,
    LCA_COLUMNS,
    certified_resident_row,
    write_csv,
    write_xlsx,
)

ROWS = [certified_resident_row(HOSPITALS[0], case=f"I-{n}") for n in range(200)]


def only_problem(path: Path) -> Problem:
    source = read_source(path)
    assert source.rows == []
    assert source.problems, "a damaged file must say why"
    assert all(p.file == path.name for p in source.problems)
    return source.problems[0]


def test_it_refuses_an_xlsx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "lca.xlsx"
    path.write_bytes(b"CASE_NUMBER,CASE_STATUS\n")
    problem = only_problem(path)
    assert (problem.line, problem.column) == (1, "")
    assert "not an XLSX workbook" in problem.message


def test_it_refuses_an_old_excel_file(tmp_path: Path) -> None:
    path = tmp_path / "lca.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    assert ".xls" in only_problem(path).message


def test_it_names_each_missing_column_in_the_header_line(tmp_path: Path) -> None:
    columns = [c for c in LCA_COLUMNS if c not in ("SOC_CODE", "EMPLOYER_STATE")]
    for path in (tmp_path / "lca.xlsx", tmp_path / "lca.csv"):
        if path.suffix == ".xlsx":
            write_xlsx(path, ROWS, columns)
        else:
            write_csv(path, ROWS, columns)
        source = read_source(path)
        assert source.rows == []
        assert [(p.line, p.column) for p in source.problems] == [
            (1, "SOC_CODE"),
            (1, "EMPLOYER_STATE"),
        ]


def test_it_needs_the_decision_date_only_when_the_name_gives_no_year(tmp_path: Path) -> None:
    columns = [c for c in LCA_COLUMNS if c != "DECISION_DATE"]
    path = tmp_path / "lca.csv"
    write_csv(path, ROWS, columns)
    assert [p.column for p in read_source(path).problems] == ["DECISION_DATE"]
    named = tmp_path / "LCA_FY2025.csv"
    write_csv(named, ROWS, columns)
    assert len(read_source(named).rows) == 1


def test_it_refuses_a_truncated_sheet_naming_the_row_it_stopped_at(tmp_path: Path) -> None:
    sound = tmp_path / "sound.xlsx"
    write_xlsx(sound, ROWS)
    cut = tmp_path / "lca.xlsx"
    with zipfile.ZipFile(sound) as source, zipfile.ZipFile(cut, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = content[: len(content) // 2]
            target.writestr(info, content)
    problem = only_problem(cut)
    assert problem.line > 50
    assert "cut short" in problem.message


def test_it_refuses_a_zip_cut_short(tmp_path: Path) -> None:
    sound = tmp_path / "sound.xlsx"
    write_xlsx(sound, ROWS)
    cut = tmp_path / "lca.xlsx"
    cut.write_bytes(sound.read_bytes()[: sound.stat().st_size // 2])
    problem = only_problem(cut)
    assert problem.line == 1


def test_it_refuses_a_csv_that_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "lca.csv"
    data = io.BytesIO()
    data.write(b"\x81\x8d\x8f\x90\x9d" * 20)
    path.write_bytes(data.getvalue())
    problem = only_problem(path)
    assert problem.line == 1


def test_it_refuses_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "lca.csv"
    path.write_bytes(b"")
    assert "empty" in only_problem(path).message
