"""A four-week observership, walked through as the days pass (the rotation's dates are moved
relative to today through its form): people added, the day-3 feedback prompt, a promise due and
kept, last-week thank-yous and a letter request started from the rotation page, and the people
met on a keep-in-touch rhythm once it is over."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from matchwise.network.models import Contact
from matchwise.outreach import library
from matchwise.outreach.models import ApplicantIdentity, LetterRequest, MessageTemplate
from matchwise.rotations.timing import working_days

pytestmark = pytest.mark.django_db(transaction=True)
TODAY = date.today()
THANK_YOU = (
    "Dear Dr. Park,\n\n"
    "My weeks at Lakeside General Hospital end on Friday, and I did not want to leave without "
    "thanking you. Watching you take apart the echo of the woman admitted with new heart "
    "failure taught me to present the findings before the story.\n\n"
    "I sit Step 3 in April and will write to tell you how it went.\n\n"
    "With real gratitude,\nAmara Okafor"
)


def third_working_day_start(today: date) -> date:
    """A first day that makes today (or the weekend after it) the third working day."""
    start = today
    while len(working_days(start, today)) < 3 or start.weekday() >= 5:
        start -= timedelta(days=1)
    return start


def set_dates(page: Page, starts_on: date, ends_on: date) -> None:
    page.get_by_role("button", name="Edit").click()
    page.locator("#id_starts_on").fill(starts_on.isoformat())
    page.locator("#id_ends_on").fill(ends_on.isoformat())
    page.get_by_role("button", name="Save").click()


def mark_sent(page: Page) -> None:
    page.get_by_role("button", name="Mark sent").click()
    confirm = page.get_by_role("button", name="I sent it as it is: mark sent")
    if confirm.count():
        confirm.click()


def test_it_walks_a_four_week_observership(
    live_server: LiveServer, page: Page, screenshot: Callable[[str], Path]
) -> None:
    library.add_missing(MessageTemplate)
    ApplicantIdentity.objects.create(
        pk=1,
        name="Amara Okafor",
        email="amara@example.org",
        identity_sentence="I am a physician who trained in Nigeria, now on an observership.",
    )

    # Day one: the rotation and the people met.
    page.goto(live_server.url + "/playbook/")
    page.get_by_role("link", name="Rotations", exact=True).click()
    page.get_by_role("button", name="Add a rotation").click()
    page.locator("#id_institution").fill("Lakeside General Hospital")
    page.locator("#id_service").fill("Cardiology")
    page.locator("#id_starts_on").fill(TODAY.isoformat())
    page.locator("#id_ends_on").fill((TODAY + timedelta(days=25)).isoformat())
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name="Observership: Cardiology at Lakeside")).to_be_visible()
    for honorific, name, role in [
        ("Dr.", "Lena Park", "attending"),
        ("", "Omar Haddad", "resident"),
    ]:
        page.locator("#id_honorific").fill(honorific)
        page.locator("#id_name").fill(name)
        page.locator("#id_role").select_option(role)
        page.get_by_role("button", name="Add", exact=True).click()
    people = page.locator("#people")
    expect(people).to_contain_text("Dr. Lena Park")
    expect(people).to_contain_text("Omar Haddad")
    if TODAY.weekday() < 5:  # on a weekday, day one is too early to ask for feedback
        expect(page.locator("#feedback-title")).to_have_count(0)

    # Day three: ask the attending for feedback.
    start = third_working_day_start(TODAY)
    set_dates(page, start, start + timedelta(days=25))
    expect(page.locator("#feedback")).to_contain_text("Ask Dr. Lena Park for 15–20 minutes")
    page.get_by_role("link", name="Write to Dr. Lena Park").click()
    expect(page.locator("#id_subject")).to_have_value("A quarter of an hour for feedback?")
    page.go_back()
    page.get_by_role("button", name="I have asked").click()
    expect(page.locator("#feedback")).to_contain_text("Feedback meeting asked for on")

    # A promise, due today, shown on This week until kept.
    page.locator("#task_description").fill("Send the sepsis bundle article")
    page.locator("#task_contact").select_option(label="Dr. Lena Park")
    page.locator("#task_due_on").fill(TODAY.isoformat())
    page.get_by_role("button", name="Add the promise").click()
    expect(page.locator("#open-tasks")).to_contain_text("Send the sepsis bundle article")
    page.get_by_role("link", name="This week").click()
    expect(page.locator("#rotations-week")).to_contain_text("1 promise to keep.")
    page.locator("#rotations-week").get_by_role("link").first.click()
    page.get_by_role("button", name="Done: Send the sepsis bundle article").click()
    expect(page.locator("#done-tasks")).to_contain_text("Kept: Send the sepsis bundle article.")

    # The last week: Dr. Park saw the work; thank her, and start a letter request.
    set_dates(page, TODAY - timedelta(days=22), TODAY + timedelta(days=3))
    page.get_by_role("button", name="Dr. Lena Park saw your work", exact=True).click()
    thanks = page.locator("#thanks")
    expect(thanks).to_contain_text("Omar Haddad")
    thanks.get_by_role("link", name="Write a thank-you to Dr. Lena Park").click()
    expect(page.locator("#id_subject")).to_have_value(
        "Thank you for these weeks at Lakeside General Hospital"
    )
    page.locator("#id_body").fill(THANK_YOU)
    mark_sent(page)
    expect(page.get_by_role("status")).to_contain_text("Logged as sent to Dr. Lena Park")
    page.go_back()
    page.go_back()
    page.reload()
    expect(page.locator("#thanks")).not_to_contain_text("Lena Park")
    expect(page.locator("#thanks")).to_contain_text("Omar Haddad")
    screenshot("rotation-last-week")
    page.get_by_role("button", name="Start a letter request to Dr. Lena Park").click()
    expect(page.locator("#id_body")).to_contain_text("a strong letter")
    letter = LetterRequest.objects.get()
    assert letter.contact.name == "Lena Park" and letter.saw_work and letter.supervised

    # After the last day: everyone met is on a keep-in-touch rhythm.
    page.goto(live_server.url + "/rotations/")
    page.get_by_role("link", name="Observership: Cardiology at Lakeside General Hospital").click()
    set_dates(page, TODAY - timedelta(days=30), TODAY - timedelta(days=2))
    after = page.locator("#after")
    expect(after).to_contain_text("Dr. Lena Park")
    expect(after.locator("li").filter(has_text="Omar Haddad")).to_contain_text("every 30 days")
    screenshot("rotation-after")
    cadences = set(Contact.objects.values_list("cadence_ideal_days", "cadence_max_days"))
    assert cadences == {(30, 45)}
