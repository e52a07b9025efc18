"""The profile form (the same keys as the TOML file and the API) and the import form.

Every rule about a profile's values lives in the engine's `profile_from_mapping`; the form
only turns text into values and puts the engine's problems next to the fields they name.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from django import forms
from django.utils import timezone

from matchwise.programs.catalogues import (
    SAMPLE_NAME,
    catalogue_choices,
    catalogue_title,
    known_specialties,
    name_problem,
)
from matchwise.programs.models import LAYOUT_CHOICES, SavedProfile
from matchwise.programs.services import Choices
from matchwise.selection import Objective, Profile, ProfileError, profile_from_mapping
from matchwise.selection.catalogue_limits import MAX_FILE_BYTES
from matchwise.selection.profile import PARSERS
from matchwise.selection.shortlist import DEFAULT_STOP_BELOW

PROFILE_KEYS: tuple[str, ...] = tuple(PARSERS)
# What the form shows first: a typical non-US IMG applying to Internal Medicine on a J-1.
TYPICAL_PROFILE: dict[str, object] = {
    "applicant_type": "non_us_img",
    "specialties": ["Internal Medicine"],
    "step2_score": 245,
    "step2_attempts": 1,
    "step1_attempts": 1,
    "years_since_graduation": 2,
    "visa": "j1",
    "usce_months": 3,
    "us_letters": 0,
    "publications": 0,
    "presentations": 0,
    "preferred_states": [],
    "setting_preference": "any",
    "budget_usd": 2500,
}
_STATE_SPLIT = re.compile(r"[\s,;]+")


class WordsField(forms.CharField):
    """A list typed as "A, B C", kept in the order typed."""

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        if isinstance(value, list | tuple):
            value = " ".join(value)
        text = super().to_python(value) or ""
        return [part for part in _STATE_SPLIT.split(text) if part]

    def prepare_value(self, value: Any) -> Any:
        return ", ".join(value) if isinstance(value, list | tuple) else value


class FavouritesField(forms.CharField):
    """Program names or ids, best first: separated by semicolons or lines; a part made only
    of ids (no spaces) may also separate them with commas."""

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        if isinstance(value, list | tuple):
            value = "; ".join(value)
        text = super().to_python(value) or ""
        out: list[str] = []
        for part in re.split(r"[;\n]+", text):
            pieces = [p.strip() for p in part.split(",")]
            if len(pieces) > 1 and all(p and " " not in p for p in pieces):
                out += pieces
            elif part.strip():
                out.append(part.strip())
        return out

    def prepare_value(self, value: Any) -> Any:
        return "; ".join(value) if isinstance(value, list | tuple) else value


class StatesField(WordsField):
    """Two-letter codes typed as "NY, NJ PA"; checked by the engine."""

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        return [part.upper() for part in super().to_python(value)]


class ProfileForm(forms.ModelForm[SavedProfile]):
    specialties = forms.MultipleChoiceField(widget=forms.CheckboxSelectMultiple)
    preferred_states = StatesField(
        required=False, help_text="Two-letter codes, e.g. NJ, PA", label="Preferred states"
    )
    home_state = forms.CharField(
        required=False,
        help_text="Two letters, e.g. NY; empty if none",
        widget=forms.TextInput(attrs={"size": 2, "placeholder": "e.g. NY"}),
    )
    catalogue = forms.ChoiceField(
        required=False, help_text="The programs to choose from", label="Catalogue"
    )
    objective = forms.ChoiceField(
        required=False,
        label="Make the list for",
        choices=[
            (Objective.P_MATCH.value, "The best chance of matching"),
            (Objective.EXPECTED_UTILITY.value, "The best match for my preferences"),
        ],
        help_text="Preferences: your states, setting and favourite programs",
    )
    favourites = FavouritesField(
        required=False,
        label="Favourite programs",
        help_text="Program names or ids, best first, separated by semicolons; always listed",
    )

    class Meta:
        model = SavedProfile
        fields: ClassVar = ["name", *PROFILE_KEYS]
        widgets: ClassVar = {
            "step2_score": forms.NumberInput(
                attrs={"min": 1, "max": 300, "placeholder": "none yet"}
            ),
            "budget_usd": forms.NumberInput(attrs={"min": 0, "step": 1, "placeholder": "no limit"}),
            "max_applications": forms.NumberInput(attrs={"min": 1, "placeholder": "no limit"}),
            "stop_below": forms.NumberInput(
                attrs={"min": 0, "max": 100, "step": 0.05, "placeholder": f"{DEFAULT_STOP_BELOW:g}"}
            ),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.profile: Profile | None = None
        self.fields["name"].required = False
        specialties = self.fields["specialties"]
        assert isinstance(specialties, forms.MultipleChoiceField)
        names = set(known_specialties()) | set(self.instance.specialties or [])
        specialties.choices = [(n, n) for n in sorted(names)]
        catalogue = self.fields["catalogue"]
        assert isinstance(catalogue, forms.ChoiceField)
        catalogue.choices = [
            (c.name, catalogue_title(c.name, c.label)) for c in catalogue_choices()
        ]
        catalogue.initial = SAMPLE_NAME

    def clean_name(self) -> str:
        name: str = self.cleaned_data.get("name") or ""
        return name.strip() or "My profile"

    def clean_home_state(self) -> str:
        state: str = self.cleaned_data.get("home_state") or ""
        return state.strip().upper()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        mapping = profile_mapping(data)
        failed = {key for key in PROFILE_KEYS if key in self.errors}
        try:
            profile = profile_from_mapping({k: v for k, v in mapping.items() if k not in failed})
        except ProfileError as error:
            for problem in error.problems:
                key, _, message = problem.partition(": ")
                if key not in failed:  # a field Django refused is reported once, by Django
                    self.add_error(key if key in self.fields else None, message)
        else:
            self.profile = None if failed else profile
        return data

    def save(self, commit: bool = True) -> SavedProfile:
        self.instance.updated_at = timezone.now()
        return super().save(commit=commit)

    @property
    def catalogue_name(self) -> str:
        return str(self.cleaned_data.get("catalogue") or SAMPLE_NAME)

    @property
    def choices(self) -> Choices:
        objective = Objective(self.cleaned_data.get("objective") or Objective.P_MATCH.value)
        return Choices(objective, tuple(self.cleaned_data.get("favourites") or ()))


def profile_mapping(values: dict[str, Any]) -> dict[str, object]:
    """The profile keys of a form's (or saved profile's) values, as the engine reads them."""
    mapping = {key: values.get(key) for key in PROFILE_KEYS}
    mapping["home_state"] = mapping["home_state"] or None
    mapping["preferred_states"] = list(mapping["preferred_states"] or [])
    mapping["specialties"] = list(mapping["specialties"] or [])
    return mapping


class ImportForm(forms.Form):
    file = forms.FileField(
        help_text="CSV or JSON, up to 20 MB, UTF-8 or UTF-16; the columns are listed in the "
        "catalogue format guide"
    )
    name = forms.CharField(max_length=100, help_text="How you will pick it, e.g. “IM 2026”")
    layout = forms.ChoiceField(
        choices=[("", "Guess from the file ending (.csv or .json)"), *LAYOUT_CHOICES],
        required=False,
        label="Layout",
    )
    specialty = forms.CharField(
        required=False, help_text="ACGME listings only: the specialty they cover"
    )
    as_of = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        label="As of",
        help_text="NRMP, ACGME and per-program layouts: when the figures were true (default today)",
    )
    source = forms.CharField(
        required=False, max_length=300, help_text="Where the figures come from (default: file name)"
    )

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"].strip()
        problem = name_problem(name)
        if problem:
            raise forms.ValidationError(problem)
        return name

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            megabytes = MAX_FILE_BYTES // (1024 * 1024)
            raise forms.ValidationError(f"The file is larger than {megabytes} MB, the limit.")
        return upload
