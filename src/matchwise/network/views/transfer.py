"""The export page: backups, restoring one, and the calendar feed's secret (the downloads and
the feed itself are `matchwise.site.downloads`)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from matchwise.network.exporting import backup, calendar
from matchwise.network.models import Preferences


class RestoreForm(forms.Form):
    backup = forms.FileField(label="Backup file", help_text="A .json file from “Download a backup”")
    accept_edited = forms.BooleanField(
        required=False,
        label="Accept an edited backup",
        help_text="Only if you changed the file yourself; every value is checked either way.",
    )

    def clean_backup(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["backup"]
        if problem := backup.size_problem(upload.size or 0, upload.name or "The file"):
            raise forms.ValidationError(problem)
        return upload


def export_context(request: HttpRequest, form: RestoreForm) -> dict[str, Any]:
    token = Preferences.load().calendar_token
    feed = request.build_absolute_uri(reverse("network:calendar_feed", args=[token]))
    held = backup.held_data()
    return {"nav": "export", "feed_url": feed, "restore_form": form, "held": held}


def export_page(request: HttpRequest) -> HttpResponse:
    return render(request, "network/export.html", export_context(request, RestoreForm()))


@require_POST
def restore_backup(request: HttpRequest) -> HttpResponse:
    """Restore an uploaded backup into an empty database, as `matchwise restore` does."""
    form = RestoreForm(request.POST, request.FILES)
    refusal: backup.BackupError | None = None
    messages: list[str] = []
    if form.is_valid():
        upload = form.cleaned_data["backup"]
        try:
            restored = backup.restore(
                upload.read(), upload.name, accept_edited=form.cleaned_data["accept_edited"]
            )
        except backup.BackupError as error:
            refusal = error
        else:
            messages = [restored.summary(), *restored.notes]
            form = RestoreForm()
    context = export_context(request, form) | {"refusal": refusal, "messages_list": messages}
    return render(request, "network/export.html", context, status=200 if messages else 400)


@require_POST
def rotate_feed(request: HttpRequest) -> HttpResponse:
    calendar.rotate_feed_token()
    return HttpResponseRedirect(reverse("network:export") + "#calendar")
