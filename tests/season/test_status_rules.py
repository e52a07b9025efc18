"""Status changes follow the season's order; a skip needs a reason (a table of cases)."""

from __future__ import annotations

import pytest

from matchwise.season.status_rules import CLOSED, NEXT, change_problem, is_interviewed
from matchwise.season.vocabulary import Status

S = Status


@pytest.mark.parametrize(
    ("current", "new"),
    [
        (S.APPLIED, S.INVITED),
        (S.APPLIED, S.REJECTED),
        (S.APPLIED, S.WAITLISTED),
        (S.WAITLISTED, S.INVITED),
        (S.INVITED, S.SCHEDULED),
        (S.INVITED, S.DECLINED),
        (S.SCHEDULED, S.INTERVIEWED),
        (S.SCHEDULED, S.WITHDRAWN),
        (S.INTERVIEWED, S.RANKED),
        (S.RANKED, S.MATCHED),
        (S.RANKED, S.NOT_MATCHED),
    ],
)
def test_it_allows_each_step_of_the_season(current: Status, new: Status) -> None:
    assert change_problem(current, new) is None


@pytest.mark.parametrize(
    ("current", "new", "words"),
    [
        (S.APPLIED, S.RANKED, "“Applied” cannot become “Ranked” directly"),
        (S.INVITED, S.RANKED, "From here: “Interview scheduled”"),
        (S.SCHEDULED, S.RANKED, "force the change and give the reason"),
        (S.APPLIED, S.INTERVIEWED, "cannot become “Interviewed”"),
        (S.APPLIED, S.MATCHED, "cannot become “Matched”"),
        (S.REJECTED, S.INVITED, "It is closed."),
        (S.MATCHED, S.RANKED, "It is closed."),
        (S.APPLIED, S.APPLIED, "already “Applied”"),
    ],
)
def test_it_refuses_a_skip_without_a_reason(current: Status, new: Status, words: str) -> None:
    problem = change_problem(current, new)
    assert problem is not None and words in problem


def test_it_allows_a_skip_forced_with_a_reason() -> None:
    assert change_problem(S.APPLIED, S.RANKED, forced_reason="Interviewed by phone") is None
    assert change_problem(S.REJECTED, S.INVITED, forced_reason="They wrote again") is None
    assert change_problem(S.APPLIED, S.RANKED, forced_reason="   ") is not None
    assert "under 300" in (change_problem(S.APPLIED, S.RANKED, forced_reason="x" * 301) or "")


def test_it_never_forces_a_status_onto_itself() -> None:
    assert change_problem(S.RANKED, S.RANKED, forced_reason="again") is not None


def test_it_knows_every_status_and_which_are_closed() -> None:
    assert set(NEXT) == set(Status)
    assert {S.MATCHED, S.NOT_MATCHED, S.REJECTED, S.WITHDRAWN, S.DECLINED} == CLOSED
    assert [s for s in Status if is_interviewed(s)] == [
        S.INTERVIEWED,
        S.RANKED,
        S.MATCHED,
        S.NOT_MATCHED,
    ]
