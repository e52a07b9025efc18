"""A target met on a rotation is on track at the number of exchanges a letter needs."""

from __future__ import annotations

from datetime import date

import pytest

from matchwise.outreach import readiness
from matchwise.rotations import timing

TODAY = date(2026, 3, 11)


@pytest.mark.parametrize(
    ("exchanges", "on_track"),
    [(0, False), (readiness.MIN_EXCHANGES - 1, False), (readiness.MIN_EXCHANGES, True), (9, True)],
)
def test_it_counts_to_the_same_number_as_letter_readiness(exchanges: int, on_track: bool) -> None:
    relationship = readiness.Relationship(date(2025, 1, 1), exchanges, True, True)
    assert timing.on_track(exchanges) is on_track
    assert readiness.readiness(relationship, TODAY).ready is on_track
