"""One season in the browser: applications from a shortlist, an invitation, its date chosen
in the program's time zone and shown in the user's, the calendar event at the right instant,
who-I-met turned into thank-yous on This week, and a rank list with a supplemental list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from matchwise.network import clock
from matchwise.network.models import Contact, Preferences
from matchwise.season import services
from matchwise.season.models import Application
from matchwise.season.programs import ProgramFacts
from matchwise.season.vocabulary import Status
from matchwise.site.calendar import calendar_bytes

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_walks_one_season(
    live_server: LiveServer, page: Page, screenshot: Callable[[str], Path]
) -> None:
    preferences = Preferences.load()
    preferences.time_zone = "Asia/Kolkata"
    preferences.save()
    Contact.objects.create(name="Lena Park", institution="Somewhere General")

    # Applications from a shortlist.
    page.goto(live_server.url + "/programs/")
    page.locator("#id_max_applications").fill("5")
    page.locator("#id_max_applications").press("Enter")
    expect(page.get_by_role("heading", name="Your shortlist")).to_be_visible()
    page.locator("#applied-to-these").click()
    expect(page.locator("#shortlisted tbody tr")).to_have_count(5)
    page.get_by_role("button", name="Add these applications").click()
    expect(page.locator("#applications tbody tr")).to_have_count(5)

    # An invitation, recorded in two clicks with the date offered, on This week.
    page.locator("#applications tbody tr a").first.click()
    application = Application.objects.order_by("name").first()
    assert application is not None
    page.locator("#id_slots").fill("2027-03-15 09:00")
    page.get_by_role("button", name="Record an invitation").click()
    page.goto(live_server.url + "/")
    expect(page.locator("#invitations-waiting")).to_contain_text(application.name)

    # Choosing the date schedules it, shown in India's time and in the program's.
    page.goto(live_server.url + f"/season/{application.pk}/")
    page.get_by_role("button", name="Choose this date").click()
    expected = datetime(2027, 3, 15, 9, 0, tzinfo=ZoneInfo(application.time_zone)).astimezone(UTC)
    india = expected.astimezone(ZoneInfo("Asia/Kolkata"))
    expect(page.locator("#interview")).to_contain_text(f"{india:%H:%M} IST")
    expect(page.locator("#interview")).to_contain_text("09:00")

    # The calendar event is at the same instant.
    feed = icalendar.Calendar.from_ical(calendar_bytes(date(2027, 3, 1)))
    [event] = [e for e in feed.walk("VEVENT") if str(e["uid"]).startswith("interview-")]
    assert event["dtstart"].params["TZID"] == application.time_zone
    assert event.decoded("dtstart").astimezone(UTC) == expected

    # Who I met becomes contacts with thank-yous due, shown on This week.
    page.locator("#interview-day").click()
    page.locator("#id_people").fill("Dr. Ana Ruiz <ana@example.org>")
    page.locator("#id_met_on").fill(clock.today().isoformat())
    page.get_by_role("button", name="Add them, and plan the thank-yous").click()
    page.goto(live_server.url + "/")
    expect(page.get_by_text("Dr. Ana Ruiz").first).to_be_visible()

    # A rank list with a supplemental list, ordered from the keyboard, and its export.
    page.goto(live_server.url + f"/season/{application.pk}/")
    page.locator("#id_status").select_option("interviewed")
    page.get_by_role("button", name="Change the status").click()
    second = Application.objects.exclude(pk=application.pk).order_by("name").first()
    assert second is not None
    services.change_status(second, Status.INTERVIEWED, clock.today(), "Interviewed by phone")
    advanced = services.add_application(
        ProgramFacts("D1", "Desert Anesthesiology", state="AZ", track="Advanced"),
        services.Submission(date(2026, 9, 24)),
    )
    services.change_status(advanced, Status.INTERVIEWED, clock.today(), "Interviewed by phone")
    page.goto(live_server.url + "/season/rank-list/")
    for name in (application.name, second.name, "Desert Anesthesiology"):
        page.get_by_role("button", name=f"Add {name} to the list").click()
    page.get_by_role("button", name=f"Move {second.name} up").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#primary-list li").first).to_contain_text(second.name)
    expect(page.locator("#supplemental-list")).to_contain_text("Desert Anesthesiology")
    screenshot("season-rank-list")
    csv_text = page.request.get(live_server.url + "/season/rank-list.csv").text()
    lines = csv_text.splitlines()
    assert lines[1].startswith(f"primary,1,{second.program_id},")
    assert lines[2].startswith(f"primary,2,{application.program_id},")
    assert lines[3].startswith("supplemental,1,D1,Desert Anesthesiology")

    # SOAP: an unfilled list pasted, an application from the keyboard, an offer accepted.
    page.goto(live_server.url + "/season/soap/")
    page.locator("#id_text").fill("1234120C0 Riverside Family Medicine\n1234140C0 Lakeside IM")
    page.get_by_role("button", name="Add them").click()
    page.get_by_role("button", name="Mark as applied").first.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#soap-cap")).to_contain_text("1 of 45")
    page.get_by_role("link", name="Lakeside IM").click()
    page.locator("#id_round").fill("1")
    page.get_by_role("button", name="Record an offer").click()
    page.get_by_role("button", name="Accept (binding)").click()
    expect(page.get_by_text("You accepted the offer of Lakeside IM")).to_be_visible()
    screenshot("season-soap")
