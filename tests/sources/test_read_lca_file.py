"""Reading a DOL LCA disclosure file: resident filings counted per employer and fiscal year."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from matchwise.sources import formats, lca_rules
from matchwise.sources.lca import read_source
from matchwise.sources.rows import Source, SourceRow
from tests.sources.lca_files import (
    HOSPITALS,
    OTHERS,
    certified_resident_row,
    random_rows,
    write_csv,
    write_xlsx,
)

HARBOR, LAKESHORE, ALBANY = HOSPITALS[0], HOSPITALS[1], HOSPITALS[2]
ROWS = [
    certified_resident_row(HARBOR, case="I-1", title="Resident Physician"),
    certified_resident_row(HARBOR, case="I-2", title="PGY-1"),
    certified_resident_row(HARBOR, case="I-3", title="Fellow", SOC_CODE="29-1216.00"),
    certified_resident_row(LAKESHORE, case="I-4", title="House Officer"),
    # Not counted: each breaks one rule.
    certified_resident_row(ALBANY, case="I-5", CASE_STATUS="Certified - Withdrawn"),
    certified_resident_row(ALBANY, case="I-6", CASE_STATUS="Denied"),
    certified_resident_row(ALBANY, case="I-7", VISA_CLASS="E-3 Australian"),
    certified_resident_row(ALBANY, case="I-8", SOC_CODE="29-1141.00"),
    certified_resident_row(ALBANY, case="I-9", title="Resident Manager"),
    certified_resident_row(OTHERS[0], case="I-10", title="Software Engineer"),
    # Counted, but in the next fiscal year (decided after 1 October).
    certified_resident_row(LAKESHORE, case="I-11", DECISION_DATE=date(2025, 10, 2)),
]


def by_employer(source: Source) -> dict[tuple[str, str, str], SourceRow]:
    return {(row.institution, row.city, row.state): row for row in source.rows}


@pytest.fixture(params=["xlsx", "csv"])
def lca_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / f"LCA_Disclosure_Data.{request.param}"
    if request.param == "xlsx":
        write_xlsx(path, ROWS)
    else:
        write_csv(path, ROWS)
    return path


def test_it_counts_resident_filings_per_employer_and_fiscal_year(lca_path: Path) -> None:
    source = read_source(lca_path)
    assert source.problems == []
    evidence = sorted(row.facts[0].evidence for row in source.rows)
    assert evidence == [
        "1 LCA for resident titles, DOL FY2025",
        "1 LCA for resident titles, DOL FY2026",
        "3 LCAs for resident titles, DOL FY2025",
    ]
    harbor = next(row for row in source.rows if row.institution == HARBOR.name)
    assert (harbor.city, harbor.state, harbor.line) == ("Tampa", "FL", 2)
    assert harbor.facts[0].evidence == "3 LCAs for resident titles, DOL FY2025"


def test_it_says_only_yes_and_only_about_institutions(lca_path: Path) -> None:
    source = read_source(lca_path)
    assert {ALBANY.name, *(o.name for o in OTHERS)}.isdisjoint(r.institution for r in source.rows)
    for row in source.rows:
        assert [(f.attribute, f.value) for f in row.facts] == [("visa_h1b", True)]
        assert not row.names_a_program


def test_it_names_and_dates_the_source_by_the_file_and_latest_decision(lca_path: Path) -> None:
    source = read_source(lca_path)
    assert source.name == lca_path.name
    assert source.as_of == date(2025, 10, 2)


def test_it_takes_the_fiscal_year_the_file_name_states(tmp_path: Path) -> None:
    path = tmp_path / "LCA_Disclosure_Data_FY2024_Q4.xlsx"
    write_xlsx(path, ROWS)
    years = {row.facts[0].evidence.rsplit(" ", 1)[1] for row in read_source(path).rows}
    assert years == {"FY2024"}
    assert {r.institution for r in read_source(path).rows} == {HARBOR.name, LAKESHORE.name}


def test_it_groups_one_employer_however_its_name_is_spaced_or_cased(tmp_path: Path) -> None:
    rows = [
        certified_resident_row(HARBOR, case="I-1"),
        certified_resident_row(HARBOR, case="I-2", EMPLOYER_NAME="HARBOR POINT MEDICAL CENTER"),
        certified_resident_row(HARBOR, case="I-3", EMPLOYER_NAME="Harbor Point  Medical Center."),
    ]
    path = tmp_path / "lca.xlsx"
    write_xlsx(path, rows)
    [row] = read_source(path).rows
    assert row.institution == HARBOR.name
    assert row.facts[0].evidence.startswith("3 LCAs")


def test_it_agrees_with_a_plain_count_on_a_year_like_file(tmp_path: Path) -> None:
    rows = list(random_rows(3000, seed=7))
    expected = Counter(
        row["EMPLOYER_NAME"]
        for row in rows
        if lca_rules.counts(
            *(str(row[c]) for c in ("CASE_STATUS", "VISA_CLASS", "SOC_CODE", "JOB_TITLE"))
        )
    )
    path = tmp_path / "lca_fy2025.xlsx"
    write_xlsx(path, rows)
    calls: list[tuple[int, int]] = []
    source = read_source(path, progress=lambda done, total: calls.append((done, total)))
    found = {row.institution: int(row.facts[0].evidence.split()[0]) for row in source.rows}
    assert found == dict(expected)
    assert len(found) == len(HOSPITALS)
    assert (calls and calls[-1] == (0, 0)) or calls[-1][0] == calls[-1][1]


def test_it_reports_a_counted_filing_without_an_employer(tmp_path: Path) -> None:
    rows = [
        certified_resident_row(HARBOR, case="I-1"),
        certified_resident_row(HARBOR, case="I-2", EMPLOYER_NAME=""),
    ]
    path = tmp_path / "lca.csv"
    write_csv(path, rows)
    source = read_source(path)
    assert [(p.line, p.column) for p in source.problems] == [(3, "EMPLOYER_NAME")]
    assert len(source.rows) == 1


def test_it_is_the_reader_the_lca_format_names(tmp_path: Path) -> None:
    path = tmp_path / "lca.xlsx"
    write_xlsx(path, ROWS)
    assert formats.read_source("lca", path).rows == read_source(path).rows
