"""A new user (no contacts yet) is welcomed with the two ways in, contacts and programs, and
still sees what this week holds for the rotations and the season they have entered."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network import clock
from matchwise.rotations import services as rotations
from matchwise.season import services
from matchwise.season.programs import ProgramFacts

pytestmark = pytest.mark.django_db


def test_it_offers_contacts_and_programs_as_ways_in(client: Client) -> None:
    html = client.get(reverse("network:this_week")).content.decode()
    assert "Your network, one week at a time" in html
    assert f'href="{reverse("network:contact_add")}"' in html
    assert f'href="{reverse("programs:home")}"' in html.split("<main", 1)[1]
    assert 'id="season-week"' not in html and 'id="rotations-week"' not in html


def test_it_shows_an_invitation_before_any_contact_exists(client: Client) -> None:
    facts = ProgramFacts("3456140C0", "Desert IM", state="AZ")
    application = services.add_application(facts, services.Submission(clock.today(), 11))
    services.record_invitation(application, [])
    html = client.get(reverse("network:this_week")).content.decode()
    assert "Your network, one week at a time" in html
    assert 'id="season-week"' in html and "Desert IM" in html


def test_it_shows_a_running_rotation_before_any_contact_exists(client: Client) -> None:
    today = clock.today()
    rotations.save_rotation(
        {
            "institution": "Lakeside Medical Center",
            "starts_on": today - timedelta(days=3),
            "ends_on": today + timedelta(days=20),
        }
    )
    html = client.get(reverse("network:this_week")).content.decode()
    assert 'id="rotations-week"' in html and "Lakeside Medical Center" in html
