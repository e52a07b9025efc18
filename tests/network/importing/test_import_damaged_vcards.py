"""A damaged vCard costs the fields that cannot be read, never the contact, and says so."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matchwise.network.importing.report import ImportPlan
from matchwise.network.importing.service import commit, preview
from matchwise.network.importing.vcard import parse_vcard
from matchwise.network.models import Contact
from matchwise.network.records import FieldWarning

pytestmark = pytest.mark.django_db
Read = Callable[[str], bytes]


def plan_of(fixture_bytes: Read) -> ImportPlan:
    return preview(parse_vcard("damaged.vcf", fixture_bytes("damaged_cards.vcf")))


def test_it_adds_every_contact_of_a_damaged_file(fixture_bytes: Read) -> None:
    plan = plan_of(fixture_bytes)

    assert [(a.line, a.name) for a in plan.added] == [
        (1, "Marco Rossi"),
        (9, "Ji-woo Kim"),
        (19, "Lena Fischer"),
        (26, "Omar Farouk"),
        (31, "Grace Lee"),
    ]
    assert plan.rejected == []


def test_it_names_the_contact_line_and_field_of_each_dropped_field(fixture_bytes: Read) -> None:
    warned = {(row.line, row.name): row.warnings for row in plan_of(fixture_bytes).warned}

    assert warned == {
        (1, "Marco Rossi"): (
            FieldWarning(
                5, "URL", "LinkedIn URL: 'javascript:alert(1)' is not a web address; dropped"
            ),
        ),
        (9, "Ji-woo Kim"): (
            FieldWarning(14, "NOTE", "the value is not valid UTF-8 text; dropped"),
        ),
        (19, "Lena Fischer"): (
            FieldWarning(22, "ORG", "unknown character set 'X-UNHEARD-OF'; dropped"),
            FieldWarning(
                23,
                "EMAIL",
                "Email: 'lena.fischer(at)klinikum.example' is not an email address; dropped",
            ),
            FieldWarning(24, "TITLE", "Position: longer than 200 characters; dropped"),
        ),
        (26, "Omar Farouk"): (
            FieldWarning(
                26,
                "END:VCARD",
                "missing; the card was read up to line 31, where the next card begins",
            ),
            FieldWarning(29, "NOTE", "control characters removed"),
        ),
    }


def test_it_keeps_the_readable_fields_of_a_damaged_card(fixture_bytes: Read) -> None:
    commit(parse_vcard("damaged.vcf", fixture_bytes("damaged_cards.vcf")))

    marco, omar, jiwoo = (
        Contact.objects.get(name=n) for n in ("Marco Rossi", "Omar Farouk", "Ji-woo Kim")
    )
    assert (marco.honorific, marco.linkedin_url) == ("Dr.", "")
    assert marco.notes == "Mentor from the Chicago conference; promised an introduction."
    assert (omar.notes, omar.institution) == ("bell rang", "Delta Clinic")
    assert (jiwoo.email, jiwoo.notes) == ("jiwoo.kim@hanbit.example", "")
    assert Contact.objects.get(name="Grace Lee").institution == "Harbour Hospital"


def test_it_lists_each_warning_in_the_summary(fixture_bytes: Read) -> None:
    lines = plan_of(fixture_bytes).summary_lines()

    assert "Line 9: Ji-woo Kim: line 14, NOTE: the value is not valid UTF-8 text; dropped." in lines
    assert lines[0].endswith(
        "5 new contacts would be added, 0 rows would be merged into "
        "existing contacts, 0 rows already up to date, 0 possible "
        "duplicates kept apart, 0 rows rejected."
    )
