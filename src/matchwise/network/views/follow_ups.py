from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from matchwise.network import clock, due, services, wording
from matchwise.network.forms import FollowUpPlanForm, SnoozeForm
from matchwise.network.models import Contact
from matchwise.network.views.contacts import contact_page


@require_POST
def follow_up_action(request: HttpRequest, pk: int) -> HttpResponse:
    """Done, snooze to a date, or dismiss: the three buttons of one follow-up."""
    try:
        follow_up = services.open_follow_up(pk)
    except services.NoOpenFollowUpError as missing:
        raise Http404(missing.message) from missing
    action = request.POST.get("action")
    today = clock.today()
    if action == "done":
        services.complete_follow_up(follow_up, today)
        message = "Marked done."
    elif action == "dismiss":
        services.dismiss_follow_up(follow_up, today)
        message = "Dismissed."
    elif action == "snooze":
        form = SnoozeForm(request.POST or None, today=today)
        if not form.is_valid():
            return HttpResponse(form.errors["until"][0], status=400)
        services.snooze_follow_up(follow_up, form.cleaned_data["until"])
        message = f"Snoozed to {form.cleaned_data['until']:%a %d %b}."
    else:
        return HttpResponse("Unknown action.", status=400)
    if request.htmx:  # type: ignore[attr-defined]
        context: dict[str, object] = {"message": message}
        if _next(request) == reverse("network:contact", args=[follow_up.contact_id]):
            context |= contact_page(follow_up.contact_id, today)  # its dates move with it
        return render(request, "network/_follow_up_closed.html", context)
    return HttpResponseRedirect(_next(request))


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("network:this_week")


@require_POST
def follow_up_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Plan a follow-up from the contact's page; a day that has passed is refused on the form."""
    contact = get_object_or_404(Contact, pk=pk)
    today = clock.today()
    form = FollowUpPlanForm(request.POST, today=today)
    notice = ""
    if form.is_valid():
        until = form.cleaned_data["until"]
        services.add_manual_follow_up(contact, until)
        if not request.htmx:  # type: ignore[attr-defined]
            target = reverse("network:contact", args=[contact.pk])
            return HttpResponseRedirect(f"{target}?done=planned")
        form = FollowUpPlanForm(today=today)
        notice = f"Follow-up planned for {wording.short_date(until)}."
    elif not request.htmx:  # type: ignore[attr-defined]
        context = contact_page(pk, today, plan_form=form)
        return render(request, "network/contact_detail.html", context, status=400)
    # HTMX swaps only successful answers by default, so the form with its error comes as a 200.
    context = {**contact_page(pk, today, plan_form=form), "plan_notice": notice}
    return render(request, "network/_follow_ups_changed.html", context)


def follow_up_list(request: HttpRequest) -> HttpResponse:
    """Every open follow-up, however far ahead."""
    items = due.follow_up_items(clock.today(), within_week=False)
    return render(request, "network/follow_ups.html", {"nav": "week", "follow_ups": items})
