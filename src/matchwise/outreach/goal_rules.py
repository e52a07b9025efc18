"""Goals with measurable targets, their progress, and the monthly review. No Django import.

Progress of mentors, letters and presentations is counted from the data (mentor roles, the
letter pipeline, conferences where you presented); the other measures are entered by hand.
"""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum

from matchwise.network.rules import week_ahead


class Horizon(StrEnum):
    SHORT = "short"
    MEDIUM = "medium"


HORIZON_LABELS = {
    Horizon.SHORT: "Short term (within 12 months)",
    Horizon.MEDIUM: "Medium term (1 to 3 years)",
}
HORIZON_MONTHS = {Horizon.SHORT: 12, Horizon.MEDIUM: 36}


class Measure(StrEnum):
    OBSERVERSHIPS = "observerships"
    RESEARCH_PROJECTS = "research_projects"
    MENTORS = "mentors"
    US_LETTERS = "us_letters"
    PRESENTATIONS = "presentations"
    PROGRAMS_KNOWN = "programs_known"
    OTHER = "other"


MEASURE_LABELS = {
    Measure.OBSERVERSHIPS: "Observerships or externships secured",
    Measure.RESEARCH_PROJECTS: "Research or QI projects joined",
    Measure.MENTORS: "Mentors on your team",
    Measure.US_LETTERS: "US letters agreed or uploaded",
    Measure.PRESENTATIONS: "Posters or talks presented",
    Measure.PROGRAMS_KNOWN: "Programs where someone knows you by name",
    Measure.OTHER: "Something else",
}
COMPUTED_FROM = {
    Measure.MENTORS: "counted from the mentor roles on your contacts",
    Measure.US_LETTERS: "counted from the letters agreed or uploaded",
    Measure.PRESENTATIONS: "counted from past conferences where you presented",
}


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has fewer days."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def deadline(horizon: Horizon, set_on: date) -> date:
    return add_months(set_on, HORIZON_MONTHS[horizon])


def next_review(last_review: date | None, goals_since: date) -> date:
    """A month after the last review, or a month after the first goal was set."""
    return add_months(last_review or goals_since, 1)


class ReviewState(StrEnum):
    LATER = "later"
    THIS_WEEK = "this_week"
    DUE = "due"


def review_state(review_on: date, today: date) -> ReviewState:
    if today >= review_on:
        return ReviewState.DUE
    if review_on <= week_ahead(today):
        return ReviewState.THIS_WEEK
    return ReviewState.LATER


US_NAMES = frozenset({"us", "u.s.", "usa", "u.s.a.", "united states", "united states of america"})


def is_us(country: str) -> bool:
    """A writer counts as US-based unless their contact says another country."""
    return not country.strip() or country.strip().casefold() in US_NAMES
