"""Which status changes an application may make (no Django import).

The season runs one way: an invitation comes before an interview is scheduled, an interview
before a program is ranked, a rank before the result. Skipping ahead is allowed only when the
user forces it and says why (an invitation recorded late, a program ranked after a phone
interview that was never scheduled here). A closed application (rejected, withdrawn, declined,
matched, not matched) reopens only when forced, too.
"""

from __future__ import annotations

from matchwise.season.vocabulary import Status

S = Status
NEXT: dict[Status, frozenset[Status]] = {
    S.APPLIED: frozenset({S.INVITED, S.REJECTED, S.WITHDRAWN, S.WAITLISTED}),
    S.WAITLISTED: frozenset({S.INVITED, S.REJECTED, S.WITHDRAWN}),
    S.INVITED: frozenset({S.SCHEDULED, S.DECLINED, S.WITHDRAWN, S.WAITLISTED}),
    S.SCHEDULED: frozenset({S.INTERVIEWED, S.WITHDRAWN, S.INVITED}),
    S.INTERVIEWED: frozenset({S.RANKED, S.WITHDRAWN}),
    S.RANKED: frozenset({S.MATCHED, S.NOT_MATCHED, S.INTERVIEWED, S.WITHDRAWN}),
    S.MATCHED: frozenset(),
    S.NOT_MATCHED: frozenset(),
    S.REJECTED: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.DECLINED: frozenset(),
}
CLOSED = frozenset(status for status, onward in NEXT.items() if not onward)
REASON_LENGTH = 300


def change_problem(current: Status, new: Status, *, forced_reason: str = "") -> str | None:
    """Why `current` cannot become `new`, or None when it can. A forced change needs a reason
    and is then always allowed (but never to the same status)."""
    if new == current:
        return f"The application is already “{current.label}”."
    if new in NEXT[current]:
        return None
    reason = forced_reason.strip()
    if reason:
        if len(reason) > REASON_LENGTH:
            return f"Keep the reason under {REASON_LENGTH} characters."
        return None
    allowed = ", ".join(f"“{s.label}”" for s in sorted(NEXT[current], key=list(Status).index))
    after = f" From here: {allowed}." if allowed else " It is closed."
    return (
        f"“{current.label}” cannot become “{new.label}” directly.{after} "
        "To record it anyway, force the change and give the reason."
    )


def is_interviewed(status: Status) -> bool:
    """Interviewed, or further along the main road: the programs a rank list may hold."""
    return status in (S.INTERVIEWED, S.RANKED, S.MATCHED, S.NOT_MATCHED)
