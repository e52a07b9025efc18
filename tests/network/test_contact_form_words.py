"""The contact form speaks plainly: no field names such as "Cadence ideal days"."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.forms import ContactForm

pytestmark = pytest.mark.django_db


def test_it_labels_every_field_in_plain_words() -> None:
    labels = {name: str(field.label) for name, field in ContactForm().fields.items()}
    assert labels["cadence_ideal_days"] == "Keep in touch every … days"
    assert labels["cadence_max_days"] == "Never more than … days apart"
    assert labels["met_through"] == "Introduced by"
    assert not [label for label in labels.values() if "cadence" in label.lower()]


def test_it_shows_the_plain_labels_on_the_page(client: Client) -> None:
    page = client.get(reverse("network:contact_add")).content.decode()
    assert "Keep in touch every … days" in page
    assert "Cadence ideal days" not in page and "Cadence max days" not in page
