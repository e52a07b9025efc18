"""Importing the same file again changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from matchwise.network.importing.linkedin import parse_linkedin
from matchwise.network.importing.service import commit
from matchwise.network.importing.sheet import parse_sheet, read_headers
from matchwise.network.importing.sheet_mapping import suggest_mapping
from matchwise.network.importing.vcard import parse_vcard
from matchwise.network.models import Contact, FollowUp, Interaction, Tag
from matchwise.network.records import ParsedFile
from matchwise.network.services import dismiss_follow_up

pytestmark = pytest.mark.django_db
Read = Callable[[str], bytes]


def sheet(name: str, data: bytes) -> ParsedFile:
    return parse_sheet(name, data, suggest_mapping(read_headers(name, data)))


def counts() -> tuple[int, int, int, int]:
    return (
        Contact.objects.count(),
        Interaction.objects.count(),
        FollowUp.objects.count(),
        Tag.objects.count(),
    )


@pytest.mark.parametrize(
    ("fixture", "parse"),
    [
        ("linkedin_connections_2026.csv", lambda name, data: parse_linkedin(name, data)),
        ("linkedin_connections_2016.csv", lambda name, data: parse_linkedin(name, data)),
        ("apple_contacts.vcf", lambda name, data: parse_vcard(name, data)),
        ("contacts_v4.vcf", lambda name, data: parse_vcard(name, data)),
        ("sheet_follow_ups.csv", sheet),
        ("tracking_sheet.csv", sheet),
    ],
)
def test_it_adds_nothing_the_second_time(
    fixture_bytes: Read, fixture: str, parse: Callable[[str, bytes], ParsedFile]
) -> None:
    commit(parse(fixture, fixture_bytes(fixture)))
    before = counts()

    again = commit(parse(fixture, fixture_bytes(fixture)))

    assert counts() == before
    assert (again.added, again.interactions, again.follow_ups) == ([], 0, 0)
    assert not any(merge.changes_something for merge in again.merged)
    assert again.changes_nothing


def test_it_does_not_bring_back_a_follow_up_the_user_dismissed(fixture_bytes: Read) -> None:
    commit(sheet("tracking.csv", fixture_bytes("sheet_follow_ups.csv")))
    for follow_up in FollowUp.objects.all():
        dismiss_follow_up(follow_up, date(2026, 2, 1))

    commit(sheet("tracking.csv", fixture_bytes("sheet_follow_ups.csv")))

    assert set(FollowUp.objects.values_list("state", flat=True)) == {"dismissed"}


def test_it_adds_only_what_is_new_in_a_later_export(fixture_bytes: Read) -> None:
    commit(parse_linkedin("Connections.csv", fixture_bytes("linkedin_hidden_profiles.csv")))
    later = fixture_bytes("linkedin_hidden_profiles.csv") + (
        b"Hana,Kobayashi,https://www.linkedin.com/in/hana-kobayashi,,Pinecrest University,"
        b"Assistant Professor,07 Feb 2026\r\n"
    )

    report = commit(parse_linkedin("Connections.csv", later))

    assert [a.name for a in report.added] == ["Hana Kobayashi"]
    assert (Contact.objects.count(), Interaction.objects.count()) == (3, 3)
