"""What a backup summary calls the one row about you: the name of its page, "Your pitch"."""

from __future__ import annotations

from matchwise.network.exporting.backup import counted
from matchwise.outreach.models import ApplicantIdentity


def test_it_counts_the_pitch_by_the_pages_name() -> None:
    assert counted(ApplicantIdentity, 1) == "1 pitch"
    assert counted(ApplicantIdentity, 2) == "2 pitches"
