"""What counts as a relationship with someone, for early asks and letter readiness alike."""

from __future__ import annotations

from django.db.models import Q

from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact

SPOKEN = [Channel.IN_PERSON, Channel.CONFERENCE, Channel.CALL, Channel.VIDEO]


def exchange(prefix: str = "") -> Q:
    """Interactions that show a relationship: they wrote to you, they answered, or you met or
    spoke. Your own unanswered messages do not count, however many there are. `prefix` reaches
    interactions through a relation, e.g. "contact__interactions__"."""
    return (
        Q(**{f"{prefix}direction": Direction.INBOUND})
        | Q(**{f"{prefix}reply_received": True})
        | Q(**{f"{prefix}channel__in": SPOKEN})
    )


def exchanges(contact: Contact) -> int:
    return contact.interactions.filter(exchange()).count()
