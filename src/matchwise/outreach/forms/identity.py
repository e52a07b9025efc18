from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from django import forms

from matchwise.outreach import pitch
from matchwise.outreach.models import ApplicantIdentity


class IdentityForm(forms.ModelForm[ApplicantIdentity]):
    class Meta:
        model = ApplicantIdentity
        fields: ClassVar = [
            "honorific",
            "name",
            "country",
            "status",
            "specialty",
            "interest",
            "experience",
            "seeking",
            "identity_sentence",
            "pitch",
            "email",
            "phone",
            "linkedin_url",
        ]
        widgets: ClassVar = {
            "identity_sentence": forms.Textarea(attrs={"rows": 3}),
            "pitch": forms.Textarea(attrs={"rows": 6}),
        }

    def clean(self) -> dict[str, Any]:
        """An empty identity sentence or pitch is built from the answers."""
        data = super().clean() or {}
        fields = pitch_fields(data)
        if not data.get("identity_sentence", "").strip():
            data["identity_sentence"] = pitch.identity_sentence(fields)
        if not data.get("pitch", "").strip():
            data["pitch"] = pitch.pitch_text(fields)
        return data


PITCH_KEYS = ("country", "status", "specialty", "interest", "experience", "seeking")


def pitch_fields(answers: Mapping[str, Any]) -> pitch.PitchFields:
    """The pitch's building blocks from the form's answers (saved or not)."""
    return pitch.PitchFields(
        name=f"{answers.get('honorific', '')} {answers.get('name', '')}".strip(),
        **{key: str(answers.get(key, "")) for key in PITCH_KEYS},
    )
