"""The user guide's tables say what the rules do: a changed rule fails here until documented."""

from __future__ import annotations

import re
from pathlib import Path

from matchwise.network import rules
from matchwise.network.choices import ROLE_LABELS

GUIDE = (Path(__file__).parents[2] / "docs" / "tracker.md").read_text(encoding="utf-8")


def test_it_documents_every_roles_cadence() -> None:
    documented: dict[str, tuple[int, int]] = {}
    rows = re.findall(r"^\| ([A-Za-z ,()]+) \| (\d+)(?: days)? \| (\d+)", GUIDE, re.M)
    for label, ideal, longest in rows:
        for part in label.lower().split(","):
            documented[part.strip()] = (int(ideal), int(longest))
    mentor = documented.pop("mentor (any mentor role)")
    assert mentor == (rules.MENTOR_CADENCE.ideal_days, rules.MENTOR_CADENCE.max_days)
    for role, cadence in rules.ROLE_CADENCE.items():
        name = ROLE_LABELS[role].lower().replace(" / researcher", "")
        assert documented[name] == (cadence.ideal_days, cadence.max_days), role


def test_it_documents_the_follow_up_and_dormancy_numbers() -> None:
    assert rules.IN_PERSON_DUE_DAYS == 2 and rules.IN_PERSON_OVERDUE_DAYS == 3
    assert "two days later, overdue after the third day" in GUIDE
    assert f"after {rules.NO_REPLY_DAYS_DEFAULT} days" in GUIDE
    assert f"{rules.DORMANT_DAYS} days or more" in GUIDE
