from __future__ import annotations

from django.db import models

from matchwise.network.fields import WebAddressField
from matchwise.outreach.pitch import SpeakingTime, speaking_time
from matchwise.outreach.placeholders import Person

# The LinkedIn profile checklist: field name → what to tick it for.
LINKEDIN_CHECKLIST: dict[str, tuple[str, str]] = {
    "linkedin_photo": (
        "A clear, professional photo",
        "Plain background, dressed as you would for an interview, looking at the camera.",
    ),
    "linkedin_headline": (
        "A headline that says where you are going",
        "Not just 'Medical graduate': add the specialty you are applying in and one interest.",
    ),
    "linkedin_about": (
        "An About section of three to six sentences",
        "Where you trained and when, your exam progress if you wish, your interests, and what "
        "you are looking for now.",
    ),
    "linkedin_experience": (
        "Experience entries with concrete results",
        "For each role, what you did and what came of it: patients seen, data collected, an "
        "abstract accepted.",
    ),
    "linkedin_featured": (
        "Featured work",
        "Pin your posters, papers, case reports or talks so they are the first thing seen.",
    ),
}


class ApplicantIdentity(models.Model):
    """The one row about you: how you introduce yourself, used by the message templates."""

    name = models.CharField(max_length=200, blank=True, verbose_name="Your name")
    honorific = models.CharField(
        max_length=40, blank=True, verbose_name="Title", help_text="Dr., if you use it"
    )
    country = models.CharField(max_length=80, blank=True, help_text="Where you trained")
    status = models.CharField(
        max_length=200,
        blank=True,
        verbose_name="What you are doing now",
        help_text="e.g. finishing a research fellowship in Boston",
    )
    specialty = models.CharField(
        max_length=120, blank=True, verbose_name="Specialty you are applying in"
    )
    interest = models.CharField(
        max_length=200, blank=True, verbose_name="Area of interest", help_text="e.g. heart failure"
    )
    experience = models.CharField(
        max_length=300,
        blank=True,
        help_text="Something you have done, e.g. ran a hand-hygiene audit on two medical wards",
    )
    seeking = models.CharField(
        max_length=200,
        blank=True,
        verbose_name="What you are looking for",
        help_text="e.g. a research position or an observership",
    )
    identity_sentence = models.TextField(
        blank=True, help_text="One sentence; used in templates as {me.identity}"
    )
    pitch = models.TextField(blank=True, verbose_name="Spoken pitch")
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=60, blank=True)
    linkedin_url = WebAddressField(max_length=300, blank=True, verbose_name="LinkedIn URL")
    linkedin_photo = models.BooleanField(default=False)
    linkedin_headline = models.BooleanField(default=False)
    linkedin_about = models.BooleanField(default=False)
    linkedin_experience = models.BooleanField(default=False)
    linkedin_featured = models.BooleanField(default=False)

    class Meta:
        # The page is called "Your pitch"; a backup summary reads "1 pitch".
        verbose_name = "pitch"
        verbose_name_plural = "pitches"

    def __str__(self) -> str:
        return self.name or "Your profile"

    @classmethod
    def load(cls) -> ApplicantIdentity:
        identity, _ = cls.objects.get_or_create(pk=1)
        return identity

    @property
    def person(self) -> Person:
        return Person(self.name, self.honorific)

    @property
    def speaking_time(self) -> SpeakingTime:
        return speaking_time(self.pitch)

    @property
    def checklist(self) -> list[tuple[str, str, str, bool]]:
        """(field, item, hint, ticked) for each LinkedIn checklist item."""
        return [
            (name, item, hint, bool(getattr(self, name)))
            for name, (item, hint) in LINKEDIN_CHECKLIST.items()
        ]

    @property
    def checklist_done(self) -> int:
        return sum(ticked for *_, ticked in self.checklist)
