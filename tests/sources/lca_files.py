"""Invented DOL LCA disclosure files with the real column layout (FY2023 onward, 96 columns).

Every row is made up: employers, people, addresses and case numbers are fictional. Written
directly as XLSX parts (shared strings, numbers, Excel date serials, as Excel saves them), so
100,000 rows take seconds rather than the minutes openpyxl needs; openpyxl reads the result.
"""

from __future__ import annotations

import csv
import itertools
import random
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

# The record layout of the LCA programs disclosure files, in order (FY2023 onward).
# fmt: off
LCA_COLUMNS: tuple[str, ...] = (
    "CASE_NUMBER", "CASE_STATUS", "RECEIVED_DATE", "DECISION_DATE", "ORIGINAL_CERT_DATE",
    "VISA_CLASS", "JOB_TITLE", "SOC_CODE", "SOC_TITLE", "FULL_TIME_POSITION", "BEGIN_DATE",
    "END_DATE", "TOTAL_WORKER_POSITIONS", "NEW_EMPLOYMENT", "CONTINUED_EMPLOYMENT",
    "CHANGE_PREVIOUS_EMPLOYMENT", "NEW_CONCURRENT_EMPLOYMENT", "CHANGE_EMPLOYER",
    "AMENDED_PETITION", "EMPLOYER_NAME", "TRADE_NAME_DBA", "EMPLOYER_ADDRESS1",
    "EMPLOYER_ADDRESS2", "EMPLOYER_CITY", "EMPLOYER_STATE", "EMPLOYER_POSTAL_CODE",
    "EMPLOYER_COUNTRY", "EMPLOYER_PROVINCE", "EMPLOYER_PHONE", "EMPLOYER_PHONE_EXT", "NAICS_CODE",
    "EMPLOYER_POC_LAST_NAME", "EMPLOYER_POC_FIRST_NAME", "EMPLOYER_POC_MIDDLE_NAME",
    "EMPLOYER_POC_JOB_TITLE", "EMPLOYER_POC_ADDRESS1", "EMPLOYER_POC_ADDRESS2",
    "EMPLOYER_POC_CITY", "EMPLOYER_POC_STATE", "EMPLOYER_POC_POSTAL_CODE", "EMPLOYER_POC_COUNTRY",
    "EMPLOYER_POC_PROVINCE", "EMPLOYER_POC_PHONE", "EMPLOYER_POC_PHONE_EXT", "EMPLOYER_POC_EMAIL",
    "AGENT_REPRESENTING_EMPLOYER", "AGENT_ATTORNEY_LAST_NAME", "AGENT_ATTORNEY_FIRST_NAME",
    "AGENT_ATTORNEY_MIDDLE_NAME", "AGENT_ATTORNEY_ADDRESS1", "AGENT_ATTORNEY_ADDRESS2",
    "AGENT_ATTORNEY_CITY", "AGENT_ATTORNEY_STATE", "AGENT_ATTORNEY_POSTAL_CODE",
    "AGENT_ATTORNEY_COUNTRY", "AGENT_ATTORNEY_PROVINCE", "AGENT_ATTORNEY_PHONE",
    "AGENT_ATTORNEY_PHONE_EXT", "AGENT_ATTORNEY_EMAIL_ADDRESS", "LAWFIRM_NAME_BUSINESS_NAME",
    "STATE_OF_HIGHEST_COURT", "NAME_OF_HIGHEST_STATE_COURT", "WORKSITE_WORKERS",
    "SECONDARY_ENTITY", "SECONDARY_ENTITY_BUSINESS_NAME", "WORKSITE_ADDRESS1", "WORKSITE_ADDRESS2",
    "WORKSITE_CITY", "WORKSITE_COUNTY", "WORKSITE_STATE", "WORKSITE_POSTAL_CODE",
    "WAGE_RATE_OF_PAY_FROM", "WAGE_RATE_OF_PAY_TO", "WAGE_UNIT_OF_PAY", "PREVAILING_WAGE",
    "PW_UNIT_OF_PAY", "PW_TRACKING_NUMBER", "PW_WAGE_LEVEL", "PW_OES_YEAR", "PW_OTHER_SOURCE",
    "PW_OTHER_YEAR", "PW_SURVEY_PUBLISHER", "PW_SURVEY_NAME", "TOTAL_WORKSITE_LOCATIONS",
    "AGREE_TO_LC_STATEMENT", "H_1B_DEPENDENT", "WILLFUL_VIOLATOR", "SUPPORT_H1B",
    "STATUTORY_BASIS", "APPENDIX_A_ATTACHED", "PUBLIC_DISCLOSURE", "PREPARER_LAST_NAME",
    "PREPARER_FIRST_NAME", "PREPARER_MIDDLE_INITIAL", "PREPARER_BUSINESS_NAME", "PREPARER_EMAIL",
)
# fmt: on
DATE_COLUMNS = frozenset(
    {"RECEIVED_DATE", "DECISION_DATE", "ORIGINAL_CERT_DATE", "BEGIN_DATE", "END_DATE"}
)
NUMBER_COLUMNS = frozenset(
    {"TOTAL_WORKER_POSITIONS", "NEW_EMPLOYMENT", "CONTINUED_EMPLOYMENT", "CHANGE_EMPLOYER"}
    | {"WAGE_RATE_OF_PAY_FROM", "WAGE_RATE_OF_PAY_TO", "PREVAILING_WAGE", "WORKSITE_WORKERS"}
)
EXCEL_EPOCH = date(1899, 12, 30)

