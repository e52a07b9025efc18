"""The shortlist as a spreadsheet (CSV or XLSX), one program a row, reasons in words.

A list from the fictional sample says so where it cannot be missed, even when it is empty:
in the file name and the XLSX sheet title, as well as in every row's `source`. The CSV keeps
a plain header (no note rows) so that other programs read it as it is.
"""

from __future__ import annotations

from matchwise.programs.services import ShortlistResult
from matchwise.spreadsheets import Value, csv_bytes, xlsx_bytes

COLUMNS = (
    "rank",
    "program_id",
    "program",
    "institution",
    "city",
    "state",
    "specialty",
    "tier",
    "p_interview",
    "p_interview_low",
    "p_interview_high",
    "p_match_here",
    "network_ties",
    "reasons",
    "unknowns",
    "source",
    "as_of",
)
WIDTHS = {"program": 50, "institution": 40, "reasons": 80, "unknowns": 50, "source": 30}


def shortlist_rows(result: ShortlistResult) -> list[tuple[Value, ...]]:
    """Every listed program; chances as fractions (0-1) so that a sheet can compute with them."""
    return [
        (
            row.rank,
            row.listed.program_id,
            row.listed.name,
            row.program.institution,
            row.program.city,
            row.program.state,
            row.listed.specialty,
            row.listed.tier,
            round(row.listed.p_interview, 4),
            round(row.listed.p_interview_low, 4),
            round(row.listed.p_interview_high, 4),
            round(row.listed.p_match_here, 4),
            row.listed.network_ties,
            "; ".join(row.listed.reasons),
            "; ".join(row.listed.unknowns),
            row.program.source,  # "sample — fictional programs" for every sample program
            row.program.as_of.isoformat(),
        )
        for row in result.rows
    ]


def shortlist_csv_bytes(result: ShortlistResult) -> bytes:
    return csv_bytes(COLUMNS, shortlist_rows(result))


def sheet_title(result: ShortlistResult) -> str:
    # Excel allows 31 characters in a sheet title.
    return "Shortlist (sample, fictional)" if result.label else "Shortlist"


def export_file_name(result: ShortlistResult, kind: str) -> str:
    sample = "-sample-fictional" if result.label else ""
    return f"matchwise-shortlist{sample}.{kind}"


def shortlist_xlsx_bytes(result: ShortlistResult) -> bytes:
    title = f"matchwise shortlist ({result.label})" if result.label else None
    return xlsx_bytes(
        sheet_title(result), COLUMNS, shortlist_rows(result), widths=WIDTHS, document_title=title
    )
