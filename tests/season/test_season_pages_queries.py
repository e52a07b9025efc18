"""The Season page, an application's page and its interview-day page read the database a fixed
number of times, however many applications, invitations, people and touches there are."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from matchwise.network.choices import Channel
from matchwise.network.models import Contact, Interaction
from matchwise.season import services
from matchwise.season.models import Application

pytestmark = pytest.mark.django_db
DAY = date(2026, 11, 2)
# The user's zone and every application (only the columns a row shows); the odds panel's
# applications, saved profile and calibration.
SEASON_PAGE = 5
# The application, the user's zone, the slots offered, the status history.
APPLICATION_PAGE = 4
# The application, the institutions of the network, the people there, the touches with them,
# the messages sent to them, the saved profile (for the shortlist's reasons).
INTERVIEW_DAY = 6


def season_of(
    size: int,
    make_application: Callable[..., Application],
    make_contact: Callable[..., Contact],
    log: Callable[..., Interaction],
) -> Application:
    """`size` applications, invited, scheduled and interviewed, and `size` people at the
    first one's hospital with two touches each; returns that first one."""
    applications = [
        make_application(f"Program {i}", institution=f"Hospital {i} Lakeside") for i in range(size)
    ]
    for i, application in enumerate(applications):
        slots = [datetime(2026, 11, 20, 9, 0), datetime(2026, 11, 21, 9, 0)]
        services.record_invitation(application, slots, datetime(2026, 11, 1, 9, 0, tzinfo=UTC))
        at = datetime(2026, 11, 3 + i, 9, 0)
        services.schedule(application, services.Interview(wall_clock=at), DAY)
    for i in range(size):
        person = make_contact(f"Person {i}", institution="Hospital 0 Lakeside")
        log(person, DAY - timedelta(days=10 + i), Channel.EMAIL, topic=f"Question {i}")
        log(person, DAY - timedelta(days=40 + i), Channel.IN_PERSON, topic=f"Rounds {i}")
    make_contact("Elsewhere", institution="Riverside Community Hospital")
    return applications[0]


def queries(client: Client, path: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as done:
        page = client.get(path)
    assert page.status_code == 200
    return len(done.captured_queries), page.content.decode()


@pytest.mark.parametrize("size", [2, 8])
def test_it_shows_the_season_pages_in_a_fixed_number_of_queries(
    size: int,
    client: Client,
    make_application: Callable[..., Application],
    make_contact: Callable[..., Contact],
    log: Callable[..., Interaction],
) -> None:
    first = season_of(size, make_application, make_contact, log)
    count, page = queries(client, reverse("season:home"))
    assert count == SEASON_PAGE and f"Program {size - 1}" in page
    count, page = queries(client, reverse("season:application", args=[first.pk]))
    assert count == APPLICATION_PAGE and "Program 0" in page
    count, page = queries(client, reverse("season:prep", args=[first.pk]))
    assert count == INTERVIEW_DAY
    assert f"Person {size - 1}" in page and f"Rounds {size - 1}" in page
    assert "Elsewhere" not in page
