"""Downloads and the calendar feed from the web pages."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import icalendar
import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel
from matchwise.network.models import Contact, Interaction, Preferences

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("kind", "content_type"),
    [
        ("csv", "text/csv"),
        ("xlsx", "application/vnd.openxmlformats"),
        ("vcard", "text/vcard"),
        ("ics", "text/calendar"),
        ("backup", "application/json"),
    ],
)
def test_it_downloads_each_export(
    client: Client, make_contact: Callable[..., Contact], kind: str, content_type: str
) -> None:
    make_contact("Ana Silva")
    response = client.get(reverse("network:download", args=[kind]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert "attachment" in response["Content-Disposition"]
    if kind == "backup":
        assert json.loads(response.content)["format"] == "matchwise-backup"


def test_it_serves_the_feed_only_with_the_current_token(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    log(make_contact("Lena Park"), date.today(), Channel.IN_PERSON)
    token = Preferences.load().calendar_token
    feed = client.get(reverse("network:calendar_feed", args=[token]))
    events = icalendar.Calendar.from_ical(feed.content).walk("VEVENT")
    assert any("Lena Park" in str(event["SUMMARY"]) for event in events)
    assert client.get(reverse("network:calendar_feed", args=["guess"])).status_code == 404

    client.post(reverse("network:rotate_feed"))
    assert client.get(reverse("network:calendar_feed", args=[token])).status_code == 404
    new = Preferences.load().calendar_token
    assert new != token
    assert client.get(reverse("network:calendar_feed", args=[new])).status_code == 200
    assert new in client.get(reverse("network:export")).content.decode()
