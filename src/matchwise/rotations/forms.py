"""Forms of the rotation pages; the rules between fields live on the models."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, ClassVar

from django import forms

from matchwise.network import clock
from matchwise.network.models import Contact
from matchwise.rotations.models import Rotation
from matchwise.rotations.vocabulary import MEMBER_ROLE_LABELS, MemberRole

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TASK_DAYS = 2  # a promise made today is best kept within a couple of days


class RotationForm(forms.ModelForm[Rotation]):
    class Meta:
        model = Rotation
        fields: ClassVar = [
            "kind",
            "institution",
            "service",
            "program_id",
            "starts_on",
            "ends_on",
            "attending_target",
            "resident_target",
            "notes",
        ]
        widgets: ClassVar = {
            "starts_on": DATE,
            "ends_on": DATE,
            "notes": forms.Textarea(attrs={"rows": 3}),
        }


class PersonForm(forms.Form):
    """Someone met on the rotation: a contact you have, or a new one by name."""

    contact = forms.ModelChoiceField(
        queryset=Contact.objects.all(),
        required=False,
        empty_label="Someone new (type the name)",
        label="A contact you have",
    )
    honorific = forms.CharField(max_length=40, required=False, label="Title")
    name = forms.CharField(max_length=200, required=False, label="Name")
    email = forms.EmailField(max_length=254, required=False, label="Email")
    role = forms.ChoiceField(
        choices=[(str(k), v) for k, v in MEMBER_ROLE_LABELS.items()], label="On this rotation"
    )
    chosen = forms.BooleanField(
        required=False, initial=True, label="Someone to get to know (one of your targets)"
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("contact") is None and not (data.get("name") or "").strip():
            self.add_error("name", "Type their name, or choose one of your contacts.")
        if data.get("contact") is not None and (data.get("name") or "").strip():
            self.add_error("name", "Either choose a contact or type a new name, not both.")
        return data

    @property
    def member_role(self) -> MemberRole:
        return MemberRole(self.cleaned_data["role"])


class TaskForm(forms.Form):
    contact = forms.ModelChoiceField(
        queryset=Contact.objects.none(), label="Promised to", empty_label="Choose a person"
    )
    description = forms.CharField(
        max_length=200, label="What you promised", help_text="e.g. send the article on sepsis"
    )
    due_on = forms.DateField(widget=DATE, label="Due")

    def __init__(self, *args: Any, rotation: Rotation, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"due_on": clock.today() + timedelta(days=TASK_DAYS)})
        kwargs.setdefault("auto_id", "task_%s")  # the page also has the person form's fields
        super().__init__(*args, **kwargs)
        people = Contact.objects.filter(rotation_roles__rotation=rotation).order_by("name")
        self.fields["contact"].queryset = people  # type: ignore[attr-defined]


class MemberForm(forms.Form):
    role = forms.ChoiceField(choices=[(str(k), v) for k, v in MEMBER_ROLE_LABELS.items()])
    chosen = forms.BooleanField(required=False)
    saw_work = forms.BooleanField(required=False)
