from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.db import models

from matchwise.network.models import Contact


class Conference(models.Model):
    class Kind(models.TextChoices):
        NATIONAL = "national", "National specialty meeting"
        REGIONAL = "regional", "Regional or state meeting"
        RESEARCH = "research", "Research or subspecialty meeting"

    class Presenting(models.TextChoices):
        NOTHING = "", "Not presenting"
        POSTER = "poster", "Poster"
        TALK = "talk", "Talk"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.NATIONAL)
    starts_on = models.DateField()
    ends_on = models.DateField()
    place = models.CharField(max_length=200, blank=True, help_text="City, venue")
    presenting = models.CharField(
        max_length=10, choices=Presenting.choices, blank=True, verbose_name="You present"
    )
    presentation_title = models.CharField(max_length=300, blank=True)
    presentation_slot = models.CharField(
        max_length=120, blank=True, help_text="Day, time and room of your poster or talk"
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering: ClassVar = ["-starts_on", "name"]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="conference_ends_after_it_starts",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        problems: dict[str, str] = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            problems["ends_on"] = "The last day cannot come before the first."
        if self.presenting and not self.presentation_title.strip():
            problems["presentation_title"] = "Give the title of your poster or talk."
        if problems:
            raise ValidationError(problems)


class ConferenceTarget(models.Model):
    """Something to plan for: a session to attend, a networking event, a person to meet."""

    class Kind(models.TextChoices):
        SESSION = "session", "Session"
        EVENT = "event", "Networking event"
        PERSON = "person", "Person to meet"

    class Reason(models.TextChoices):
        NONE = "", "—"
        PROGRAM_DIRECTOR = "program_director", "Program director"
        CHAIR = "chair", "Department chair"
        RESEARCHER = "researcher", "Researcher in your area"
        IMG_PANEL = "img_panel", "IMG panel"
        RESIDENT = "resident", "Resident or fellow at a program you like"
        OTHER = "other", "Other"

    conference = models.ForeignKey(Conference, on_delete=models.CASCADE, related_name="targets")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    title = models.CharField(
        max_length=300, blank=True, help_text="Session or event title; for a person, optional"
    )
    when = models.CharField(max_length=120, blank=True, help_text="e.g. Sat 10:30, Hall B")
    speaker = models.CharField(max_length=200, blank=True, help_text="Speaker(s), as listed")
    contact = models.ForeignKey(
        Contact,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conference_targets",
        help_text="The person, once they are a contact",
    )
    reason = models.CharField(max_length=20, choices=Reason.choices, blank=True, verbose_name="Why")
    program = models.CharField(
        max_length=200, blank=True, help_text="The residency program they belong to, if known"
    )
    notes = models.CharField(
        max_length=300, blank=True, help_text="Their recent paper or talk, what to ask"
    )
    met = models.BooleanField(default=False)

    class Meta:
        ordering: ClassVar = ["kind", "when", "id"]

    def __str__(self) -> str:
        return self.title or (self.contact.display_name if self.contact else self.speaker)
