"""Merge a source on a catalogue's page: preview, confirm an uncertain match, read the coverage."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from matchwise import selection
from matchwise.programs.catalogues import ImportOptions, import_catalogue
from matchwise.programs.models import Program

from ..programs.conftest import invented

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_previews_confirms_and_shows_the_coverage(
    live_server: LiveServer, page: Page, tmp_path: Path, screenshot: Callable[[str], Path]
) -> None:
    programs = [
        invented(1, program_id="1111140C0", institution="Invented Harbor Med Ctr-FL",
                 state="FL", visa_h1b=None),
        invented(2, program_id="2222140C0", institution="Invented Ridge Hosp-FL",
                 state="FL", visa_h1b=None),
    ]  # fmt: skip
    text = selection.catalogue_csv_text(programs)
    stored = import_catalogue(text.encode(), "mine.csv", "Mine", ImportOptions("csv"))
    source = [
        invented(3, program_id="1111140C0", institution="Invented Harbor Med Ctr-FL",
                 state="FL", visa_h1b=True, source="friends sheet"),
        invented(4, program_id="R-4", institution="Invented Ridge Hospital",
                 state=None, visa_h1b=True, source="friends sheet"),
    ]  # fmt: skip
    sheet = tmp_path / "friends.csv"
    sheet.write_text(selection.catalogue_csv_text(source), encoding="utf-8")

    page.goto(f"{live_server.url}/programs/catalogues/")
    page.get_by_role("link", name="Mine").click()
    page.locator("#id_file").set_input_files(str(sheet))
    page.locator("#id_source_format").select_option("csv")
    page.get_by_role("button", name="Preview the merge").click()

    expect(page.locator("#merge-counts")).to_contain_text("1 row matched, 1 uncertain")
    page.get_by_role("group", name="Line 3").get_by_label("Confirm").check()
    screenshot("merge-preview")
    page.get_by_role("button", name="Apply the merge").click()

    expect(page.get_by_role("status")).to_contain_text("Merged friends sheet")
    row = page.get_by_role("row", name="H-1B sponsorship")
    expect(row).to_contain_text("2 of 2")
    expect(row).to_contain_text("friends sheet (2)")
    screenshot("merge-coverage")
    assert set(Program.objects.filter(catalogue=stored).values_list("visa_h1b", flat=True)) == {
        True
    }
