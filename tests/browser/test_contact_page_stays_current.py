"""On a contact's page, logging a touch or planning a follow-up shows at once, without a reload;
the same touch logged twice on one day is caught, and a past day is refused on the form."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from matchwise.network.models import Contact, FollowUp, Interaction

pytestmark = pytest.mark.django_db(transaction=True)
TOPIC = "Her poster on heart failure readmissions"


@pytest.fixture
def lena(live_server: LiveServer, page: Page) -> Contact:
    contact = Contact.objects.create(name="Lena Park", honorific="Dr.", role="attending")
    page.goto(f"{live_server.url}/contacts/{contact.pk}/")
    page.evaluate("window.stillTheSamePage = true")  # gone if the page reloads
    return contact


def log_touch(page: Page, channel: str, topic: str) -> None:
    form = page.locator("form.touch-form")
    form.locator("#id_channel").select_option(channel)
    form.locator("#id_topic").fill(topic)
    form.get_by_role("button", name="Save").click()


def test_it_shows_the_new_touch_everywhere_on_the_page_and_asks_before_a_second(
    page: Page, lena: Contact
) -> None:
    today = date.today()
    expect(page.locator("#contact-timing")).to_contain_text("Last contacted: never")
    expect(page.locator("#contact-history")).to_contain_text("Nothing logged yet.")

    log_touch(page, "conference", TOPIC)

    expect(page.locator("#touch-notice")).to_contain_text("Logged.")
    expect(page.locator("#contact-timing")).to_contain_text(
        f"Last contacted: {today.day} {today:%b %Y}"
    )
    expect(page.locator("#contact-follow-ups")).to_contain_text("Met at a conference")
    expect(page.locator("#contact-history li")).to_have_count(1)
    expect(page.locator("#contact-history")).to_contain_text(TOPIC)
    expect(page.locator("form.touch-form #id_topic")).to_have_value("")

    log_touch(page, "conference", TOPIC)

    expect(page.locator("form.touch-form .error")).to_contain_text("Already logged on")
    expect(page.locator("#touch-notice")).to_be_empty()
    expect(page.locator("#contact-history li")).to_have_count(1)
    assert Interaction.objects.count() == 1

    page.get_by_label("Log it again: this was another touch").check()
    page.locator("form.touch-form").get_by_role("button", name="Save").click()
    expect(page.locator("#contact-history li")).to_have_count(2)
    assert page.evaluate("window.stillTheSamePage") is True


def test_it_refuses_a_follow_up_on_a_day_that_has_passed(page: Page, lena: Contact) -> None:
    yesterday = date.today() - timedelta(days=1)
    plan = page.locator("form.plan-form")
    plan.get_by_label("Plan a follow-up on").fill(yesterday.isoformat())
    plan.get_by_role("button", name="Add").click()

    error = page.locator("form.plan-form .error")
    expect(error).to_have_text("That day has passed: pick today or a later day.")
    expect(page.locator("form.plan-form input[name=until]")).to_have_value(yesterday.isoformat())
    assert not FollowUp.objects.exists()

    later = date.today() + timedelta(days=5)
    page.locator("form.plan-form input[name=until]").fill(later.isoformat())
    page.locator("form.plan-form").get_by_role("button", name="Add").click()
    expect(page.locator("#contact-follow-ups")).to_contain_text(
        f"Follow-up planned for {later:%a} {later.day} {later:%b}."
    )
    expect(page.locator("#contact-timing")).to_contain_text(f"Next due: {later.day} {later:%b %Y}")
    assert FollowUp.objects.get().due_on == later
    assert page.evaluate("window.stillTheSamePage") is True