Value = str | float | date | None


@dataclass(frozen=True)
class Employer:
    name: str
    city: str
    state: str
    postal_code: str


HOSPITALS = (
    Employer("Harbor Point Medical Center", "Tampa", "FL", "33606"),
    Employer("Lakeshore University Hospital", "Chicago", "IL", "60611"),
    Employer("St. Brigid Regional Health System", "Albany", "NY", "12208"),
    Employer("Mesa Verde Community Hospital", "Phoenix", "AZ", "85006"),
    Employer("Piedmont Valley Medical Center", "Macon", "GA", "31201"),
)
OTHERS = (
    Employer("Quarrystone Software LLC", "Austin", "TX", "78701"),
    Employer("Bluefinch Analytics Inc", "Seattle", "WA", "98101"),
    Employer("Harbor Point Senior Living", "Tampa", "FL", "33609"),
)
RESIDENT_TITLES = ("Resident Physician", "PGY-1", "PGY 2 Resident", "House Officer", "Fellow")
OTHER_TITLES = ("Software Engineer", "Data Analyst", "Resident Manager", "Hospitalist")


def certified_resident_row(
    employer: Employer, *, case: str, title: str = "Resident Physician", **changes: Value
) -> dict[str, Value]:
    """One H-1B LCA a residency would file, certified; `changes` overrides any column."""
    decided = date(2025, 3, 10)
    row: dict[str, Value] = {
        "CASE_NUMBER": case,
        "CASE_STATUS": "Certified",
        "RECEIVED_DATE": decided - timedelta(days=7),
        "DECISION_DATE": decided,
        "VISA_CLASS": "H-1B",
        "JOB_TITLE": title,
        "SOC_CODE": "29-1229.00",
        "SOC_TITLE": "Physicians, All Other",
        "FULL_TIME_POSITION": "Y",
        "BEGIN_DATE": date(2025, 7, 1),
        "END_DATE": date(2028, 6, 30),
        "TOTAL_WORKER_POSITIONS": 1.0,
        "EMPLOYER_NAME": employer.name,
        "EMPLOYER_CITY": employer.city,
        "EMPLOYER_STATE": employer.state,
        "EMPLOYER_POSTAL_CODE": employer.postal_code,
        "EMPLOYER_COUNTRY": "UNITED STATES OF AMERICA",
        "WORKSITE_CITY": employer.city,
        "WORKSITE_STATE": employer.state,
        "WAGE_RATE_OF_PAY_FROM": 64000.0,
        "WAGE_UNIT_OF_PAY": "Year",
    }
    row.update(changes)
    return row


