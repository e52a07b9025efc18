"""After saving, the page says so: a new contact, an edited one, the settings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact, Preferences

pytestmark = pytest.mark.django_db


def test_it_says_a_new_contact_was_added(client: Client) -> None:
    response = client.post(
        reverse("network:contact_add"), {"name": "Ana Silva", "role": "resident"}, follow=True
    )
    contact = Contact.objects.get()
    assert response.redirect_chain == [
        (f"{reverse('network:contact', args=[contact.pk])}?done=added", 302)
    ]
    assert '<p class="notice" role="status">Contact added.</p>' in response.content.decode()


def test_it_says_changes_were_saved(client: Client, make_contact: Callable[..., Contact]) -> None:
    contact = make_contact("Ana Silva")
    response = client.post(
        reverse("network:contact_edit", args=[contact.pk]),
        {"name": "Ana Silva", "role": "fellow"},
        follow=True,
    )
    assert "Changes saved." in response.content.decode()
    contact.refresh_from_db()
    assert contact.role == "fellow"


def test_it_shows_only_its_own_words_whatever_the_address_says(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Ana Silva")
    url = reverse("network:contact", args=[contact.pk])
    page = client.get(url, {"done": "<b>hacked</b>"}).content.decode()
    assert "hacked" not in page and 'class="notice"' not in page


def test_it_says_the_settings_were_saved_on_the_settings_page(client: Client) -> None:
    response = client.post(
        reverse("network:preferences"),
        {"reach_out_target": 5, "reactivate_target": 2, "no_reply_days": 12},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == f"{reverse('network:preferences')}?saved=1"
    assert "Settings saved." in response.content.decode()
    assert Preferences.load().reach_out_target == 5


def test_it_keeps_a_refused_setting_on_the_form_without_a_notice(client: Client) -> None:
    response = client.post(
        reverse("network:preferences"),
        {"reach_out_target": 5, "reactivate_target": 2, "no_reply_days": 99},
    )
    page = response.content.decode()
    assert "Choose between 1 and 60 days." in page and "Settings saved." not in page
    assert Preferences.load().no_reply_days == 10
