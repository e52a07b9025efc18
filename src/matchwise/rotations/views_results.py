"""After the Match, and giving back. Each view validates with a form and calls one service."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from matchwise.network import clock
from matchwise.outreach.views import page
from matchwise.rotations import mentees, results
from matchwise.rotations.forms_results import MatchResultForm, MenteeForm
from matchwise.rotations.models import MatchResult

# A heavy networker's season can count thousands of people with an exchange: the page starts
# with those who helped most and shows the rest on request.
HELPERS_SHOWN = 100


@require_http_methods(["GET", "POST"])
def after_the_match(request: HttpRequest) -> HttpResponse:
    """Record the result; then everyone who helped, each with their message to send."""
    latest = MatchResult.objects.first()
    form = MatchResultForm(initial={"recorded_on": clock.today()})
    status = 200
    if request.method == "POST":
        try:
            results.record(request.POST.dict())
        except results.ResultRefusedError:
            form = MatchResultForm(request.POST)
            form.is_valid()
            status = 400
        else:
            return HttpResponseRedirect(reverse("rotations:match"))
    helpers = results.helpers(latest) if latest else []
    shown = helpers if request.GET.get("all") else helpers[:HELPERS_SHOWN]
    return page(
        request,
        "rotations/match.html",
        "match",
        result=latest,
        helpers=shown,
        helper_count=len(helpers),
        to_write=sum(not row.done for row in helpers),
        hidden=len(helpers) - len(shown),
        form=form,
        status=status,
    )


@require_POST
def next_cycle(request: HttpRequest, pk: int) -> HttpResponse:
    result = get_object_or_404(MatchResult, pk=pk)
    try:
        results.start_next_cycle(result, clock.today())
    except results.NextCycleError as refused:
        return HttpResponse(str(refused), status=409)
    return HttpResponseRedirect(reverse("rotations:match") + "#next-cycle")


@require_http_methods(["GET", "POST"])
def giving_back(request: HttpRequest) -> HttpResponse:
    form = MenteeForm()
    status = 200
    if request.method == "POST":
        try:
            mentees.add(request.POST.dict())
        except mentees.MenteeError as refused:
            form = MenteeForm(request.POST)
            if form.is_valid() or refused.field not in form.errors:
                form.add_error(refused.field, refused.message)
            status = 400
        else:
            return HttpResponseRedirect(reverse("rotations:giving_back"))
    return page(
        request,
        "rotations/giving_back.html",
        "giving_back",
        rows=mentees.rows(clock.today()),
        form=form,
        status=status,
    )


@require_POST
def stop_mentoring(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        mentees.stop(pk)
    except mentees.UnknownMenteeError as missing:
        raise Http404(missing.message) from missing
    return HttpResponseRedirect(reverse("rotations:giving_back"))
