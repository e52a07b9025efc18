"""Adding several people to a campaign at once: tick boxes, no Ctrl-click."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact
from matchwise.outreach.models import Campaign, CampaignTarget

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(db: None) -> Campaign:
    return Campaign.objects.create(name="Research emails", kind="cold_email")


def test_it_offers_a_tick_box_for_each_person_not_yet_in_it(
    client: Client, campaign: Campaign, make_contact: Callable[..., Contact]
) -> None:
    ana = make_contact("Ana Silva", institution="Fictional Lakeside")
    ben = make_contact("Ben Cole")
    CampaignTarget.objects.create(campaign=campaign, contact=ben)

    page = client.get(reverse("outreach:campaign", args=[campaign.pk])).content.decode()

    picker = page[page.index('id="people-to-add"') :].split("</div>")[0]
    assert f'type="checkbox" name="contacts" value="{ana.pk}"' in picker
    assert "Fictional Lakeside" in picker
    assert f'value="{ben.pk}"' not in picker
    assert "<select" not in picker and "Ctrl" not in page
    assert 'data-filter-list="#people-to-add"' in page


def test_it_adds_everyone_ticked(
    client: Client, campaign: Campaign, make_contact: Callable[..., Contact]
) -> None:
    people = [make_contact(f"Person {i}") for i in range(3)]
    response = client.post(
        reverse("outreach:add_targets", args=[campaign.pk]),
        {"contacts": [people[0].pk, people[2].pk]},
    )
    assert response.status_code == 302
    added = CampaignTarget.objects.values_list("contact__name", flat=True)
    assert sorted(added) == ["Person 0", "Person 2"]


def test_it_asks_for_someone_when_nobody_is_ticked(
    client: Client, campaign: Campaign, make_contact: Callable[..., Contact]
) -> None:
    make_contact("Ana Silva")
    response = client.post(reverse("outreach:add_targets", args=[campaign.pk]), {})
    assert "This field is required." in response.content.decode()
    assert not CampaignTarget.objects.exists()


def test_it_says_when_everyone_is_in_already(
    client: Client, campaign: Campaign, make_contact: Callable[..., Contact]
) -> None:
    CampaignTarget.objects.create(campaign=campaign, contact=make_contact("Ana Silva"))
    page = client.get(reverse("outreach:campaign", args=[campaign.pk])).content.decode()
    assert "Everyone in your contacts is in this campaign already." in page
    assert 'id="people-to-add"' not in page
