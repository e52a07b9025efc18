"""The profile form and the shortlist page, its print view and its downloads.

The form is sent with GET: working out a list changes nothing, so the result can be
bookmarked, reloaded and exported from its address, and nothing is stored on the way.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from matchwise.programs.calibrations import current_calibration
from matchwise.programs.catalogues import catalogue_choices
from matchwise.programs.exports import (
    export_file_name,
    shortlist_csv_bytes,
    shortlist_xlsx_bytes,
)
from matchwise.programs.forms import TYPICAL_PROFILE, ProfileForm
from matchwise.programs.models import SavedProfile
from matchwise.programs.services import (
    ListedRow,
    ShortlistRequestError,
    ShortlistResult,
    make_shortlist,
)
from matchwise.programs.wording import TIER_MEANINGS
from matchwise.selection import SAMPLE_LABEL

TIER_ORDER = {"likely": 0, "target": 1, "reach": 2}
SORTS = {
    "rank": lambda r: r.rank,
    "name": lambda r: r.listed.name.casefold(),
    "state": lambda r: (r.program.state or "~", r.rank),
    "p_interview": lambda r: (-r.listed.p_interview, r.rank),
    "tier": lambda r: (TIER_ORDER[r.listed.tier], r.rank),
    "ties": lambda r: (-r.listed.network_ties, r.rank),
}
DOWNLOADS = {
    "csv": ("text/csv; charset=utf-8", shortlist_csv_bytes),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        shortlist_xlsx_bytes,
    ),
}


def home(request: HttpRequest) -> HttpResponse:
    """The profile form: from the address (to change a list), a saved profile, or typical."""
    if "applicant_type" in request.GET:
        form = ProfileForm(request.GET)
    elif "profile" in request.GET:
        saved = get_object_or_404(SavedProfile, pk=_int(request.GET["profile"]))
        form = ProfileForm(instance=saved)
    else:
        form = ProfileForm(initial=TYPICAL_PROFILE)
    return form_page(request, form)


def _int(value: str) -> int:
    if not value.isdigit():
        raise Http404("No such profile.")
    return int(value)


def form_page(request: HttpRequest, form: ProfileForm, status: int = 200) -> HttpResponse:
    context = {
        "nav": "programs",
        "form": form,
        "saved_profiles": SavedProfile.objects.only("pk", "name", "updated_at")[:20],
        "catalogues": catalogue_choices(),
        "sample_label": SAMPLE_LABEL,
        "calibration": current_calibration(),
    }
    return render(request, "programs/home.html", context, status=status)


def _result(request: HttpRequest) -> tuple[ProfileForm, ShortlistResult | None]:
    form = ProfileForm(request.GET)
    if not form.is_valid() or form.profile is None:
        return form, None
    try:
        return form, make_shortlist(form.profile, form.catalogue_name, choices=form.choices)
    except ShortlistRequestError as error:
        form.add_error(error.field, error.message)
        return form, None


def profile_query(request: HttpRequest) -> QueryDict:
    """The profile part of the address, to build links that keep it."""
    query = request.GET.copy()
    for key in ("sort", "saved"):
        query.pop(key, None)
    return query


def shortlist(request: HttpRequest) -> HttpResponse:
    if not request.GET:
        return HttpResponseRedirect(reverse("programs:home"))
    form, result = _result(request)
    if result is None:
        return form_page(request, form, status=400)
    sort = request.GET.get("sort", "rank")
    rows: list[ListedRow] = sorted(result.rows, key=SORTS.get(sort, SORTS["rank"]))
    saved = request.GET.get("saved", "")
    saved_name = (
        SavedProfile.objects.filter(pk=int(saved)).values_list("name", flat=True).first()
        if saved.isdigit()
        else None
    )
    context = {
        "nav": "programs",
        "result": result,
        "shortlist": result.shortlist,
        "rows": rows,
        "sort": sort if sort in SORTS else "rank",
        "query": profile_query(request).urlencode(),
        "hidden_fields": [(k, v) for k, values in profile_query(request).lists() for v in values],
        "curve": curve_data(result),
        "tier_mix": tier_mix(result),
        "tiers": TIER_MEANINGS,
        "messages_list": [f"Saved as “{saved_name}”."] if saved_name else [],
    }
    return render(request, "programs/shortlist.html", context)


def tier_mix(result: ShortlistResult) -> list[tuple[str, int]]:
    """How many listed programs fall in each tier, likely first."""
    counts = {name: 0 for name in TIER_ORDER}
    for listed in result.shortlist.programs:
        counts[listed.tier] += 1
    return sorted(counts.items(), key=lambda item: TIER_ORDER[item[0]])


def curve_data(result: ShortlistResult) -> dict[str, object]:
    """What the chart draws: P(match) with its band, by number of programs and by dollars."""
    curve = result.shortlist.curve
    shortlist = result.shortlist

    def pairs(x: str, y: str) -> list[list[float]]:
        return [[getattr(c, x), round(getattr(c, y), 5)] for c in curve]

    return {
        "by_count": pairs("n", "p_match"),
        "by_dollars": pairs("cost_usd", "p_match"),
        "band_by_count": [pairs("n", "low"), pairs("n", "high")],
        "band_by_dollars": [pairs("cost_usd", "low"), pairs("cost_usd", "high")],
        "chosen": [len(shortlist.programs), shortlist.cost_usd, round(shortlist.p_match, 5)],
    }


def print_view(request: HttpRequest) -> HttpResponse:
    form, result = _result(request)
    if result is None:
        return form_page(request, form, status=400)
    context = {"nav": "programs", "result": result, "shortlist": result.shortlist}
    context["tiers"] = TIER_MEANINGS
    return render(request, "programs/shortlist_print.html", context)


def download(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in DOWNLOADS:
        raise Http404("No such export.")
    form, result = _result(request)
    if result is None:
        return form_page(request, form, status=400)
    content_type, render_bytes = DOWNLOADS[kind]
    response = HttpResponse(render_bytes(result), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{export_file_name(result, kind)}"'
    return response
