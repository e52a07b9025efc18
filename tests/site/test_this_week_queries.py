"""This week reads the database a fixed number of times, however many contacts, touches,
invitations and interviews there are (a query per row would make it slow on a big network)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from matchwise.network import clock, services
from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact, Interaction
from matchwise.season import services as season
from matchwise.season.models import Application
from matchwise.season.programs import ProgramFacts

pytestmark = pytest.mark.django_db
# Kept week counts (one query), the settings (one), contacts exist (one), follow-ups,
# keep in touch, dormant, the playbook (two), the rotations (two, and a savepoint pair), the
# season (two).
THIS_WEEK_QUERIES = 14


def make_application(name: str) -> Application:
    facts = ProgramFacts(f"P-{name}", name, institution="Lakeside General Hospital", state="OH")
    return season.add_application(facts, season.Submission(clock.today(), 11))


def add_season_and_network(
    numbers: range, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    today = clock.today()
    for i in numbers:
        met = make_contact(f"Met {i}")
        log(met, today - timedelta(days=1), Channel.IN_PERSON, Direction.INBOUND)
        quiet = make_contact(f"Quiet {i}")
        log(quiet, today - timedelta(days=120), Channel.EMAIL)
        invited = make_application(f"Invited {i}")
        season.record_invitation(invited, [], datetime.now(UTC) - timedelta(hours=i))
        coming = make_application(f"Coming {i}")
        at = datetime.combine(today + timedelta(days=2), datetime.min.time()).replace(hour=10)
        season.schedule(coming, season.Interview(wall_clock=at), today)


def queries_of(client: Client) -> tuple[int, str]:
    client.get(reverse("network:this_week"))  # the first visit counts and keeps the weeks
    with CaptureQueriesContext(connection) as done:
        page = client.get(reverse("network:this_week")).content.decode()
    return len(done.captured_queries), page


def test_it_shows_this_week_in_a_fixed_number_of_queries(
    client: Client,
    make_contact: Callable[..., Contact],
    log: Callable[..., Interaction],
) -> None:
    add_season_and_network(range(2), make_contact, log)
    few, page = queries_of(client)
    assert "Invited 1" in page and "Coming 1" in page and "Quiet 1" in page and "Met 1" in page
    add_season_and_network(range(2, 8), make_contact, log)
    many, page = queries_of(client)
    assert "Invited 7" in page and "Coming 7" in page and "Met 7" in page
    assert few == many == THIS_WEEK_QUERIES


def test_it_counts_only_the_week_a_touch_was_logged_in(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    """Logging a touch today drops this week's counts alone: the next visit counts one week,
    in one more query and one insert, not the whole history (in a transaction of its own that
    waits for writers: a savepoint here, and PostgreSQL's lock)."""
    person = make_contact()
    for weeks_back in range(1, 20):
        log(person, clock.today() - timedelta(weeks=weeks_back), Channel.EMAIL)
    queries_of(client)
    services.log_interaction(
        person, services.NewInteraction(clock.today(), Channel.EMAIL, Direction.OUTBOUND, "Hi")
    )
    with CaptureQueriesContext(connection) as done:
        client.get(reverse("network:this_week"))
    lock = 1 if connection.vendor == "postgresql" else 0
    assert len(done.captured_queries) == THIS_WEEK_QUERIES + 2 + 2 + lock
