"""The contacts sheet that the export writes (CSV or XLSX) comes back through the sheet import
with its keep-in-touch rhythm, and a rhythm that cannot be a number of days refuses its row."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matchwise.network.exporting.sheets import contacts_csv_bytes, contacts_xlsx_bytes
from matchwise.network.importing.service import commit
from matchwise.network.importing.sheet import parse_sheet, read_headers
from matchwise.network.importing.sheet_mapping import suggest_mapping
from matchwise.network.models import Contact
from matchwise.network.records import ParsedFile

pytestmark = pytest.mark.django_db

EXPORTS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "csv": ("contacts.csv", contacts_csv_bytes),
    "xlsx": ("contacts.xlsx", contacts_xlsx_bytes),
}


def read_back(name: str, data: bytes) -> ParsedFile:
    return parse_sheet(name, data, suggest_mapping(read_headers(name, data)))


def rhythms() -> list[tuple[str, int | None, int | None]]:
    return list(Contact.objects.values_list("name", "cadence_ideal_days", "cadence_max_days"))


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_it_gives_back_the_rhythm_of_each_contact(kind: str) -> None:
    Contact.objects.create(name="Amara Okafor", cadence_ideal_days=21, cadence_max_days=40)
    Contact.objects.create(name="Bruno Costa", cadence_ideal_days=14)
    Contact.objects.create(name="Chen Wei")
    before = rhythms()
    name, export = EXPORTS[kind]
    data = export()
    Contact.objects.all().delete()

    report = commit(read_back(name, data))

    assert (report.rejected, len(report.added)) == ([], 3)
    assert rhythms() == before
    okafor = Contact.objects.get(name="Amara Okafor")
    assert okafor.keep_in_touch_by is not None and okafor.keep_in_touch_on is not None
    assert (okafor.keep_in_touch_by - okafor.keep_in_touch_on).days == 40 - 21


def test_it_fills_an_empty_rhythm_of_a_stored_contact_and_keeps_a_set_one() -> None:
    Contact.objects.create(
        name="Amara Okafor", role="attending", cadence_ideal_days=21, cadence_max_days=40
    )
    data = contacts_csv_bytes()
    stored = Contact.objects.get()
    stored.cadence_ideal_days, stored.cadence_max_days = None, 60
    stored.save()

    report = commit(read_back("contacts.csv", data))

    assert [merge.filled for merge in report.merged] == [("cadence_ideal_days",)]
    assert rhythms() == [("Amara Okafor", 21, 60)]
    stored.refresh_from_db()
    assert stored.keep_in_touch_on is not None and stored.keep_in_touch_by is not None
    assert (stored.keep_in_touch_by - stored.keep_in_touch_on).days == 60 - 21


@pytest.mark.parametrize(
    ("ideal", "longest", "problem"),
    [
        ("every month", "", "Keep every: expected a whole number of days from 1 to 32767"),
        ("0", "", "Keep every: expected a whole number of days from 1 to 32767, got '0'"),
        ("14", "40000", "At most: expected a whole number of days from 1 to 32767"),
        ("30", "20", "At most: 20 days is shorter than Keep every (30)"),
    ],
)
def test_it_refuses_a_row_whose_rhythm_is_not_a_number_of_days(
    ideal: str, longest: str, problem: str
) -> None:
    data = f"Name,Keep every,At most\nAmara Okafor,{ideal},{longest}\nChen Wei,7,9\n".encode()
    mapping = {"Name": "name", "Keep every": "cadence_ideal_days", "At most": "cadence_max_days"}

    parsed = parse_sheet("people.csv", data, mapping)

    [rejected] = parsed.rejected
    assert rejected.line == 2 and rejected.reason.startswith(problem)
    [record] = parsed.records
    assert (record.cadence_ideal_days, record.cadence_max_days) == ("7", "9")
