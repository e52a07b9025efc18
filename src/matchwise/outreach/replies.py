"""They answered: stop waiting on them, whatever the answer was."""

from __future__ import annotations

from datetime import date

from matchwise.network import services
from matchwise.network.choices import OPEN_STATES, FollowUpRule
from matchwise.network.models import Contact, FollowUp


def record_answer(contact: Contact, today: date) -> int:
    """Mark their unanswered messages as answered, closing the polite nudges planned for them
    (an answer — a yes or a no — is never chased). Returns how many were closed."""
    waiting = FollowUp.objects.filter(
        contact=contact, rule=FollowUpRule.NO_REPLY, state__in=OPEN_STATES
    ).select_related("interaction")
    closed = 0
    for follow_up in waiting:
        if follow_up.interaction is not None:
            services.record_reply(follow_up.interaction, today)
            closed += 1
    return closed
