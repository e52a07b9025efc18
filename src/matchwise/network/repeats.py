"""Logging the same touch twice: people press Save again when a page seems not to have taken it.

The same day, channel and direction with the same person is most likely the same touch, so the
form asks before it logs a second one (a second call on one day is rare, but it happens).
"""

from __future__ import annotations

from datetime import date

from matchwise.network.models import Contact, Interaction


def same_touch_logged(
    contact: Contact, on: date, channel: str, direction: str
) -> Interaction | None:
    """The touch already logged with this person on that day by that channel and direction."""
    return (
        contact.interactions.filter(occurred_on=on, channel=channel, direction=direction)
        .order_by("created_at", "pk")
        .first()
    )
