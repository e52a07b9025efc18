"""The playbook's follow-up rules as plain functions: no database, no clock.

Every function takes `today` (or the dates it needs) so that the rules are table-tested and the
answers are computed when a page or command asks — there is no scheduler to forget to start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from matchwise.network.choices import Channel, Direction, FollowUpRule, Role

IN_PERSON_DUE_DAYS = 2  # follow up within 48 hours…
IN_PERSON_OVERDUE_DAYS = 3  # …and no later than 72
NO_REPLY_DAYS_DEFAULT = 10
NO_REPLY_GRACE_DAYS = 4  # a gentle nudge is still fine a few days after it fell due
DORMANT_DAYS = 90
WEEK_AHEAD_DAYS = 6  # "this week": today and the six days after it


@dataclass(frozen=True)
class Touch:
    """An interaction, as far as the rules care."""

    on: date
    channel: Channel
    direction: Direction
    reply_received: bool = False


@dataclass(frozen=True)
class FollowUpPlan:
    rule: FollowUpRule
    due_on: date
    overdue_after: date


def plan_follow_up(
    touch: Touch,
    *,
    nudged_since_last_reply: bool,
    no_reply_days: int = NO_REPLY_DAYS_DEFAULT,
) -> FollowUpPlan | None:
    """The follow-up a new interaction calls for, if any.

    `nudged_since_last_reply` is true when a no-reply follow-up was already planned for this
    contact since they last answered: the playbook allows one polite follow-up, then silence.
    """
    if touch.channel.is_in_person:
        return FollowUpPlan(
            FollowUpRule.MET_IN_PERSON,
            touch.on + timedelta(days=IN_PERSON_DUE_DAYS),
            touch.on + timedelta(days=IN_PERSON_OVERDUE_DAYS),
        )
    if touch.direction is Direction.OUTBOUND and touch.channel.is_message:
        if touch.reply_received or nudged_since_last_reply:
            return None
        due = touch.on + timedelta(days=no_reply_days)
        return FollowUpPlan(FollowUpRule.NO_REPLY, due, due + timedelta(days=NO_REPLY_GRACE_DAYS))
    return None


def touch_date_problem(on: date, today: date) -> str | None:
    """A touch is something that happened: it cannot be dated in the future."""
    if on > today:
        return "This date is in the future; log a touch once it has happened."
    return None


SNOOZE_DAYS = 7  # a follow-up snoozed without a day comes back a week later


def snooze_day(until: date | None, today: date) -> date:
    """The day a follow-up is snoozed to: the one asked for, else a week from today.
    ValueError with the reason when the day asked for is not after today."""
    if until is None:
        return today + timedelta(days=SNOOZE_DAYS)
    if until <= today:
        raise ValueError("Pick a day after today.")
    return until


def manual_plan(due_on: date) -> FollowUpPlan:
    return FollowUpPlan(FollowUpRule.MANUAL, due_on, due_on)


class Urgency(StrEnum):
    """Where a dated item stands today. Shown as a word and a colour, never colour alone."""

    LATER = "later"
    THIS_WEEK = "this_week"
    DUE = "due"
    OVERDUE = "overdue"

    @property
    def word(self) -> str:
        return URGENCY_WORDS[self]


URGENCY_WORDS = {
    Urgency.LATER: "later",
    Urgency.THIS_WEEK: "coming up",
    Urgency.DUE: "due",
    Urgency.OVERDUE: "overdue",
}


def week_ahead(today: date) -> date:
    """The last day that counts as "this week" in every list: today + 6 days."""
    return today + timedelta(days=WEEK_AHEAD_DAYS)


def urgency(due_on: date, overdue_after: date, today: date) -> Urgency:
    if today > overdue_after:
        return Urgency.OVERDUE
    if today >= due_on:
        return Urgency.DUE
    if due_on <= week_ahead(today):
        return Urgency.THIS_WEEK
    return Urgency.LATER


def snoozed_window(due_on: date, overdue_after: date, until: date) -> tuple[date, date]:
    """A snoozed follow-up keeps its grace period, moved to the new date."""
    return until, until + (overdue_after - due_on)


@dataclass(frozen=True)
class Cadence:
    ideal_days: int
    max_days: int


MENTOR_CADENCE = Cadence(30, 45)
ROLE_CADENCE = {
    Role.PROGRAM_DIRECTOR: Cadence(60, 90),
    Role.ASSOCIATE_PD: Cadence(60, 90),
    Role.CHIEF_RESIDENT: Cadence(45, 75),
    Role.COORDINATOR: Cadence(90, 120),
    Role.ATTENDING: Cadence(45, 75),
    Role.FACULTY: Cadence(45, 75),
    Role.FELLOW: Cadence(45, 75),
    Role.RESIDENT: Cadence(30, 60),
    Role.IMG_PEER: Cadence(30, 60),
    Role.ALUMNI: Cadence(90, 150),
    Role.OTHER: Cadence(90, 180),
}


def cadence_for(
    role: Role, *, is_mentor: bool, ideal_days: int | None, max_days: int | None
) -> Cadence:
    """The contact's own interval where set, else the default for a mentor or for the role.

    Half a rhythm never contradicts itself: a longest gap set alone below the default ideal
    brings the ideal down to it, and an ideal set alone above the default longest gap raises it.
    """
    default = MENTOR_CADENCE if is_mentor else ROLE_CADENCE[role]
    ideal = ideal_days or min(default.ideal_days, max_days or default.ideal_days)
    return Cadence(ideal, max(max_days or default.max_days, ideal))


class CadenceStatus(StrEnum):
    FINE = "fine"
    DUE = "due"
    OVERDUE = "overdue"


def cadence_window(last: date, cadence: Cadence) -> tuple[date, date]:
    """When keeping in touch falls due, and the last day before it is overdue.

    `last` is the newest interaction, or the day the contact was added if there is none.
    """
    return last + timedelta(days=cadence.ideal_days), last + timedelta(days=cadence.max_days)


def window_status(due_on: date, overdue_after: date, today: date) -> CadenceStatus:
    if today > overdue_after:
        return CadenceStatus.OVERDUE
    if today >= due_on:
        return CadenceStatus.DUE
    return CadenceStatus.FINE


def cadence_status(last: date, today: date, cadence: Cadence) -> CadenceStatus:
    return window_status(*cadence_window(last, cadence), today)


def dormant_since(today: date) -> date:
    """Contacts last reached on or before this day are dormant."""
    return today - timedelta(days=DORMANT_DAYS)


def is_dormant(last: date | None, today: date) -> bool:
    """Quiet for 90+ days since the last interaction; someone never contacted is not dormant
    (they are simply new), though their keep-in-touch date still falls due."""
    return last is not None and last <= dormant_since(today)


def is_reactivation(previous: date | None, on: date) -> bool:
    """An outbound touch after 90+ quiet days brings a dormant contact back."""
    return previous is not None and (on - previous).days >= DORMANT_DAYS


def week_start(day: date) -> date:
    """Weeks run Monday to Sunday."""
    return day - timedelta(days=day.weekday())
