"""Applications of one season, their dated status history, interview invitations with the
slots offered, and the rank list. A program is copied onto its application (name, place,
zone) so that the season stays whole when a catalogue is deleted or re-imported."""

from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from matchwise.network.choices import choices
from matchwise.season import status_rules, zones
from matchwise.season.soap_rules import OFFER_LABELS, STEP_LABELS, OfferState, SoapStepKind
from matchwise.season.vocabulary import (
    LIST_LABELS,
    MODE_LABELS,
    STATUS_LABELS,
    InterviewMode,
    ListKind,
    Status,
)

FEES_LIMIT = 100_000


class Application(models.Model):
    """One program applied to, where it stands, and its interview."""

    program_id = models.CharField(
        max_length=100, verbose_name="Program id", help_text="Its id in the catalogue (NRMP code)"
    )
    catalogue = models.CharField(
        max_length=100, blank=True, help_text="The catalogue it came from; empty if typed in"
    )
    name = models.CharField(max_length=300, verbose_name="Program")
    institution = models.CharField(max_length=300, blank=True)
    specialty = models.CharField(max_length=120, blank=True)
    track = models.CharField(max_length=40, blank=True)
    city = models.CharField(max_length=120, blank=True)
    state = models.CharField(max_length=2, blank=True)
    zip = models.CharField(max_length=5, blank=True, verbose_name="ZIP code")
    time_zone = models.CharField(
        max_length=64, help_text="The program's own time zone, e.g. America/Chicago"
    )
    advanced = models.BooleanField(
        default=False,
        verbose_name="Advanced (PGY-2) program",
        help_text="Ranked on a supplemental list, behind a preliminary year",
    )
    applied_on = models.DateField(verbose_name="Submitted on")
    fees_usd = models.PositiveIntegerField(
        null=True,
        blank=True,
        verbose_name="Fees paid (US dollars)",
        validators=[MaxValueValidator(FEES_LIMIT)],
    )
    status = models.CharField(max_length=20, choices=choices(STATUS_LABELS), default=Status.APPLIED)
    status_on = models.DateField(verbose_name="Status since")
    interview_at = models.DateTimeField(null=True, blank=True, verbose_name="Interview starts")
    interview_mode = models.CharField(
        max_length=10, choices=choices(MODE_LABELS), default=InterviewMode.VIRTUAL
    )
    platform = models.CharField(
        max_length=80, blank=True, help_text="e.g. Zoom, Thalamus, Webex; or the address"
    )
    rank = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(999)]
    )
    rank_list = models.CharField(
        max_length=12, choices=choices(LIST_LABELS), default=ListKind.PRIMARY
    )
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering: ClassVar = ["name", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["catalogue", "program_id"], name="one_application_per_program"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.time_zone and not zones.is_zone(self.time_zone):
            raise ValidationError({"time_zone": "Use a time zone name such as America/Chicago."})
        known = self.status in set(Status)
        if self.rank is not None and known and not status_rules.is_interviewed(Status(self.status)):
            raise ValidationError({"rank": "Only interviewed programs are ranked."})

    @property
    def status_label(self) -> str:
        return Status(self.status).label

    @property
    def mode_label(self) -> str:
        return InterviewMode(self.interview_mode).label

    @property
    def place(self) -> str:
        return ", ".join(part for part in (self.city, self.state) if part)


class StatusChange(models.Model):
    """One dated step of an application's history; forced steps carry their reason."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="history")
    status = models.CharField(max_length=20, choices=choices(STATUS_LABELS))
    changed_on = models.DateField()
    reason = models.CharField(
        max_length=status_rules.REASON_LENGTH,
        blank=True,
        help_text="Why the usual order was skipped",
    )
    recorded_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering: ClassVar = ["application", "changed_on", "id"]

    def __str__(self) -> str:
        return f"{self.application}: {Status(self.status).label} on {self.changed_on}"


class Invitation(models.Model):
    """An invitation to interview: when it came, and whether a slot was taken."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="invitations"
    )
    received_at = models.DateTimeField(default=timezone.now)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["received_at", "id"]

    def __str__(self) -> str:
        return f"Invitation from {self.application}"


