"""Close names at similar institutions: reported, kept apart unless the user merges them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matchwise.network.importing.report import PossibleDuplicate
from matchwise.network.importing.service import commit, preview
from matchwise.network.importing.sheet import parse_sheet, read_headers
from matchwise.network.importing.sheet_mapping import suggest_mapping
from matchwise.network.models import Contact
from matchwise.network.records import ParsedFile

pytestmark = pytest.mark.django_db
Read = Callable[[str], bytes]


def sheet(data: bytes) -> ParsedFile:
    return parse_sheet("people.csv", data, suggest_mapping(read_headers("people.csv", data)))


@pytest.fixture
def john() -> Contact:
    return Contact.objects.create(
        name="John Smith",
        honorific="Dr.",
        institution="Riverside Medical Center",
        email="john.smith@riverside-med.example",
    )


def test_it_reports_a_close_name_at_the_same_institution_and_keeps_it_apart(
    fixture_bytes: Read, john: Contact
) -> None:
    report = commit(sheet(fixture_bytes("sheet_possible_duplicates.csv")))

    assert report.possible_duplicates[0] == PossibleDuplicate(
        line=2,
        name="Jon Smith",
        institution="Riverside Medical Center",
        other_id=john.pk,
        other_line=None,
        other_name="John Smith",
        other_institution="Riverside Medical Center",
        score=95.0,
    )
    assert Contact.objects.filter(name="Jon Smith").exists()
    assert "kept apart" in report.summary_lines()[0]


def test_it_finds_possible_duplicates_inside_the_file_too(
    fixture_bytes: Read, john: Contact
) -> None:
    report = commit(sheet(fixture_bytes("sheet_possible_duplicates.csv")))

    assert [(d.line, d.other_id, d.other_line) for d in report.possible_duplicates] == [
        (2, john.pk, None),
        (5, None, 4),  # accents aside, the same name, and neither gives an institution
    ]
    assert Contact.objects.filter(name__startswith="Maria Garc").count() == 2


@pytest.mark.parametrize(
    "reason",
    [
        "John Smith at Lakeshore Health: another institution",
        "Ahmed Khan twice: two different LinkedIn profiles",
    ],
)
def test_it_does_not_flag_people_it_can_tell_apart(
    fixture_bytes: Read, john: Contact, reason: str
) -> None:
    plan = preview(sheet(fixture_bytes("sheet_possible_duplicates.csv")))

    assert {d.line for d in plan.possible_duplicates}.isdisjoint({3, 6, 7}), reason
    assert [a.line for a in plan.added] == [2, 3, 4, 5, 6, 7]


def test_it_merges_the_possible_duplicates_the_user_picks(
    fixture_bytes: Read, john: Contact
) -> None:
    report = commit(sheet(fixture_bytes("sheet_possible_duplicates.csv")), merge_possible={2, 5})

    assert [(m.line, m.reason, m.into_id, m.into_line) for m in report.merged] == [
        (2, "merged as you asked", john.pk, None),
        (5, "merged as you asked", None, 4),
    ]
    assert all(d.merged for d in report.possible_duplicates)
    assert not Contact.objects.filter(name="Jon Smith").exists()
    assert Contact.objects.filter(name__startswith="Maria Garc").count() == 1
    assert Contact.objects.count() == 5


def test_it_previews_the_choice_to_merge_without_writing(
    fixture_bytes: Read, john: Contact
) -> None:
    plan = preview(sheet(fixture_bytes("sheet_possible_duplicates.csv")), merge_possible={2})

    assert [m.line for m in plan.merged] == [2]
    assert (
        "Line 2: Jon Smith (Riverside Medical Center) may be the same person as your contact "
        "John Smith (Riverside Medical Center); merged." in plan.summary_lines()
    )
    assert Contact.objects.count() == 1
