"""The Model page: which parameters every list uses, where they come from, and calibrating
them to the user's own copy of a published outcomes table."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from matchwise.programs.calibrations import (
    CalibrationRefusedError,
    OutcomesError,
    calibrate,
    current_calibration,
    current_model,
)
from matchwise.selection.model import MatchModel

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
INTERVIEWS_SHOWN = (1, 3, 5, 10)


class CalibrationForm(forms.Form):
    file = forms.FileField(
        label="Outcomes table (CSV)",
        help_text="NRMP Charting Outcomes for non-US IMGs: a row per specialty, measure, cohort",
    )
    holdout = forms.FileField(
        required=False,
        label="Next year's table (optional)",
        help_text="To check this year's fit against the next year's published rates",
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        for name in ("file", "holdout"):
            upload = data.get(name)
            if upload is not None and getattr(upload, "size", 0) > MAX_UPLOAD_BYTES:
                self.add_error(name, "The file is larger than 5 MB.")
        return data


def _rows(model: MatchModel) -> list[dict[str, object]]:
    rows = []
    for name in sorted(model.fitted):
        values = model.fitted[name]
        rows.append(
            {
                "specialty": name,
                "method": model.methods[name],
                "typical": values.typical_interview_rate(),
                "by_interviews": [
                    float(values.p_match_given_interviews(k)) for k in INTERVIEWS_SHOWN
                ],
                "ceiling": values.ceiling,
            }
        )
    return rows


@require_http_methods(["GET", "POST"])
def model_page(request: HttpRequest) -> HttpResponse:
    form = CalibrationForm(request.POST or None, request.FILES or None)
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        holdout = form.cleaned_data.get("holdout")
        try:
            calibrate(
                upload.read(),
                upload.name,
                (holdout.read(), holdout.name) if holdout is not None else None,
            )
        except OutcomesError as error:
            problems = [str(p) for p in error.problems]
        except CalibrationRefusedError as error:
            problems = error.reasons
        else:
            return HttpResponseRedirect(reverse("programs:model") + "?calibrated=1")
    model = current_model()
    context = {
        "nav": "programs",
        "form": form,
        "problems": problems,
        "model": model,
        "rows": _rows(model),
        "interviews_shown": INTERVIEWS_SHOWN,
        "calibration": current_calibration(),
        "messages_list": ["Calibrated: every list now uses your fit."]
        if request.GET.get("calibrated")
        else [],
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "programs/model.html", context, status=status)
