"""The export files and the subscribable calendar feed, for the pages and the CLI."""

from __future__ import annotations

from datetime import date

from django.http import Http404, HttpRequest, HttpResponse

from matchwise.network import clock, exporting
from matchwise.network.exporting.calendar import feed_token_matches
from matchwise.site import calendar

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


def export_bytes(kind: str, today: date) -> bytes:
    """The file for one export kind (csv, xlsx, vcard, ics, backup)."""
    if kind == "ics":
        return calendar.calendar_bytes(today)
    return exporting.export_bytes(kind, today)


def download(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in DOWNLOADS:
        raise Http404("No such export.")
    content_type, filename = DOWNLOADS[kind]
    response = HttpResponse(export_bytes(kind, clock.today()), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The subscribable feed: the unguessable token in the URL is the only key."""
    if not feed_token_matches(token):
        raise Http404("No such calendar.")
    return HttpResponse(
        calendar.calendar_bytes(clock.today()), content_type="text/calendar; charset=utf-8"
    )
