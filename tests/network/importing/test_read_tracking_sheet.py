"""Reading a tracking spreadsheet, CSV or XLSX, through the mapping the user confirmed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from matchwise.network.importing.sheet import parse_sheet, read_headers
from matchwise.network.importing.sheet_mapping import suggest_mapping
from matchwise.network.records import ContactRecord, ParsedFile, RejectedRow
from matchwise.textfiles.errors import ImportFileError

Read = Callable[[str], bytes]


def parse_suggested(filename: str, data: bytes) -> ParsedFile:
    return parse_sheet(filename, data, suggest_mapping(read_headers(filename, data)))


def by_name(parsed: ParsedFile) -> dict[str, ContactRecord]:
    return {record.name: record for record in parsed.records}


def test_it_reads_the_playbooks_tracking_sheet(fixture_bytes: Read) -> None:
    parsed = parse_suggested("tracking.csv", fixture_bytes("tracking_sheet.csv"))
    amara = parsed.records[0]

    assert [(r.line, r.name) for r in parsed.records] == [
        (2, "Amara Okafor"),
        (4, "Tomasz Wieczorek"),
        (5, "Nadia Haddad"),
        (7, "Rohan Mehta"),
    ]
    assert (amara.honorific, amara.role, amara.source) == ("Dr.", "program_director", "usce")
    assert (amara.specialty, amara.institution) == ("Internal Medicine", "Riverside Medical Center")
    assert amara.email == "amara.okafor@riverside-med.example"
    assert amara.linkedin_url == "https://linkedin.com/in/amara-okafor-md"
    assert amara.notes == "Prefers email over calls.\nAsk about research electives in spring."
    assert amara.tags == ["Mentor", "Internal Medicine"]


def test_it_turns_last_contact_into_history_and_next_date_into_a_follow_up(
    fixture_bytes: Read,
) -> None:
    records = by_name(parse_suggested("tracking.csv", fixture_bytes("tracking_sheet.csv")))

    amara, nadia = records["Amara Okafor"], records["Nadia Haddad"]
    assert (amara.touched_on, amara.touch_topic) == (date(2026, 1, 20), "Thanked her after rounds")
    assert amara.touch_channel == ""  # not in the sheet: the commit says so when it stores it
    assert amara.follow_up_on == date(2026, 2, 20)
    assert (nadia.touched_on, nadia.touch_topic) == (date(2025, 12, 3), "Last contact")
    assert nadia.follow_up_on == date(2026, 3, 1)  # US order: 1/15/2026 is in the same sheet


def test_it_keeps_a_topic_without_a_date_in_the_notes(fixture_bytes: Read) -> None:
    rohan = by_name(parse_suggested("tracking.csv", fixture_bytes("tracking_sheet.csv")))[
        "Rohan Mehta"
    ]

    assert rohan.touched_on is None
    assert "Topic of last contact: Step 2 CK resources" in rohan.notes.splitlines()


@pytest.mark.parametrize(
    ("name", "role", "source", "position", "note"),
    [
        ("Amara Okafor", "program_director", "usce", "", None),
        ("Tomasz Wieczorek", "resident", "conference", "", None),
        (
            "Nadia Haddad",
            "attending",
            "conference",
            "",
            "How you met / Source: Poster hall at the state chapter meeting",
        ),
        (
            "Rohan Mehta",
            "img_peer",
            "online_community",
            "",
            "How you met / Source: WhatsApp study group",
        ),
    ],
)
def test_it_reads_roles_and_sources_tolerantly_keeping_the_words_it_guessed(
    fixture_bytes: Read, name: str, role: str, source: str, position: str, note: str | None
) -> None:
    record = by_name(parse_suggested("tracking.csv", fixture_bytes("tracking_sheet.csv")))[name]

    assert (record.role, record.source, record.position) == (role, source, position)
    if note is not None:
        assert note in record.notes.splitlines()


@pytest.mark.parametrize(
    ("row", "role", "position", "source", "notes"),
    [
        (b"Family friend,,Wedding", "other", "Family friend", "other", "Source: Wedding"),
        (b"Research coordinator,,USCE", "faculty", "Research coordinator", "usce", ""),
        (
            b"Research coordinator,Coordinator II,",
            "faculty",
            "Coordinator II",
            "",
            "Role: Research coordinator",
        ),
        (b"PD,,", "program_director", "", "", ""),
    ],
)
def test_it_keeps_the_words_of_an_unknown_or_guessed_role_and_source(
    row: bytes, role: str, position: str, source: str, notes: str
) -> None:
    data = b"Name,Role,Title,Source\nGrace Adeyemi," + row + b"\n"

    grace = parse_suggested("sheet.csv", data).records[0]

    assert (grace.role, grace.position, grace.source, grace.notes) == (
        role,
        position,
        source,
        notes,
    )


def test_it_rejects_rows_with_no_name_or_a_bad_date_naming_the_column(fixture_bytes: Read) -> None:
    parsed = parse_suggested("tracking.csv", fixture_bytes("tracking_sheet.csv"))

    assert parsed.rejected == [
        RejectedRow(8, "Next follow-up date: 'next month' is not a date"),
        RejectedRow(9, "Name: empty, a contact needs a name"),
    ]


def test_it_reads_semicolons_split_names_and_day_first_dates(fixture_bytes: Read) -> None:
    parsed = parse_suggested("tracking.csv", fixture_bytes("tracking_sheet_day_first.csv"))
    karim, mei = parsed.records

    assert (karim.name, karim.institution) == ("Karim Benali", "St. Jude's Community Hospital")
    assert karim.touched_on == date(2026, 1, 25)
    assert karim.follow_up_on == date(2026, 2, 3)  # the sheet is day-first throughout
    assert mei.touched_on == date(2025, 12, 2)


def test_it_applies_the_mapping_the_user_chose(fixture_bytes: Read) -> None:
    data = fixture_bytes("tracking_sheet.csv")
    mapping = {"Name": "name", "Specialty": "notes", "Institution": "notes", "Tags": ""}

    amara = parse_sheet("tracking.csv", data, mapping).records[0]

    assert (amara.institution, amara.specialty, amara.tags) == ("", "", [])
    assert amara.notes == "Specialty: Internal Medicine\nInstitution: Riverside Medical Center"


def write_workbook(path: Path) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        [
            "Full Name",
            "Title",
            "Hospital / Program",
            "Last contacted",
            "Channel",
            "Next follow-up",
            "Phone",
            "Tags",
            "Notes",
            "Notes",
        ]
    )
    sheet.append(
        [
            "Dr. Hana Kobayashi",
            "Assistant Professor",
            "Pinecrest University",
            datetime(2026, 1, 12),
            "Zoom",
            46045,  # an Excel date serial in a cell left as a number
            2175550142.0,  # a phone number typed as a number
            "Research, Mentor",
            "Wants a CV first",
            "Replied within a day",
        ]
    )
    sheet.append([])
    sheet.append(["Luis Ortega", "PGY-3", "Valley Care", "01/05/2026", "coffee", None, None])
    sheet.append([None, "Attending", "Valley Care", datetime(2026, 1, 2)])
    book.save(path)
    return path.read_bytes()


def test_it_reads_an_xlsx_workbook_with_date_and_number_cells(tmp_path: Path) -> None:
    data = write_workbook(tmp_path / "tracking.xlsx")

    assert read_headers("tracking.xlsx", data)[-2:] == ["Notes", "Notes (2)"]
    parsed = parse_suggested("tracking.xlsx", data)
    hana, luis = parsed.records

    assert (hana.line, hana.honorific, hana.name) == (2, "Dr.", "Hana Kobayashi")
    assert (hana.position, hana.institution) == ("Assistant Professor", "Pinecrest University")
    assert (hana.touched_on, hana.touch_channel) == (date(2026, 1, 12), "video")
    assert hana.follow_up_on == date(2026, 1, 23)
    assert hana.phone == "2175550142"
    assert hana.tags == ["Research", "Mentor"]
    assert hana.notes == "Notes: Wants a CV first\nNotes (2): Replied within a day"
    assert (luis.line, luis.touched_on, luis.touch_channel) == (4, date(2026, 1, 5), "")
    assert "Last contact by: coffee" in luis.notes
    assert parsed.rejected == [RejectedRow(5, "Full Name: empty, a contact needs a name")]


def test_it_refuses_files_that_are_not_sheets(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"^broken\.xlsx: not a readable \.xlsx"):
        read_headers("broken.xlsx", b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFileError, match=r"old Excel \(\.xls\)"):
        read_headers("old.xls", b"\xd0\xcf\x11\xe0" + bytes(100))
    with pytest.raises(ImportFileError, match=r"^empty\.csv: the sheet is empty"):
        read_headers("empty.csv", b"\n,,\n")
