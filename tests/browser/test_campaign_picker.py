"""Several people join a campaign at once: filter the list, tick, add."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from matchwise.network.models import Contact
from matchwise.outreach.models import Campaign, CampaignTarget

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_adds_people_ticked_under_different_filters(live_server: LiveServer, page: Page) -> None:
    campaign = Campaign.objects.create(name="Research emails")
    Contact.objects.create(name="Ana Silva", institution="Fictional Lakeside General")
    Contact.objects.create(name="Ben Cole", institution="Fictional Hilltop Clinic")
    Contact.objects.create(name="Cara Diaz", institution="Fictional Lakeside Children's")
    page.goto(f"{live_server.url}/playbook/campaigns/{campaign.pk}/")

    search = page.get_by_placeholder("Filter by name or institution")
    search.fill("lakeside")
    expect(page.get_by_label("Ben Cole")).to_be_hidden()
    page.get_by_label("Cara Diaz").check()
    search.press("Enter")  # typing in the filter never sends the form
    search.fill("hilltop")
    expect(page.get_by_label("Cara Diaz")).to_be_hidden()
    page.get_by_label("Ben Cole").check()
    search.fill("")
    expect(page.get_by_label("Cara Diaz")).to_be_checked()  # hidden, never unticked

    page.get_by_role("button", name="Add the people ticked").click()
    expect(page.locator("table tbody tr")).to_have_count(2)
    added = CampaignTarget.objects.values_list("contact__name", flat=True)
    assert sorted(added) == ["Ben Cole", "Cara Diaz"]
