"""Rotations, the people met on them and the small tasks promised there; the Match result;
the juniors you mentor. Everything about a person hangs off `network.Contact`."""

from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from matchwise.network import clock
from matchwise.network.choices import choices
from matchwise.network.models import Contact, FollowUp
from matchwise.rotations import timing
from matchwise.rotations.vocabulary import (
    KIND_LABELS,
    MEMBER_ROLE_LABELS,
    OUTCOME_LABELS,
    MemberRole,
    Outcome,
    RotationKind,
)

TARGET_RANGE = "Choose between 0 and 10."


def target_field(default: int, label: str) -> models.PositiveSmallIntegerField[int, int]:
    return models.PositiveSmallIntegerField(
        default=default,
        verbose_name=label,
        validators=[MinValueValidator(0, TARGET_RANGE), MaxValueValidator(10, TARGET_RANGE)],
    )


class Rotation(models.Model):
    kind = models.CharField(
        max_length=20, choices=choices(KIND_LABELS), default=RotationKind.OBSERVERSHIP
    )
    institution = models.CharField(max_length=200, help_text="The hospital or university")
    service = models.CharField(
        max_length=120, blank=True, help_text="The department or team, e.g. cardiology consults"
    )
    program_id = models.CharField(
        max_length=40,
        blank=True,
        verbose_name="Program id",
        help_text="Its id in your program catalogue (e.g. the NRMP code), when it is in one",
    )
    starts_on = models.DateField(verbose_name="First day")
    ends_on = models.DateField(verbose_name="Last day")
    attending_target = target_field(timing.ATTENDING_TARGET, "Attendings to get to know")
    resident_target = target_field(timing.RESIDENT_TARGET, "Residents to get to know")
    feedback_asked_on = models.DateField(
        null=True, blank=True, verbose_name="Feedback meeting asked for on"
    )
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering: ClassVar = ["-starts_on", "-id"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        dates = self.starts_on and self.ends_on
        if dates and (problem := timing.span_problem(self.starts_on, self.ends_on)):
            raise ValidationError({"ends_on": problem})

    @property
    def title(self) -> str:
        what = f"{self.service} at {self.institution}" if self.service else self.institution
        return f"{self.kind_label}: {what}"

    @property
    def kind_label(self) -> str:
        return RotationKind(self.kind).label

    @property
    def span(self) -> timing.Span:
        return timing.Span(self.starts_on, self.ends_on)


class RotationMember(models.Model):
    """Someone met on a rotation, and what they were to you there."""

    rotation = models.ForeignKey(Rotation, on_delete=models.CASCADE, related_name="members")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="rotation_roles")
    role = models.CharField(max_length=20, choices=choices(MEMBER_ROLE_LABELS))
    chosen = models.BooleanField(
        default=True,
        verbose_name="Someone to get to know",
        help_text="One of the few people you mean to build a relationship with",
    )
    saw_work = models.BooleanField(
        default=False,
        verbose_name="Saw your work",
        help_text="They watched you present a patient, write a note or deliver a task",
    )
    # Set once, when the rotation has ended and their keep-in-touch rhythm was moved.
    cadence_set_on = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "person met on a rotation"
        verbose_name_plural = "people met on rotations"
        ordering: ClassVar = ["role", "contact__name", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["rotation", "contact"], name="met_once_per_rotation")
        ]

    def __str__(self) -> str:
        return f"{self.contact} on {self.rotation}"

    @property
    def member_role(self) -> MemberRole:
        return MemberRole(self.role)


class RotationTask(models.Model):
    """A small promise made on a rotation (an article to send, a list to update), kept as a
    follow-up with its due date so that This week and the calendar show it."""

    rotation = models.ForeignKey(Rotation, on_delete=models.CASCADE, related_name="tasks")
    follow_up = models.OneToOneField(
        FollowUp, on_delete=models.CASCADE, related_name="rotation_task"
    )
    description = models.CharField(max_length=200, help_text="What you promised")

    class Meta:
        verbose_name = "promise made on a rotation"
        verbose_name_plural = "promises made on rotations"
        ordering: ClassVar = ["follow_up__due_on", "id"]

    def __str__(self) -> str:
        return self.description


def season_default() -> int:
    return clock.today().year


class MatchResult(models.Model):
    """The outcome of one Match season."""

    season = models.PositiveSmallIntegerField(
        unique=True,
        default=season_default,
        verbose_name="Match year",
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
    )
    outcome = models.CharField(max_length=20, choices=choices(OUTCOME_LABELS))
    matched_at = models.CharField(
        max_length=200, blank=True, verbose_name="Where", help_text="The program and city"
    )
    season_started_on = models.DateField(
        verbose_name="Season started on",
        help_text="Exchanges from this day on count as help with this season",
    )
    recorded_on = models.DateField(default=clock.today)
    next_cycle_started_on = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "Match result"
        verbose_name_plural = "Match results"
        ordering: ClassVar = ["-season"]

    def __str__(self) -> str:
        return f"Match {self.season}: {self.outcome_label.lower()}"

    def clean(self) -> None:
        if self.outcome == Outcome.MATCHED and not self.matched_at.strip():
            raise ValidationError({"matched_at": "Say where you matched."})
        if self.outcome == Outcome.NOT_MATCHED and self.matched_at.strip():
            raise ValidationError({"matched_at": "Leave this empty when you did not match."})
        started, recorded = self.season_started_on, self.recorded_on
        if started and recorded and started > recorded:
            raise ValidationError(
                {"season_started_on": "The season cannot start after the result is recorded."}
            )

    @property
    def outcome_label(self) -> str:
        return Outcome(self.outcome).label

    @property
    def matched(self) -> bool:
        return self.outcome == Outcome.MATCHED


class Mentee(models.Model):
    """A junior you mentor in turn: a student of your school, an applicant from your country."""

    contact = models.OneToOneField(Contact, on_delete=models.CASCADE, related_name="mentee")
    since = models.DateField(default=clock.today, verbose_name="Mentoring since")
    notes = models.TextField(blank=True, help_text="Where they are, and what they asked you")

    class Meta:
        ordering: ClassVar = ["contact__name"]

    def __str__(self) -> str:
        return f"Mentoring {self.contact}"
