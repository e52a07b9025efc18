from __future__ import annotations

from typing import ClassVar

from django.db import models

from matchwise.network import clock
from matchwise.network.models import Contact


class Advice(models.Model):
    """Advice from a mentor → what you did with it → whether you told them."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="advice")
    received_on = models.DateField(default=clock.today)
    suggestion = models.CharField(max_length=300, help_text="What they suggested")
    action = models.CharField(max_length=300, blank=True, help_text="What you did about it")
    acted_on = models.DateField(null=True, blank=True)
    reported_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-received_on", "-id"]
        verbose_name_plural = "advice"

    def __str__(self) -> str:
        return self.suggestion

    @property
    def to_report(self) -> bool:
        """Acted on but the mentor has not heard about it yet."""
        return self.acted_on is not None and self.reported_on is None
