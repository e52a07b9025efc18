"""What is derived from a change is kept by the service that makes it, never by a signal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.db.models.signals import post_delete, post_save
from django.test import Client
from django.urls import reverse

from matchwise.network import clock, services
from matchwise.network.contact_keys import email_key, linkedin_slug
from matchwise.network.models import Contact, Interaction, MentorAssignment

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [Contact, Interaction, MentorAssignment])
def test_it_recomputes_nothing_behind_the_callers_back(model: type) -> None:
    assert not post_save.has_listeners(model)
    assert not post_delete.has_listeners(model)


def test_it_moves_the_dates_when_the_contact_page_changes_the_rhythm(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Ines Duarte")
    today = clock.day_of(contact.created_at, clock.user_zone())
    assert contact.keep_in_touch_on == today + timedelta(days=90)  # "other": every 90 days
    response = client.post(
        reverse("network:contact_edit", args=[contact.pk]),
        {"name": "Ines Duarte", "role": "other", "cadence_ideal_days": 14, "cadence_max_days": 20},
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert (contact.keep_in_touch_on, contact.keep_in_touch_by) == (
        today + timedelta(days=14),
        today + timedelta(days=20),
    )


def test_it_deletes_a_contact_from_its_page_through_the_service(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Ines Duarte")
    client.post(reverse("network:contact_delete", args=[contact.pk]))
    assert not Contact.objects.filter(pk=contact.pk).exists()


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Zoe.Muller@Example.ORG", "zoe.muller@example.org"),
        ("  ana@example.org \n", "ana@example.org"),
        ("", ""),
    ],
)
def test_it_keys_an_email_one_way_for_the_model_and_the_import(typed: str, key: str) -> None:
    assert email_key(typed) == key
    contact = Contact(name="Someone", email=typed, linkedin_url="https://linkedin.com/in/Some-One/")
    contact.derive_keys()
    assert (contact.email_key, contact.linkedin_key) == (key, "some-one")
    assert linkedin_slug(contact.linkedin_url) == "some-one"


def test_it_saves_a_contact_with_its_dates_through_the_service() -> None:
    contact = services.save_contact(Contact(name="Ravi Menon", role="program_director"))
    created = clock.day_of(contact.created_at, clock.user_zone())
    assert contact.keep_in_touch_by == created + timedelta(days=90)
    contact.refresh_from_db()
    assert contact.keep_in_touch_on == created + timedelta(days=60)
