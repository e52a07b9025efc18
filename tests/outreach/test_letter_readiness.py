"""When a letter writer is ready to be asked, and how a request may move."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from matchwise.outreach import readiness
from matchwise.outreach.readiness import Relationship, Stage

TODAY = date(2026, 6, 1)


def known(days: int | None) -> date | None:
    return None if days is None else TODAY - timedelta(days=days)


@pytest.mark.parametrize(
    ("days", "touches", "supervised", "saw_work", "ready", "reason"),
    [
        (60, 5, True, False, True, "They supervised you, you have known them for 8 weeks"),
        (28, 3, False, True, True, "They saw your work, you have known them for 4 weeks"),
        (120, 10, False, False, False, "They have not seen your work yet"),
        (27, 8, True, True, False, "You have known them for 27 days; give it at least 4 weeks"),
        (1, 8, True, True, False, "You have known them for 1 day;"),
        (None, 0, True, False, False, "You have known them for no time"),
        (90, 2, True, False, False, "2 exchanges logged (a reply, a meeting or a call); aim for 3"),
        (90, 1, True, False, False, "1 exchange logged"),
    ],
)
def test_it_explains_whether_a_writer_is_ready(
    days: int | None, touches: int, supervised: bool, saw_work: bool, ready: bool, reason: str
) -> None:
    result = readiness.readiness(Relationship(known(days), touches, supervised, saw_work), TODAY)
    assert result.ready is ready
    assert reason in result.explanation


def test_it_lists_every_gap_at_once() -> None:
    result = readiness.readiness(Relationship(known(3), 1, False, False), TODAY)
    assert len(result.reasons) == 3


@pytest.mark.parametrize(
    ("stage", "ready", "shown"),
    [
        (Stage.NOT_ASKED, False, "not yet"),
        (Stage.NOT_ASKED, True, "ready"),
        (Stage.ASKED, False, "asked for a strong letter"),
        (Stage.AGREED, True, "agreed"),
        (Stage.DECLINED, True, "declined"),
        (Stage.UPLOADED, True, "uploaded"),
    ],
)
def test_it_shows_not_yet_or_ready_before_asking(stage: Stage, ready: bool, shown: str) -> None:
    assert readiness.shown_state(stage, readiness.Readiness(ready, ())) == shown


@pytest.mark.parametrize(
    ("current", "to", "allowed"),
    [
        (Stage.NOT_ASKED, Stage.ASKED, True),
        (Stage.NOT_ASKED, Stage.AGREED, False),
        (Stage.ASKED, Stage.AGREED, True),
        (Stage.ASKED, Stage.DECLINED, True),
        (Stage.AGREED, Stage.UPLOADED, True),
        (Stage.AGREED, Stage.DECLINED, True),
        (Stage.ASKED, Stage.UPLOADED, False),
        # A no is final: never chased.
        (Stage.DECLINED, Stage.ASKED, False),
        (Stage.DECLINED, Stage.AGREED, False),
        (Stage.UPLOADED, Stage.ASKED, False),
    ],
)
def test_it_moves_a_request_only_forward(current: Stage, to: Stage, allowed: bool) -> None:
    assert readiness.can_move(current, to) is allowed


def test_it_warns_before_an_early_ask_and_says_why() -> None:
    early = readiness.readiness(Relationship(known(10), 1, False, True), TODAY)
    warning = readiness.asking_warning(early)
    assert "weak letter or a polite no" in warning
    assert "10 days" in warning
    ready = readiness.readiness(Relationship(known(40), 4, True, False), TODAY)
    assert readiness.asking_warning(ready) == ""
