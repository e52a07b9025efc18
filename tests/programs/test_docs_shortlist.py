"""docs/shortlist.md cannot drift from the code it describes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from matchwise.cli.programs import LAYOUTS
from matchwise.programs.catalogues import LAYOUTS as SERVICE_LAYOUTS
from matchwise.programs.exports import (
    COLUMNS,
    NO_LIMIT,
    PROFILE_COLUMNS,
    PROFILE_SHEET,
    profile_rows,
)
from matchwise.programs.institutions import GENERIC, MATCH_SCORE
from matchwise.programs.network_ties import LETTER_WRITER_TAGS, is_letter_writer_tag
from matchwise.programs.services import make_shortlist
from matchwise.selection.profile import profile_from_mapping
from matchwise.selection.shortlist import DEFAULT_STOP_BELOW
from matchwise.selection.shortlist_result import LIKELY_FROM, REACH_BELOW

from .conftest import PROFILE

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


def test_it_documents_every_column_and_setting_of_the_downloads() -> None:
    table = DOC.split("| column | what it holds |")[1].split("The profile, one setting")[0]
    for column in COLUMNS:
        assert column in table, column
    assert f"**{PROFILE_SHEET}**" in DOC and f"`{NO_LIMIT}`" in DOC
    assert all(f"*{header}*" in DOC for header in PROFILE_COLUMNS)


@pytest.mark.django_db
def test_it_documents_every_setting_of_the_profile_record() -> None:
    result = make_shortlist(profile_from_mapping({**PROFILE, "max_applications": 1}))
    settings = DOC.split("The profile, one setting")[1].split("###")[0]
    for setting, _ in profile_rows(result, date(2026, 9, 1)):
        assert setting in settings, setting
