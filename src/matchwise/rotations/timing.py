"""When a rotation calls for what: plain functions of the dates, with `today` passed in.

- Working days are Monday to Friday; a weekend inside a rotation is not counted.
- The feedback meeting: from the third working day, ask the attending(s) you chose for 15–20
  minutes of feedback. A rotation with fewer than three working days asks on its last one
  (or on its last day, when it has no working day at all). It is overdue after the fifth
  working day, or the last day of the rotation if that comes first.
- Thank-yous: in the last seven days of a rotation longer than a week; a rotation of a week or
  less thanks on its last working day. They are overdue three days after the end (the 48–72
  hour rule) and no longer prompted two weeks after it: by then keeping in touch takes over.
- After the end, the attendings and residents met there are kept in touch with every 30 days
  (never more than 45), unless you set their rhythm yourself.
No Django import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from matchwise.network.rules import Cadence
from matchwise.outreach.readiness import MIN_EXCHANGES

FEEDBACK_WORKING_DAY = 3
FEEDBACK_OVERDUE_WORKING_DAY = 5
LAST_WEEK_DAYS = 7
THANKS_OVERDUE_DAYS = 3
THANKS_SHOWN_DAYS = 14
ATTENDING_TARGET = 2
RESIDENT_TARGET = 3
AFTER_END_CADENCE = Cadence(30, 45)
LONGEST_DAYS = 366
EARLIEST = date(1990, 1, 1)
LATEST = date(2100, 12, 31)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def working_days(starts_on: date, ends_on: date) -> list[date]:
    days = (ends_on - starts_on).days + 1
    every = (starts_on + timedelta(days=n) for n in range(max(days, 0)))
    return [day for day in every if is_working_day(day)]


def working_day(starts_on: date, ends_on: date, number: int) -> date | None:
    """The `number`th working day of the rotation (1 is the first), None if it has fewer."""
    days = working_days(starts_on, ends_on)
    return days[number - 1] if len(days) >= number else None


def last_working_day(starts_on: date, ends_on: date) -> date:
    """The last working day, or the last day when the rotation has none (a weekend)."""
    days = working_days(starts_on, ends_on)
    return days[-1] if days else ends_on


def working_day_number(starts_on: date, ends_on: date, today: date) -> int:
    """How many working days of the rotation have begun by `today` (0 before the first)."""
    return len(working_days(starts_on, min(today, ends_on)))


class Phase(StrEnum):
    UPCOMING = "upcoming"
    RUNNING = "running"
    LAST_WEEK = "last_week"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return PHASE_LABELS[self]


PHASE_LABELS = {
    Phase.UPCOMING: "Not started",
    Phase.RUNNING: "Running",
    Phase.LAST_WEEK: "Last week",
    Phase.ENDED: "Ended",
}


@dataclass(frozen=True)
class Span:
    starts_on: date
    ends_on: date

    @property
    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1

    @property
    def feedback_from(self) -> date:
        third = working_day(self.starts_on, self.ends_on, FEEDBACK_WORKING_DAY)
        return third or last_working_day(self.starts_on, self.ends_on)

    @property
    def feedback_overdue_after(self) -> date:
        fifth = working_day(self.starts_on, self.ends_on, FEEDBACK_OVERDUE_WORKING_DAY)
        return max(self.feedback_from, min(fifth or self.ends_on, self.ends_on))

    @property
    def thanks_from(self) -> date:
        if self.days > LAST_WEEK_DAYS:
            return self.ends_on - timedelta(days=LAST_WEEK_DAYS - 1)
        return last_working_day(self.starts_on, self.ends_on)

    @property
    def thanks_overdue_after(self) -> date:
        return self.ends_on + timedelta(days=THANKS_OVERDUE_DAYS)

    def phase(self, today: date) -> Phase:
        if today < self.starts_on:
            return Phase.UPCOMING
        if today > self.ends_on:
            return Phase.ENDED
        if today >= self.thanks_from:
            return Phase.LAST_WEEK
        return Phase.RUNNING

    def is_running(self, today: date) -> bool:
        return self.starts_on <= today <= self.ends_on


def day_problem(day: date) -> str | None:
    """A day matchwise plans with lies between 1990 and 2100."""
    if not EARLIEST <= day <= LATEST:
        return f"Pick a day between {EARLIEST.year} and {LATEST.year}."
    return None


def span_problem(starts_on: date, ends_on: date) -> str | None:
    """Why these dates cannot be a rotation, if they cannot."""
    if problem := day_problem(starts_on) or day_problem(ends_on):
        return problem
    if ends_on < starts_on:
        return "The rotation cannot end before it starts."
    if (ends_on - starts_on).days + 1 > LONGEST_DAYS:
        return f"A rotation lasts at most {LONGEST_DAYS} days; record a longer post as several."
    return None


class PromptState(StrEnum):
    """Where a prompt stands today; shown as a word, never colour alone."""

    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Prompt:
    due_on: date
    overdue_after: date
    state: PromptState


def _prompt(due_on: date, overdue_after: date, today: date) -> Prompt:
    state = PromptState.OVERDUE if today > overdue_after else PromptState.DUE
    return Prompt(due_on, overdue_after, state)


def feedback_prompt(span: Span, today: date, *, asked: bool) -> Prompt | None:
    """The feedback meeting, from its day until asked; not after the rotation."""
    if asked or not span.feedback_from <= today <= span.ends_on:
        return None
    return _prompt(span.feedback_from, span.feedback_overdue_after, today)


def thanks_prompt(span: Span, today: date, *, thanked: bool) -> Prompt | None:
    """A thank-you to one person met there, until sent; two weeks after the end it is left to
    the keep-in-touch rhythm."""
    shown_until = span.ends_on + timedelta(days=THANKS_SHOWN_DAYS)
    if thanked or not span.thanks_from <= today <= shown_until:
        return None
    return _prompt(span.thanks_from, span.thanks_overdue_after, today)


def letter_check_shown(span: Span, today: date) -> bool:
    """Whether the page asks, for each attending who saw your work, if a letter can be asked:
    from the last week on."""
    return today >= span.thanks_from


def cadence_after_end(span: Span, today: date, *, key_person: bool) -> Cadence | None:
    """The keep-in-touch rhythm an attending or resident met there moves to once it ended."""
    if not key_person or today <= span.ends_on:
        return None
    return AFTER_END_CADENCE


def on_track(exchanges: int) -> bool:
    """Someone you are getting to know: several exchanges logged (a reply, a talk, a meeting).

    The same rule as letter readiness: known well enough to be asked for a letter or a favour,
    so the number is `readiness.MIN_EXCHANGES`, not one of the rotation's own."""
    return exchanges >= MIN_EXCHANGES


@dataclass(frozen=True)
class TargetProgress:
    """Of the people of one kind you meant to get to know: how many, and how many on track."""

    wanted: int
    chosen: int
    on_track: int

    @property
    def missing(self) -> int:
        return max(self.wanted - self.chosen, 0)

    @property
    def met(self) -> bool:
        return self.on_track >= self.wanted


def target_progress(wanted: int, exchanges_of_chosen: list[int]) -> TargetProgress:
    return TargetProgress(
        wanted, len(exchanges_of_chosen), sum(1 for n in exchanges_of_chosen if on_track(n))
    )
