"""Forms of the plans: conferences, the people met there, goals."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from django import forms

from matchwise.network import clock
from matchwise.network.choices import ROLE_LABELS, Role, choices
from matchwise.network.empty_choice import name_empty_choice
from matchwise.network.models import Contact
from matchwise.outreach import conferences
from matchwise.outreach.models import Conference, ConferenceTarget, Goal, GoalReview

DATE = forms.DateInput(attrs={"type": "date"})


class ConferenceForm(forms.ModelForm[Conference]):
    class Meta:
        model = Conference
        fields: ClassVar = [
            "name",
            "kind",
            "starts_on",
            "ends_on",
            "place",
            "presenting",
            "presentation_title",
            "presentation_slot",
            "notes",
        ]
        widgets: ClassVar = {
            "starts_on": DATE,
            "ends_on": DATE,
            "notes": forms.Textarea(attrs={"rows": 3}),
        }


class ConferenceTargetForm(forms.ModelForm[ConferenceTarget]):
    new_contact = forms.CharField(
        required=False,
        max_length=200,
        label="Or a new person",
        help_text="Their name; a contact is created",
    )
    new_role = forms.ChoiceField(
        choices=choices(ROLE_LABELS), initial=Role.OTHER, label="The new person's role"
    )

    class Meta:
        model = ConferenceTarget
        fields: ClassVar = [
            "kind",
            "title",
            "when",
            "speaker",
            "contact",
            "reason",
            "program",
            "notes",
        ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        contact = self.fields["contact"]
        assert isinstance(contact, forms.ModelChoiceField)
        contact.empty_label = "— not a contact yet —"
        name_empty_choice(self.fields["kind"], "Choose what to plan")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind = data.get("kind")
        if kind == ConferenceTarget.Kind.PERSON:
            if not data.get("contact") and not data.get("new_contact", "").strip():
                self.add_error("contact", "Pick a contact or type the name of a new one.")
        elif not data.get("title", "").strip():
            self.add_error("title", "Give the session or event a title.")
        return data

    def save_for(self, conference: Conference) -> ConferenceTarget:
        target = self.save(commit=False)
        if target.kind == ConferenceTarget.Kind.PERSON:
            return conferences.add_person_target(
                conference,
                target,
                new_name=self.cleaned_data["new_contact"],
                role=Role(self.cleaned_data["new_role"]),
            )
        target.conference = conference
        target.save()
        return target


class MetForm(forms.Form):
    """One person met. An empty row is skipped."""

    contact = forms.ModelChoiceField(
        Contact.objects.all(), required=False, empty_label="— a new person —", label="Contact"
    )
    honorific = forms.CharField(required=False, max_length=40, label="Title")
    name = forms.CharField(required=False, max_length=200)
    role = forms.ChoiceField(choices=choices(ROLE_LABELS), initial=Role.OTHER)
    institution = forms.CharField(required=False, max_length=200)
    email = forms.EmailField(required=False)
    topic = forms.CharField(
        required=False,
        max_length=200,
        label="What you talked about",
        help_text="Used in the follow-up",
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        nobody = not data.get("contact") and not data.get("name", "").strip()
        if nobody and (data.get("topic", "").strip() or data.get("institution", "").strip()):
            self.add_error("name", "Give their name, or pick an existing contact.")
        return data

    def person(self) -> conferences.Met | None:
        data = self.cleaned_data
        if not data or (not data.get("contact") and not data.get("name", "").strip()):
            return None
        return conferences.Met(
            topic=data["topic"],
            contact=data["contact"],
            name=data["name"].strip(),
            honorific=data["honorific"].strip(),
            role=Role(data["role"]),
            institution=data["institution"].strip(),
            email=data["email"],
        )


MetFormSet = forms.formset_factory(MetForm, extra=0)


class MetDateForm(forms.Form):
    met_on = forms.DateField(widget=DATE, label="Day you met them")

    def __init__(self, conference: Conference, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.conference = conference
        self.today = clock.today()
        self.fields["met_on"].initial = conferences.meeting_day(conference, self.today)

    def clean_met_on(self) -> date:
        met_on: date = self.cleaned_data["met_on"]
        if met_on > self.today:
            raise forms.ValidationError("That day has not come yet.")
        return met_on


class GoalForm(forms.ModelForm[Goal]):
    class Meta:
        model = Goal
        fields: ClassVar = ["horizon", "measure", "title", "target", "deadline"]
        widgets: ClassVar = {"deadline": DATE}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        name_empty_choice(self.fields["horizon"], "Choose when")
        name_empty_choice(self.fields["measure"], "Choose what to count")


class GoalProgressForm(forms.ModelForm[Goal]):
    class Meta:
        model = Goal
        fields: ClassVar = ["done_by_hand"]


class GoalReviewForm(forms.ModelForm[GoalReview]):
    class Meta:
        model = GoalReview
        fields: ClassVar = ["notes"]
        widgets: ClassVar = {"notes": forms.Textarea(attrs={"rows": 2})}
        labels: ClassVar = {"notes": "What you will change (optional)"}
