"""Reading LinkedIn's Connections.csv, current and older exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from matchwise.network.importing.linkedin import parse_linkedin
from matchwise.network.records import RejectedRow
from matchwise.textfiles.errors import ImportFileError

Read = Callable[[str], bytes]


def test_it_finds_the_header_below_the_notes_preamble_and_the_bom(fixture_bytes: Read) -> None:
    parsed = parse_linkedin("Connections.csv", fixture_bytes("linkedin_connections_2026.csv"))

    assert [r.name for r in parsed.records] == [
        "Amara Okafor",
        "Tomasz Wieczorek",
        "Nadia Haddad",
        "Rohan Mehta",
        "Ifeoma Nwosu",
    ]
    assert parsed.rejected == []
    first = parsed.records[0]
    assert first.line == 5
    assert first.name == "Amara Okafor"  # no BOM glued to the first name
    assert first.linkedin_url == "https://www.linkedin.com/in/amara-okafor-md"
    assert first.source == "linkedin"


def test_it_keeps_commas_inside_quoted_company_and_position(fixture_bytes: Read) -> None:
    parsed = parse_linkedin("Connections.csv", fixture_bytes("linkedin_connections_2026.csv"))
    by_name = {r.name: r for r in parsed.records}

    assert by_name["Amara Okafor"].institution == "Riverside Medical Center, Springfield"
    assert by_name["Nadia Haddad"].institution == "Mercy General Hospital, Inc."
    assert by_name["Nadia Haddad"].position == "Chief Resident, Pediatrics"


def test_it_reads_mostly_empty_emails(fixture_bytes: Read) -> None:
    parsed = parse_linkedin("Connections.csv", fixture_bytes("linkedin_connections_2026.csv"))

    assert [r.email for r in parsed.records] == [
        "",
        "t.wieczorek@lakeshore-health.example",
        "",
        "",
        "",
    ]


def test_it_turns_connected_on_into_history(fixture_bytes: Read) -> None:
    parsed = parse_linkedin("Connections.csv", fixture_bytes("linkedin_connections_2026.csv"))
    first = parsed.records[0]

    assert first.touched_on == date(2026, 2, 8)
    assert first.touch_topic == "Connected on LinkedIn"
    assert first.touch_channel == "linkedin"


@pytest.mark.parametrize(
    ("name", "honorific", "role"),
    [
        ("Amara Okafor", "", "associate_pd"),
        ("Tomasz Wieczorek", "", "resident"),
        ("Nadia Haddad", "", "chief_resident"),
        ("Rohan Mehta", "", "img_peer"),
        ("Ifeoma Nwosu", "Dr.", "attending"),
    ],
)
def test_it_reads_titles_and_clear_roles(
    fixture_bytes: Read, name: str, honorific: str, role: str
) -> None:
    parsed = parse_linkedin("Connections.csv", fixture_bytes("linkedin_connections_2026.csv"))
    record = next(r for r in parsed.records if r.name == name)

    assert (record.honorific, record.role) == (honorific, role)


def test_it_reads_old_exports_without_url_column_or_preamble(fixture_bytes: Read) -> None:
    parsed = parse_linkedin("Connections.csv", fixture_bytes("linkedin_connections_2016.csv"))

    assert parsed.rejected == []
    assert [(r.line, r.name, r.linkedin_url) for r in parsed.records] == [
        (2, "Grace Adeyemi", ""),
        (3, "Karim Benali", ""),
        (4, "Mei Lin", ""),
    ]
    assert parsed.records[0].email == "grace.adeyemi@westfield-med.example"
    assert parsed.records[1].institution == "St. Jude's Community Hospital, Internal Medicine"
    assert parsed.records[0].touched_on == date(2016, 3, 14)


def test_it_rejects_hidden_profiles_instead_of_storing_them_blank(fixture_bytes: Read) -> None:
    parsed = parse_linkedin("Connections.csv", fixture_bytes("linkedin_hidden_profiles.csv"))

    assert [r.name for r in parsed.records] == ["Sofia Rossi", "Daniel Osei"]
    assert [row.line for row in parsed.rejected] == [6, 7]
    assert all("First Name and Last Name are empty" in row.reason for row in parsed.rejected)


def test_it_rejects_bad_dates_naming_the_field(fixture_bytes: Read) -> None:
    parsed = parse_linkedin("Connections.csv", fixture_bytes("linkedin_bad_dates.csv"))

    assert [r.name for r in parsed.records] == ["Hana Kobayashi", "Peter Novak"]
    assert parsed.rejected == [
        RejectedRow(3, "Connected On: '31 Feb 2026' is not a date"),
        RejectedRow(4, "Connected On: 'yesterday' is not a date"),
    ]
    assert parsed.records[1].touched_on is None  # no date, no history, still a contact


def test_it_refuses_a_file_that_is_not_a_linkedin_export(fixture_bytes: Read) -> None:
    with pytest.raises(ImportFileError, match=r"^programs\.csv: no header row"):
        parse_linkedin("programs.csv", fixture_bytes("not_a_linkedin_export.csv"))


def test_it_refuses_text_that_is_not_utf8_naming_the_line() -> None:
    data = b"First Name,Last Name\nAmara,Okafor\n" + b"\x81\x8d,\x90\n"

    with pytest.raises(ImportFileError, match=r"^Connections\.csv, line 3: .*UTF-8"):
        parse_linkedin("Connections.csv", data)
