from __future__ import annotations

from typing import ClassVar

from django.db import models
from django.utils import timezone

from matchwise.network.models import Contact, Interaction
from matchwise.outreach.kinds import KIND_CHOICES, MessageKind


class MessageTemplate(models.Model):
    """A starting point for a message. The library ships some (`builtin`); users edit those
    and add their own, and no later upgrade writes over an edit."""

    slug = models.SlugField(
        max_length=60, unique=True, verbose_name="Short name", help_text="Used on the command line"
    )
    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=30, choices=KIND_CHOICES)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField()
    builtin = models.BooleanField(default=False, editable=False)
    updated_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering: ClassVar = ["kind", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def message_kind(self) -> MessageKind:
        return MessageKind(self.kind)


class Message(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", "Draft"
        SENT = "sent", "Sent"

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="messages")
    template = models.ForeignKey(
        MessageTemplate, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=30, choices=KIND_CHOICES)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.DRAFT)
    # The outbound interaction logged when it was sent (and so its no-reply follow-up).
    interaction = models.OneToOneField(
        Interaction, null=True, blank=True, on_delete=models.SET_NULL, related_name="message"
    )
    campaign_target = models.ForeignKey(
        "outreach.CampaignTarget",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="messages",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    sent_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-created_at", "-id"]
        indexes: ClassVar = [models.Index(fields=["state", "contact"])]

    def __str__(self) -> str:
        return self.subject or f"{self.get_kind_display()} to {self.contact}"

    @property
    def message_kind(self) -> MessageKind:
        return MessageKind(self.kind)
