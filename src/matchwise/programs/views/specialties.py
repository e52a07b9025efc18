"""How hard each specialty is for a non-US IMG: the market model's predictions, with bands."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from matchwise.market.inputs import SpecialtiesError, parse_specialties
from matchwise.market.model import Prediction
from matchwise.programs.market_fits import difficulty, predict
from matchwise.programs.specialty_chart import chart

MAX_UPLOAD_BYTES = 1024 * 1024


class SpecialtiesForm(forms.Form):
    file = forms.FileField(
        label="Specialties (CSV)",
        help_text="Columns specialty, positions, all_applicants, img_applicants, img_step2_mean, "
        "img_step2_sd; one row per specialty",
    )

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if getattr(upload, "size", 0) > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The file is larger than 1 MB.")
        return upload


@require_http_methods(["GET", "POST"])
def specialties_page(request: HttpRequest) -> HttpResponse:
    form = SpecialtiesForm(request.POST or None, request.FILES or None)
    problems: list[str] = []
    used, rows = difficulty()
    shown: list[tuple[Prediction, float | None]] = [(r.prediction, r.published) for r in rows]
    uploaded = False
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            markets = parse_specialties(upload.read().decode("utf-8-sig"), upload.name)
        except UnicodeDecodeError:
            problems = [f"{upload.name}:1: -: not UTF-8 text"]
        except SpecialtiesError as error:
            problems = [str(p) for p in error.problems]
        else:
            used, predictions = predict(markets)
            shown = [(p, None) for p in predictions]
            uploaded = True
    context = {
        "nav": "programs",
        "form": form,
        "problems": problems,
        "used": used,
        "rows": shown,
        "uploaded": uploaded,
        "error": used.fit.errors[used.fit.chosen],
        "chart": chart([(p.specialty, p.img_match_rate, p.low, p.high, pub) for p, pub in shown]),
    }
    status = 400 if request.method == "POST" and not uploaded else 200
    return render(request, "programs/specialties.html", context, status=status)
