"""docs/playbook.md cannot drift: every placeholder, every kind and every limit is in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from matchwise.outreach import pitch, readiness
from matchwise.outreach.kinds import CLI_KINDS, KIND_RULES
from matchwise.outreach.placeholders import KNOWN

DOC = (Path(__file__).parents[2] / "docs" / "playbook.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_it_documents_every_placeholder(name: str) -> None:
    assert f"{{{name}}}" in DOC


@pytest.mark.parametrize("kind", CLI_KINDS)
def test_it_documents_every_kind_in_the_readme(kind: str) -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"`{kind}`" in readme


def test_it_states_the_limits_the_rules_use() -> None:
    limits = {r.max_lines for r in KIND_RULES.values()} | {
        r.max_characters for r in KIND_RULES.values()
    }
    for limit in sorted(x for x in limits if x is not None):
        assert f"{limit} " in DOC
    assert f"{pitch.SLOW_WPM} to {pitch.FAST_WPM} words a minute" in DOC
    assert f"{pitch.SHORTEST_SECONDS} to {pitch.LONGEST_SECONDS} seconds" in DOC
    words = {3: "three", 4: "four"}
    assert f"at least {words[readiness.MIN_DAYS_KNOWN // 7]} weeks" in DOC
    assert f"at least {words[readiness.MIN_INTERACTIONS]} exchanges" in DOC
