"""The catalogues page: the built-in sample, imports, deleting an import."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.programs.models import Catalogue, Program
from matchwise.selection import SAMPLE_LABEL

from .conftest import visa_catalogue

pytestmark = pytest.mark.django_db


def test_it_shows_the_sample_with_its_label_and_an_empty_state(client: Client) -> None:
    page = client.get(reverse("programs:catalogues")).content.decode()
    assert SAMPLE_LABEL in page and "3440" in page
    assert "No catalogue imported yet" in page


def test_it_offers_imported_catalogues_in_the_form(
    client: Client, store: Callable[..., Catalogue]
) -> None:
    store(visa_catalogue())
    page = client.get(reverse("programs:home")).content.decode()
    assert '<option value="invented">invented</option>' in page
    assert f'<option value="sample" selected>{SAMPLE_LABEL}</option>' in page


def test_it_deletes_an_imported_catalogue_with_its_programs(
    client: Client, store: Callable[..., Catalogue]
) -> None:
    catalogue = store(visa_catalogue())
    response = client.post(reverse("programs:delete_catalogue", args=[catalogue.pk]))
    assert response.status_code == 302
    assert not Catalogue.objects.exists() and not Program.objects.exists()
