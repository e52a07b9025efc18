"""Imported catalogues, their programs, and the profiles an applicant chose to save.

The fictional sample catalogue is not stored: it is generated (see `catalogues.py`), so that
it is there out of the box and never ends up in a backup or in the way of a restore.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from matchwise.selection.catalogue_fields import COLUMNS, program_from_cells
from matchwise.selection.shortlist import DEFAULT_STOP_BELOW
from matchwise.selection.vocabulary import ApplicantType, Setting, SettingPreference, Visa

SETTING_CHOICES = [
    (Setting.UNIVERSITY.value, "University"),
    (Setting.COMMUNITY_AFFILIATED.value, "Community, university-affiliated"),
    (Setting.COMMUNITY.value, "Community"),
]
APPLICANT_TYPE_CHOICES = [
    (ApplicantType.NON_US_IMG.value, "Non-US IMG"),
    (ApplicantType.US_IMG.value, "US IMG (US citizen or resident, foreign school)"),
    (ApplicantType.US_MD.value, "US MD"),
    (ApplicantType.US_DO.value, "US DO"),
]
VISA_CHOICES = [
    (Visa.NONE.value, "No visa needed"),
    (Visa.J1.value, "J-1"),
    (Visa.H1B.value, "H-1B"),
]
SETTING_PREFERENCE_CHOICES = [
    (SettingPreference.ANY.value, "Any"),
    (SettingPreference.UNIVERSITY.value, "University programs only"),
    (SettingPreference.COMMUNITY.value, "Community programs only"),
]
LAYOUT_CHOICES = [
    ("csv", "matchwise CSV"),
    ("json", "matchwise JSON"),
    ("nrmp", "NRMP program list (CSV)"),
    ("acgme", "ACGME program listing of one specialty (CSV)"),
    ("explorer", "Per-program records (JSON with a records list)"),
]


class Catalogue(models.Model):
    """One imported file of programs, all or nothing."""

    name = models.CharField(max_length=100, unique=True)
    source = models.TextField(help_text="Where the figures come from")
    layout = models.CharField(max_length=10, choices=LAYOUT_CHOICES)
    file_name = models.CharField(max_length=255, blank=True)
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering: ClassVar = ["name"]

    def __str__(self) -> str:
        return self.name


class Program(models.Model):
    """A program as imported. Empty text and NULL both mean "unknown", as in the catalogue."""

    catalogue = models.ForeignKey(Catalogue, on_delete=models.CASCADE, related_name="programs")
    program_id = models.TextField()
    name = models.TextField()
    institution = models.TextField(blank=True)
    specialty = models.TextField()
    track = models.TextField(blank=True)
    city = models.TextField(blank=True)
    state = models.CharField(max_length=2, blank=True)
    zip = models.CharField(max_length=5, blank=True)
    setting = models.CharField(max_length=40, choices=SETTING_CHOICES, blank=True)
    positions = models.PositiveIntegerField(null=True, blank=True)
    filled = models.PositiveIntegerField(null=True, blank=True)
    applicants = models.PositiveIntegerField(null=True, blank=True)
    invited = models.PositiveIntegerField(null=True, blank=True)
    interview_rate_us_md = models.FloatField(null=True, blank=True)
    interview_rate_us_do = models.FloatField(null=True, blank=True)
    interview_rate_us_img = models.FloatField(null=True, blank=True)
    interview_rate_non_us_img = models.FloatField(null=True, blank=True)
    step2_invited_lower = models.FloatField(null=True, blank=True)
    step2_invited_q1 = models.FloatField(null=True, blank=True)
    step2_invited_median = models.FloatField(null=True, blank=True)
    step2_invited_q3 = models.FloatField(null=True, blank=True)
    step2_invited_upper = models.FloatField(null=True, blank=True)
    step2_img_invited_lower = models.FloatField(null=True, blank=True)
    step2_img_invited_q1 = models.FloatField(null=True, blank=True)
    step2_img_invited_median = models.FloatField(null=True, blank=True)
    step2_img_invited_q3 = models.FloatField(null=True, blank=True)
    step2_img_invited_upper = models.FloatField(null=True, blank=True)
    # The lowest Step 2 CK the program says it considers: a screen, apart from the boxes.
    step2_minimum = models.FloatField(null=True, blank=True)
    residents_non_us_img_pct = models.FloatField(null=True, blank=True)
    residents_us_img_pct = models.FloatField(null=True, blank=True)
    visa_j1 = models.BooleanField(null=True, blank=True)
    visa_h1b = models.BooleanField(null=True, blank=True)
    yog_max_years = models.PositiveSmallIntegerField(null=True, blank=True)
    max_attempts = models.PositiveSmallIntegerField(null=True, blank=True)
    usce_required_months = models.PositiveSmallIntegerField(null=True, blank=True)
    prior_gme_required = models.BooleanField(null=True, blank=True)
    # Fill history, from NRMP results merged in (see selection.fill_history).
    fill_years_reported = models.PositiveSmallIntegerField(null=True, blank=True)
    fill_years_unfilled = models.PositiveSmallIntegerField(null=True, blank=True)
    fill_rate = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    fill_last_year = models.PositiveSmallIntegerField(null=True, blank=True)
    source = models.TextField()
    as_of = models.DateField()
    # What merged sources said that has no column: "header: value (source)", one a line.
    notes = models.TextField(blank=True, default="")

    class Meta:
        ordering: ClassVar = ["catalogue", "specialty", "name"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["catalogue", "program_id"], name="one_program_id_per_catalogue"
            )
        ]
        # A shortlist reads one catalogue's programs of a few specialties.
        indexes: ClassVar = [models.Index(fields=["catalogue", "specialty"])]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        """The catalogue format's rules, the same as an import's (a restore checks rows here)."""
        cells: dict[str, object] = {}
        for column in COLUMNS:
            value = getattr(self, column)
            cells[column] = value.isoformat() if isinstance(value, date) else value
        _, problems = program_from_cells(cells, "row", 1)
        if problems:
            raise ValidationError({p.column: p.message for p in problems})


class ProgramFact(models.Model):
    """One attribute of a program as one source states it: its provenance.

    Every source that stated the attribute keeps its row; the program's own column holds the
    newest source's value (`programs.provenance`), and the rows that disagree with it are
    shown with the program.
    """

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="facts")
    attribute = models.CharField(max_length=40)
    value = models.JSONField()
    source = models.TextField()
    as_of = models.DateField()
    evidence = models.TextField(blank=True, default="")
    merged_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering: ClassVar = ["program", "attribute", "-as_of", "-merged_at", "-id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["program", "attribute", "source"], name="one_fact_per_source"
            )
        ]

    def __str__(self) -> str:
        return f"{self.attribute} = {self.value!r} ({self.source}, {self.as_of})"

    @property
    def citation(self) -> str:
        """ "14 LCAs for resident titles, DOL FY2025": the evidence, then the source."""
        return f"{self.evidence}, {self.source}" if self.evidence else self.source


class PendingMerge(models.Model):
    """A source uploaded on the page, waiting for its column mapping, preview and confirmation.
    Not data: never in a backup, deleted once merged."""

    catalogue = models.ForeignKey(Catalogue, on_delete=models.CASCADE, related_name="pending")
    source_format = models.CharField(max_length=20)
    file_name = models.CharField(max_length=255)
    content = models.BinaryField()
    mapping = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.file_name


class SavedProfile(models.Model):
    """A profile the applicant chose to keep; nothing is stored unless they press "save"."""

    name = models.CharField(max_length=100, default="My profile")
    applicant_type = models.CharField(
        max_length=12, choices=APPLICANT_TYPE_CHOICES, default=ApplicantType.NON_US_IMG.value
    )
    specialties = models.JSONField(default=list)
    step2_score = models.PositiveSmallIntegerField(
        null=True, blank=True, verbose_name="Step 2 CK score", help_text="Empty if not taken yet"
    )
    step2_attempts = models.PositiveSmallIntegerField(default=1, verbose_name="Step 2 CK attempts")
    step1_attempts = models.PositiveSmallIntegerField(default=1, verbose_name="Step 1 attempts")
    years_since_graduation = models.PositiveSmallIntegerField(
        default=2, verbose_name="Years since graduation"
    )
    visa = models.CharField(
        max_length=4, choices=VISA_CHOICES, default=Visa.J1.value, verbose_name="Visa needed"
    )
    usce_months = models.PositiveSmallIntegerField(
        default=0, verbose_name="Months of US clinical experience"
    )
    us_letters = models.PositiveSmallIntegerField(
        default=0, verbose_name="Letters from US physicians"
    )
    publications = models.PositiveSmallIntegerField(default=0)
    presentations = models.PositiveSmallIntegerField(default=0)
    home_state = models.CharField(
        max_length=2, blank=True, help_text="Two letters, e.g. NY; empty if none"
    )
    preferred_states = models.JSONField(default=list, blank=True)
    setting_preference = models.CharField(
        max_length=10,
        choices=SETTING_PREFERENCE_CHOICES,
        default=SettingPreference.ANY.value,
        verbose_name="Program setting",
    )
    budget_usd = models.PositiveIntegerField(
        null=True, blank=True, verbose_name="Budget (US dollars)", help_text="ERAS fees only"
    )
    max_applications = models.PositiveIntegerField(
        null=True, blank=True, verbose_name="Most applications"
    )
    include_preliminary = models.BooleanField(
        default=False,
        verbose_name="Count preliminary and transitional-year tracks in the list",
        help_text="Otherwise they are shown apart, as backups",
    )
    stop_below = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(0.0), MaxValueValidator(100.0)],
        verbose_name="Stop when a program adds less than (percentage points per $100)",
        help_text=f"Empty for the default, {DEFAULT_STOP_BELOW:g}",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    # Set when saved through the form, not auto_now: a restored backup keeps its dates.
    updated_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering: ClassVar = ["-updated_at", "-id"]

    def __str__(self) -> str:
        return self.name


class Calibration(models.Model):
    """Model parameters the user fitted to their own copy of a published outcomes table.

    The latest one of the current model version is used for every list (it covers non-US IMGs;
    other applicant types get labelled assumptions on top of it).
    """

    file_name = models.CharField(max_length=255)
    catalogue = models.CharField(max_length=100, blank=True, default="")  # no longer used
    applicant_type = models.CharField(
        max_length=12, choices=APPLICANT_TYPE_CHOICES, default=ApplicantType.NON_US_IMG.value
    )
    # Version 2: the fitted specialty model (selection.model.MatchModel as JSON).
    model_version = models.PositiveSmallIntegerField(default=1)
    parameters = models.JSONField(default=dict)
    # One entry per specialty: method, published and fitted figures, held-out prediction.
    report = models.JSONField(default=list)
    held_out_error = models.FloatField(null=True, blank=True)  # leave one specialty out, mean
    holdout_file = models.CharField(max_length=255, blank=True, default="")
    next_year_error = models.FloatField(null=True, blank=True)  # against holdout_file, mean
    created_at = models.DateTimeField(default=timezone.now)
    # The table fitted (selection.outcomes.outcomes_to_json): the user's own figures, for the
    # published P(match | ranks) beside the season's live odds. Empty for older calibrations.
    outcomes = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering: ClassVar = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.created_at:%Y-%m-%d})"

    @property
    def description(self) -> str:
        """What every result says when it used this calibration."""
        return f"calibrated to {self.file_name} on {self.created_at:%Y-%m-%d}"


class MarketFit(models.Model):
    """The market model the user fitted to their own copy of a Charting Outcomes table.

    The latest one is what `matchwise market predict` and the specialties page use; it keeps
    the markets of its table (the user's own figures) so they can be shown and simulated.
    """

    file_name = models.CharField(max_length=255)
    fit = models.JSONField(default=dict)  # market.model.MarketFit.to_dict()
    markets = models.JSONField(default=list)  # one object per specialty of the table
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering: ClassVar = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.created_at:%Y-%m-%d})"

    @property
    def description(self) -> str:
        return f"fitted to {self.file_name} on {self.created_at:%Y-%m-%d}"
