"""Who helped during a Match season, and which message each of them gets (no Django import).

Someone helped when at least one of these holds:
- they are one of your mentors (any mentor role);
- they agreed to write you a letter, or uploaded it;
- at least one exchange with them is logged in the season (they wrote or answered, or you met
  or spoke), from the day the season started to the day the result was recorded.
Your own unanswered messages are not help: someone you only wrote to is left out.
Matched: everyone gets the good news. Not matched: mentors get an honest update that asks for
help reading the application; everyone else a short, honest update.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

MATCHED_TEMPLATE = "match-matched"
NOT_MATCHED_TEMPLATE = "match-not-matched"
MENTOR_NOT_MATCHED_TEMPLATE = "match-not-matched-mentor"


class Reason(StrEnum):
    MENTOR = "mentor"
    LETTER_WRITER = "letter_writer"
    SEASON_EXCHANGES = "season_exchanges"

    @property
    def label(self) -> str:
        return REASON_LABELS[self]


REASON_LABELS = {
    Reason.MENTOR: "mentor",
    Reason.LETTER_WRITER: "letter writer",
    Reason.SEASON_EXCHANGES: "exchanges this season",
}


@dataclass(frozen=True)
class Candidate:
    """A contact as far as this rule cares."""

    contact_id: int
    name: str
    is_mentor: bool
    wrote_letter: bool
    season_exchanges: int


@dataclass(frozen=True)
class Helper:
    candidate: Candidate
    reasons: tuple[Reason, ...]
    template: str

    @property
    def why(self) -> str:
        parts = [reason.label for reason in self.reasons]
        if Reason.SEASON_EXCHANGES in self.reasons:
            count = self.candidate.season_exchanges
            parts[-1] = f"{count} exchange{'s' if count != 1 else ''} this season"
        return ", ".join(parts)


def reasons_of(candidate: Candidate) -> tuple[Reason, ...]:
    found = []
    if candidate.is_mentor:
        found.append(Reason.MENTOR)
    if candidate.wrote_letter:
        found.append(Reason.LETTER_WRITER)
    if candidate.season_exchanges > 0:
        found.append(Reason.SEASON_EXCHANGES)
    return tuple(found)


def template_for(reasons: tuple[Reason, ...], *, matched: bool) -> str:
    if matched:
        return MATCHED_TEMPLATE
    return MENTOR_NOT_MATCHED_TEMPLATE if Reason.MENTOR in reasons else NOT_MATCHED_TEMPLATE


def who_helped(candidates: Iterable[Candidate], *, matched: bool) -> list[Helper]:
    """Everyone who helped: mentors first, then letter writers, then the rest; within each,
    those with the most exchanges this season first (a long list starts with who helped most),
    then by name."""
    helpers = [
        Helper(candidate, reasons, template_for(reasons, matched=matched))
        for candidate in candidates
        if (reasons := reasons_of(candidate))
    ]
    order = list(Reason)
    return sorted(
        helpers,
        key=lambda h: (
            order.index(h.reasons[0]),
            -h.candidate.season_exchanges,
            h.candidate.name.casefold(),
        ),
    )
