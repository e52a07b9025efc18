"""The page, the API and the command agree on "today" for a user ahead of UTC.

At 20:30 UTC on 1 March it is already 2 March in Kolkata: a follow-up due on 2 March is due
today for that user everywhere, and a touch logged without a date is dated 2 March.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.cli import main
from matchwise.network.choices import Channel
from matchwise.network.models import Contact, Interaction, Preferences

pytestmark = pytest.mark.django_db

INSTANT = datetime(2027, 3, 1, 20, 30, tzinfo=UTC)
KOLKATA_TODAY = date(2027, 3, 2)
MET_ON = date(2027, 2, 28)  # a conference meeting: follow up on 2 March, overdue after 3 March


@pytest.fixture
def late_evening_in_utc() -> Iterator[None]:
    with mock.patch("django.utils.timezone.now", return_value=INSTANT):
        yield


@pytest.fixture
def met_at_a_conference(
    make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> Contact:
    Preferences.objects.create(pk=1, time_zone="Asia/Kolkata")
    contact = make_contact("Lena Park")
    log(contact, MET_ON, Channel.CONFERENCE, topic="Poster on sepsis")
    return contact


def page_state(client: Client) -> str:
    html = client.get(reverse("network:follow_ups")).content.decode()
    found = re.search(r'<span class="badge (\w+)">', html)
    assert found, html
    return found.group(1)


def command_state(capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["due", "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    return str(item["state"])


@pytest.mark.usefixtures("late_evening_in_utc")
def test_it_calls_the_follow_up_due_today_on_the_page_in_the_api_and_in_the_command(
    met_at_a_conference: Contact, client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    (api_item,) = client.get("/api/due").json()
    assert (page_state(client), api_item["state"], command_state(capsys)) == ("due",) * 3
    assert api_item["due_on"] == KOLKATA_TODAY.isoformat()


@pytest.mark.usefixtures("late_evening_in_utc")
def test_it_dates_a_new_touch_on_the_users_day_in_the_form_and_the_api(
    met_at_a_conference: Contact, client: Client
) -> None:
    page = client.get(reverse("network:contact", args=[met_at_a_conference.pk])).content.decode()
    assert f'value="{KOLKATA_TODAY.isoformat()}"' in page
    response = client.post(
        f"/api/contacts/{met_at_a_conference.pk}/interactions",
        {"channel": "email", "topic": "Thank you for the chat"},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    assert Interaction.objects.get(pk=response.json()["id"]).occurred_on == KOLKATA_TODAY


def test_it_would_say_coming_up_in_utc_where_it_is_still_yesterday(
    met_at_a_conference: Contact, client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same data seen by a user in UTC: the follow-up is tomorrow, so coming up."""
    Preferences.objects.filter(pk=1).update(time_zone="UTC")
    with mock.patch("django.utils.timezone.now", return_value=INSTANT):
        (api_item,) = client.get("/api/due").json()
        states = (page_state(client), api_item["state"], command_state(capsys))
    assert states == ("this_week",) * 3
