from __future__ import annotations

from typing import Any, ClassVar

from django import forms

from matchwise.network.empty_choice import name_empty_choice
from matchwise.network.models import Contact, Interaction
from matchwise.outreach import compose, placeholders
from matchwise.outreach.kinds import KIND_CHOICES, MessageKind
from matchwise.outreach.models import (
    Advice,
    CampaignTarget,
    Conference,
    Message,
    MessageTemplate,
)

# A program's name, as long as the SOAP list and the catalogues store it.
PROGRAM_LENGTH = 300


class TemplateForm(forms.ModelForm[MessageTemplate]):
    class Meta:
        model = MessageTemplate
        fields: ClassVar = ["name", "slug", "kind", "subject", "body"]
        widgets: ClassVar = {"body": forms.Textarea(attrs={"rows": 14})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        name_empty_choice(self.fields["kind"], "Choose a kind of message")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for field in ("subject", "body"):
            if typos := placeholders.unknown(data.get(field, "")):
                self.add_error(
                    field,
                    "Unknown placeholder: "
                    + ", ".join(f"{{{name}}}" for name in typos)
                    + ". See the list of placeholders below.",
                )
        return data


class ChooseForm(forms.Form):
    """Step one of the composer: whom, and from which template."""

    contact = forms.ModelChoiceField(Contact.objects.all(), empty_label="Choose a contact")
    template = forms.ModelChoiceField(
        MessageTemplate.objects.all(), to_field_name="slug", empty_label="Choose a template"
    )
    conference = forms.ModelChoiceField(
        Conference.objects.all(), required=False, empty_label="Latest where you met them"
    )
    program = forms.CharField(
        required=False,
        max_length=PROGRAM_LENGTH,
        help_text="The program the message is about, for {program.name}",
    )


class ComposeForm(forms.Form):
    """Step two: the filled message as the user edited it, and what it belongs to."""

    contact = forms.ModelChoiceField(Contact.objects.all(), widget=forms.HiddenInput)
    template = forms.ModelChoiceField(
        MessageTemplate.objects.all(), required=False, widget=forms.HiddenInput
    )
    conference = forms.ModelChoiceField(
        Conference.objects.all(), required=False, widget=forms.HiddenInput
    )
    interaction = forms.ModelChoiceField(
        Interaction.objects.all(), required=False, widget=forms.HiddenInput
    )
    advice = forms.ModelChoiceField(Advice.objects.all(), required=False, widget=forms.HiddenInput)
    target = forms.ModelChoiceField(
        CampaignTarget.objects.all(), required=False, widget=forms.HiddenInput
    )
    draft = forms.ModelChoiceField(
        Message.objects.filter(state=Message.State.DRAFT), required=False, widget=forms.HiddenInput
    )
    program = forms.CharField(required=False, max_length=PROGRAM_LENGTH, widget=forms.HiddenInput)
    kind = forms.ChoiceField(choices=KIND_CHOICES)
    subject = forms.CharField(required=False, max_length=200)
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 16}), label="Message")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        contact = data.get("contact")
        for name in ("interaction", "advice", "target", "draft"):
            item = data.get(name)
            if item is not None and contact is not None and item.contact_id != contact.pk:
                self.add_error(None, f"The {name} chosen belongs to someone else.")
        return data

    @property
    def message_kind(self) -> MessageKind:
        return MessageKind(self.cleaned_data["kind"])

    def context(self) -> compose.Context:
        data = self.cleaned_data
        return compose.context_for(
            data["contact"],
            conference=data.get("conference"),
            interaction=data.get("interaction"),
            advice=data.get("advice"),
            program=data.get("program", ""),
        )
