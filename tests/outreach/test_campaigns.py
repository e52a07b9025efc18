"""A campaign groups targets, moves them through their states and shows the reply rate."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import FollowUpRule, FollowUpState
from matchwise.network.models import Contact, FollowUp
from matchwise.outreach import campaigns, compose
from matchwise.outreach.campaign_rules import TargetState
from matchwise.outreach.errors import MoveError
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import Campaign, CampaignTarget
from tests.outreach import messages

pytestmark = pytest.mark.django_db
TODAY = date.today()


@pytest.fixture
def research(make_contact: Callable[..., Contact]) -> Campaign:
    campaign = Campaign.objects.create(name="Research positions, spring", kind="cold_email")
    people = [make_contact(f"Researcher {n}", honorific="Dr.") for n in range(4)]
    assert campaigns.add_targets(campaign, people) == 4
    assert campaigns.add_targets(campaign, people[:2]) == 0  # already in
    return campaign


def test_it_moves_a_target_from_draft_to_one_follow_up_through_the_composer(
    research: Campaign,
) -> None:
    target = research.targets.first()
    assert target is not None
    compose.mark_sent(
        target.contact,
        MessageKind.COLD_EMAIL,
        "Registry",
        messages.GOOD_COLD_EMAIL,
        campaign_target=target,
    )
    target.refresh_from_db()
    assert target.target_state is TargetState.SENT
    compose.mark_sent(
        target.contact,
        MessageKind.COLD_EMAIL,
        "Following up",
        "Dear Dr. Haddad, a short note after my email about your delirium paper.",
        campaign_target=target,
    )
    target.refresh_from_db()
    assert TargetState(target.target_state) is TargetState.FOLLOWED_UP  # re-read, not narrowed
    with pytest.raises(MoveError, match="followed up once already"):
        campaigns.move(target, TargetState.FOLLOWED_UP, TODAY)


def test_it_counts_replies_and_stops_waiting_on_an_answer(research: Campaign) -> None:
    targets = list(research.targets.all())
    for target in targets:
        compose.mark_sent(
            target.contact,
            MessageKind.COLD_EMAIL,
            "Hi",
            f"{messages.GOOD_COLD_EMAIL}{target.pk}",
            campaign_target=target,
            confirmed=True,  # the same text to each: the copy check asks first
        )
    campaigns.move(targets[0], TargetState.REPLIED, TODAY)
    campaigns.move(targets[1], TargetState.DECLINED, TODAY)
    campaigns.move(targets[2], TargetState.NO_REPLY, TODAY)
    summary = campaigns.summarise(research)
    assert summary.rate.summary == "2 of 4 answered (50%)."
    assert summary.counts[TargetState.SENT] == 1
    nudges = FollowUp.objects.filter(rule=FollowUpRule.NO_REPLY)
    assert nudges.get(contact=targets[0].contact).state == FollowUpState.DONE
    assert nudges.get(contact=targets[1].contact).state == FollowUpState.DONE
    assert nudges.get(contact=targets[2].contact).state == FollowUpState.OPEN


def test_it_refuses_a_move_the_rules_do_not_allow(research: Campaign) -> None:
    target = research.targets.first()
    assert target is not None
    with pytest.raises(MoveError, match="cannot become replied"):
        campaigns.move(target, TargetState.REPLIED, TODAY)


def test_it_runs_a_campaign_from_its_pages(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    response = client.post(
        reverse("outreach:campaigns"),
        {"name": "Observerships 2027", "kind": "observership_request"},
    )
    campaign = Campaign.objects.get()
    assert response["Location"] == reverse("outreach:campaign", args=[campaign.pk])
    person = make_contact("Ines Duarte", honorific="Dr.")
    client.post(reverse("outreach:add_targets", args=[campaign.pk]), {"contacts": [person.pk]})
    target = CampaignTarget.objects.get()
    page = client.get(reverse("outreach:campaign", args=[campaign.pk])).content.decode()
    assert "Most cold messages get no answer" in page
    assert f"kind=observership_request&amp;target={target.pk}" in page
    row = client.post(
        reverse("outreach:move_target", args=[target.pk]),
        {"to": "sent"},
        headers={"HX-Request": "true"},
    ).content.decode()
    assert "They replied" in row and 'id="campaign-summary"' in row
    refused = client.post(reverse("outreach:move_target", args=[target.pk]), {"to": "drafted"})
    assert refused.status_code == 409
