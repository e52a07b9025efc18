"""Add a contact, log an in-person meeting, see the follow-up on This week, mark it done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from playwright.sync_api import Page, Route, expect
from pytest_django.live_server_helper import LiveServer

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_follows_up_a_meeting_from_this_week(
    live_server: LiveServer, page: Page, screenshot: Callable[[str], Path]
) -> None:
    page.goto(live_server.url)
    page.get_by_role("button", name="Add a contact").click()
    page.locator("#id_honorific").fill("Dr.")
    page.locator("#id_name").fill("Lena Park")
    page.locator("#id_role").select_option("attending")
    page.locator("#id_institution").fill("Fictional Lakeside Hospital")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name="Dr. Lena Park")).to_be_visible()

    form = page.locator("form.touch-form")
    form.locator("#id_channel").select_option("in_person")
    form.locator("#id_topic").fill("Talked about her IMG research group after grand rounds")
    form.get_by_role("button", name="Save").click()
    expect(page.locator("#touch-notice")).to_contain_text("Logged.")  # saved in place

    page.get_by_role("link", name="This week").click()
    due = date.today() + timedelta(days=2)
    item = page.locator("#follow-up-list li").filter(has_text="Dr. Lena Park")
    expect(item).to_contain_text("Met in person")
    expect(item).to_contain_text("coming up")
    expect(item).to_contain_text(f"due {due:%a} {due.day} {due:%b}")
    shot = screenshot("this-week-follow-up")
    assert shot.stat().st_size > 10_000

    # The database busy with an import: the answer (503) is shown, and the follow-up stays.
    busy = render_to_string("busy_notice.html", {"sent": True})

    def answer_busy(route: Route) -> None:
        route.fulfill(status=503, content_type="text/html; charset=utf-8", body=busy)

    page.route("**/follow-ups/*/", answer_busy)
    item.get_by_role("button", name="Done").click()
    problem = page.locator("#request-problem")
    expect(problem).to_contain_text("Busy for a moment")
    expect(problem).to_contain_text("was not saved")
    expect(item).to_be_visible()
    page.unroute("**/follow-ups/*/", answer_busy)

    item.get_by_role("button", name="Done").click()
    expect(page.locator("#follow-up-list")).not_to_contain_text("Dr. Lena Park")
    expect(problem).to_be_hidden()
    page.reload()
    expect(page.get_by_text("No follow-ups due in the next seven days")).to_be_visible()
