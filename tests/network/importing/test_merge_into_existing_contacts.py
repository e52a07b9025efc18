"""Rows that are people already in the tracker: merged, filling gaps, never overwriting."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matchwise.network.importing.linkedin import parse_linkedin
from matchwise.network.importing.report import Merged
from matchwise.network.importing.service import commit, preview
from matchwise.network.importing.sheet import parse_sheet, read_headers
from matchwise.network.importing.sheet_mapping import suggest_mapping
from matchwise.network.importing.vcard import parse_vcard
from matchwise.network.models import Contact, Tag

pytestmark = pytest.mark.django_db
Read = Callable[[str], bytes]


@pytest.fixture
def amara() -> Contact:
    contact = Contact.objects.create(
        name="Amara Okafor",
        institution="Riverside Medical Center",
        linkedin_url="https://www.linkedin.com/in/amara-okafor-md",
        source="usce",
        notes="Met on the wards.",
    )
    contact.tags.add(Tag.objects.create(name="mentor"))
    return contact


@pytest.fixture
def tomasz() -> Contact:
    return Contact.objects.create(
        name="Tomasz Wieczorek",
        role="resident",
        email="t.wieczorek@lakeshore-health.example",
        phone="+1 555 0100",
    )


def test_it_merges_on_the_same_linkedin_profile_however_the_url_is_written(
    fixture_bytes: Read, amara: Contact, tomasz: Contact
) -> None:
    report = commit(parse_linkedin("c.csv", fixture_bytes("linkedin_people_you_know.csv")))

    assert report.merged[0] == Merged(
        line=2,
        name="Amara Okafor",
        reason="same LinkedIn profile",
        into_id=amara.pk,
        into_line=None,
        into_name="Amara Okafor",
        filled=("role", "position"),
        kept=("institution", "source"),  # the URL differs in form only: same profile
        history_added=1,
    )
    amara.refresh_from_db()
    assert (amara.role, amara.position) == ("program_director", "Program Director")


def test_it_never_overwrites_what_the_user_has(
    fixture_bytes: Read, amara: Contact, tomasz: Contact
) -> None:
    commit(parse_linkedin("c.csv", fixture_bytes("linkedin_people_you_know.csv")))

    amara.refresh_from_db()
    tomasz.refresh_from_db()
    assert amara.institution == "Riverside Medical Center"
    assert amara.linkedin_url == "https://www.linkedin.com/in/amara-okafor-md"
    assert (amara.source, amara.notes) == ("usce", "Met on the wards.")
    assert (tomasz.role, tomasz.email) == ("resident", "t.wieczorek@lakeshore-health.example")
    assert tomasz.phone == "+1 555 0100"


def test_it_merges_on_the_same_email_in_any_case_filling_empty_fields(
    fixture_bytes: Read, amara: Contact, tomasz: Contact
) -> None:
    report = commit(parse_linkedin("c.csv", fixture_bytes("linkedin_people_you_know.csv")))

    merge = report.merged[1]
    assert (merge.reason, merge.into_id) == ("same email", tomasz.pk)
    assert merge.filled == ("position", "institution", "linkedin_url", "source")
    tomasz.refresh_from_db()
    assert tomasz.institution == "Lakeshore Health"
    assert tomasz.linkedin_key == "tomasz-wieczorek-4b1a2"  # derived for the filled URL too
    assert tomasz.interactions.count() == 1


def test_it_merges_duplicates_inside_the_same_file(
    fixture_bytes: Read, amara: Contact, tomasz: Contact
) -> None:
    report = commit(parse_linkedin("c.csv", fixture_bytes("linkedin_people_you_know.csv")))

    assert [a.line for a in report.added] == [4]
    merge = report.merged[2]
    assert (merge.line, merge.into_id, merge.into_line) == (5, None, 4)
    assert (merge.filled, merge.history_added) == (("email",), 0)
    priya = Contact.objects.get(name="Priya Raman")
    assert priya.email_key == "priya.raman@northgate.example"
    assert priya.interactions.count() == 1  # the same connection date is one interaction
    assert Contact.objects.count() == 3


def test_it_unions_tags_and_fills_the_role_other(amara: Contact, fixture_bytes: Read) -> None:
    data = (
        b"Name,Role,LinkedIn,Tags\n"
        b"Amara Okafor,PD,https://linkedin.com/in/amara-okafor-md,Mentor; Internal Medicine\n"
    )
    parsed = parse_sheet("s.csv", data, suggest_mapping(read_headers("s.csv", data)))

    merge = commit(parsed).merged[0]

    assert merge.tags_added == ("Internal Medicine",)
    assert sorted(amara.tags.values_list("name", flat=True)) == ["Internal Medicine", "mentor"]
    amara.refresh_from_db()
    assert amara.role == "program_director"
    assert Tag.objects.count() == 2  # 'Mentor' is the existing 'mentor'


def test_it_shows_merges_in_the_preview_without_writing(
    fixture_bytes: Read, amara: Contact, tomasz: Contact
) -> None:
    plan = preview(parse_linkedin("c.csv", fixture_bytes("linkedin_people_you_know.csv")))

    assert [(m.line, m.reason) for m in plan.merged] == [
        (2, "same LinkedIn profile"),
        (3, "same email"),
        (5, "same LinkedIn profile"),
    ]
    assert (
        "Line 3: Tomasz Wieczorek joins your contact Tomasz Wieczorek (same email; filled "
        "position, institution, linkedin_url, source)." in plan.summary_lines()
    )
    amara.refresh_from_db()
    assert amara.role == "other"
    assert Contact.objects.count() == 2


def test_it_merges_the_same_name_at_the_same_institution_when_nothing_tells_them_apart(
    fixture_bytes: Read,
) -> None:
    nadia = Contact.objects.create(name="nadia  haddad", institution="Mercy General Hospital")

    report = commit(parse_vcard("contacts.vcf", fixture_bytes("apple_contacts.vcf")))

    merge = next(m for m in report.merged if m.line == 32)
    assert (merge.reason, merge.into_id) == ("same name and institution", nadia.pk)
    assert merge.filled == ("honorific", "role", "position", "phone", "notes")
    assert Contact.objects.count() == 3  # Nadia, and the two other cards of the file


def test_it_keeps_the_same_name_apart_when_the_emails_differ() -> None:
    nadia = Contact.objects.create(
        name="Nadia Haddad", institution="Mercy General Hospital", email="nadia@mercy.example"
    )
    data = b"Name,Institution,Email\nNadia Haddad,Mercy General Hospital,nhaddad@mailbox.example\n"
    parsed = parse_sheet("s.csv", data, suggest_mapping(read_headers("s.csv", data)))

    report = commit(parsed)

    assert report.merged == []
    assert [(d.line, d.other_id, d.score) for d in report.possible_duplicates] == [
        (2, nadia.pk, 100.0)
    ]
    assert Contact.objects.filter(name="Nadia Haddad").count() == 2
