"""What a check says about a message: which rule, how serious, what to change. No Django import.

A `block` finding is one the message should not go out with: the `check` command exits with
status 1 and Mark sent asks for confirmation. `advice` is worth a look but may stand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class Check(StrEnum):
    """The checks. The value is the name the API has always returned; `rule` is the stable
    id the command line, the API and docs/playbook.md use."""

    LEFT_OPEN = "left_open"
    NOT_SPECIFIC = "not_specific"
    TOO_LONG = "too_long"
    EARLY_ASK = "early_ask"
    NEAR_DUPLICATE = "near_duplicate"
    NOT_STRONG = "not_strong"
    SECOND_INTENT = "second_intent"

    @property
    def rule(self) -> str:
        return RULES[self]


RULES: dict[Check, str] = {
    Check.LEFT_OPEN: "blanks",
    Check.NOT_SPECIFIC: "about-them",
    Check.TOO_LONG: "length",
    Check.EARLY_ASK: "early-ask",
    Check.NEAR_DUPLICATE: "near-duplicate",
    Check.NOT_STRONG: "strong-letter",
    Check.SECOND_INTENT: "one-letter-of-intent",
}


class Severity(StrEnum):
    BLOCK = "block"
    ADVICE = "advice"


class Place(StrEnum):
    """Where a blank is filled once for every message: the pages the pages link to."""

    PITCH = "pitch"
    CONTACT = "contact"
    CONFERENCES = "conferences"
    MENTORS = "mentors"

    @property
    def label(self) -> str:
        return PLACE_LABELS[self]


PLACE_LABELS: dict[Place, str] = {
    Place.PITCH: "Your pitch",
    Place.CONTACT: "their contact page",
    Place.CONFERENCES: "Conferences",
    Place.MENTORS: "Mentors",
}


@dataclass(frozen=True)
class Finding:
    check: Check
    severity: Severity
    message: str
    # Pages where what is missing can be filled in for good (blanks only).
    fill_in: tuple[Place, ...] = ()

    @property
    def rule(self) -> str:
        return self.check.rule

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.BLOCK

    def as_json(self) -> dict[str, str]:
        return {"rule": self.rule, "severity": str(self.severity), "message": self.message}


def has_blocking(findings: Sequence[Finding]) -> bool:
    return any(f.blocking for f in findings)
