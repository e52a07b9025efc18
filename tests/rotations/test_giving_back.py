"""Contacts marked as people you mentor: listed with their rhythm, counted on the Playbook."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network import clock
from matchwise.network.choices import Role
from matchwise.network.models import Contact
from matchwise.rotations.models import Mentee

pytestmark = pytest.mark.django_db


def test_it_marks_a_contact_as_a_mentee_and_counts_them(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    junior = make_contact("Tunde Bello", role=Role.IMG_PEER)
    assert "Nobody you mentor yet" in client.get(reverse("outreach:home")).content.decode()
    response = client.post(
        reverse("rotations:giving_back"),
        {"contact": junior.pk, "since": "2027-04-01", "notes": "Final-year student"},
    )
    assert response.status_code == 302
    page = client.get(reverse("rotations:giving_back")).content.decode()
    assert "Tunde Bello" in page and "Final-year student" in page
    junior.refresh_from_db()
    # The same cadence rules as anyone: an IMG peer's rhythm, counted from when they were added.
    assert junior.keep_in_touch_on is not None
    assert "You mentor 1 junior." in client.get(reverse("outreach:home")).content.decode()

    twice = client.post(
        reverse("rotations:giving_back"), {"contact": junior.pk, "since": "2027-04-01"}
    )
    assert twice.status_code == 400
    assert "Choose a contact you do not mentor yet." in twice.content.decode()
    client.post(reverse("rotations:stop_mentoring", args=[Mentee.objects.get().pk]))
    assert not Mentee.objects.exists() and Contact.objects.filter(pk=junior.pk).exists()


def test_it_answers_404_when_stopping_someone_not_mentored(client: Client) -> None:
    assert client.post(reverse("rotations:stop_mentoring", args=[999])).status_code == 404


def test_it_starts_today_when_the_date_is_left_empty(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    junior = make_contact("Tunde Bello")
    response = client.post(reverse("rotations:giving_back"), {"contact": junior.pk, "since": ""})
    assert response.status_code == 302
    assert Mentee.objects.get().since == clock.today()
