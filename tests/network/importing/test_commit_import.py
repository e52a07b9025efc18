"""Committing a parsed file: contacts, keys, history, follow-ups and tags as one write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from matchwise.network.derived import refresh_dates
from matchwise.network.importing.linkedin import parse_linkedin
from matchwise.network.importing.service import commit
from matchwise.network.importing.sheet import parse_sheet, read_headers
from matchwise.network.importing.sheet_mapping import suggest_mapping
from matchwise.network.importing.vcard import parse_vcard
from matchwise.network.models import Contact, FollowUp, Interaction
from matchwise.network.records import ParsedFile

pytestmark = pytest.mark.django_db
Read = Callable[[str], bytes]


def sheet(name: str, data: bytes) -> ParsedFile:
    return parse_sheet(name, data, suggest_mapping(read_headers(name, data)))


def test_it_adds_linkedin_connections_with_their_keys_and_history(fixture_bytes: Read) -> None:
    parsed = parse_linkedin("Connections.csv", fixture_bytes("linkedin_connections_2026.csv"))

    report = commit(parsed)

    assert len(report.contact_ids) == Contact.objects.count() == 5
    amara = Contact.objects.get(name="Amara Okafor")
    assert amara.linkedin_key == "amara-okafor-md"
    assert (amara.role, amara.source) == ("associate_pd", "linkedin")
    tomasz = Contact.objects.get(name="Tomasz Wieczorek")
    assert tomasz.email_key == "t.wieczorek@lakeshore-health.example"
    assert Contact.objects.get(name="Rohan Mehta").role == "img_peer"
    touch = amara.interactions.get()
    assert (touch.occurred_on, touch.channel, touch.topic, touch.direction) == (
        date(2026, 2, 8),
        "linkedin",
        "Connected on LinkedIn",
        "outbound",
    )
    assert touch.notes == "Imported from Connections.csv."
    assert FollowUp.objects.count() == 0  # history plans no follow-ups
    assert amara.last_contacted == date(2026, 2, 8)  # the stored derived dates are set


@pytest.mark.parametrize(
    "fixture", ["linkedin_connections_2026.csv", "linkedin_people_you_know.csv"]
)
def test_it_stores_the_derived_dates_a_refresh_would_compute(
    fixture_bytes: Read, fixture: str
) -> None:
    Contact.objects.create(
        name="Amara Okafor", linkedin_url="https://linkedin.com/in/amara-okafor-md"
    )

    commit(parse_linkedin("Connections.csv", fixture_bytes(fixture)))

    assert refresh_dates() == 0


def test_it_gives_a_contact_with_no_known_role_the_role_other(fixture_bytes: Read) -> None:
    commit(parse_vcard("contacts.vcf", fixture_bytes("name_variants.vcf")))

    assert set(Contact.objects.values_list("role", flat=True)) == {"other"}


def test_it_adds_vcards_with_tags(fixture_bytes: Read) -> None:
    commit(parse_vcard("contacts.vcf", fixture_bytes("apple_contacts.vcf")))

    amara = Contact.objects.get(name="Amara Okafor")
    assert amara.display_name == "Dr. Amara Okafor"
    assert sorted(amara.tags.values_list("name", flat=True)) == ["Internal Medicine", "Mentor"]
    assert amara.linkedin_key == "amara-okafor-md"
    assert Interaction.objects.count() == 0


def test_it_writes_a_sheets_history_and_follow_ups(fixture_bytes: Read) -> None:
    report = commit(sheet("tracking.csv", fixture_bytes("sheet_follow_ups.csv")))

    assert (report.interactions, report.follow_ups) == (2, 2)
    amara = Contact.objects.get(name="Amara Okafor")
    met = amara.interactions.get()
    assert (met.channel, met.topic, met.notes) == (
        "in_person",
        "Thanked her after rounds",
        "Imported from tracking.csv.",
    )
    follow_up = amara.follow_ups.get()
    assert (follow_up.rule, follow_up.due_on, follow_up.state) == (
        "manual",
        date(2026, 2, 20),
        "open",
    )
    lena = Contact.objects.get(name="Lena Ibrahim").interactions.get()
    assert lena.channel == "email"
    assert "did not say how you were in touch; recorded as email" in lena.notes


def test_it_rejects_rows_whose_fields_the_database_would_refuse(fixture_bytes: Read) -> None:
    report = commit(sheet("sheet.csv", fixture_bytes("sheet_invalid_fields.csv")))

    assert [(row.line, row.reason) for row in report.rejected] == [
        (2, "Email: 'hana at pinecrest' is not an email address"),
        (3, "LinkedIn URL: 'not a profile' is not a web address"),
    ]
    assert list(Contact.objects.values_list("name", flat=True)) == ["Peter Novak"]


def test_it_rejects_values_longer_than_the_field() -> None:
    data = f"Name,Institution\nPeter Novak,{'Valley Care ' * 20}\n".encode()

    report = commit(sheet("sheet.csv", data))

    assert [(row.line, row.reason) for row in report.rejected] == [
        (2, "Institution: longer than 200 characters")
    ]
    assert Contact.objects.count() == 0


def test_it_summarises_what_it_did(fixture_bytes: Read) -> None:
    parsed = parse_linkedin("Connections.csv", fixture_bytes("linkedin_hidden_profiles.csv"))

    assert commit(parsed).summary_lines() == [
        "Connections.csv: 2 new contacts added, 0 rows merged into existing contacts, "
        "0 rows already up to date, 0 possible duplicates kept apart, 2 rows rejected.",
        "History: 2 interactions and 0 follow-ups added.",
        "Line 6 rejected: First Name and Last Name are empty: LinkedIn leaves them out for "
        "members who hide their details from exports.",
        "Line 7 rejected: First Name and Last Name are empty: LinkedIn leaves them out for "
        "members who hide their details from exports.",
    ]
