"""User text is escaped, forms need CSRF, and notes stay on the contact's own page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel
from matchwise.network.exporting.backup import BACKED_UP_MODELS
from matchwise.network.models import Contact, Interaction

pytestmark = pytest.mark.django_db
SCRIPT = "<script>alert('x')</script>"


def test_it_escapes_user_text_everywhere(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    contact = make_contact(SCRIPT, institution=SCRIPT, notes=SCRIPT)
    log(contact, date.today(), Channel.IN_PERSON, topic=SCRIPT, notes=SCRIPT)
    for url in (
        reverse("network:this_week"),
        reverse("network:contacts"),
        reverse("network:contact", args=[contact.pk]),
        reverse("network:contact_edit", args=[contact.pk]),
    ):
        page = client.get(url).content.decode()
        assert SCRIPT not in page, url
        assert "&lt;script&gt;" in page, url


def test_it_keeps_notes_off_every_page_but_the_contacts_own(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    contact = make_contact("Private Person", notes="Going through a divorce")
    log(contact, date.today(), Channel.IN_PERSON, topic="Lunch", notes="Told me about surgery")
    for url in (reverse("network:this_week"), reverse("network:contacts")):
        page = client.get(url).content.decode()
        assert "divorce" not in page and "surgery" not in page
    own = client.get(reverse("network:contact", args=[contact.pk])).content.decode()
    assert "divorce" in own and "surgery" in own


@pytest.mark.parametrize(
    "name",
    ["network:contact_add", "network:preferences", "network:erase"],
)
def test_it_rejects_a_post_without_a_csrf_token(name: str) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse(name), {"name": "X", "confirm": "delete everything"})
    assert response.status_code == 403


def test_it_deletes_everything_only_when_confirmed(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    log(make_contact(), date.today(), Channel.IN_PERSON)
    assert client.post(reverse("network:erase"), {"confirm": "yes"}).status_code == 400
    assert Contact.objects.exists()
    client.post(reverse("network:erase"), {"confirm": "Delete everything"})
    for label in BACKED_UP_MODELS:
        assert not apps.get_model(label).objects.exists(), label
