"""Recognising a tracking sheet's columns by their headers."""

from __future__ import annotations

import pytest

from matchwise.network.importing.sheet_mapping import check_mapping, suggest_mapping
from matchwise.textfiles.errors import ImportFileError


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Name", "name"),
        ("full name", "name"),
        ("First Name", "first_name"),
        ("Surname", "last_name"),
        ("Role (resident/attending/IMG/fellow)", "role"),
        ("ROLE", "role"),
        ("Specialty", "specialty"),
        ("Speciality", "specialty"),
        ("Institution", "institution"),
        ("Hospital / Program", "institution"),
        ("How you met / Source", "source"),
        ("How we met", "source"),
        ("Connection source", "source"),
        ("Date of last contact", "last_contact_on"),
        ("Last contacted", "last_contact_on"),
        ("Last Contact Date (MM/DD/YYYY)", "last_contact_on"),
        ("Topic of last contact", "last_contact_topic"),
        ("Topic", "last_contact_topic"),
        ("Channel", "last_contact_channel"),
        ("Next follow-up date", "follow_up_on"),
        ("Follow up", "follow_up_on"),
        ("E-mail", "email"),
        ("Email Address", "email"),
        ("Phone", "phone"),
        ("Mobile no.", "phone"),
        ("LinkedIn", "linkedin_url"),
        ("LinkedIn profile link", "linkedin_url"),
        ("Country", "country"),
        ("Notes", "notes"),
        ("Comments", "notes"),
        ("Tags", "tags"),
        ("Title", "position"),
        ("Position", "position"),
        ("Date and topic of last contact", "notes"),
    ],
)
def test_it_recognises_the_playbooks_columns_and_their_synonyms(header: str, field: str) -> None:
    assert suggest_mapping([header]) == {header: field}


def test_it_leaves_out_columns_it_does_not_know() -> None:
    assert suggest_mapping(["Name", "Favourite colour", ""]) == {"Name": "name"}


def test_it_gives_a_field_to_the_first_column_only_except_notes_and_tags() -> None:
    headers = ["Name", "Contact", "Notes", "Comments", "Tags", "Labels"]

    assert suggest_mapping(headers) == {
        "Name": "name",
        "Notes": "notes",
        "Comments": "notes",
        "Tags": "tags",
        "Labels": "tags",
    }


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"Name": "name", "Nope": "email"}, r"Nope: there is no such column"),
        ({"Name": "name", "Email": "favourite"}, r"Email: 'favourite' is not a contact field"),
        ({"Name": "name", "Email": "name"}, r"Email: Name is already read from the column"),
        ({"Email": "email"}, r"no column is chosen for the contact's name"),
    ],
)
def test_it_refuses_a_mapping_that_cannot_work(mapping: dict[str, str], message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        check_mapping("sheet.csv", ["Name", "Email"], mapping)
