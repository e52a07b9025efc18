"""A catalogue's page: its coverage, and merging a source into it (upload, map the columns the
reader did not recognise, preview, confirm the uncertain matches, apply)."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET, require_POST

from matchwise.programs.coverage import coverage
from matchwise.programs.merging import MergeError, preview_merge
from matchwise.programs.models import Catalogue, PendingMerge
from matchwise.programs.pending_merges import (
    MAPPING_CHOICES,
    finish_merge,
    needs_mapping,
    read_pending,
    save_mapping,
    start_merge,
)
from matchwise.programs.provenance import disagreements_in
from matchwise.programs.source_matching import Outcome
from matchwise.selection.catalogue_limits import MAX_FILE_BYTES
from matchwise.sources.formats import FORMATS

SHOWN = 200


def format_choices() -> list[tuple[str, str]]:
    return [(name, label) for name, (_, label) in FORMATS.items()]


class MergeForm(forms.Form):
    file = forms.FileField(help_text="The source file, up to 20 MB")
    source_format = forms.ChoiceField(choices=format_choices, label="What it is")

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                f"The file is larger than {MAX_FILE_BYTES // 2**20} MB, the limit."
            )
        return upload


def _page(
    request: HttpRequest, catalogue: Catalogue, form: MergeForm, status: int = 200
) -> HttpResponse:
    merged = request.GET.get("merged")
    disagreeing = disagreements_in(catalogue.pk)
    noted = catalogue.programs.exclude(notes="").order_by("name").values_list("name", "notes")
    context = {
        "nav": "programs",
        "catalogue": catalogue,
        "coverage": coverage(catalogue),
        "disagreements": disagreeing[:SHOWN],
        "disagreement_count": len(disagreeing),
        "noted": [(name, notes.splitlines()) for name, notes in noted[:SHOWN]],
        "form": form,
        "messages_list": [f"Merged {merged} into this catalogue."] if merged else [],
    }
    return render(request, "programs/catalogue.html", context, status=status)


@require_GET
def catalogue_page(request: HttpRequest, pk: int) -> HttpResponse:
    return _page(request, get_object_or_404(Catalogue, pk=pk), MergeForm())


@require_POST
def start(request: HttpRequest, pk: int) -> HttpResponse:
    catalogue = get_object_or_404(Catalogue, pk=pk)
    form = MergeForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, catalogue, form, status=400)
    upload = form.cleaned_data["file"]
    pending = start_merge(catalogue, upload.name, upload.read(), form.cleaned_data["source_format"])
    return HttpResponseRedirect(reverse("programs:merge_preview", args=[pk, pending.pk]))


def _pending(pk: int, merge_id: int) -> PendingMerge:
    return get_object_or_404(
        PendingMerge.objects.select_related("catalogue"), pk=merge_id, catalogue_id=pk
    )


@require_GET
def preview(request: HttpRequest, pk: int, merge_id: int) -> HttpResponse:
    pending = _pending(pk, merge_id)
    source = read_pending(pending)
    context: dict[str, object] = {
        "nav": "programs",
        "pending": pending,
        "catalogue": pending.catalogue,
    }
    if needs_mapping(pending, source):
        context["columns"] = source.unrecognised_columns
        context["choices"] = MAPPING_CHOICES
        return render(request, "programs/merge_mapping.html", context)
    try:
        found = preview_merge(pending.catalogue, source)
    except MergeError as error:
        context["problems"] = error.problems[:SHOWN]
        context["problem_count"] = len(error.problems)
        return render(request, "programs/merge_preview.html", context, status=400)
    context.update(
        preview=found,
        confident=found.count(Outcome.CONFIDENT),
        uncertain=found.of(Outcome.UNCERTAIN)[:SHOWN],
        uncertain_count=found.count(Outcome.UNCERTAIN),
        unmatched=found.of(Outcome.UNMATCHED)[:SHOWN],
        unmatched_count=found.count(Outcome.UNMATCHED),
    )
    return render(request, "programs/merge_preview.html", context)


@require_POST
def mapping(request: HttpRequest, pk: int, merge_id: int) -> HttpResponse:
    pending = _pending(pk, merge_id)
    columns = read_pending(pending).unrecognised_columns
    chosen = {header: request.POST.get(f"column-{i}", "") for i, header in enumerate(columns)}
    save_mapping(pending, chosen)
    return HttpResponseRedirect(reverse("programs:merge_preview", args=[pk, merge_id]))


@require_POST
def apply(request: HttpRequest, pk: int, merge_id: int) -> HttpResponse:
    pending = _pending(pk, merge_id)
    confirmed = {
        int(key.removeprefix("decision-"))
        for key, value in request.POST.items()
        if key.startswith("decision-")
        and key.removeprefix("decision-").isdigit()
        and value == "yes"
    }
    try:
        result = finish_merge(pending, confirmed)
    except MergeError:
        return HttpResponseRedirect(reverse("programs:merge_preview", args=[pk, merge_id]))
    query = urlencode({"merged": result.preview.source})
    return HttpResponseRedirect(f"{reverse('programs:catalogue', args=[pk])}?{query}")


@require_POST
def discard(request: HttpRequest, pk: int, merge_id: int) -> HttpResponse:
    _pending(pk, merge_id).delete()
    return HttpResponseRedirect(reverse("programs:catalogue", args=[pk]))
