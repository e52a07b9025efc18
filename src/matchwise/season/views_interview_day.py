"""The interview day pages: what to read before it, and who you met there."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from matchwise.network import clock
from matchwise.network.choices import Role
from matchwise.season import interview_day, zones
from matchwise.season.forms import PeopleMetForm
from matchwise.season.models import Application
from matchwise.season.shortlist_reasons import shortlist_reasons


def prep(request: HttpRequest, pk: int, *, form: PeopleMetForm | None = None) -> HttpResponse:
    application = get_object_or_404(Application, pk=pk)
    day = (
        zones.in_zone(application.interview_at, application.time_zone).date()
        if application.interview_at is not None
        else clock.today()
    )
    context = {
        "nav": "season",
        "prep": interview_day.prep(application),
        "form": form or PeopleMetForm(initial={"met_on": day}),
        "thank_you": interview_day.thank_you_window(day),
        "shortlist": shortlist_reasons(application),
    }
    return render(request, "season/prep.html", context, status=400 if form else 200)


@require_POST
def people_met(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=pk)
    form = PeopleMetForm(request.POST)
    if not form.is_valid():
        return prep(request, pk, form=form)
    data = form.cleaned_data
    people = [
        interview_day.PersonMet(name, Role(data["role"]), email=email)
        for name, email in data["people"]
    ]
    interview_day.record_people_met(application, people, data["met_on"])
    return HttpResponseRedirect(reverse("season:prep", args=[pk]) + "#people")
