"""The catalogues page: what there is, importing a file, deleting an import."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods, require_POST

from matchwise.programs.catalogues import (
    CatalogueNameError,
    ImportOptions,
    catalogue_choices,
    import_catalogue,
    layout_for,
)
from matchwise.programs.forms import ImportForm
from matchwise.programs.models import Catalogue
from matchwise.selection import CatalogueError, RowProblem

PROBLEMS_SHOWN = 100


@require_http_methods(["GET", "POST"])
def catalogue_list(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    problems: list[RowProblem] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        upload = data["file"]
        options = ImportOptions(
            layout=layout_for(upload.name, data["layout"]),
            specialty=data["specialty"] or None,
            as_of=data["as_of"],
            source=data["source"] or None,
        )
        try:
            catalogue = import_catalogue(upload.read(), upload.name, data["name"], options)
        except CatalogueNameError as error:
            form.add_error("name", str(error))
        except CatalogueError as error:
            problems = error.problems
        else:
            query = urlencode({"imported": catalogue.name})
            return HttpResponseRedirect(f"{reverse('programs:catalogues')}?{query}")
    imported = request.GET.get("imported")
    context = {
        "nav": "programs",
        "form": form,
        "catalogues": catalogue_choices(),
        "problems": problems[:PROBLEMS_SHOWN],
        "problem_count": len(problems),
        "messages_list": [f"Imported the catalogue “{imported}”."] if imported else [],
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "programs/catalogues.html", context, status=status)


@require_POST
def delete_catalogue(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(Catalogue, pk=pk).delete()
    return HttpResponseRedirect(reverse("programs:catalogues"))
