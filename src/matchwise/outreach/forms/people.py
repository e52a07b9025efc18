"""Forms about people: mentor roles and advice, letter writers, campaign targets."""

from __future__ import annotations

from typing import ClassVar

from django import forms

from matchwise.network import clock
from matchwise.network.choices import MENTOR_ROLE_LABELS, choices
from matchwise.network.empty_choice import name_empty_choice
from matchwise.network.models import Contact
from matchwise.outreach.models import Advice, Campaign, LetterRequest


class MentorRoleForm(forms.Form):
    contact = forms.ModelChoiceField(Contact.objects.all(), empty_label="Choose a contact")
    role = forms.ChoiceField(choices=choices(MENTOR_ROLE_LABELS))


class AdviceForm(forms.ModelForm[Advice]):
    class Meta:
        model = Advice
        fields: ClassVar = ["suggestion", "received_on"]
        widgets: ClassVar = {"received_on": forms.DateInput(attrs={"type": "date"})}
        labels: ClassVar = {"suggestion": "Advice", "received_on": "Given on"}


class AdviceActionForm(forms.Form):
    action = forms.CharField(max_length=300, label="What you did")
    acted_on = forms.DateField(
        initial=clock.today, widget=forms.DateInput(attrs={"type": "date"}), label="On"
    )


class LetterRequestForm(forms.ModelForm[LetterRequest]):
    class Meta:
        model = LetterRequest
        fields: ClassVar = ["contact", "supervised", "saw_work", "known_since", "notes"]
        widgets: ClassVar = {
            "known_since": forms.DateInput(attrs={"type": "date"}),
            "notes": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        name_empty_choice(self.fields["contact"], "Choose a contact")
        if not self.instance.pk:
            contact = self.fields["contact"]
            assert isinstance(contact, forms.ModelChoiceField)
            contact.queryset = Contact.objects.filter(letter__isnull=True)


class CampaignForm(forms.ModelForm[Campaign]):
    class Meta:
        model = Campaign
        fields: ClassVar = ["name", "kind", "goal"]


class AddTargetsForm(forms.Form):
    contacts = forms.ModelMultipleChoiceField(
        Contact.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label="People to add",
    )

    def __init__(self, campaign: Campaign, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["contacts"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = Contact.objects.exclude(campaign_targets__campaign=campaign)
