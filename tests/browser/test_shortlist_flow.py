"""Fill the profile form against the sample catalogue, get a list, see the curve and reasons."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from matchwise.selection import SAMPLE_LABEL

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_builds_a_shortlist_from_the_profile_form(
    live_server: LiveServer, page: Page, screenshot: Callable[[str], Path]
) -> None:
    page.goto(live_server.url)
    page.get_by_role("link", name="Programs").click()
    expect(page.get_by_role("heading", name="Programs")).to_be_visible()
    expect(page.locator("#id_catalogue")).to_have_value("sample")
    expect(page.locator("#model")).to_contain_text("Charting Outcomes")
    expect(page.get_by_label("Internal Medicine")).to_be_checked()
    page.locator("#id_step2_score").fill("238")
    page.locator("#id_usce_months").fill("6")
    page.locator("#id_preferred_states").fill("NY, NJ")
    page.locator("#id_max_applications").fill("20")
    page.locator("#id_max_applications").press("Enter")  # the keyboard sends the form

    expect(page.get_by_role("heading", name="Your shortlist")).to_be_visible()
    expect(page.locator("h1 .badge.sample")).to_have_text(SAMPLE_LABEL)
    rows = page.locator("table.shortlist-table tbody tr")
    expect(rows).to_have_count(20)
    expect(rows.first.locator("td.reasons")).to_contain_text("they invited")
    expect(page.locator("#p-match")).to_contain_text("%")
    expect(page.locator("#model-used")).to_contain_text("shipped with matchwise")
    expect(page.locator("#p-match-band")).to_contain_text("likely between")
    expect(page.locator("#assumption")).to_contain_text("rise and fall together")
    # Chart.js has drawn both curves from the page's own data (no network).
    page.wait_for_function(
        "() => window.Chart && Chart.getChart('curve-by-count')"
        " && Chart.getChart('curve-by-dollars')"
    )
    points = page.evaluate("() => Chart.getChart('curve-by-count').data.datasets[0].data.length")
    assert points == 20
    shot = screenshot("shortlist")
    assert shot.stat().st_size > 10_000

    page.get_by_role("link", name="Program", exact=True).click()
    expect(page.locator("th[aria-sort] a")).to_have_text("Program")
    names = page.locator("table.shortlist-table tbody td.program").all_inner_texts()
    assert [n.casefold() for n in names] == sorted(n.casefold() for n in names)
