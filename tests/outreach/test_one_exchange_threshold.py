"""A letter is asked for after the same number of exchanges in the message checks and in the
letter readiness."""

from __future__ import annotations

from datetime import date

import pytest

from matchwise.outreach import checks, readiness
from matchwise.outreach.checks import Check, Draft
from matchwise.outreach.kinds import MessageKind

TODAY = date(2026, 3, 11)
ASK = "Dear Dr. Ortiz, thank you for your talk. Could you write me a letter of recommendation?"


@pytest.mark.parametrize(
    ("exchanges", "early"),
    [(readiness.MIN_EXCHANGES - 1, True), (readiness.MIN_EXCHANGES, False)],
)
def test_it_holds_drafts_and_readiness_to_one_number(exchanges: int, early: bool) -> None:
    draft = Draft(kind=MessageKind.FOLLOW_UP, body=ASK, exchanges=exchanges)
    found = [f for f in checks.check(draft) if f.check is Check.EARLY_ASK]
    relationship = readiness.Relationship(date(2025, 1, 1), exchanges, True, True)
    assert bool(found) is early
    assert readiness.readiness(relationship, TODAY).ready is not early
