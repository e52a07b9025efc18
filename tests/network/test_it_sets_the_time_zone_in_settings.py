"""The time zone is a setting: typed with suggestions, checked, and kept when left out."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Preferences
from matchwise.network.time_zones import machine_zone_name

pytestmark = pytest.mark.django_db

GOALS = {"reach_out_target": 3, "reactivate_target": 1, "no_reply_days": 10}


def test_it_offers_the_zone_names_as_suggestions(client: Client) -> None:
    page = client.get(reverse("network:preferences")).content.decode()
    assert 'list="time-zone-names"' in page
    assert '<datalist id="time-zone-names">' in page
    assert '<option value="Asia/Kolkata">' in page
    assert f'value="{machine_zone_name()}"' in page  # the default, shown in the field


def test_it_saves_the_chosen_zone(client: Client) -> None:
    response = client.post(reverse("network:preferences"), {**GOALS, "time_zone": "Asia/Kolkata"})
    assert response.status_code == 302
    assert Preferences.load().time_zone == "Asia/Kolkata"


@pytest.mark.parametrize("bad", ["Mars/Olympus", "../etc/passwd"])
def test_it_refuses_a_name_that_is_no_zone(client: Client, bad: str) -> None:
    response = client.post(reverse("network:preferences"), {**GOALS, "time_zone": bad})
    page = response.content.decode()
    assert response.status_code == 200 and "is not a time zone name" in page
    assert Preferences.load().time_zone == machine_zone_name()


def test_it_keeps_the_zone_when_the_field_is_left_out(client: Client) -> None:
    Preferences.objects.create(pk=1, time_zone="Africa/Cairo")
    client.post(reverse("network:preferences"), {**GOALS, "reach_out_target": 4})
    assert Preferences.load().time_zone == "Africa/Cairo"
    assert Preferences.load().reach_out_target == 4
