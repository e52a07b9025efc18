from __future__ import annotations

from typing import ClassVar

from django.db import models

from matchwise.network import clock
from matchwise.network.models import Contact
from matchwise.outreach.readiness import STAGE_LABELS, Stage


class LetterRequest(models.Model):
    """One potential letter writer and where the letter stands."""

    contact = models.OneToOneField(
        Contact, on_delete=models.CASCADE, related_name="letter", verbose_name="Writer"
    )
    supervised = models.BooleanField(
        default=False, verbose_name="They supervised you", help_text="On a rotation or project"
    )
    saw_work = models.BooleanField(
        default=False,
        verbose_name="They saw your work",
        help_text="A case you presented, a project you delivered",
    )
    known_since = models.DateField(
        null=True, blank=True, help_text="Empty: the date of your first logged interaction"
    )
    stage = models.CharField(
        max_length=20,
        choices=[(str(k), v) for k, v in STAGE_LABELS.items()],
        default=Stage.NOT_ASKED.value,
    )
    stage_changed_on = models.DateField(default=clock.today)
    notes = models.TextField(blank=True)

    class Meta:
        ordering: ClassVar = ["contact__name"]

    def __str__(self) -> str:
        return f"Letter from {self.contact}"

    @property
    def letter_stage(self) -> Stage:
        return Stage(self.stage)
