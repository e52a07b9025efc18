"""The mentor team and the advice log."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from matchwise.network import clock
from matchwise.network.choices import MentorRole
from matchwise.network.models import Contact
from matchwise.outreach import mentors
from matchwise.outreach.forms.people import AdviceActionForm, AdviceForm, MentorRoleForm
from matchwise.outreach.models import Advice
from matchwise.outreach.views import back, page

ROLE_HINTS = {
    MentorRole.CAREER: "A senior doctor in the specialty you want, to test your big choices "
    "against: which field, which kind of hospital, when to apply.",
    MentorRole.PROCESS: "Someone who has steered applicants from abroad through the Match and can "
    "tell you what comes next, what it costs and what to skip.",
    MentorRole.PEER: "An intern or junior resident a step or two ahead of you, whose own "
    "application is fresh in memory.",
    MentorRole.RESEARCH: "A researcher working on questions near yours, who can hand you a real "
    "task on a paper or an audit.",
}


def team(request: HttpRequest, form: MentorRoleForm | None = None) -> HttpResponse:
    today = clock.today()
    the_team = mentors.team(today)
    return page(
        request,
        "outreach/mentors.html",
        "mentors",
        team=the_team,
        roles=[
            (role, label, people, ROLE_HINTS[role]) for role, label, people in the_team.role_labels
        ],
        form=form or MentorRoleForm(),
        advice_form=AdviceForm(initial={"received_on": today}),
        action_form=AdviceActionForm(),
        status=400 if form is not None else 200,
    )


def _back() -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("outreach:mentors"))


CLOSED_ROW = "network/_follow_up_closed.html"


@require_POST
def assign_role(request: HttpRequest) -> HttpResponse:
    form = MentorRoleForm(request.POST)
    if not form.is_valid():
        return team(request, form)
    mentors.assign_role(form.cleaned_data["contact"], MentorRole(form.cleaned_data["role"]))
    return _back()


@require_POST
def remove_role(request: HttpRequest, pk: int, role: str) -> HttpResponse:
    contact = get_object_or_404(Contact, pk=pk)
    if role not in MentorRole.__members__.values():
        return HttpResponse("No such role.", status=404)
    mentors.remove_role(contact, MentorRole(role))
    return _back()


@require_POST
def add_advice(request: HttpRequest, pk: int) -> HttpResponse:
    contact = get_object_or_404(Contact, pk=pk)
    form = AdviceForm(request.POST)
    if form.is_valid():
        mentors.add_advice(
            contact, form.cleaned_data["suggestion"], form.cleaned_data["received_on"]
        )
    return _back()


def _advice_row(request: HttpRequest, advice: Advice) -> HttpResponse:
    if not request.htmx:  # type: ignore[attr-defined]
        return back(request, "outreach:mentors")
    if request.POST.get("where") == "week":  # the This week list drops the line
        return render(request, CLOSED_ROW, {"message": f"Noted: {advice.contact} knows."})
    return render(
        request, "outreach/_advice.html", {"advice": advice, "action_form": AdviceActionForm()}
    )


@require_POST
def advice_acted(request: HttpRequest, pk: int) -> HttpResponse:
    advice = get_object_or_404(Advice, pk=pk)
    form = AdviceActionForm(request.POST)
    if not form.is_valid():
        return HttpResponse("Say what you did.", status=400)
    mentors.record_action(advice, form.cleaned_data["action"], form.cleaned_data["acted_on"])
    return _advice_row(request, advice)


@require_POST
def advice_reported(request: HttpRequest, pk: int) -> HttpResponse:
    advice = get_object_or_404(Advice, pk=pk)
    mentors.record_reported(advice, clock.today())
    return _advice_row(request, advice)
