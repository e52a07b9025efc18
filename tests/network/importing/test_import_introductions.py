"""A sheet's "met through" column comes back as links between contacts: through the export and
an import into an empty tracker, from a hand-written sheet naming earlier, later and stored
contacts, and, where a name matches nobody or several contacts, as a report naming the file,
line and column, with the name kept in the notes. All or nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from matchwise.network.exporting.sheets import contacts_csv_bytes, contacts_xlsx_bytes
from matchwise.network.importing import service
from matchwise.network.importing.sheet import parse_sheet, read_headers
from matchwise.network.importing.sheet_mapping import suggest_mapping
from matchwise.network.models import Contact, PendingImport
from matchwise.network.records import ParsedFile

pytestmark = pytest.mark.django_db

EXPORTS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "csv": ("contacts.csv", contacts_csv_bytes),
    "xlsx": ("contacts.xlsx", contacts_xlsx_bytes),
}
TRICKY = "Müller, Zoë <script>alert('x')</script>"


def read_back(name: str, data: bytes) -> ParsedFile:
    return parse_sheet(name, data, suggest_mapping(read_headers(name, data)))


def introductions() -> set[tuple[str, str | None]]:
    return {
        (c.name, c.met_through.name if c.met_through else None)
        for c in Contact.objects.select_related("met_through")
    }


def make(name: str, introducer: Contact | None = None, **values: str) -> Contact:
    return Contact.objects.create(name=name, met_through=introducer, **values)


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_it_keeps_every_introduction_through_an_export_and_an_import(kind: str) -> None:
    # Rows are written in name order: Amara's introducer comes after her (a forward reference).
    zed = make("Zed Haddad", institution="Harbor")
    amara = make("Amara Okafor", zed)
    make("Bruno Costa", amara)
    tricky = make(TRICKY, amara, honorific="Prof. Dr.")
    make("Chen Wei", tricky)
    make("Dana Roy", zed)
    zed.met_through = make("Yusuf Ali")  # and a chain back up
    zed.save()
    before = introductions()
    name, export = EXPORTS[kind]
    data = export()
    Contact.objects.all().delete()

    report = service.commit(read_back(name, data))

    assert (report.rejected, report.warned, len(report.added)) == ([], [], 7)
    assert report.introductions == 6
    assert introductions() == before
    again = service.commit(read_back(name, data))
    assert again.changes_nothing and again.warned == []
    assert introductions() == before


def test_it_links_earlier_later_and_stored_contacts() -> None:
    omar = make("Omar Haddad", institution="Mercy")
    sheet = (
        b"Name,Institution,Introduced by\n"
        b"Amara Okafor,Lakeside,Dr. Bruno Costa\n"
        b"Bruno Costa,Lakeside,omar haddad\n"
        b"Chen Wei,,Amara Okafor\n"
    )

    plan = service.preview(read_back("people.csv", sheet))
    assert plan.introductions == 3 and plan.warned == []
    assert "Introductions: 3 contacts would be linked" in "\n".join(plan.summary_lines())
    assert not Contact.objects.exclude(pk=omar.pk).exists()
    service.commit(read_back("people.csv", sheet))

    assert introductions() == {
        ("Omar Haddad", None),
        ("Amara Okafor", "Bruno Costa"),
        ("Bruno Costa", "Omar Haddad"),
        ("Chen Wei", "Amara Okafor"),
    }


def test_it_reports_unknown_and_ambiguous_names_and_keeps_them_in_the_notes() -> None:
    make("Chen Wei", institution="Mercy")
    make("Chen Wei", institution="Harbor")
    sheet = (
        b"Name,Notes,Introduced by\nAmara Okafor,Met at ACP.,Nobody Known\nBruno Costa,,Chen Wei\n"
    )

    planned = service.preview(read_back("people.csv", sheet)).summary_lines()
    report = service.commit(read_back("people.csv", sheet))

    summary = "\n".join(report.summary_lines())
    assert planned[2:] == report.summary_lines()[2:]  # the preview warns the same
    assert (
        "Line 2: Amara Okafor: line 2, Introduced by: people.csv names 'Nobody Known', but no "
        "contact in the file or among yours has that name; not linked, the name is kept in "
        "the notes."
    ) in summary
    assert (
        "Line 3: Bruno Costa: line 3, Introduced by: people.csv names 'Chen Wei', the name of "
        "2 contacts (2 of yours); not linked"
    ) in summary
    amara, bruno = (Contact.objects.get(name=n) for n in ("Amara Okafor", "Bruno Costa"))
    assert (amara.met_through, bruno.met_through) == (None, None)
    assert amara.notes == "Met at ACP.\nIntroduced by: Nobody Known"
    assert bruno.notes == "Introduced by: Chen Wei"
    assert report.introductions == 0


class ImportInterruptedError(Exception):
    pass


def test_it_writes_nothing_when_linking_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = b"Name,Introduced by\nAmara Okafor,Bruno Costa\nBruno Costa,\n"

    def fail(*args: object) -> None:
        assert Contact.objects.count() == 2
        raise ImportInterruptedError

    monkeypatch.setattr(service, "_link_introducers", fail)
    with pytest.raises(ImportInterruptedError):
        service.commit(read_back("people.csv", sheet))

    assert not Contact.objects.exists()


def test_it_shows_the_column_and_the_names_not_linked_on_the_preview_page(
    client: Client,
) -> None:
    sheet = b"Name,Met through\nAmara Okafor,Nobody Known\nBruno Costa,Amara Okafor\n"
    client.post(
        reverse("network:import"),
        {"kind": "sheet", "file": SimpleUploadedFile("people.csv", sheet)},
    )
    pending = PendingImport.objects.latest("pk")

    page = client.get(reverse("network:import_preview", args=[pending.pk])).content.decode()

    assert 'value="met_through" selected' in page
    assert "line 2, Met through: people.csv names &#x27;Nobody Known&#x27;, but no" in page
    assert "1 contact linked to the contact named in the file" in page
    client.post(reverse("network:import_commit", args=[pending.pk]))
    assert introductions() == {("Amara Okafor", None), ("Bruno Costa", "Amara Okafor")}
