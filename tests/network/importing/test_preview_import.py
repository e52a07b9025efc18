"""Previewing an import: what would be added, merged, flagged and rejected, with no writes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matchwise.network.importing.linkedin import parse_linkedin
from matchwise.network.importing.report import Added
from matchwise.network.importing.service import preview
from matchwise.network.importing.sheet import parse_sheet, read_headers
from matchwise.network.importing.sheet_mapping import suggest_mapping
from matchwise.network.models import Contact, FollowUp, Interaction, Tag
from matchwise.network.records import RejectedRow

pytestmark = pytest.mark.django_db
Read = Callable[[str], bytes]


def test_it_lists_what_would_be_added_without_writing(fixture_bytes: Read) -> None:
    plan = preview(parse_linkedin("Connections.csv", fixture_bytes("linkedin_bad_dates.csv")))

    assert plan.added == [
        Added(2, "Hana Kobayashi", "Pinecrest University"),
        Added(5, "Peter Novak", "Valley Care"),
    ]
    assert (plan.interactions, plan.follow_ups) == (1, 0)
    assert plan.summary_lines()[:2] == [
        "Connections.csv: 2 new contacts would be added, 0 rows would be merged into existing "
        "contacts, 0 rows already up to date, 0 possible duplicates kept apart, 2 rows rejected.",
        "History: 1 interaction and 0 follow-ups would be added.",
    ]
    assert not plan.changes_nothing
    assert (Contact.objects.count(), Interaction.objects.count()) == (0, 0)


def test_it_lists_the_parsers_and_the_fields_rejections_in_line_order(
    fixture_bytes: Read,
) -> None:
    data = fixture_bytes("sheet_invalid_fields.csv") + b",nobody@valleycare.example,,\n"
    parsed = parse_sheet("s.csv", data, suggest_mapping(read_headers("s.csv", data)))

    plan = preview(parsed)

    assert plan.rejected == [
        RejectedRow(2, "Email: 'hana at pinecrest' is not an email address"),
        RejectedRow(3, "LinkedIn URL: 'not a profile' is not a web address"),
        RejectedRow(5, "Name: empty, a contact needs a name"),
    ]


def test_it_writes_no_tags_or_follow_ups_either(fixture_bytes: Read) -> None:
    data = fixture_bytes("sheet_follow_ups.csv")

    plan = preview(parse_sheet("s.csv", data, suggest_mapping(read_headers("s.csv", data))))

    assert (plan.interactions, plan.follow_ups) == (2, 2)
    assert (Tag.objects.count(), FollowUp.objects.count()) == (0, 0)
