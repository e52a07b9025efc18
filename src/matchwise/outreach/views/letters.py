"""The letter pipeline."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from matchwise.network import clock
from matchwise.outreach import letters
from matchwise.outreach.errors import MoveError
from matchwise.outreach.forms.people import LetterRequestForm
from matchwise.outreach.models import LetterRequest
from matchwise.outreach.readiness import Stage
from matchwise.outreach.views import page


def pipeline(request: HttpRequest, form: LetterRequestForm | None = None) -> HttpResponse:
    return page(
        request,
        "outreach/letters.html",
        "letters",
        rows=letters.pipeline(clock.today()),
        form=form or LetterRequestForm(),
        status=400 if form is not None else 200,
    )


@require_POST
def add_writer(request: HttpRequest) -> HttpResponse:
    form = LetterRequestForm(request.POST)
    if not form.is_valid():
        return pipeline(request, form)
    form.save()
    return HttpResponseRedirect(reverse("outreach:letters"))


@require_http_methods(["GET", "POST"])
def edit_writer(request: HttpRequest, pk: int) -> HttpResponse:
    letter = get_object_or_404(LetterRequest, pk=pk)
    form = LetterRequestForm(request.POST or None, instance=letter)
    if request.method == "POST" and form.is_valid():
        form.save()
        return HttpResponseRedirect(reverse("outreach:letters"))
    return page(request, "outreach/letter_form.html", "letters", form=form, letter=letter)


@require_POST
def move(request: HttpRequest, pk: int) -> HttpResponse:
    """Move a request along; an early ask answers with the warning and a way to go on."""
    letter = get_object_or_404(LetterRequest, pk=pk)
    to = request.POST.get("to", "")
    if to not in Stage.__members__.values():
        return HttpResponse("No such stage.", status=400)
    today = clock.today()
    try:
        warning = letters.move(
            letter, Stage(to), today, despite_warning=request.POST.get("confirm") == "1"
        )
    except MoveError as refused:
        return HttpResponse(str(refused), status=409)
    row = letters.row_of(letter, today)
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "outreach/_letter_row.html", {"row": row, "warning": warning})
    if warning:
        return page(request, "outreach/letter_warning.html", "letters", row=row, warning=warning)
    return HttpResponseRedirect(reverse("outreach:letters"))
