"""Logging a touch on the contact's own page brings its dates, follow-ups and history up to date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact, Interaction

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


def touch(**fields: object) -> dict[str, object]:
    return {
        "occurred_on": date.today().isoformat(),
        "channel": "conference",
        "direction": "outbound",
        "topic": "Poster session on heart failure",
        **fields,
    }


def test_it_sends_the_new_dates_follow_up_and_history_with_the_confirmation(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Lena Park")
    url = reverse("network:log_touch", args=[contact.pk])
    before = client.get(reverse("network:contact", args=[contact.pk])).content.decode()
    assert "Last contacted: never" in before and "Nothing logged yet." in before

    page = client.post(url, touch(page="contact"), headers=HTMX).content.decode()

    today = date.today()
    due = today + timedelta(days=2)
    assert page.count('hx-swap-oob="true"') == 4  # notice, dates, follow-ups, history
    assert f"Last contacted: {today.day} {today:%b %Y}" in page
    assert f"due {due:%a} {due.day} {due:%b}" in page
    assert "Poster session on heart failure" in page
    assert "Nothing logged yet." not in page and "None open." not in page
    assert 'name="topic"' in page and 'value="Poster session' not in page  # a fresh form


def test_it_answers_a_list_with_a_short_confirmation_only(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Lena Park")
    url = reverse("network:log_touch", args=[contact.pk])
    response = client.post(url, touch(), headers=HTMX)
    assert "Logged a touch with Lena Park" in response.content.decode()
    assert "hx-swap-oob" not in response.content.decode()
    assert response["HX-Trigger"] == "touchLogged"


def test_it_asks_before_logging_the_same_touch_twice_on_one_day(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    contact = make_contact("Lena Park")
    url = reverse("network:log_touch", args=[contact.pk])
    client.post(url, touch(page="contact"), headers=HTMX)

    again = client.post(url, touch(page="contact", topic="Same poster"), headers=HTMX)

    text = again.content.decode()
    assert again.status_code == 200
    assert "Already logged on" in text and "“Poster session on heart failure”" in text
    assert 'name="log_again"' in text
    assert 'value="Same poster"' in text  # what was typed is still there
    assert contact.interactions.count() == 1
    client.post(url, touch(page="contact", topic="Same poster", log_again="on"), headers=HTMX)
    assert contact.interactions.count() == 2


@pytest.mark.parametrize(
    "change",
    [
        {"channel": "email"},
        {"direction": "inbound"},
        {"occurred_on": (date.today() - timedelta(days=1)).isoformat()},
    ],
)
def test_it_logs_another_channel_direction_or_day_without_asking(
    client: Client,
    make_contact: Callable[..., Contact],
    log: Callable[..., Interaction],
    change: dict[str, str],
) -> None:
    contact = make_contact("Lena Park")
    client.post(reverse("network:log_touch", args=[contact.pk]), touch())
    client.post(reverse("network:log_touch", args=[contact.pk]), touch(**change))
    assert contact.interactions.count() == 2


def test_it_asks_without_htmx_too(client: Client, make_contact: Callable[..., Contact]) -> None:
    contact = make_contact("Lena Park")
    url = reverse("network:log_touch", args=[contact.pk])
    assert client.post(url, touch()).status_code == 302
    page = client.post(url, touch())
    assert page.status_code == 200 and "Already logged on" in page.content.decode()
    assert contact.interactions.count() == 1
