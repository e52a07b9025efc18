"""Reading vCard 3.0 and 4.0 files from address books."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matchwise.network.importing.vcard import parse_vcard
from matchwise.network.records import FieldWarning
from matchwise.textfiles.errors import ImportFileError

Read = Callable[[str], bytes]


def test_it_reads_every_card_of_an_apple_export(fixture_bytes: Read) -> None:
    parsed = parse_vcard("contacts.vcf", fixture_bytes("apple_contacts.vcf"))

    assert parsed.rejected == []
    assert [(r.line, r.name) for r in parsed.records] == [
        (1, "Amara Okafor"),
        (20, "Tomasz Wieczorek"),
        (32, "Nadia Haddad"),
    ]


def test_it_reads_the_fields_of_a_full_card(fixture_bytes: Read) -> None:
    amara = parse_vcard("contacts.vcf", fixture_bytes("apple_contacts.vcf")).records[0]

    assert amara.honorific == "Dr."
    assert amara.institution == "Riverside Medical Center"
    assert amara.position == "Associate Program Director"
    assert amara.role == "associate_pd"
    assert amara.email == "amara.okafor@riverside-med.example"
    assert amara.phone == "+1 (217) 555-0142"
    assert amara.country == "United States"
    assert amara.tags == ["Mentor", "Internal Medicine"]
    assert amara.notes.splitlines() == [
        "Met during my IM observership, Jan 2026. Offered to review my personal statement.",
        "Department: Department of Internal Medicine",
        "Other email: amara.o@mailbox.example",
        "Website: https://riverside-med.example/im/faculty/okafor",
    ]


def test_it_takes_linkedin_from_apples_grouped_url(fixture_bytes: Read) -> None:
    records = parse_vcard("contacts.vcf", fixture_bytes("apple_contacts.vcf")).records

    assert [r.linkedin_url for r in records] == [
        "https://www.linkedin.com/in/amara-okafor-md",
        "https://www.linkedin.com/in/tomasz-wieczorek-4b1a2",
        "",
    ]


@pytest.mark.parametrize(
    ("name", "honorific"),
    [
        ("Amara Okafor", "Dr."),  # prefix in N, and in FN too: not doubled
        ("Nadia Haddad", "Prof."),  # prefix in N only
    ],
)
def test_it_takes_the_honorific_from_the_name_prefix(
    fixture_bytes: Read, name: str, honorific: str
) -> None:
    records = parse_vcard("contacts.vcf", fixture_bytes("apple_contacts.vcf")).records

    assert next(r for r in records if r.name == name).honorific == honorific


def test_it_turns_categories_into_tags_and_keeps_multiline_notes(fixture_bytes: Read) -> None:
    nadia = parse_vcard("contacts.vcf", fixture_bytes("apple_contacts.vcf")).records[2]

    assert nadia.tags == ["Research", "Pediatrics"]
    assert nadia.notes == "Research mentor candidate\nAsked about the summer research program"
    assert nadia.role == "faculty"


def test_it_reads_vcard_4(fixture_bytes: Read) -> None:
    grace, karim = parse_vcard("contacts.vcf", fixture_bytes("contacts_v4.vcf")).records

    assert (grace.line, grace.name, grace.role) == (1, "Grace Adeyemi", "coordinator")
    assert grace.email == "grace.adeyemi@westfield-med.example"
    assert grace.phone == "+1-555-555-0123"
    assert grace.linkedin_url == "https://www.linkedin.com/in/grace-adeyemi"
    assert grace.tags == ["Coordinator", "Westfield"]
    assert (karim.line, karim.honorific, karim.role) == (14, "Dr.", "program_director")
    assert karim.country == "USA"


@pytest.mark.parametrize(
    ("line", "name", "honorific"),
    [
        (1, "Mei Lin", ""),  # FN and no N
        (7, "Daniel Kwame Osei", "Dr."),  # N and no FN
        (12, "Sofia Rossi", "Dr."),  # the title written in FN only
    ],
)
def test_it_reads_cards_with_only_one_kind_of_name(
    fixture_bytes: Read, line: int, name: str, honorific: str
) -> None:
    records = parse_vcard("contacts.vcf", fixture_bytes("name_variants.vcf")).records

    assert (line, name, honorific) in [(r.line, r.name, r.honorific) for r in records]


def test_it_rejects_only_the_cards_without_a_name_at_their_first_line(
    fixture_bytes: Read,
) -> None:
    parsed = parse_vcard("contacts.vcf", fixture_bytes("cards_with_problems.vcf"))

    assert [r.name for r in parsed.records] == ["Hana Kobayashi", "Luis Ortega", "Peter Novak"]
    assert [(row.line, row.reason) for row in parsed.rejected] == [
        (7, "FN and N are both empty: the card has no name"),
        (12, "FN and N are both empty: the card has no name"),
    ]


def test_it_drops_an_unreadable_line_and_keeps_the_contact(fixture_bytes: Read) -> None:
    luis = parse_vcard("contacts.vcf", fixture_bytes("cards_with_problems.vcf")).records[1]

    assert (luis.line, luis.name) == (18, "Luis Ortega")
    assert luis.warnings == [
        FieldWarning(
            21,
            "'this line has no propert…'",
            "not a vCard property (no NAME: at its start); dropped",
        )
    ]


def test_it_reads_a_card_cut_off_by_the_end_of_the_file_with_a_warning() -> None:
    data = b"BEGIN:VCARD\nVERSION:3.0\nFN:Hana Kobayashi\nEND:VCARD\nBEGIN:VCARD\nFN:Luis Ortega\n"

    parsed = parse_vcard("contacts.vcf", data)

    assert [r.name for r in parsed.records] == ["Hana Kobayashi", "Luis Ortega"]
    assert parsed.records[1].warnings == [
        FieldWarning(5, "END:VCARD", "missing; the card was read up to the end")
    ]


def test_it_refuses_a_file_with_no_cards(fixture_bytes: Read) -> None:
    with pytest.raises(ImportFileError, match=r"^list\.vcf: no BEGIN:VCARD"):
        parse_vcard("list.vcf", fixture_bytes("not_a_vcard.vcf"))


def test_it_takes_linkedin_from_a_social_profile_line() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mei Lin\r\n"
        b"X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/mei-lin-md\r\n"
        b"END:VCARD\r\n"
    )

    assert parse_vcard("c.vcf", data).records[0].linkedin_url == (
        "https://www.linkedin.com/in/mei-lin-md"
    )
