"""Shared fixtures: a fixed 'today' and quick ways to make contacts and interactions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from matchwise.network import services
from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact, Interaction


@pytest.fixture
def make_contact(db: None) -> Callable[..., Contact]:
    def make(name: str = "Amara Okafor", **fields: Any) -> Contact:
        return Contact.objects.create(name=name, **fields)

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
