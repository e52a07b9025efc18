"""Campaigns: add targets, move them through their states, and count the replies."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.db import transaction

from matchwise.network.models import Contact
from matchwise.outreach import campaign_rules, replies
from matchwise.outreach.campaign_rules import TargetState
from matchwise.outreach.errors import MoveError
from matchwise.outreach.models import Campaign, CampaignTarget


def add_targets(campaign: Campaign, contacts: Iterable[Contact]) -> int:
    """Add contacts not yet in the campaign; returns how many were new."""
    present = set(campaign.targets.values_list("contact_id", flat=True))
    new = [CampaignTarget(campaign=campaign, contact=c) for c in contacts if c.pk not in present]
    CampaignTarget.objects.bulk_create(new)
    return len(new)


@transaction.atomic
def move(target: CampaignTarget, to: TargetState, today: date) -> CampaignTarget:
    current = target.target_state
    if not campaign_rules.can_move(current, to):
        if current is TargetState.FOLLOWED_UP and to is TargetState.FOLLOWED_UP:
            raise MoveError("You have followed up once already; leave it there.")
        raise MoveError(
            f"A target that is {campaign_rules.TARGET_STATE_LABELS[current].lower()} cannot "
            f"become {campaign_rules.TARGET_STATE_LABELS[to].lower()}."
        )
    if to in campaign_rules.ANSWERS:
        replies.record_answer(target.contact, today)
    target.state, target.changed_on = to, today
    target.save(update_fields=["state", "changed_on"])
    return target


def record_sent(target: CampaignTarget, on: date) -> None:
    """A message to the target went out: the first one sends it, the next one is the follow-up."""
    state = target.target_state
    if state is TargetState.DRAFTED:
        move(target, TargetState.SENT, on)
    elif state in (TargetState.SENT, TargetState.NO_REPLY):
        if state is TargetState.SENT:
            move(target, TargetState.NO_REPLY, on)
        move(target, TargetState.FOLLOWED_UP, on)


@dataclass(frozen=True)
class CampaignSummary:
    campaign: Campaign
    counts: dict[TargetState, int]
    rate: campaign_rules.ReplyRate

    @property
    def people(self) -> int:
        return sum(self.counts.values())


def summarise(campaign: Campaign, states: Iterable[str] | None = None) -> CampaignSummary:
    if states is None:
        states = campaign.targets.values_list("state", flat=True)
    typed = [TargetState(state) for state in states]
    counts = Counter(typed)
    return CampaignSummary(
        campaign, {state: counts[state] for state in TargetState}, campaign_rules.reply_rate(typed)
    )


def summaries() -> list[CampaignSummary]:
    """Every campaign with its counts, in two queries."""
    campaigns = list(Campaign.objects.all())
    states: dict[int, list[str]] = {c.pk: [] for c in campaigns}
    for campaign_id, state in CampaignTarget.objects.values_list("campaign_id", "state"):
        states[campaign_id].append(state)
    return [summarise(c, states[c.pk]) for c in campaigns]
