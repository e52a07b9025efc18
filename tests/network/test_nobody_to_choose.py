"""A form that picks one of your contacts is not shown with an empty list: with nobody to
choose, the page says where people come from and links to adding and importing them."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact
from matchwise.outreach.models import Campaign, CampaignTarget, LetterRequest
from matchwise.rotations.models import Mentee

pytestmark = pytest.mark.django_db
PICKERS = {
    "/playbook/compose/": 'id="choose"',
    "/playbook/mentors/": 'name="contact"',
    "/playbook/letters/": 'name="contact"',
    "/rotations/giving-back/": 'name="contact"',
}
NOTE = 'class="nobody-to-choose"'


@pytest.mark.parametrize("path", PICKERS)
def test_it_points_to_adding_contacts_when_there_are_none(client: Client, path: str) -> None:
    html = client.get(path).content.decode()
    assert NOTE in html
    assert 'href="/contacts/new/"' in html and 'href="/import/"' in html
    assert PICKERS[path] not in html


@pytest.mark.parametrize("path", PICKERS)
def test_it_shows_the_form_once_there_is_someone(client: Client, path: str) -> None:
    Contact.objects.create(name="Amara Okafor")
    html = client.get(path).content.decode()
    assert PICKERS[path] in html
    assert NOTE not in html


def test_it_says_so_when_every_contact_is_already_a_writer(client: Client) -> None:
    LetterRequest.objects.create(contact=Contact.objects.create(name="Amara Okafor"))
    html = client.get("/playbook/letters/").content.decode()
    assert NOTE in html and "none is left to add" in html


def test_it_says_so_when_every_contact_is_already_mentored(client: Client) -> None:
    Mentee.objects.create(contact=Contact.objects.create(name="Fatima Zahra"))
    html = client.get("/rotations/giving-back/").content.decode()
    assert NOTE in html and "none is left to add" in html


def test_it_points_a_campaign_without_contacts_to_adding_them(client: Client) -> None:
    campaign = Campaign.objects.create(name="Research emails")
    html = client.get(reverse("outreach:campaign", args=[campaign.pk])).content.decode()
    assert NOTE in html and "Everyone in your contacts" not in html
    CampaignTarget.objects.create(campaign=campaign, contact=Contact.objects.create(name="A"))
    html = client.get(reverse("outreach:campaign", args=[campaign.pk])).content.decode()
    assert NOTE not in html and "Everyone in your contacts" in html
