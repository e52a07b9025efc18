"""Add a conference, record two people met, follow up with one from a template: This week
then shows only the other."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from matchwise.outreach import library
from matchwise.outreach.models import ApplicantIdentity, MessageTemplate

pytestmark = pytest.mark.django_db(transaction=True)
PERSONAL_LINE = "Would your group welcome help with the chart review you described?"


def test_it_follows_up_one_of_two_people_met_at_a_conference(
    live_server: LiveServer, page: Page, screenshot: Callable[[str], Path]
) -> None:
    # A transactional test starts from an empty database: install the library, fill the profile.
    library.add_missing(MessageTemplate)
    ApplicantIdentity.objects.create(
        pk=1,
        name="Amara Okafor",
        email="amara@example.org",
        identity_sentence="I am a physician who trained in Nigeria, now on an observership.",
    )
    today = date.today()

    page.goto(live_server.url + "/playbook/")
    page.get_by_role("link", name="Conferences").first.click()
    page.get_by_role("button", name="Add a conference").click()
    page.locator("#id_name").fill("Great Lakes Hospital Medicine Forum")
    page.locator("#id_starts_on").fill(today.isoformat())
    page.locator("#id_ends_on").fill(today.isoformat())
    page.locator("#id_place").fill("Cleveland")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name="Great Lakes Hospital Medicine Forum")).to_be_visible()

    page.get_by_role("button", name="Record who you met").click()
    first, second = page.locator("fieldset.met-row").nth(0), page.locator("fieldset.met-row").nth(1)
    first.get_by_label("Title").fill("Dr.")
    first.get_by_label("Name").fill("Lena Park")
    first.get_by_label("Email").fill("lena.park@example.org")
    first.get_by_label("What you talked about").fill("her discharge phone-call study")
    second.get_by_label("Name").fill("Omar Haddad")
    second.get_by_label("What you talked about").fill("the night float schedule")
    page.get_by_role("button", name="Log these meetings").click()

    due = today + timedelta(days=2)
    due_text = f"due {due:%a} {due.day} {due:%b}"
    met = page.locator("#met-list")
    expect(met).to_contain_text("Dr. Lena Park")
    expect(met).to_contain_text("Omar Haddad")
    page.get_by_role("link", name="This week").click()
    follow_ups = page.locator("#follow-up-list")
    for name in ("Dr. Lena Park", "Omar Haddad"):
        expect(follow_ups.locator("li").filter(has_text=name)).to_contain_text(due_text)

    page.go_back()
    met.locator("li").filter(has_text="Dr. Lena Park").get_by_role(
        "link", name="Write the follow-up"
    ).click()
    body = page.locator("#id_body")
    expect(body).to_contain_text("Dear Dr. Park,")
    expect(page.locator("#checks")).to_contain_text("Still blank")
    text = body.input_value()
    start, end = text.index("[One or two"), text.index("work.]") + len("work.]")
    body.fill(text[:start] + PERSONAL_LINE + text[end:])
    expect(page.locator("#findings-ok")).to_contain_text("Checks passed")
    screenshot("compose-follow-up")
    page.get_by_role("button", name="Mark sent").click()
    expect(page.get_by_role("status")).to_contain_text("Logged as sent to Dr. Lena Park")

    page.get_by_role("link", name="This week").click()
    expect(follow_ups).to_contain_text("Omar Haddad")
    expect(follow_ups).not_to_contain_text("Lena Park")
