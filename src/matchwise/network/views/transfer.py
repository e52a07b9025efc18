"""Downloads, the calendar feed, and backups from the web pages."""

from __future__ import annotations

from datetime import date

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from matchwise.network.exporting import calendar, export_bytes
from matchwise.network.models import Preferences

DOWNLOADS = {
    "csv": ("text/csv; charset=utf-8", "matchwise-contacts.csv"),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "matchwise-contacts.xlsx",
    ),
    "vcard": ("text/vcard; charset=utf-8", "matchwise-contacts.vcf"),
    "ics": ("text/calendar; charset=utf-8", "matchwise-follow-ups.ics"),
    "backup": ("application/json", "matchwise-backup.json"),
}


def export_page(request: HttpRequest) -> HttpResponse:
    token = Preferences.load().calendar_token
    feed = request.build_absolute_uri(reverse("network:calendar_feed", args=[token]))
    return render(request, "network/export.html", {"nav": "export", "feed_url": feed})


def download(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in DOWNLOADS:
        raise Http404("No such export.")
    content_type, filename = DOWNLOADS[kind]
    response = HttpResponse(export_bytes(kind, date.today()), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The subscribable feed: the unguessable token in the URL is the only key."""
    if not calendar.feed_token_matches(token):
        raise Http404("No such calendar.")
    return HttpResponse(
        calendar.calendar_bytes(date.today()), content_type="text/calendar; charset=utf-8"
    )


@require_POST
def rotate_feed(request: HttpRequest) -> HttpResponse:
    calendar.rotate_feed_token()
    return HttpResponseRedirect(reverse("network:export") + "#calendar")
