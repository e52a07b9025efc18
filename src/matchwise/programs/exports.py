"""The shortlist as a spreadsheet (CSV or XLSX), one program a row, reasons in words, headers
as a person reads them ("Chance of an interview"), and a record of the profile it was made for.

- XLSX: one workbook, the list on its first sheet and the profile on a second sheet "Profile".
- CSV: the list alone, one header row and nothing else, so that other programs read it as it
  is; the profile is a second, companion CSV (two columns, "Setting" and "Value").

A list from the fictional sample says so where it cannot be missed, even when it is empty: in
the file names (the list's and the profile's) and the XLSX sheet title, as well as in every
row's "Source" and in the profile's "Catalogue". The CSV keeps a plain header (no note rows).
"""

from __future__ import annotations

from datetime import date

from matchwise.network import clock
from matchwise.programs.catalogues import catalogue_title
from matchwise.programs.models import (
    APPLICANT_TYPE_CHOICES,
    SETTING_PREFERENCE_CHOICES,
    VISA_CHOICES,
)
from matchwise.programs.services import ShortlistResult
from matchwise.selection import Objective
from matchwise.spreadsheets import Sheet, Value, csv_bytes, xlsx_book_bytes

COLUMNS = (
    "Rank",
    "Program ID",
    "Program",
    "Institution",
    "City",
    "State",
    "Specialty",
    "Tier",
    "Chance of an interview",
    "Chance of an interview, lowest",
    "Chance of an interview, highest",
    "Chance of matching here",
    "People you know there",
    "Why",
    "Not known",
    "Source",
    "Figures as of",
)
WIDTHS = {"Program": 50, "Institution": 40, "Why": 80, "Not known": 50, "Source": 30}
PROFILE_COLUMNS = ("Setting", "Value")
PROFILE_WIDTHS = {"Setting": 36, "Value": 60}
PROFILE_SHEET = "Profile"
NO_LIMIT = "no limit"
OBJECTIVES = {
    Objective.P_MATCH: "the best chance of matching",
    Objective.EXPECTED_UTILITY: "the best match for your preferences",
}


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


def profile_rows(result: ShortlistResult, made_on: date) -> list[tuple[str, Value]]:
    """What the list was made from and how: the profile, the limits, the catalogue, the model."""
    profile, shortlist = result.profile, result.shortlist
    catalogue = catalogue_title(result.catalogue, result.label)
    return [
        ("Applicant type", dict(APPLICANT_TYPE_CHOICES)[profile.applicant_type.value]),
        ("Specialties", "; ".join(profile.specialties)),
        (
            "Step 2 CK score",
            "not taken yet" if profile.step2_score is None else profile.step2_score,
        ),
        ("Step 2 CK attempts", profile.step2_attempts),
        ("Step 1 attempts", profile.step1_attempts),
        ("Years since graduation", profile.years_since_graduation),
        ("Visa", dict(VISA_CHOICES)[profile.visa.value]),
        ("US clinical experience (months)", profile.usce_months),
        ("Letters from US physicians", profile.us_letters),
        ("Publications", profile.publications),
        ("Presentations", profile.presentations),
        ("Home state", profile.home_state or ""),
        ("Preferred states", ", ".join(profile.preferred_states)),
        ("Programs", dict(SETTING_PREFERENCE_CHOICES)[profile.setting_preference.value]),
        ("Budget for ERAS fees (USD)", _limit(profile.budget_usd)),
        ("Most applications", _limit(profile.max_applications)),
        ("Made for", OBJECTIVES.get(shortlist.objective, str(shortlist.objective))),
        ("Catalogue", catalogue),
        ("Model", shortlist.model),
        ("Made on", made_on),
        ("Programs on the list", len(result.rows)),
        ("Chance of matching with the list", round(shortlist.p_match, 4)),
        ("ERAS fees (USD)", shortlist.cost_usd),
    ]


def _limit(value: int | None) -> Value:
    return NO_LIMIT if value is None else value


def shortlist_csv_bytes(result: ShortlistResult) -> bytes:
    return csv_bytes(COLUMNS, shortlist_rows(result))


def profile_csv_bytes(result: ShortlistResult, made_on: date | None = None) -> bytes:
    """The companion of the CSV list: the profile it was made for, one setting a row."""
    return csv_bytes(PROFILE_COLUMNS, profile_rows(result, made_on or clock.today()))


def sheet_title(result: ShortlistResult) -> str:
    # Excel allows 31 characters in a sheet title.
    return "Shortlist (sample, fictional)" if result.label else "Shortlist"


def export_file_name(result: ShortlistResult, kind: str) -> str:
    sample = "-sample-fictional" if result.label else ""
    return f"matchwise-shortlist{sample}.{kind}"


def profile_file_name(result: ShortlistResult) -> str:
    sample = "-sample-fictional" if result.label else ""
    return f"matchwise-shortlist-profile{sample}.csv"


def shortlist_xlsx_bytes(result: ShortlistResult) -> bytes:
    return shortlist_workbook(result, clock.today())


def shortlist_workbook(result: ShortlistResult, made_on: date) -> bytes:
    """The list on the first sheet, the profile it was made for on the second."""
    title = f"matchwise shortlist ({result.label})" if result.label else None
    listed = Sheet(sheet_title(result), COLUMNS, shortlist_rows(result), WIDTHS)
    profile = Sheet(PROFILE_SHEET, PROFILE_COLUMNS, profile_rows(result, made_on), PROFILE_WIDTHS)
    return xlsx_book_bytes([listed, profile], document_title=title)
