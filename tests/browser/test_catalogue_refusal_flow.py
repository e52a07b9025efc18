"""Upload a damaged catalogue on the catalogues page, read the refusal, follow it to the guide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from matchwise import selection
from matchwise.programs.models import Catalogue
from matchwise.selection.catalogue_fields import COLUMNS

from ..programs.conftest import invented

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_refuses_a_damaged_catalogue_and_leads_to_the_format_guide(
    live_server: LiveServer, page: Page, tmp_path: Path, screenshot: Callable[[str], Path]
) -> None:
    lines = selection.catalogue_csv_text([invented(1), invented(2)]).splitlines()
    cells = lines[2].split(",")
    cells[COLUMNS.index("positions")] = "1e400"
    cells[COLUMNS.index("state")] = "ZZ"
    lines[2] = ",".join(cells)
    damaged = tmp_path / "damaged.csv"
    damaged.write_text("\n".join(lines) + "\n", encoding="utf-8")

    page.goto(f"{live_server.url}/programs/catalogues/")
    page.locator("#id_file").set_input_files(str(damaged))
    page.locator("#id_name").fill("Mine")
    page.get_by_role("button", name="Import").click()

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Nothing was imported: 2 problems")
    expect(alert).to_contain_text("line 3, column positions: expected a finite number")
    expect(alert).to_contain_text("line 3, column state: 'ZZ' is not the code of a US state")
    screenshot("catalogue-refused")
    assert not Catalogue.objects.exists()

    alert.get_by_role("link", name="encodings and limits").click()
    expect(page.get_by_role("heading", name="Encodings and limits")).to_be_in_viewport()
    expect(page.get_by_role("heading", name="Catalogue format", level=1)).to_be_visible()
