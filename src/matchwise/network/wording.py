"""How a due item explains itself, in plain words (no database)."""

from __future__ import annotations

from datetime import date

from matchwise.network.choices import CHANNEL_LABELS, Channel, FollowUpRule
from matchwise.network.rules import CadenceStatus


def short_date(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def follow_up_reason(
    rule: FollowUpRule,
    *,
    overdue_after: date,
    touched_on: date | None = None,
    channel: Channel | None = None,
    topic: str = "",
) -> str:
    about = f" ({topic})" if topic else ""
    by = short_date(overdue_after)
    if rule is FollowUpRule.MET_IN_PERSON and touched_on is not None:
        where = "at a conference" if channel is Channel.CONFERENCE else "in person"
        return f"Met {where} on {short_date(touched_on)}{about}: follow up by {by}"
    if rule is FollowUpRule.NO_REPLY and touched_on is not None:
        how = CHANNEL_LABELS[channel].lower() if channel else "message"
        return (
            f"No reply to your {how} of {short_date(touched_on)}{about}: "
            f"send one polite follow-up by {by}"
        )
    return f"Follow-up you planned for {short_date(overdue_after)}"


def keep_in_touch_reason(status: CadenceStatus, last: date | None, ideal_days: int) -> str:
    since = f"last contact {short_date(last)}" if last else "no contact logged yet"
    if status is CadenceStatus.OVERDUE:
        return f"Keep in touch: overdue ({since}; aim for every {ideal_days} days)"
    return f"Keep in touch: due ({since}; aim for every {ideal_days} days)"
