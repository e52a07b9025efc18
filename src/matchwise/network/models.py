"""Contacts and everything logged about them.

What the user types is stored once. *Last contacted* and the keep-in-touch dates are derived from
the interactions and the cadence rules (see `derived.py`); *next follow-up* is the earliest open
follow-up, read by query.
"""

from __future__ import annotations

import secrets
from datetime import date
from typing import ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone

from matchwise.network import clock, rules
from matchwise.network.choices import (
    CHANNEL_LABELS,
    DIRECTION_LABELS,
    FOLLOW_UP_RULE_LABELS,
    FOLLOW_UP_STATE_LABELS,
    MENTOR_ROLE_LABELS,
    OPEN_STATES,
    ROLE_LABELS,
    SOURCE_LABELS,
    FollowUpState,
    Role,
    choices,
)
from matchwise.network.contact_keys import email_key, linkedin_slug
from matchwise.network.fields import WebAddressField, is_web_address
from matchwise.network.time_zones import is_zone_name, machine_zone_name


class Tag(models.Model):
    name = models.CharField(max_length=60, unique=True)

    class Meta:
        ordering: ClassVar = ["name"]

    def __str__(self) -> str:
        return self.name


class Contact(models.Model):
    name = models.CharField(max_length=200)
    honorific = models.CharField(max_length=40, blank=True, help_text="Dr., Prof., …")
    role = models.CharField(max_length=20, choices=choices(ROLE_LABELS), default=Role.OTHER)
    position = models.CharField(max_length=200, blank=True, help_text="Title as they write it")
    specialty = models.CharField(max_length=120, blank=True)
    institution = models.CharField(max_length=200, blank=True)
    email = models.EmailField(max_length=254, blank=True)
    phone = models.CharField(max_length=60, blank=True)
    linkedin_url = WebAddressField(max_length=300, blank=True, verbose_name="LinkedIn URL")
    country = models.CharField(max_length=80, blank=True)
    source = models.CharField(
        max_length=20, choices=choices(SOURCE_LABELS), blank=True, verbose_name="How you met"
    )
    met_through = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="introduced",
        help_text="The contact who introduced you",
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="contacts")
    notes = models.TextField(blank=True)
    cadence_ideal_days = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Keep in touch every … days (empty: the role's default)"
    )
    cadence_max_days = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Never let more than … days pass (empty: role default)"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    # Derived, never typed: kept by `derived.refresh_dates`, which the services that change
    # interactions, the role, the cadence or the mentor roles call, so that lists can filter
    # and sort by them in SQL.
    last_contacted = models.DateField(null=True, editable=False, db_index=True)
    keep_in_touch_on = models.DateField(null=True, editable=False, db_index=True)
    keep_in_touch_by = models.DateField(null=True, editable=False)
    # Derived from email and linkedin_url on save, so that duplicates are found by index.
    email_key = models.CharField(max_length=254, blank=True, editable=False, db_index=True)
    linkedin_key = models.CharField(max_length=200, blank=True, editable=False, db_index=True)

    class Meta:
        ordering: ClassVar = ["name", "id"]
        indexes: ClassVar = [models.Index(fields=["institution"]), models.Index(fields=["role"])]

    def __str__(self) -> str:
        return self.display_name

    def save(self, *args: object, **kwargs: object) -> None:
        self.derive_keys()
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def derive_keys(self) -> None:
        """The keys that find the same person again (`contact_keys`); bulk writes call this."""
        self.email_key = email_key(self.email)
        self.linkedin_key = linkedin_slug(self.linkedin_url)

    def clean(self) -> None:
        """The rules between fields, for the form and the restore alike."""
        self.derive_keys()
        ideal, maximum = self.cadence_ideal_days, self.cadence_max_days
        if ideal and maximum and maximum < ideal:
            raise ValidationError(
                {"cadence_max_days": "The longest gap cannot be shorter than the ideal."}
            )

    @property
    def linkedin_link(self) -> str:
        """The LinkedIn address when it may be a link (a web page); '' otherwise."""
        return self.linkedin_url if is_web_address(self.linkedin_url) else ""

    @property
    def display_name(self) -> str:
        return f"{self.honorific} {self.name}".strip() if self.honorific else self.name

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(Role(self.role), self.role)


class MentorAssignment(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="mentor_roles")
    role = models.CharField(max_length=20, choices=choices(MENTOR_ROLE_LABELS))

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["contact", "role"], name="one_mentor_role_each")
        ]

    def __str__(self) -> str:
        return f"{self.role} mentor"


def not_in_the_future(on: date) -> None:
    if problem := rules.touch_date_problem(on, clock.today()):
        raise ValidationError(problem)


