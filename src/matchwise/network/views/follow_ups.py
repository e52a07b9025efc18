from __future__ import annotations

from datetime import date

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from matchwise.network import services
from matchwise.network.choices import OPEN_STATES
from matchwise.network.forms import SnoozeForm
from matchwise.network.models import Contact, FollowUp


@require_POST
def follow_up_action(request: HttpRequest, pk: int) -> HttpResponse:
    """Done, snooze to a date, or dismiss: the three buttons of one follow-up."""
    follow_up = get_object_or_404(FollowUp, pk=pk, state__in=OPEN_STATES)
    action = request.POST.get("action")
    if action == "done":
        services.complete_follow_up(follow_up, date.today())
        message = "Marked done."
    elif action == "dismiss":
        services.dismiss_follow_up(follow_up, date.today())
        message = "Dismissed."
    elif action == "snooze":
        form = SnoozeForm(request.POST or None)
        if not form.is_valid():
            return HttpResponse(form.errors["until"][0], status=400)
        services.snooze_follow_up(follow_up, form.cleaned_data["until"])
        message = f"Snoozed to {form.cleaned_data['until']:%a %d %b}."
    else:
        return HttpResponse("Unknown action.", status=400)
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "network/_follow_up_closed.html", {"message": message})
    return HttpResponseRedirect(_next(request))


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("network:this_week")


@require_POST
def follow_up_add(request: HttpRequest, pk: int) -> HttpResponse:
    contact = get_object_or_404(Contact, pk=pk)
    form = SnoozeForm(request.POST)
    if form.is_valid():
        services.add_manual_follow_up(contact, form.cleaned_data["until"])
    return HttpResponseRedirect(reverse("network:contact", args=[contact.pk]))
