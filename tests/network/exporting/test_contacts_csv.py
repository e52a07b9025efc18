"""Exporting contacts as CSV."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from pytest_django import DjangoAssertNumQueries

from matchwise.network.choices import Channel
from matchwise.network.exporting.sheets import (
    COLUMNS,
    contacts_csv_bytes,
    write_contacts_csv,
)
from matchwise.network.models import Contact, Interaction, Tag
from tests.network.exporting.dataset import HOSTILE_NAME, NOTE_WITH_NEWLINES, Dataset


def read_rows() -> list[dict[str, str]]:
    buffer = io.StringIO(newline="")
    write_contacts_csv(buffer)
    return list(csv.DictReader(io.StringIO(buffer.getvalue(), newline="")))


def test_it_writes_every_column_for_every_contact(dataset: Dataset) -> None:
    rows = {row["name"]: row for row in read_rows()}
    assert list(next(iter(rows.values()))) == list(COLUMNS)
    assert set(rows) == {HOSTILE_NAME, "Adaeze Okafor", "Sam Lee"}
    full = rows[HOSTILE_NAME]
    assert full == {
        "name": HOSTILE_NAME,
        "honorific": "Prof. Dr.",
        "role": "Program director",
        "position": "Program Director, Internal Medicine",
        "specialty": "Internal medicine",
        "institution": "Hôpital Saint-Louis; AP-HP",
        "email": "Zoe.Muller@Example.ORG",
        "phone": "'+33 1 42 49 49 49",
        "linkedin_url": "https://www.linkedin.com/in/Zoe-Muller/",
        "country": "France",
        "source": "Introduced by a contact",
        "met_through": "Adaeze Okafor",
        "tags": "research, usce, 2025",
        "notes": full["notes"],
        "last_contacted": "2026-01-10",
        "cadence_ideal_days": "21",
        "cadence_max_days": "40",
    }
    assert full["notes"].startswith(NOTE_WITH_NEWLINES)
    assert rows["Sam Lee"]["last_contacted"] == ""
    assert rows["Sam Lee"]["cadence_ideal_days"] == ""
    assert rows["Sam Lee"]["met_through"] == HOSTILE_NAME


def test_it_takes_last_contacted_from_the_newest_interaction(dataset: Dataset) -> None:
    Interaction.objects.create(
        contact=dataset.plain, occurred_on=date(2024, 5, 1), channel=Channel.EMAIL, topic="old"
    )
    Interaction.objects.create(
        contact=dataset.plain, occurred_on=date(2025, 7, 9), channel=Channel.CALL, topic="new"
    )
    rows = {row["name"]: row for row in read_rows()}
    assert rows["Sam Lee"]["last_contacted"] == "2025-07-09"
    assert rows["Adaeze Okafor"]["last_contacted"] == "2026-01-10"


@pytest.mark.django_db
def test_it_neutralises_formulas_in_text_cells() -> None:
    contact = Contact.objects.create(
        name='=HYPERLINK("http://evil.example")',
        institution="@SUM(1)",
        notes="-1+2",
        phone="\t=cmd",
    )
    contact.tags.add(Tag.objects.create(name="+danger"))
    (row,) = read_rows()
    assert row["name"] == '\'=HYPERLINK("http://evil.example")'
    assert row["institution"] == "'@SUM(1)"
    assert row["notes"] == "'-1+2"
    assert row["phone"] == "'\t=cmd"
    assert row["tags"] == "'+danger"


def test_it_reads_the_contacts_in_two_queries(
    dataset: Dataset, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    for number in range(20):
        contact = Contact.objects.create(name=f"Extra {number}", met_through=dataset.full)
        contact.tags.add(*Tag.objects.all())
        Interaction.objects.create(contact=contact, channel=Channel.EMAIL, topic="hello")
    with django_assert_num_queries(2):
        rows = read_rows()
    assert len(rows) == 23


def test_it_gives_excel_a_byte_order_mark_and_crlf_rows(dataset: Dataset) -> None:
    data = contacts_csv_bytes()
    assert data.startswith(b"\xef\xbb\xbfname,honorific,")
    assert data.count(b"\r\n") >= 4
    text = data.decode("utf-8-sig")
    assert HOSTILE_NAME in text