def random_rows(count: int, seed: int = 2025) -> Iterator[dict[str, Value]]:
    """`count` rows like a year's file: about 1 in 40 a resident filing, the rest not."""
    pick = random.Random(seed)
    for index in range(count):
        case = f"I-200-{25000 + index // 1000:05d}-{index:06d}"
        if pick.random() < 0.025:
            employer = pick.choice(HOSPITALS)
            row = certified_resident_row(employer, case=case, title=pick.choice(RESIDENT_TITLES))
            if pick.random() < 0.1:
                row["CASE_STATUS"] = pick.choice(("Withdrawn", "Certified - Withdrawn", "Denied"))
        else:
            employer = pick.choice(OTHERS)
            row = certified_resident_row(
                employer,
                case=case,
                title=pick.choice(OTHER_TITLES),
                SOC_CODE=pick.choice(("15-1252.00", "15-2051.00", "11-9111.00")),
                SOC_TITLE="Software Developers",
                WAGE_RATE_OF_PAY_FROM=float(pick.randrange(70_000, 210_000)),
            )
        row.update(_filler(pick, index))
        yield row


def _filler(pick: random.Random, index: int) -> dict[str, Value]:
    """The many columns a reader skips, filled as a real file fills them (mostly distinct)."""
    street = f"{pick.randrange(1, 9999)} {pick.choice(('Oak', 'Main', 'Bay', 'Elm'))} St"
    first, last = pick.choice(("Ana", "Ravi", "Mei", "Omar")), f"Surname{index % 5000}"
    return {
        "EMPLOYER_ADDRESS1": street,
        "EMPLOYER_PHONE": f"+1{pick.randrange(2_000_000_000, 9_999_999_999)}",
        "NAICS_CODE": pick.choice(("622110", "541511", "541512")),
        "EMPLOYER_POC_LAST_NAME": last,
        "EMPLOYER_POC_FIRST_NAME": first,
        "EMPLOYER_POC_JOB_TITLE": "Immigration Specialist",
        "EMPLOYER_POC_EMAIL": f"{first.lower()}.{last.lower()}@example.org",
        "AGENT_REPRESENTING_EMPLOYER": "Yes",
        "AGENT_ATTORNEY_LAST_NAME": f"Counsel{index % 700}",
        "LAWFIRM_NAME_BUSINESS_NAME": f"Firm {index % 300} LLP",
        "WORKSITE_ADDRESS1": street,
        "WORKSITE_COUNTY": "Example County",
        "PREVAILING_WAGE": 60000.0,
        "PW_WAGE_LEVEL": pick.choice(("I", "II", "III", "IV")),
        "PW_OES_YEAR": "7/1/2024 - 6/30/2025",
        "AGREE_TO_LC_STATEMENT": "Yes",
        "H_1B_DEPENDENT": "No",
        "WILLFUL_VIOLATOR": "No",
        "PUBLIC_DISCLOSURE": "Disclose Business",
        "PREPARER_EMAIL": f"preparer{index % 900}@example.org",
        "PREPARER_LAST_NAME": f"Preparer{index % 900}",
        "PREPARER_FIRST_NAME": first,
        "PREPARER_BUSINESS_NAME": f"Firm {index % 300} LLP",
        "AGENT_ATTORNEY_FIRST_NAME": pick.choice(("Lee", "Sam", "Kim")),
        "AGENT_ATTORNEY_ADDRESS1": f"{pick.randrange(1, 999)} Court St",
        "AGENT_ATTORNEY_CITY": "Boston",
        "AGENT_ATTORNEY_STATE": "MA",
        "AGENT_ATTORNEY_POSTAL_CODE": "02108",
        "AGENT_ATTORNEY_COUNTRY": "UNITED STATES OF AMERICA",
        "AGENT_ATTORNEY_PHONE": f"+1617{pick.randrange(1_000_000, 9_999_999)}",
        "AGENT_ATTORNEY_EMAIL_ADDRESS": f"counsel{index % 700}@example.org",
        "STATE_OF_HIGHEST_COURT": "MA",
        "NAME_OF_HIGHEST_STATE_COURT": "Supreme Judicial Court",
        "EMPLOYER_POC_ADDRESS1": street,
        "EMPLOYER_POC_CITY": "Tampa",
        "EMPLOYER_POC_STATE": "FL",
        "EMPLOYER_POC_POSTAL_CODE": "33606",
        "EMPLOYER_POC_COUNTRY": "UNITED STATES OF AMERICA",
        "EMPLOYER_POC_PHONE": f"+1813{pick.randrange(1_000_000, 9_999_999)}",
        "WORKSITE_POSTAL_CODE": "33606",
        "WAGE_RATE_OF_PAY_TO": 70000.0,
        "PW_UNIT_OF_PAY": "Year",
        "PW_TRACKING_NUMBER": f"P-100-24{index:07d}",
        "TOTAL_WORKSITE_LOCATIONS": 1.0,
        "NEW_EMPLOYMENT": 1.0,
        "CONTINUED_EMPLOYMENT": 0.0,
        "CHANGE_EMPLOYER": 0.0,
        "ORIGINAL_CERT_DATE": date(2025, 3, 10),
        "SUPPORT_H1B": "Yes",
        "STATUTORY_BASIS": "Wage",
        "SECONDARY_ENTITY": "No",
    }


