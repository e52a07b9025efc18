"""Restoring a backup from the Export page, into an empty database only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from matchwise.network.exporting import backup
from matchwise.network.models import Contact
from tests.network.exporting.backups import backup_file, spoiled, valid_objects

pytestmark = pytest.mark.django_db
URL = reverse("network:restore")


def upload(data: bytes, name: str = "backup.json") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/json")


def test_it_offers_the_upload_on_the_export_page(client: Client) -> None:
    page = client.get(reverse("network:export")).content.decode()
    assert f'action="{URL}" enctype="multipart/form-data"' in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert 'type="checkbox" name="accept_edited"' in page
    assert "already holds" not in page


def test_it_restores_and_says_what_it_restored(client: Client) -> None:
    response = client.post(URL, {"backup": upload(backup_file(valid_objects()))})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Restored 9 records from backup.json: 1 tag, 1 contact, 1 interaction," in page
    assert Contact.objects.get().name == "Ana Souza"
    assert "already holds 1 tag, 1 contact" in page  # the page now says a restore would refuse


def test_it_lists_every_problem_and_writes_nothing(client: Client) -> None:
    objects = spoiled("network.contact", linkedin_url="javascript:alert(document.domain)")
    objects[1]["fields"]["<script>alert(1)</script>"] = "x"
    response = client.post(URL, {"backup": upload(backup_file(objects))})
    assert response.status_code == 400
    page = response.content.decode()
    assert "backup.json cannot be restored: 2 problems found; nothing was written." in page
    assert (
        "<li>object 2 (network.contact, pk 1), linkedin_url: Enter a web address that starts "
        "with http:// or https://.</li>"
    ) in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;: no such field" in page
    assert "<script>alert(1)" not in page
    assert not Contact.objects.exists()


def test_it_restores_an_edited_backup_only_when_the_box_is_ticked(client: Client) -> None:
    edited = backup_file(valid_objects()).replace(b"Ana Souza", b"Ana Sousa")
    refused = client.post(URL, {"backup": upload(edited)})
    assert refused.status_code == 400
    assert "its checksum does not match its contents" in refused.content.decode()
    assert not Contact.objects.exists()

    accepted = client.post(URL, {"backup": upload(edited), "accept_edited": "on"})
    assert accepted.status_code == 200
    assert "was edited after it was written; restored as you asked." in accepted.content.decode()
    assert Contact.objects.get().name == "Ana Sousa"


def test_it_restores_into_an_empty_database_only(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    make_contact("Lena Park")
    assert "already holds 1 contact" in client.get(reverse("network:export")).content.decode()
    response = client.post(URL, {"backup": upload(backup_file(valid_objects()))})
    assert response.status_code == 400
    assert "the database already holds 1 contact" in response.content.decode()
    assert list(Contact.objects.values_list("name", flat=True)) == ["Lena Park"]


def test_it_refuses_a_missing_or_oversized_file(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert client.post(URL, {}).status_code == 400
    monkeypatch.setattr(backup, "MAX_BYTES", 10)
    response = client.post(URL, {"backup": upload(backup_file(valid_objects()))})
    assert response.status_code == 400
    assert "backup.json is larger than" in response.content.decode()
    assert not Contact.objects.exists()


def test_it_needs_a_post_with_the_csrf_token() -> None:
    strict = Client(enforce_csrf_checks=True)
    assert strict.get(URL).status_code == 405
    response = strict.post(URL, {"backup": upload(backup_file(valid_objects()))})
    assert response.status_code == 403
    assert not Contact.objects.exists()
