"""Import in three steps: upload, look at the preview (and map a sheet's columns), commit."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from matchwise.network.importing.by_kind import KINDS, parse_file
from matchwise.network.importing.service import commit, preview
from matchwise.network.importing.sheet import read_headers
from matchwise.network.importing.sheet_mapping import SHEET_FIELDS, suggest_mapping
from matchwise.network.models import PendingImport
from matchwise.textfiles.errors import ImportFileError
from matchwise.textfiles.limits import MAX_BYTES

PREVIEW_ROWS = 100


class UploadForm(forms.Form):
    kind = forms.ChoiceField(choices=list(KINDS.items()), widget=forms.RadioSelect)
    file = forms.FileField()

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(f"The file is larger than {MAX_BYTES // 2**20} MB.")
        return upload


@require_http_methods(["GET", "POST"])
def import_start(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None, initial={"kind": "linkedin"})
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        kind = form.cleaned_data["kind"]
        mapping: dict[str, str] = {}
        if kind == "sheet":
            try:
                mapping = suggest_mapping(read_headers(upload.name, data))
            except ImportFileError as error:
                form.add_error("file", str(error))
        if not form.errors:
            pending = PendingImport.objects.create(
                kind=kind, filename=upload.name, content=data, mapping=mapping
            )
            return HttpResponseRedirect(reverse("network:import_preview", args=[pending.pk]))
    return render(request, "network/import.html", {"nav": "import", "form": form})


def import_preview(request: HttpRequest, pk: int) -> HttpResponse:
    pending = get_object_or_404(PendingImport, pk=pk)
    context: dict[str, object] = {"nav": "import", "pending": pending, "limit": PREVIEW_ROWS}
    try:
        if pending.kind == "sheet":  # the columns first: the mapping may be what is wrong
            headers = read_headers(pending.filename, bytes(pending.content))
            context["columns"] = [(h, pending.mapping.get(h, "")) for h in headers]
            context["fields"] = SHEET_FIELDS
        parsed = parse_file(
            pending.kind, pending.filename, bytes(pending.content), _mapping(pending)
        )
        context["plan"] = preview(parsed)
    except ImportFileError as error:
        context["error"] = str(error)
    return render(request, "network/import_preview.html", context)


def _mapping(pending: PendingImport) -> dict[str, str] | None:
    return dict(pending.mapping) if pending.kind == "sheet" else None


@require_POST
def import_mapping(request: HttpRequest, pk: int) -> HttpResponse:
    pending = get_object_or_404(PendingImport, pk=pk, kind="sheet")
    try:
        headers = read_headers(pending.filename, bytes(pending.content))
    except ImportFileError:  # the preview says what is wrong with the file
        return HttpResponseRedirect(reverse("network:import_preview", args=[pending.pk]))
    pending.mapping = {
        h: request.POST.get(f"column-{i}", "")
        for i, h in enumerate(headers)
        if request.POST.get(f"column-{i}", "") in SHEET_FIELDS
    }
    pending.save(update_fields=["mapping"])
    return HttpResponseRedirect(reverse("network:import_preview", args=[pending.pk]))


@require_POST
def import_commit(request: HttpRequest, pk: int) -> HttpResponse:
    pending = get_object_or_404(PendingImport, pk=pk)
    merge = {int(line) for line in request.POST.getlist("merge") if line.isdigit()}
    try:
        parsed = parse_file(
            pending.kind, pending.filename, bytes(pending.content), _mapping(pending)
        )
        report = commit(parsed, merge_possible=merge)
    except ImportFileError as error:
        return render(
            request,
            "network/import_preview.html",
            {"nav": "import", "pending": pending, "error": str(error)},
            status=400,
        )
    pending.delete()
    return render(
        request,
        "network/import_done.html",
        {"nav": "import", "report": report, "limit": PREVIEW_ROWS},
    )


@require_POST
def import_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    PendingImport.objects.filter(pk=pk).delete()
    return HttpResponseRedirect(reverse("network:import"))
