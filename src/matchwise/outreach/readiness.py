"""Letters of recommendation: when a writer is ready to be asked, and how a request moves.

A writer is ready when all three hold:
- they have seen your work: they supervised you, or saw something you did (a case, a project);
- you have known them for at least four weeks (the length of a typical rotation);
- at least three exchanges with them are logged (they wrote or answered, or you met or spoke;
  your own unanswered messages do not count).
A request moves not asked → asked → agreed or declined, and agreed → uploaded (or declined,
if they later cannot). A decline is final: it is thanked, never chased. No Django import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

MIN_DAYS_KNOWN = 28
# Logged exchanges (relationship.exchange) before a letter, or any favour, may be asked for;
# the message checks (checks.early_ask) hold drafts to the same number.
MIN_EXCHANGES = 3


@dataclass(frozen=True)
class Relationship:
    known_since: date | None
    exchanges: int  # relationship.exchange: they wrote or answered, or you met or spoke
    supervised: bool
    saw_work: bool


@dataclass(frozen=True)
class Readiness:
    ready: bool
    reasons: tuple[str, ...]

    @property
    def explanation(self) -> str:
        return " ".join(self.reasons)


def readiness(relationship: Relationship, today: date) -> Readiness:
    """Whether to ask now, with the reasons either way."""
    gaps = []
    if not (relationship.supervised or relationship.saw_work):
        gaps.append(
            "They have not seen your work yet: a letter can only be as specific as what the "
            "writer watched you do."
        )
    days = (today - relationship.known_since).days if relationship.known_since else 0
    if days < MIN_DAYS_KNOWN:
        known = f"{days} day{'s' if days != 1 else ''}" if relationship.known_since else "no time"
        gaps.append(
            f"You have known them for {known}; give it at least {MIN_DAYS_KNOWN // 7} weeks."
        )
    count = relationship.exchanges
    if count < MIN_EXCHANGES:
        gaps.append(
            f"{count} exchange{'s' if count != 1 else ''} logged (a reply, a meeting or a call); "
            f"aim for {MIN_EXCHANGES} or more so they know you beyond one meeting."
        )
    if gaps:
        return Readiness(False, tuple(gaps))
    seen = "supervised you" if relationship.supervised else "saw your work"
    return Readiness(
        True,
        (
            f"They {seen}, you have known them for {days // 7} weeks and logged "
            f"{count} interactions.",
        ),
    )


class Stage(StrEnum):
    NOT_ASKED = "not_asked"
    ASKED = "asked"
    AGREED = "agreed"
    DECLINED = "declined"
    UPLOADED = "uploaded"


STAGE_LABELS = {
    Stage.NOT_ASKED: "Not asked",
    Stage.ASKED: "Asked for a strong letter",
    Stage.AGREED: "Agreed",
    Stage.DECLINED: "Declined",
    Stage.UPLOADED: "Uploaded",
}
NEXT_STAGES: dict[Stage, tuple[Stage, ...]] = {
    Stage.NOT_ASKED: (Stage.ASKED,),
    Stage.ASKED: (Stage.AGREED, Stage.DECLINED),
    Stage.AGREED: (Stage.UPLOADED, Stage.DECLINED),
    Stage.DECLINED: (),
    Stage.UPLOADED: (),
}
# Counted as letters you have (or will have) in the goals.
SECURED = (Stage.AGREED, Stage.UPLOADED)


def can_move(current: Stage, to: Stage) -> bool:
    return to in NEXT_STAGES[current]


def shown_state(stage: Stage, ready: Readiness) -> str:
    """The state as the pipeline shows it: before asking, 'not yet' or 'ready'."""
    if stage is Stage.NOT_ASKED:
        return "ready" if ready.ready else "not yet"
    return STAGE_LABELS[stage].lower()


def asking_warning(ready: Readiness) -> str:
    """Shown before an ask that comes too early; '' when the writer is ready."""
    if ready.ready:
        return ""
    return (
        "Asking now is likely to get a weak letter or a polite no. " + ready.explanation + " "
        "You can still record the request if you have already asked."
    )
