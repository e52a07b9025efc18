"""Planning a follow-up by hand from the contact's page: a past day is refused on the form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact, FollowUp

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


def test_it_refuses_a_past_day_with_the_reason_on_the_form(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Omar Haddad")
    yesterday = date.today() - timedelta(days=1)
    url = reverse("network:follow_up_add", args=[contact.pk])

    response = client.post(url, {"until": yesterday.isoformat()})

    page = response.content.decode()
    assert response.status_code == 400
    assert "That day has passed: pick today or a later day." in page
    assert f'value="{yesterday.isoformat()}"' in page  # the day typed is kept
    assert "<h1>Omar Haddad</h1>" in page
    assert not FollowUp.objects.exists()


def test_it_refuses_a_past_day_inline_with_htmx(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Omar Haddad")
    url = reverse("network:follow_up_add", args=[contact.pk])
    response = client.post(url, {"until": "2020-01-31"}, headers=HTMX)
    page = response.content.decode()
    assert response.status_code == 200  # htmx swaps only successful answers
    assert 'id="contact-follow-ups"' in page and "That day has passed" in page
    assert "<html" not in page
    assert not FollowUp.objects.exists()


def test_it_refuses_an_empty_or_garbled_day(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Omar Haddad")
    url = reverse("network:follow_up_add", args=[contact.pk])
    assert "This field is required" in client.post(url, {"until": ""}).content.decode()
    assert "Enter a valid date" in client.post(url, {"until": "31/31/2026"}).content.decode()
    assert not FollowUp.objects.exists()


@pytest.mark.parametrize("days_ahead", [0, 10])
def test_it_plans_today_or_later_and_shows_it_at_once(
    client: Client, make_contact: Callable[..., Contact], days_ahead: int
) -> None:
    contact = make_contact("Omar Haddad")
    day = date.today() + timedelta(days=days_ahead)
    url = reverse("network:follow_up_add", args=[contact.pk])

    page = client.post(url, {"until": day.isoformat()}, headers=HTMX).content.decode()

    assert FollowUp.objects.get().due_on == day
    assert f"Follow-up planned for {day:%a} {day.day} {day:%b}." in page
    assert f"due {day:%a} {day.day} {day:%b}" in page
    assert 'id="contact-timing" hx-swap-oob="true"' in page
    assert f"Next due: {day.day} {day:%b %Y}" in page


def test_it_confirms_after_a_plain_post(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Omar Haddad")
    url = reverse("network:follow_up_add", args=[contact.pk])
    response = client.post(url, {"until": date.today().isoformat()}, follow=True)
    assert response.redirect_chain[-1][0].endswith("?done=planned")
    assert "Follow-up planned." in response.content.decode()