def write_xlsx(
    path: Path, rows: Iterable[dict[str, Value]], columns: Sequence[str] = LCA_COLUMNS
) -> int:
    """Write the rows under a header row as a one-sheet workbook; return how many rows."""
    strings: dict[str, int] = {}

    def shared(text: str) -> int:
        return strings.setdefault(text, len(strings))

    count = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b"<sheetData>"
            )
            header: dict[str, Value] = {c: c for c in columns}
            for count, row in enumerate(itertools.chain([header], rows)):
                sheet.write(_row_xml(count + 1, row, columns, shared).encode("utf-8"))
            sheet.write(b"</sheetData></worksheet>")
        archive.writestr("xl/sharedStrings.xml", _shared_strings_xml(strings))
        for name, text in _package_parts().items():
            archive.writestr(name, text)
    return count


def _row_xml(
    number: int, row: dict[str, Value], columns: Sequence[str], shared: Callable[[str], int]
) -> str:
    cells = []
    for index, column in enumerate(columns):
        value = row.get(column)
        if value is None or value == "":
            continue
        reference = f"{_letters(index)}{number}"
        if isinstance(value, date):
            cells.append(f'<c r="{reference}" s="1"><v>{(value - EXCEL_EPOCH).days}</v></c>')
        elif isinstance(value, float):
            cells.append(f'<c r="{reference}"><v>{value:g}</v></c>')
        else:
            cells.append(f'<c r="{reference}" t="s"><v>{shared(value)}</v></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _shared_strings_xml(strings: dict[str, int]) -> str:
    items = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    )


def _package_parts() -> dict[str, str]:
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    office = "application/vnd.openxmlformats-officedocument"
    return {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{office}.spreadsheetml.'
            'sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{office}.'
            'spreadsheetml.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{office}.spreadsheetml.'
            'sharedStrings+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{office}.spreadsheetml.'
            'styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}">'
            f'<Relationship Id="rId1" Type="{relations}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" '
            f'xmlns:r="{relations}"><sheets><sheet name="LCA" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}">'
            f'<Relationship Id="rId1" Type="{relations}/worksheet" '
            'Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{relations}/sharedStrings" '
            'Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId3" Type="{relations}/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{main}">'
            '<fonts count="1"><font/></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
            "</cellXfs></styleSheet>"
        ),
    }


def write_csv(
    path: Path, rows: Iterable[dict[str, Value]], columns: Sequence[str] = LCA_COLUMNS
) -> None:
    """The same rows as a CSV file (dates as M/D/YYYY, as the DOL's CSV exports write them)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_text(row.get(c)) for c in columns])


def _csv_text(value: Value) -> str:
    if isinstance(value, date):
        return f"{value.month}/{value.day}/{value.year}"
    if isinstance(value, float):
        return f"{value:g}"
    return value or ""
