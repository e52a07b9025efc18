from __future__ import annotations

from datetime import date

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from matchwise.network import clock, due, listing, queries, services
from matchwise.network.forms import (
    ContactFilterForm,
    ContactForm,
    FollowUpPlanForm,
    InteractionForm,
)
from matchwise.network.models import Contact

# What a redirect back to the contact's page may announce (`?done=…`): fixed words only, so the
# address never puts text of its own on the page.
NOTICES = {"added": "Contact added.", "saved": "Changes saved.", "planned": "Follow-up planned."}


def contact_list(request: HttpRequest) -> HttpResponse:
    form = ContactFilterForm(request.GET or None)
    form.is_valid()  # a bad value (say a role that does not exist) drops only that filter
    filters = getattr(form, "cleaned_data", {})
    page = listing.page_of_contacts(filters, clock.today(), request.GET.get("page", 1))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "nav": "contacts",
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "filtered": any(filters.values()),
        "has_contacts": page.paginator.count > 0 or Contact.objects.exists(),
    }
    template = "network/_contact_table.html" if request.htmx else "network/contact_list.html"  # type: ignore[attr-defined]
    return render(request, template, context)


def contact_detail(request: HttpRequest, pk: int) -> HttpResponse:
    notice = NOTICES.get(request.GET.get("done", ""))
    return render(
        request,
        "network/contact_detail.html",
        {**contact_page(pk), "messages_list": [notice] if notice else []},
    )


def contact_page(pk: int, today: date | None = None, **forms: object) -> dict[str, object]:
    """What the contact's page shows; its parts are re-rendered alone after a change (HTMX)."""
    contact = get_object_or_404(
        Contact.objects.select_related("met_through").prefetch_related("tags", "mentor_roles"),
        pk=pk,
    )
    today = today or clock.today()
    return {
        "nav": "contacts",
        "contact": contact,
        "status": queries.contact_status(contact, today),
        "history": contact.interactions.all(),
        "follow_ups": due.follow_up_items(today, within_week=False, contact=contact),
        "form": InteractionForm(today=today),
        "plan_form": FollowUpPlanForm(today=today),
        "today": today,
        **forms,
    }


PREFILLED = ("name", "institution", "specialty", "role", "source", "tag_names")


@require_http_methods(["GET", "POST"])
def contact_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    contact = get_object_or_404(Contact, pk=pk) if pk else None
    # A new contact can arrive prefilled, e.g. from a program the applicant knows nobody at.
    initial = {} if contact else {k: v for k, v in request.GET.items() if k in PREFILLED}
    form = ContactForm(request.POST or None, instance=contact, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = services.save_contact_form(form)
        done = "saved" if contact else "added"
        return HttpResponseRedirect(f"{reverse('network:contact', args=[saved.pk])}?done={done}")
    return render(
        request, "network/contact_form.html", {"nav": "contacts", "form": form, "contact": contact}
    )


@require_http_methods(["GET", "POST"])
def contact_delete(request: HttpRequest, pk: int) -> HttpResponse:
    contact = get_object_or_404(Contact, pk=pk)
    if request.method == "POST":
        services.delete_contact(contact)
        return HttpResponseRedirect(reverse("network:contacts"))
    return render(request, "network/contact_delete.html", {"nav": "contacts", "contact": contact})


@require_http_methods(["GET", "POST"])
def log_touch(request: HttpRequest, pk: int) -> HttpResponse:
    """The one-step "log a touch" form, inline in any list (HTMX) or as its own page.

    On the contact's own page the response also replaces the parts the new touch changes:
    the dates, the open follow-ups and the history.
    """
    contact = get_object_or_404(Contact, pk=pk)
    today = clock.today()
    form = InteractionForm(request.POST or None, contact=contact, today=today).focus_first_to_fill()
    on_contact_page = request.POST.get("page") == "contact"
    if request.method == "POST" and form.is_valid():
        services.log_interaction(contact, form.as_new_interaction())
        if not request.htmx:  # type: ignore[attr-defined]
            return HttpResponseRedirect(reverse("network:contact", args=[contact.pk]))
        if on_contact_page:
            context = contact_page(pk, today)
            response = render(request, "network/_touch_logged_on_page.html", context)
        else:
            response = render(request, "network/_touch_logged.html", {"contact": contact})
        response["HX-Trigger"] = "touchLogged"  # lists showing this contact reload
        return response
    template = "network/_touch_form.html" if request.htmx else "network/touch_page.html"  # type: ignore[attr-defined]
    context = {"contact": contact, "form": form, "nav": "contacts"}
    return render(request, template, {**context, "on_contact_page": on_contact_page})


@require_POST
def mark_replied(request: HttpRequest, pk: int, interaction_pk: int) -> HttpResponse:
    contact = get_object_or_404(Contact, pk=pk)
    interaction = get_object_or_404(contact.interactions, pk=interaction_pk)
    services.record_reply(interaction, clock.today())
    return HttpResponseRedirect(reverse("network:contact", args=[contact.pk]))


@require_POST
def delete_interaction(request: HttpRequest, pk: int, interaction_pk: int) -> HttpResponse:
    """Remove a touch logged by mistake; the contact's dates are worked out again."""
    contact = get_object_or_404(Contact, pk=pk)
    services.delete_interaction(get_object_or_404(contact.interactions, pk=interaction_pk))
    return HttpResponseRedirect(reverse("network:contact", args=[contact.pk]) + "#history")
