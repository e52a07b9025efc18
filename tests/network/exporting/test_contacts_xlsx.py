"""Exporting contacts as an Excel workbook."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from pytest_django import DjangoAssertNumQueries

from matchwise.network.exporting.sheets import COLUMNS, contacts_xlsx_bytes
from matchwise.network.models import Contact, Tag
from tests.network.exporting.dataset import HOSTILE_NAME, Dataset


def open_sheet() -> Worksheet:
    workbook = load_workbook(io.BytesIO(contacts_xlsx_bytes()))
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    return sheet


def test_it_has_a_bold_frozen_header(dataset: Dataset) -> None:
    sheet = open_sheet()
    header = [cell.value for cell in sheet[1]]
    assert header == list(COLUMNS)
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.title == "Contacts"


def test_it_keeps_numbers_and_dates_typed(dataset: Dataset) -> None:
    sheet = open_sheet()
    rows = {
        row[0]: dict(zip(COLUMNS, row, strict=True)) for row in sheet.iter_rows(2, values_only=True)
    }
    full = rows[HOSTILE_NAME]
    assert full["last_contacted"] == datetime(2026, 1, 10)
    assert full["cadence_ideal_days"] == 21
    assert full["tags"] == "research, usce, 2025"
    assert full["met_through"] == "Adaeze Okafor"
    assert rows["Sam Lee"]["last_contacted"] is None


@pytest.mark.django_db
def test_it_stores_hostile_text_as_inert_strings() -> None:
    contact = Contact.objects.create(
        name='=HYPERLINK("http://evil.example")', notes="\x01=1+1 with a control character"
    )
    contact.tags.add(Tag.objects.create(name="@danger"))
    sheet = open_sheet()
    cells = {column: sheet.cell(2, index) for index, column in enumerate(COLUMNS, start=1)}
    assert cells["name"].value == '\'=HYPERLINK("http://evil.example")'
    assert cells["notes"].value == "'=1+1 with a control character"
    assert cells["tags"].value == "'@danger"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_it_reads_the_contacts_in_two_queries(
    dataset: Dataset, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    with django_assert_num_queries(2):
        contacts_xlsx_bytes()
