from __future__ import annotations

from datetime import date

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from matchwise.network import queries, services
from matchwise.network.forms import SnoozeForm
from matchwise.network.models import Contact, FollowUp


def _open(pk: int) -> FollowUp:
    return get_object_or_404(FollowUp, pk=pk, state__in=queries.OPEN_STATES)


def _done_response(request: HttpRequest, follow_up: FollowUp, message: str) -> HttpResponse:
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "network/_follow_up_closed.html", {"message": message})
    return HttpResponseRedirect(request.POST.get("next") or reverse("network:this_week"))


@require_POST
def follow_up_done(request: HttpRequest, pk: int) -> HttpResponse:
    follow_up = _open(pk)
    services.complete_follow_up(follow_up, date.today())
    return _done_response(request, follow_up, "Marked done.")


@require_POST
def follow_up_dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    follow_up = _open(pk)
    services.dismiss_follow_up(follow_up, date.today())
    return _done_response(request, follow_up, "Dismissed.")


@require_POST
def follow_up_snooze(request: HttpRequest, pk: int) -> HttpResponse:
    follow_up = _open(pk)
    form = SnoozeForm(request.POST)
    if not form.is_valid():
        return HttpResponse(form.errors["until"][0], status=400)
    services.snooze_follow_up(follow_up, form.cleaned_data["until"])
    return _done_response(request, follow_up, f"Snoozed to {form.cleaned_data['until']:%d %b}.")


@require_POST
def follow_up_add(request: HttpRequest, pk: int) -> HttpResponse:
    contact = get_object_or_404(Contact, pk=pk)
    form = SnoozeForm(request.POST)
    if form.is_valid():
        services.add_manual_follow_up(contact, form.cleaned_data["until"])
    return HttpResponseRedirect(reverse("network:contact", args=[contact.pk]))