class Interaction(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="interactions")
    occurred_on = models.DateField(
        default=clock.today, verbose_name="Date", validators=[not_in_the_future]
    )
    channel = models.CharField(max_length=20, choices=choices(CHANNEL_LABELS))
    direction = models.CharField(
        max_length=10, choices=choices(DIRECTION_LABELS), default="outbound"
    )
    topic = models.CharField(max_length=200, help_text="What you talked about")
    notes = models.TextField(blank=True)
    reply_received = models.BooleanField(default=False, help_text="They answered this message")
    # History brought in from a file (a LinkedIn connection date, a sheet's last contact): it
    # tells when you were last in touch but is not a reach-out made this week.
    imported = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering: ClassVar = ["-occurred_on", "-id"]
        # By contact for histories and last contact; by date for the weekly goals, and the
        # outreach they count (outbound, not imported) by date alone.
        indexes: ClassVar = [
            models.Index(fields=["contact", "occurred_on"]),
            models.Index(fields=["occurred_on"]),
            models.Index(
                fields=["occurred_on", "contact"],
                condition=models.Q(direction="outbound", imported=False),
                name="interaction_reach_out_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.occurred_on}: {self.topic}"


class FollowUp(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="follow_ups")
    interaction = models.ForeignKey(
        Interaction, null=True, blank=True, on_delete=models.CASCADE, related_name="follow_ups"
    )
    rule = models.CharField(max_length=20, choices=choices(FOLLOW_UP_RULE_LABELS))
    due_on = models.DateField()
    overdue_after = models.DateField()
    state = models.CharField(
        max_length=10, choices=choices(FOLLOW_UP_STATE_LABELS), default=FollowUpState.OPEN
    )
    snoozed_until = models.DateField(null=True, blank=True)
    closed_on = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = "follow-up"
        verbose_name_plural = "follow-ups"
        ordering: ClassVar = ["due_on", "id"]
        indexes: ClassVar = [models.Index(fields=["state", "due_on"])]
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["interaction", "rule"], name="one_follow_up_per_rule")
        ]

    def __str__(self) -> str:
        return f"{self.rule} follow-up due {self.due_on}"

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


def new_token() -> str:
    return secrets.token_urlsafe(32)


# What `new_token` makes: 32 random bytes in URL-safe base64. Anything else (a short or
# guessable key put into a file) would weaken the only lock on the calendar feed.
CALENDAR_TOKEN = RegexValidator(
    r"\A[A-Za-z0-9_-]{43}\Z",
    message="A calendar key is 43 letters, digits, - or _, as matchwise makes it.",
)
NO_REPLY_DAYS_RANGE = "Choose between 1 and 60 days."


def validate_zone_name(value: str) -> None:
    if not is_zone_name(value):
        raise ValidationError(f"{value!r} is not a time zone name such as Asia/Kolkata or UTC.")


class Preferences(models.Model):
    """The one row of the applicant's settings for the tracker."""

    reach_out_target = models.PositiveSmallIntegerField(
        default=3, verbose_name="People to reach out to each week"
    )
    reactivate_target = models.PositiveSmallIntegerField(
        default=1, verbose_name="Dormant contacts to reactivate each week"
    )
    no_reply_days = models.PositiveSmallIntegerField(
        default=rules.NO_REPLY_DAYS_DEFAULT,
        verbose_name="Days to wait for a reply before one polite follow-up",
        validators=[
            MinValueValidator(1, NO_REPLY_DAYS_RANGE),
            MaxValueValidator(60, NO_REPLY_DAYS_RANGE),
        ],
    )
    calendar_token = models.CharField(max_length=64, default=new_token, validators=[CALENDAR_TOKEN])
    time_zone = models.CharField(
        max_length=64,
        default=machine_zone_name,
        validators=[validate_zone_name],
        verbose_name="Your time zone",
        help_text="Where you are: today, this week and interview times follow it",
    )

    class Meta:
        verbose_name_plural = "preferences"

    def __str__(self) -> str:
        return "Preferences"

    @classmethod
    def load(cls) -> Preferences:
        preferences, _ = cls.objects.get_or_create(pk=1)
        return preferences


class WeekTally(models.Model):
    """Goal counts of a week, kept so that This week need not recount years of history on
    every visit. Derived: forgotten, in the same transaction, whenever an interaction in or
    before it is added, changed or deleted (`derived.forget_weeks`)."""

    week_start = models.DateField(primary_key=True)
    reached_out = models.PositiveIntegerField()
    reactivated = models.PositiveIntegerField()

    def __str__(self) -> str:
        return f"week of {self.week_start}"


class PendingImport(models.Model):
    """An uploaded file waiting for the user to look at the preview and commit it."""

    kind = models.CharField(max_length=10)
    filename = models.CharField(max_length=255)
    content = models.BinaryField()
    mapping = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.filename