class InvitationSlot(models.Model):
    """One interview date offered, as an instant (shown in the program's zone and yours)."""

    invitation = models.ForeignKey(Invitation, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField()
    chosen = models.BooleanField(default=False)

    class Meta:
        verbose_name = "interview date offered"
        verbose_name_plural = "interview dates offered"
        ordering: ClassVar = ["starts_at", "id"]

    def __str__(self) -> str:
        return f"{self.invitation.application} at {self.starts_at:%Y-%m-%d %H:%M} UTC"


# SOAP: the unfilled programs of Match Week, the applications sent to them and the offers
# received, round by round (the rules are in `soap_rules`).


class SoapProgram(models.Model):
    """An unfilled program from the list, matched to a catalogue's program when possible."""

    nrmp_code = models.CharField(max_length=20, blank=True, verbose_name="NRMP code")
    name = models.CharField(max_length=300, verbose_name="Program")
    institution = models.CharField(max_length=300, blank=True)
    specialty = models.CharField(max_length=120, blank=True)
    city = models.CharField(max_length=120, blank=True)
    state = models.CharField(max_length=2, blank=True)
    positions = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(999)]
    )
    catalogue = models.CharField(
        max_length=100, blank=True, help_text="The catalogue holding the same program, if any"
    )
    program_id = models.CharField(max_length=100, blank=True, help_text="Its id in that catalogue")
    listed_on = models.DateField()
    applied_at = models.DateTimeField(null=True, blank=True, verbose_name="Applied in SOAP")
    notes = models.TextField(blank=True)

    class Meta:
        verbose_name = "SOAP program"
        verbose_name_plural = "SOAP programs"
        ordering: ClassVar = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    @property
    def place(self) -> str:
        return ", ".join(part for part in (self.city, self.state) if part)


class SoapOffer(models.Model):
    """An offer from a program in one round: received, then accepted, rejected or expired."""

    program = models.ForeignKey(SoapProgram, on_delete=models.CASCADE, related_name="offers")
    round = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    state = models.CharField(
        max_length=10, choices=choices(OFFER_LABELS), default=OfferState.RECEIVED
    )
    received_at = models.DateTimeField()
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "SOAP offer"
        verbose_name_plural = "SOAP offers"
        ordering: ClassVar = ["round", "received_at", "id"]

    def __str__(self) -> str:
        return f"Offer from {self.program}, round {self.round}"

    @property
    def state_label(self) -> str:
        return OfferState(self.state).label


class SoapStep(models.Model):
    """One dated step of a SOAP program's history: the application, an offer, an answer."""

    program = models.ForeignKey(SoapProgram, on_delete=models.CASCADE, related_name="steps")
    step = models.CharField(max_length=20, choices=choices(STEP_LABELS))
    round = models.PositiveSmallIntegerField(null=True, blank=True)
    at = models.DateTimeField()

    class Meta:
        verbose_name = "SOAP history entry"
        verbose_name_plural = "SOAP history entries"
        ordering: ClassVar = ["program", "at", "id"]

    def __str__(self) -> str:
        return f"{self.program}: {STEP_LABELS[SoapStepKind(self.step)]}"


# Couples mode: the partner, their programs, and the couple's rank list of ordered pairs.


class Partner(models.Model):
    """The partner you enter the Match with as a couple (one per season)."""

    name = models.CharField(max_length=200)
    specialty = models.CharField(max_length=120, blank=True)
    # True and unique: the database itself holds the season to one partner, so a restored
    # backup with two is refused rather than half used. NULL only on a second partner that a
    # database held before the rule (migration 0004 keeps it, unused, rather than delete it).
    one_per_season = models.BooleanField(default=True, null=True, editable=False, unique=True)

    def __str__(self) -> str:
        return self.name


class PartnerProgram(models.Model):
    """A program your partner may rank: typed in, or copied from a catalogue."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="programs")
    program_id = models.CharField(
        max_length=100, verbose_name="Program id", help_text="Its NRMP code"
    )
    catalogue = models.CharField(
        max_length=100, blank=True, help_text="The catalogue it came from; empty if typed in"
    )
    name = models.CharField(max_length=300, verbose_name="Program")
    city = models.CharField(max_length=120, blank=True)
    state = models.CharField(max_length=2, blank=True)

    class Meta:
        ordering: ClassVar = ["name", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["partner", "program_id"], name="one_partner_program_per_id"
            )
        ]

    def __str__(self) -> str:
        return self.name


class CouplePair(models.Model):
    """One rank of the couple's list: your program and your partner's; an empty side is
    "no match" (never both)."""

    position = models.PositiveSmallIntegerField(
        unique=True, validators=[MinValueValidator(1), MaxValueValidator(999)]
    )
    mine = models.ForeignKey(
        Application,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="couple_pairs",
        verbose_name="Your program",
    )
    partner_program = models.ForeignKey(
        PartnerProgram,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="pairs",
        verbose_name="Your partner's program",
    )
    reason = models.CharField(
        max_length=status_rules.REASON_LENGTH,
        blank=True,
        help_text="Why a program you have not interviewed at is ranked",
    )

    class Meta:
        verbose_name = "pair on the couple's list"
        verbose_name_plural = "pairs on the couple's list"
        ordering: ClassVar = ["position"]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(mine__isnull=False) | models.Q(partner_program__isnull=False),
                name="a_pair_has_a_program",
            )
        ]

    def __str__(self) -> str:
        return f"{self.position}. {self.mine or 'No match'} / {self.partner_program or 'No match'}"

    def clean(self) -> None:
        if self.mine_id is None and self.partner_program_id is None:
            raise ValidationError("A pair needs a program on at least one side.")
