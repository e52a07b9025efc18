from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models

from matchwise.network import clock
from matchwise.outreach.goal_rules import HORIZON_LABELS, MEASURE_LABELS, Horizon, Measure


class Goal(models.Model):
    horizon = models.CharField(
        max_length=10, choices=[(str(k), v) for k, v in HORIZON_LABELS.items()]
    )
    measure = models.CharField(
        max_length=30, choices=[(str(k), v) for k, v in MEASURE_LABELS.items()]
    )
    title = models.CharField(
        max_length=200, blank=True, help_text="In your words; needed for 'Something else'"
    )
    target = models.PositiveSmallIntegerField(
        help_text="How many, by the deadline",
        validators=[MinValueValidator(1, "Aim for at least one.")],
    )
    # Entered by hand for the measures the data cannot count.
    done_by_hand = models.PositiveSmallIntegerField(default=0, verbose_name="Done so far")
    deadline = models.DateField(null=True, blank=True, help_text="Empty: 12 or 36 months")
    created_on = models.DateField(default=clock.today)

    class Meta:
        ordering: ClassVar = ["horizon", "created_on", "id"]

    def __str__(self) -> str:
        return self.title or MEASURE_LABELS[Measure(self.measure)]

    def clean(self) -> None:
        if self.measure == Measure.OTHER and not self.title.strip():
            raise ValidationError({"title": "Say what you will count."})

    @property
    def goal_horizon(self) -> Horizon:
        return Horizon(self.horizon)

    @property
    def goal_measure(self) -> Measure:
        return Measure(self.measure)


class GoalReview(models.Model):
    """A monthly look at the goals; the next one falls due a month after the last."""

    reviewed_on = models.DateField(default=clock.today)
    notes = models.TextField(blank=True)

    class Meta:
        ordering: ClassVar = ["-reviewed_on", "-id"]

    def __str__(self) -> str:
        return f"Goal review of {self.reviewed_on}"
