"""docs/shortlist.md cannot drift from the code it describes."""

from __future__ import annotations

from pathlib import Path

from matchwise.cli.programs import LAYOUTS
from matchwise.programs.catalogues import LAYOUTS as SERVICE_LAYOUTS
from matchwise.programs.institutions import GENERIC, MATCH_SCORE
from matchwise.programs.network_ties import LETTER_WRITER_TAGS, is_letter_writer_tag
from matchwise.selection.shortlist import DEFAULT_STOP_BELOW
from matchwise.selection.shortlist_result import LIKELY_FROM, REACH_BELOW

DOC = " ".join((Path(__file__).parents[2] / "docs" / "shortlist.md").read_text("utf-8").split())


def test_it_documents_the_tier_thresholds() -> None:
    assert f"| reach | under {REACH_BELOW:.0%} |" in DOC
    assert f"| target | {REACH_BELOW:.0%} to {LIKELY_FROM:.0%} |" in DOC
    assert f"| likely | {LIKELY_FROM:.0%} or more |" in DOC


def test_it_documents_where_the_list_stops() -> None:
    assert f"(default {DEFAULT_STOP_BELOW:g} percentage points)" in DOC
    assert f"else {DEFAULT_STOP_BELOW:g})" in DOC


def test_it_documents_how_contacts_are_matched_to_programs() -> None:
    assert f"*token set ratio* is {MATCH_SCORE} or more" in DOC
    for word in ("university", "hospital", "medical", "center", "health"):
        assert word in GENERIC and f"*{word}*" in DOC
    assert "`letter writer`" in DOC and "`LOR`" in DOC
    assert is_letter_writer_tag("letter writer") and is_letter_writer_tag("LOR")
    assert "letter writer" in LETTER_WRITER_TAGS


def test_it_documents_every_import_format() -> None:
    assert LAYOUTS == SERVICE_LAYOUTS
    for layout in LAYOUTS:
        assert f"`{layout}`" in DOC.split("| format | what it is |")[1]
