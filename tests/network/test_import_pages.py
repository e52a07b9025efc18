"""Importing from the web: upload, preview (nothing written), map a sheet's columns, commit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact, PendingImport

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "importing" / "fixtures"


def upload(client: Client, kind: str, name: str, content: bytes | None = None) -> PendingImport:
    data = content if content is not None else (FIXTURES / name).read_bytes()
    response = client.post(
        reverse("network:import"), {"kind": kind, "file": SimpleUploadedFile(name, data)}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return PendingImport.objects.latest("pk")


def test_it_previews_then_imports_a_linkedin_export(client: Client) -> None:
    pending = upload(client, "linkedin", "linkedin_hidden_profiles.csv")
    preview = client.get(reverse("network:import_preview", args=[pending.pk])).content.decode()
    assert "Nothing has been saved yet" in preview
    assert "rejected" in preview and "Line " in preview
    assert not Contact.objects.exists()
    done = client.post(reverse("network:import_commit", args=[pending.pk])).content.decode()
    assert Contact.objects.exists()
    assert "Imported linkedin_hidden_profiles.csv" in done
    assert not PendingImport.objects.exists()


def test_it_lets_the_user_map_a_sheets_columns(client: Client) -> None:
    sheet = b"Who,Hospital,Mail\nAna Silva,Lakeside General,ana@example.org\n"
    pending = upload(client, "sheet", "people.csv", sheet)
    page = client.get(reverse("network:import_preview", args=[pending.pk])).content.decode()
    assert 'name="column-0"' in page
    client.post(
        reverse("network:import_mapping", args=[pending.pk]),
        {"column-0": "name", "column-1": "institution", "column-2": "email"},
    )
    client.post(reverse("network:import_commit", args=[pending.pk]))
    contact = Contact.objects.get()
    assert (contact.name, contact.institution, contact.email) == (
        "Ana Silva",
        "Lakeside General",
        "ana@example.org",
    )


def test_it_merges_only_the_possible_duplicates_the_user_ticks(client: Client) -> None:
    apart = upload(client, "sheet", "sheet_possible_duplicates.csv")
    page = client.get(reverse("network:import_preview", args=[apart.pk])).content.decode()
    ticks = re.findall(r'name="merge" value="(\d+)"', page)
    assert ticks, "the preview offers possible duplicates to merge"
    client.post(reverse("network:import_commit", args=[apart.pk]))
    kept_apart = Contact.objects.count()
    Contact.objects.all().delete()

    merged = upload(client, "sheet", "sheet_possible_duplicates.csv")
    client.post(reverse("network:import_commit", args=[merged.pk]), {"merge": ticks[:1]})
    assert Contact.objects.count() == kept_apart - 1


def test_it_shows_a_clear_error_for_a_file_of_the_wrong_kind(client: Client) -> None:
    pending = upload(client, "vcard", "not_a_vcard.vcf")
    page = client.get(reverse("network:import_preview", args=[pending.pk])).content.decode()
    assert "not_a_vcard.vcf" in page and 'role="alert"' in page
    assert not Contact.objects.exists()


def test_it_cancels_a_pending_import(client: Client) -> None:
    pending = upload(client, "linkedin", "linkedin_connections_2026.csv")
    client.post(reverse("network:import_cancel", args=[pending.pk]))
    assert not PendingImport.objects.exists() and not Contact.objects.exists()


def test_it_names_each_contact_imported_without_some_fields(client: Client) -> None:
    pending = upload(client, "vcard", "damaged_cards.vcf")

    page = client.get(reverse("network:import_preview", args=[pending.pk])).content.decode()

    assert "4 contacts with fields left out" in re.sub(r"<[^>]+>", "", page)
    assert "Line 1: Marco Rossi" in page
    assert "line 5, URL: LinkedIn URL: &#x27;javascript:alert(1)&#x27; is not a web address" in page
