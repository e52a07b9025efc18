"""Forms of the season pages; the rules live in the plain modules and the services."""

from __future__ import annotations

from typing import Any, ClassVar

from django import forms

from matchwise.network.choices import ROLE_LABELS
from matchwise.season.models import Application
from matchwise.season.vocabulary import MODE_LABELS, STATUS_LABELS

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
LOCAL_TIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
TIME_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]


class ApplicationForm(forms.ModelForm[Application]):
    """A program typed in by hand. The time zone may stay empty when the state or ZIP says it."""

    class Meta:
        model = Application
        fields: ClassVar = [
            "program_id",
            "name",
            "institution",
            "specialty",
            "track",
            "city",
            "state",
            "zip",
            "time_zone",
            "applied_on",
            "fees_usd",
        ]
        widgets: ClassVar = {"applied_on": DATE}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].required = False
        self.fields[
            "time_zone"
        ].help_text = "Leave empty to take it from the ZIP code or the state; e.g. America/Chicago"


class SubmissionForm(forms.Form):
    """When the applications from a shortlist went out."""

    applied_on = forms.DateField(widget=DATE, label="Submitted on")
    fees_usd = forms.IntegerField(
        min_value=0, max_value=100_000, required=False, label="Fees paid per program (US dollars)"
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=[(str(k), v) for k, v in STATUS_LABELS.items()])
    changed_on = forms.DateField(widget=DATE, label="On")
    reason = forms.CharField(
        max_length=300,
        required=False,
        label="Reason, to skip the usual order",
        help_text="Only when the change skips a step (e.g. ranked without a recorded interview)",
    )


class InvitationForm(forms.Form):
    """Two clicks: the offered dates are optional; received now unless said otherwise."""

    slots = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": "2027-01-12 09:00"}),
        label="Dates offered, one per line (the program's own time, YYYY-MM-DD HH:MM)",
    )


class ScheduleForm(forms.Form):
    at = forms.DateTimeField(
        required=False,
        input_formats=TIME_FORMATS,
        widget=LOCAL_TIME,
        label="Starts (the program's own time)",
    )
    slot = forms.IntegerField(required=False, widget=forms.HiddenInput)
    mode = forms.ChoiceField(choices=[(str(k), v) for k, v in MODE_LABELS.items()], label="How")
    platform = forms.CharField(max_length=80, required=False, help_text="e.g. Zoom, Thalamus")


class ImportForm(forms.Form):
    file = forms.FileField(label="CSV file of applications")


class PeopleMetForm(forms.Form):
    """Who you met on the interview day, one per line: a name, or "Name <email>"."""

    people = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4, "placeholder": "Dr. Lena Park <lena@example.org>"}),
        label="Who you met, one per line (a name, or Name <email>)",
    )
    role = forms.ChoiceField(
        choices=[(str(k), v) for k, v in ROLE_LABELS.items()], initial="faculty"
    )
    met_on = forms.DateField(widget=DATE, label="Interview day")

    def clean_people(self) -> list[tuple[str, str]]:
        found = []
        for line in self.cleaned_data["people"].splitlines():
            name, _, rest = line.partition("<")
            email = rest.rstrip().removesuffix(">").strip()
            if not name.strip():
                continue
            if len(name.strip()) > 200:
                raise forms.ValidationError("Keep each name under 200 characters.")
            if email:
                forms.EmailField().clean(email)
            found.append((name.strip(), email))
        if not found:
            raise forms.ValidationError("Give at least one name.")
        return found
