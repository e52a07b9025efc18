"""Conferences: the plan, and the people met."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from matchwise.network.choices import FollowUpRule
from matchwise.outreach import conferences
from matchwise.outreach.forms.plans import (
    ConferenceForm,
    ConferenceTargetForm,
    MetDateForm,
    MetFormSet,
)
from matchwise.outreach.models import Conference, ConferenceTarget
from matchwise.outreach.views import page

MET_ROWS = 5
MET_ROWS_MAX = 40


def conference_list(request: HttpRequest) -> HttpResponse:
    return page(
        request,
        "outreach/conference_list.html",
        "conferences",
        conferences=Conference.objects.all(),
    )


@require_http_methods(["GET", "POST"])
def conference_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    conference = get_object_or_404(Conference, pk=pk) if pk else None
    form = ConferenceForm(request.POST or None, instance=conference)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        return HttpResponseRedirect(reverse("outreach:conference", args=[saved.pk]))
    return page(
        request, "outreach/conference_form.html", "conferences", form=form, conference=conference
    )


def conference_detail(
    request: HttpRequest, pk: int, form: ConferenceTargetForm | None = None
) -> HttpResponse:
    conference = get_object_or_404(Conference, pk=pk)
    targets = list(conference.targets.select_related("contact"))
    met = [
        (t, t.contact_id)
        for t in targets
        if t.kind == ConferenceTarget.Kind.PERSON and t.met and t.contact_id is not None
    ]
    # Each person met, with the follow-up the tracker planned for that meeting.
    follow_ups = {
        follow_up.contact_id: follow_up
        for follow_up in conferences.meeting_follow_ups(conference, [pk for _, pk in met])
    }
    return page(
        request,
        "outreach/conference_detail.html",
        "conferences",
        conference=conference,
        sessions=[t for t in targets if t.kind == ConferenceTarget.Kind.SESSION],
        events=[t for t in targets if t.kind == ConferenceTarget.Kind.EVENT],
        people=[t for t in targets if t.kind == ConferenceTarget.Kind.PERSON and not t.met],
        met=[(t, follow_ups.get(pk)) for t, pk in met],
        form=form or ConferenceTargetForm(initial={"kind": request.GET.get("kind", "person")}),
        met_in_person=FollowUpRule.MET_IN_PERSON,
        status=400 if form is not None else 200,
    )


@require_POST
def add_target(request: HttpRequest, pk: int) -> HttpResponse:
    conference = get_object_or_404(Conference, pk=pk)
    form = ConferenceTargetForm(request.POST)
    if not form.is_valid():
        return conference_detail(request, pk, form)
    form.save_for(conference)
    return HttpResponseRedirect(reverse("outreach:conference", args=[pk]) + "#plan")


@require_http_methods(["GET", "POST"])
def record_met(request: HttpRequest, pk: int) -> HttpResponse:
    """The "met" list: everyone you met, in one screen; each gets the 48–72 hour follow-up."""
    conference = get_object_or_404(Conference, pk=pk)
    rows = request.GET.get("rows", "")
    extra = min(int(rows), MET_ROWS_MAX) if rows.isdigit() else MET_ROWS
    date_form = MetDateForm(conference, request.POST or None)
    formset = MetFormSet(request.POST or None, initial=[{} for _ in range(extra)], prefix="met")
    if request.method == "POST" and date_form.is_valid() and formset.is_valid():
        people = [p for form in formset if (p := form.person()) is not None]
        if people:
            conferences.record_met(conference, people, date_form.cleaned_data["met_on"])
            return HttpResponseRedirect(reverse("outreach:conference", args=[pk]) + "#met")
        date_form.add_error(None, "Fill in at least one person.")
    planned = conference.targets.filter(
        kind=ConferenceTarget.Kind.PERSON, met=False
    ).select_related("contact")
    return page(
        request,
        "outreach/met.html",
        "conferences",
        conference=conference,
        date_form=date_form,
        formset=formset,
        planned=planned,
        more_rows=min(extra + MET_ROWS, MET_ROWS_MAX),
    )


@require_POST
def remove_target(request: HttpRequest, pk: int) -> HttpResponse:
    target = get_object_or_404(ConferenceTarget, pk=pk)
    conference_id = target.conference_id
    target.delete()
    return HttpResponseRedirect(reverse("outreach:conference", args=[conference_id]) + "#plan")
