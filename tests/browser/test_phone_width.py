"""At 360 px no page scrolls sideways: the menus wrap and wide tables scroll in their own box."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect
from pytest_django.live_server_helper import LiveServer

from matchwise.network import services
from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact, PendingImport
from matchwise.outreach.models import Campaign, CampaignTarget, Conference

pytestmark = pytest.mark.django_db(transaction=True)
PHONE: ViewportSize = {"width": 360, "height": 780}
FIXTURES = Path(__file__).parents[1] / "network/importing/fixtures"
LINKEDIN_EXPORT = FIXTURES / "linkedin_connections_2026.csv"


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def network() -> Contact:
    """People with long names and places, a history, a campaign and a conference to show."""
    today = date.today()
    lena = Contact.objects.create(
        name="Lena Park-Oyelaran",
        honorific="Dr.",
        role="program_director",
        specialty="Internal Medicine",
        institution="Fictional Lakeside University Hospital and Regional Medical Center",
        email="lena.park-oyelaran.internal-medicine@lakeside-university.example.org",
    )
    quiet = Contact.objects.create(name="Sofia Rossi", role="attending", institution="Old Town")
    for contact, days_ago, channel in ((lena, 1, Channel.CONFERENCE), (quiet, 200, Channel.EMAIL)):
        new = services.NewInteraction(
            today - timedelta(days=days_ago), channel, Direction.OUTBOUND, "Poster session"
        )
        services.log_interaction(contact, new)
    campaign = Campaign.objects.create(name="Research emails to cardiology groups")
    CampaignTarget.objects.create(campaign=campaign, contact=lena)
    Conference.objects.create(
        name="Great Lakes Hospital Medicine Forum", starts_on=today, ends_on=today, place="Ohio"
    )
    return lena


def too_wide(page: Page) -> int | None:
    """The page's width when it is wider than the screen, else None."""
    width = int(page.evaluate("document.documentElement.scrollWidth"))
    return width if width > page.viewport_size["width"] else None  # type: ignore[index]


def links(page: Page, selector: str) -> list[str]:
    hrefs = page.locator(selector).evaluate_all("(links) => links.map((a) => a.href)")
    return list(dict.fromkeys(hrefs))


def test_it_fits_every_page_of_the_menus_on_a_phone(
    live_server: LiveServer, phone: Page, network: Contact
) -> None:
    phone.goto(live_server.url)
    pages = links(phone, "header nav a")
    phone.goto(f"{live_server.url}/playbook/")
    pages += links(phone, 'nav[aria-label="Playbook sections"] a')
    phone.goto(f"{live_server.url}/help/")
    pages += links(phone, "ul.guides a")
    campaign = Campaign.objects.get()
    pages += [
        f"{live_server.url}/contacts/{network.pk}/",
        f"{live_server.url}/contacts/{network.pk}/edit/",
        f"{live_server.url}/playbook/campaigns/{campaign.pk}/",
        f"{live_server.url}/playbook/conferences/{Conference.objects.get().pk}/",
        f"{live_server.url}/follow-ups/",
        f"{live_server.url}/season/rank-list/",
        f"{live_server.url}/season/rank-list/demonstration/",
        f"{live_server.url}/season/couples/",
        f"{live_server.url}/season/soap/",
    ]
    assert len(pages) > 20

    wide = {}
    for url in pages:
        assert phone.goto(url).status == 200, url  # type: ignore[union-attr]
        if width := too_wide(phone):
            wide[url] = width
    assert wide == {}


def test_it_fits_the_shortlist_on_a_phone(live_server: LiveServer, phone: Page) -> None:
    phone.goto(f"{live_server.url}/programs/")
    phone.locator("#id_step2_score").fill("238")
    phone.locator("#id_max_applications").fill("40")
    phone.locator("#id_max_applications").press("Enter")
    rows = phone.locator("table.shortlist-table tbody tr")
    expect(rows).to_have_count(40)
    assert too_wide(phone) is None
    # Each reason stays readable: several words to a line, not one.
    reasons = rows.first.locator("td.reasons")
    assert reasons.bounding_box()["width"] > 180  # type: ignore[index]
    height = phone.evaluate("document.documentElement.scrollHeight")
    assert height < 20_000


def test_it_puts_import_before_cancel_on_one_line(live_server: LiveServer, phone: Page) -> None:
    pending = PendingImport.objects.create(
        kind="linkedin", filename=LINKEDIN_EXPORT.name, content=LINKEDIN_EXPORT.read_bytes()
    )
    phone.goto(f"{live_server.url}/import/{pending.pk}/")
    save = phone.get_by_role("button", name="Import", exact=True)
    cancel = phone.get_by_role("button", name="Cancel")
    save_box, cancel_box = save.bounding_box(), cancel.bounding_box()
    assert save_box and cancel_box
    assert save_box["y"] == cancel_box["y"] and save_box["x"] < cancel_box["x"]
    assert cancel_box["width"] < PHONE["width"] / 2
    assert too_wide(phone) is None
