"""Forms of the SOAP pages; the rules live in `soap_rules` and the services in `soap`."""

from __future__ import annotations

from django import forms

from matchwise.season.unfilled_rows import MAX_ROWS


class UnfilledForm(forms.Form):
    """The list of unfilled programs: pasted, or a file."""

    text = forms.CharField(
        required=False,
        label="Paste the list",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=2_000_000,
        help_text="One program per line (its NRMP code first, if you have it), or CSV lines "
        "under a header naming name, nrmp_code, specialty, state, positions…",
    )
    file = forms.FileField(required=False, label="Or choose a CSV file")

    def clean(self) -> dict[str, object] | None:
        data = super().clean()
        if data is not None and not data.get("text", "").strip() and not data.get("file"):
            raise forms.ValidationError(
                f"Paste the list or choose a file (up to {MAX_ROWS} programs)."
            )
        return data


class OfferForm(forms.Form):
    round = forms.IntegerField(min_value=1, max_value=20, label="Round")
