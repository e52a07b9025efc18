"""Forms of the Match result and of giving back; the rules between fields live on the models."""

from __future__ import annotations

from typing import ClassVar

from django import forms

from matchwise.network.models import Contact
from matchwise.rotations.models import MatchResult, Mentee

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class MatchResultForm(forms.ModelForm[MatchResult]):
    class Meta:
        model = MatchResult
        fields: ClassVar = ["season", "outcome", "matched_at", "season_started_on", "recorded_on"]
        widgets: ClassVar = {
            "outcome": forms.RadioSelect,
            "season_started_on": DATE,
            "recorded_on": DATE,
        }


class MenteeForm(forms.ModelForm[Mentee]):
    contact = forms.ModelChoiceField(
        queryset=Contact.objects.filter(mentee__isnull=True),
        label="Contact",
        empty_label="Choose a contact",
        error_messages={"invalid_choice": "Choose a contact you do not mentor yet."},
    )

    class Meta:
        model = Mentee
        fields: ClassVar = ["contact", "since", "notes"]
        widgets: ClassVar = {"since": DATE, "notes": forms.Textarea(attrs={"rows": 2})}
