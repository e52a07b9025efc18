"""docs/catalogue-sources.md shows the sheet vocabulary and the LCA rules as the code has them."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from matchwise.sources import lca_rules
from matchwise.sources.sheet_vocabulary import markdown

GUIDE = (Path(__file__).parents[2] / "docs" / "catalogue-sources.md").read_text(encoding="utf-8")
RULES: dict[str, Callable[[str], bool]] = {
    "status is Certified": lca_rules.counted_status,
    "visa class is H-1B": lca_rules.counted_visa,
    "SOC code is a physician's or surgeon's": lca_rules.physician_soc,
    "job title names a trainee": lca_rules.trainee_title,
}


def rule_rows() -> list[tuple[str, str, bool]]:
    """(rule, example, counted) from the guide's table of LCA rules."""
    found = []
    for line in GUIDE.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 3 and cells[0] in RULES:
            for column, counted in ((1, True), (2, False)):
                found += [(cells[0], e, counted) for e in re.findall(r"`([^`]+)`", cells[column])]
    return found


def test_it_shows_the_sheet_vocabulary_as_the_reader_has_it() -> None:
    assert markdown() in GUIDE


def test_it_shows_every_lca_rule_with_examples() -> None:
    rows = rule_rows()
    assert {rule for rule, _, _ in rows} == set(RULES)
    assert {counted for _, _, counted in rows} == {True, False}


@pytest.mark.parametrize(("rule", "example", "counted"), rule_rows())
def test_it_counts_each_documented_example_as_documented(
    rule: str, example: str, counted: bool
) -> None:
    assert RULES[rule](example) is counted
