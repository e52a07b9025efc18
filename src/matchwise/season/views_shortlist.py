""" "I applied to these": the programs of a shortlist, ticked, become applications."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from matchwise.network import clock
from matchwise.programs.forms import ProfileForm
from matchwise.programs.services import ShortlistRequestError, make_shortlist
from matchwise.season import services
from matchwise.season.forms import SubmissionForm
from matchwise.season.models import Application
from matchwise.season.programs import UnknownProgramError, find_program


@require_http_methods(["GET", "POST"])
def from_shortlist(request: HttpRequest) -> HttpResponse:
    """GET: the shortlist of the profile in the address, each program with a box to tick.
    POST: the ticked programs (ids of one catalogue) become applications, all or none."""
    if request.method == "POST":
        return _apply(request)
    profile = ProfileForm(request.GET)
    if not profile.is_valid() or profile.profile is None:
        return HttpResponseRedirect(reverse("programs:home"))
    try:
        result = make_shortlist(profile.profile, profile.catalogue_name, choices=profile.choices)
    except ShortlistRequestError:
        return HttpResponseRedirect(reverse("programs:home"))
    return _page(
        request,
        result.catalogue,
        [r.listed for r in result.rows],
        SubmissionForm(initial={"applied_on": clock.today()}),
    )


def _page(
    request: HttpRequest,
    catalogue: str,
    listed: list[object],
    form: SubmissionForm,
    status: int = 200,
    problem: str = "",
) -> HttpResponse:
    applied = set(
        Application.objects.filter(catalogue=catalogue).values_list("program_id", flat=True)
    )
    return render(
        request,
        "season/from_shortlist.html",
        {
            "nav": "season",
            "catalogue": catalogue,
            "listed": listed,
            "applied": applied,
            "form": form,
            "problem": problem,
        },
        status=status,
    )


def _apply(request: HttpRequest) -> HttpResponse:
    form = SubmissionForm(request.POST)
    catalogue = request.POST.get("catalogue", "")
    ids = request.POST.getlist("program_id")
    problem = "" if ids else "Tick the programs you applied to."
    programs = []
    if not problem and form.is_valid():
        try:
            programs = [find_program(program_id, catalogue) for program_id in ids]
            data = form.cleaned_data
            services.add_applications(
                programs, services.Submission(data["applied_on"], data["fees_usd"])
            )
        except (UnknownProgramError, services.SeasonError) as error:
            problem = str(error)
    if problem or not form.is_valid():
        return _page(request, catalogue, [], form, 400, problem)
    return HttpResponseRedirect(reverse("season:home"))
