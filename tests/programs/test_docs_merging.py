"""The merging guide quotes the matching thresholds and formats as the code has them."""

from __future__ import annotations

from pathlib import Path

from matchwise.programs import source_matching
from matchwise.sources.formats import FORMATS

GUIDE = (Path(__file__).parents[2] / "docs" / "merging.md").read_text(encoding="utf-8")


def test_it_quotes_the_matching_thresholds() -> None:
    assert f"scores {source_matching.SURE:g} or more" in GUIDE
    assert f"within {source_matching.RUNNER_UP:g} points" in GUIDE
    assert f"a name scores {source_matching.LIKELY:g} or more" in GUIDE


def test_it_lists_every_source_format() -> None:
    for name in FORMATS:
        assert f"| `{name}` |" in GUIDE
