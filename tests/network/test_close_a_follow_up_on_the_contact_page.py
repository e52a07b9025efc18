"""Done, snooze or dismiss on the contact's own page also moves the dates shown beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel
from matchwise.network.models import Contact, FollowUp, Interaction

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


def test_it_sends_the_new_dates_when_closed_from_the_contact_page(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    contact = make_contact("Lena Park")
    log(contact, date.today(), Channel.IN_PERSON)
    follow_up = FollowUp.objects.get()
    here = reverse("network:contact", args=[contact.pk])

    page = client.post(
        reverse("network:follow_up", args=[follow_up.pk]),
        {"action": "done", "next": here},
        headers=HTMX,
    ).content.decode()

    assert "Marked done." in page
    assert 'id="contact-timing" hx-swap-oob="true"' in page
    status_after = client.get(here).context["status"]
    assert status_after.next_follow_up is None
    assert f"Next due: {status_after.next_due.day} {status_after.next_due:%b %Y}" in page


def test_it_sends_only_the_closed_line_to_this_week(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    log(make_contact("Lena Park"), date.today(), Channel.IN_PERSON)
    follow_up = FollowUp.objects.get()
    page = client.post(
        reverse("network:follow_up", args=[follow_up.pk]),
        {"action": "dismiss", "next": reverse("network:this_week")},
        headers=HTMX,
    ).content.decode()
    assert "Dismissed." in page and "hx-swap-oob" not in page
