from __future__ import annotations

from typing import ClassVar

from django.db import models

from matchwise.network import clock
from matchwise.network.models import Contact
from matchwise.outreach.campaign_rules import NEXT_STATES, TARGET_STATE_LABELS, TargetState
from matchwise.outreach.kinds import KIND_CHOICES, MessageKind


class Campaign(models.Model):
    """A batch of similar outreach, e.g. research positions or observerships this spring."""

    name = models.CharField(max_length=120)
    kind = models.CharField(
        max_length=30,
        choices=KIND_CHOICES,
        default=MessageKind.COLD_EMAIL.value,
        verbose_name="Kind of message",
    )
    goal = models.CharField(max_length=200, blank=True, help_text="What you hope it brings")
    created_on = models.DateField(default=clock.today)

    class Meta:
        ordering: ClassVar = ["-created_on", "-id"]

    def __str__(self) -> str:
        return self.name


class CampaignTarget(models.Model):
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="targets")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="campaign_targets")
    state = models.CharField(
        max_length=20,
        choices=[(str(k), v) for k, v in TARGET_STATE_LABELS.items()],
        default=TargetState.DRAFTED.value,
    )
    changed_on = models.DateField(default=clock.today)
    notes = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering: ClassVar = ["contact__name", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["campaign", "contact"], name="one_target_per_contact")
        ]

    def __str__(self) -> str:
        return f"{self.contact} in {self.campaign}"

    @property
    def target_state(self) -> TargetState:
        return TargetState(self.state)

    @property
    def moves(self) -> list[tuple[str, str]]:
        """(state, button label) for each state it may move to next."""
        return [(str(state), MOVE_LABELS[state]) for state in NEXT_STATES[self.target_state]]


MOVE_LABELS = {
    TargetState.DRAFTED: "Drafted",
    TargetState.SENT: "I sent it",
    TargetState.REPLIED: "They replied",
    TargetState.DECLINED: "They declined",
    TargetState.NO_REPLY: "No reply",
    TargetState.FOLLOWED_UP: "I followed up",
}
