"""Outreach campaigns: the states of one target, the moves between them, the reply rate.

drafted → sent → replied / declined / no reply; no reply → followed up, once. After the one
follow-up a target can still reply or decline, but is never chased again. No Django import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class TargetState(StrEnum):
    DRAFTED = "drafted"
    SENT = "sent"
    REPLIED = "replied"
    DECLINED = "declined"
    NO_REPLY = "no_reply"
    FOLLOWED_UP = "followed_up"


TARGET_STATE_LABELS = {
    TargetState.DRAFTED: "Drafted",
    TargetState.SENT: "Sent",
    TargetState.REPLIED: "Replied",
    TargetState.DECLINED: "Declined",
    TargetState.NO_REPLY: "No reply",
    TargetState.FOLLOWED_UP: "Followed up once",
}
NEXT_STATES: dict[TargetState, tuple[TargetState, ...]] = {
    TargetState.DRAFTED: (TargetState.SENT,),
    TargetState.SENT: (TargetState.REPLIED, TargetState.DECLINED, TargetState.NO_REPLY),
    TargetState.NO_REPLY: (TargetState.FOLLOWED_UP, TargetState.REPLIED, TargetState.DECLINED),
    TargetState.FOLLOWED_UP: (TargetState.REPLIED, TargetState.DECLINED),
    TargetState.REPLIED: (),
    TargetState.DECLINED: (),
}
# They wrote back, yes or no: nothing more to wait for.
ANSWERS = frozenset({TargetState.REPLIED, TargetState.DECLINED})

EXPECTATION = (
    "Most cold messages get no answer, and that says little about you: busy people miss "
    "email. A few replies from many careful, personal messages is a good result."
)


def can_move(current: TargetState, to: TargetState) -> bool:
    return to in NEXT_STATES[current]


@dataclass(frozen=True)
class ReplyRate:
    sent: int
    answered: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.answered / self.sent) if self.sent else None

    @property
    def summary(self) -> str:
        if not self.sent:
            return "Nothing sent yet."
        return f"{self.answered} of {self.sent} answered ({self.percent}%)."


def reply_rate(states: Iterable[TargetState]) -> ReplyRate:
    """Answers (a reply or a no) out of the messages sent; drafts do not count."""
    sent = answered = 0
    for state in states:
        if state is TargetState.DRAFTED:
            continue
        sent += 1
        answered += state in ANSWERS
    return ReplyRate(sent, answered)
