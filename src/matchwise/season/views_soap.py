"""The SOAP pages: the unfilled programs with whom you know there, the cap, the offer rounds,
and each program's offers and history. Each view calls one service of `season.soap`."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from matchwise.network import clock
from matchwise.season import soap, soap_people, soap_rows, zones
from matchwise.season.models import SoapOffer, SoapProgram
from matchwise.season.services import SeasonError
from matchwise.season.soap_forms import OfferForm, UnfilledForm
from matchwise.season.soap_rules import OfferState
from matchwise.season.unfilled_rows import (
    UnfilledListError,
    read_unfilled,
    read_unfilled_file,
)

PASTED = "the pasted list"
MAX_UPLOAD = 5 * 2**20

# On the list, the people quickest to reach at each program; the program's page has them all.
PEOPLE_SHOWN = 3


def _rounds(user_zone: str, state: soap.SoapState) -> list[dict[str, object]]:
    calendar = state.calendar
    rows: list[dict[str, object]] = []
    for number in range(1, calendar.offer_rounds + 1):
        known = calendar.round_time(number)
        rows.append(
            {
                "number": number,
                "yours": zones.shown(known.opens, user_zone) if known else "",
                "eastern": zones.shown(known.opens, zones.EASTERN) if known else "",
                "closes": zones.shown(known.closes, user_zone) if known else "",
            }
        )
    return rows


def soap_home(
    request: HttpRequest,
    *,
    form: UnfilledForm | None = None,
    problems: list[str] | None = None,
    refused: str = "",
) -> HttpResponse:
    programs = list(SoapProgram.objects.prefetch_related("offers"))
    people = soap_people.quickest_by_program(programs, PEOPLE_SHOWN)
    zone = clock.user_zone().key
    state = soap.state(clock.today())
    failed = form is not None or problems is not None or bool(refused)
    context = {
        "nav": "season",
        "programs": programs,
        "rows": soap_rows.rows_html(programs, people, bool(state.accepted), get_token(request)),
        "state": state,
        "rounds": _rounds(zone, state),
        "user_zone": zone,
        "form": form or UnfilledForm(),
        "problems": problems or [],
        "refused": refused,
    }
    return render(request, "season/soap.html", context, status=400 if failed else 200)


@require_POST
def import_list(request: HttpRequest) -> HttpResponse:
    form = UnfilledForm(request.POST, request.FILES)
    if not form.is_valid():
        return soap_home(request, form=form)
    upload = form.cleaned_data.get("file")
    try:
        if upload is not None:
            if upload.size > MAX_UPLOAD:
                return soap_home(request, problems=[f"{upload.name}: larger than 5 MB"])
            name = upload.name
            rows = read_unfilled_file(upload.read(), name)
        else:
            name = PASTED
            rows = read_unfilled(form.cleaned_data["text"], name)
        soap.import_unfilled(rows, name, clock.today())
    except UnfilledListError as error:
        return soap_home(request, problems=[str(p) for p in error.problems])
    return HttpResponseRedirect(reverse("season:soap"))


@require_POST
def apply(request: HttpRequest, pk: int) -> HttpResponse:
    program = get_object_or_404(SoapProgram, pk=pk)
    try:
        soap.apply(program, clock.now())
    except SeasonError as error:
        return soap_home(request, refused=error.message)
    return HttpResponseRedirect(reverse("season:soap") + f"#soap-{pk}")


def program_page(
    request: HttpRequest, pk: int, *, form: OfferForm | None = None, refused: str = ""
) -> HttpResponse:
    program = get_object_or_404(SoapProgram, pk=pk)
    zone = clock.user_zone().key
    state = soap.state(clock.today())
    offers = [(offer, zones.shown(offer.received_at, zone)) for offer in program.offers.all()]
    facts = soap.catalogue_program(program)
    context = {
        "nav": "season",
        "program": program,
        "facts": facts,
        "reasons": soap.reasons_for(facts) if facts else None,
        "people": soap_people.people_by_program([program])[program.pk],
        "offers": offers,
        "steps": [(step, zones.shown(step.at, zone)) for step in program.steps.all()],
        "state": state,
        "form": form or OfferForm(),
        "refused": refused,
        "user_zone": zone,
    }
    failed = form is not None or bool(refused)
    return render(request, "season/soap_program.html", context, status=400 if failed else 200)


@require_POST
def add_offer(request: HttpRequest, pk: int) -> HttpResponse:
    program = get_object_or_404(SoapProgram, pk=pk)
    form = OfferForm(request.POST)
    if not form.is_valid():
        return program_page(request, pk, form=form)
    try:
        soap.record_offer(program, form.cleaned_data["round"], clock.now())
    except SeasonError as error:
        form.add_error("round", error.message)
        return program_page(request, pk, form=form)
    return HttpResponseRedirect(reverse("season:soap_program", args=[pk]) + "#offers")


@require_POST
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    offer = get_object_or_404(SoapOffer, pk=pk)
    try:
        state = OfferState(request.POST.get("state", ""))
    except ValueError:
        return program_page(request, offer.program_id, refused="Unknown answer.")
    try:
        soap.answer_offer(offer, state, clock.now())
    except SeasonError as error:
        return program_page(request, offer.program_id, refused=error.message)
    return HttpResponseRedirect(reverse("season:soap_program", args=[offer.program_id]) + "#offers")
