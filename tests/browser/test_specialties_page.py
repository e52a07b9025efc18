"""From Programs to "How hard is each specialty for you": the fitted table, its chart and bands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from matchwise.cli import main

from ..programs.conftest import SELECTION_FIXTURES

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_shows_each_specialty_with_its_band_and_published_rate(
    live_server: LiveServer, page: Page, screenshot: Callable[[str], Path]
) -> None:
    assert main(["market", "fit", str(SELECTION_FIXTURES / "outcomes_fictional.csv")]) == 0
    page.goto(f"{live_server.url}/programs/")
    page.get_by_role("link", name="How hard is each specialty for you").click()
    expect(page.get_by_role("heading", name="How hard is each specialty for you")).to_be_visible()
    expect(page.locator("#fit-used")).to_contain_text("fitted to outcomes_fictional.csv")
    rows = page.locator("#difficulty-table tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.filter(has_text="Invented Surgery")).to_contain_text("12%")
    expect(page.locator("svg.market-chart circle.published")).to_have_count(3)
    screenshot("specialties-page")
