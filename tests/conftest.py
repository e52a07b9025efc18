"""Shared fixtures: a fixed 'today' and quick ways to make contacts and interactions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from django.apps import apps
from django.core.management.color import no_style
from django.db import connection

from matchwise.network import services
from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact, Interaction


@pytest.fixture(autouse=True)
def sequences_past_the_rows(request: pytest.FixtureRequest) -> None:
    """PostgreSQL does not roll sequences back with a test's transaction, so a restore tested
    earlier can leave a sequence behind rows a migration created (the template library). Move
    every sequence past its rows before a database test (SQLite needs nothing)."""
    if request.node.get_closest_marker("django_db") is None or connection.vendor != "postgresql":
        return
    request.getfixturevalue("db")
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
            cursor.execute(statement)


@pytest.fixture
def make_contact(db: None) -> Callable[..., Contact]:
    def make(name: str = "Amara Okafor", **fields: Any) -> Contact:
        return services.save_contact(Contact(name=name, **fields))

    return make


@pytest.fixture
def log(db: None) -> Callable[..., Interaction]:
    """Log an interaction through the service, so the follow-up rules apply."""

    def make(
        contact: Contact,
        on: date,
        channel: Channel = Channel.EMAIL,
        direction: Direction = Direction.OUTBOUND,
        topic: str = "Research question",
        **fields: Any,
    ) -> Interaction:
        new = services.NewInteraction(on, channel, direction, topic, **fields)
        return services.log_interaction(contact, new)

    return make
