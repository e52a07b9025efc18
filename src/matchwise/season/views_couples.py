"""The couples page: your partner, their programs, and the couple's list of ordered pairs,
moved with buttons (keyboard-reachable, no dragging), exported as CSV and for print. Each
action calls one service of `matchwise.season.couples`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from matchwise.season import couples
from matchwise.season.couple_rules import NO_MATCH, side
from matchwise.season.models import Application
from matchwise.season.services import SeasonError
from matchwise.season.status_rules import is_interviewed
from matchwise.season.vocabulary import Status


def _context(problem: str = "", confirm_remove: str = "") -> dict[str, object]:
    found = couples.partner()
    applications = list(Application.objects.all())
    mine = [a for a in applications if is_interviewed(Status(a.status))]
    not_yet = [a for a in applications if not is_interviewed(Status(a.status))]
    ids = Counter(a.program_id for a in applications)
    return {
        "nav": "season",
        "partner": found,
        "partner_programs": list(found.programs.all()) if found else [],
        "pairs": couples.couple_list(),
        "mine": mine,
        "not_yet": not_yet,
        "no_match": NO_MATCH,
        # Program ids two of your applications share: those are shown with their catalogue.
        "shared": {program_id for program_id, count in ids.items() if count > 1},
        "problem": problem,
        "confirm_remove": confirm_remove,
    }


def couples_page(request: HttpRequest) -> HttpResponse:
    return render(request, "season/couples.html", _context())


def print_view(request: HttpRequest) -> HttpResponse:
    return render(request, "season/couples_print.html", _context())


def download(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(couples.couple_list_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="couple-rank-list.csv"'
    return response


def _done_or_refused(
    request: HttpRequest, change: Callable[[], object], anchor: str
) -> HttpResponse:
    try:
        change()
    except SeasonError as refused:
        return render(request, "season/couples.html", _context(refused.message), status=400)
    return HttpResponseRedirect(reverse("season:couples") + anchor)


@require_POST
def set_partner(request: HttpRequest) -> HttpResponse:
    name, specialty = request.POST.get("name", ""), request.POST.get("specialty", "")
    return _done_or_refused(request, lambda: couples.set_partner(name, specialty), "#partner")


@require_POST
def add_partner_program(request: HttpRequest) -> HttpResponse:
    post = request.POST
    program_id, name = post.get("program_id", ""), post.get("name", "")
    catalogue = post.get("catalogue", "").strip() or None
    return _done_or_refused(
        request,
        lambda: couples.add_partner_program(program_id, name, catalogue),
        "#partner-programs",
    )


@require_POST
def remove_partner_program(request: HttpRequest) -> HttpResponse:
    """Remove one of your partner's programs; while pairs name it, the page says so and offers
    to remove it with those pairs (a second, explicit button)."""
    program_id = request.POST.get("program_id", "")
    with_pairs = request.POST.get("with_pairs") == "1"
    try:
        couples.remove_partner_program(program_id, with_pairs)
    except SeasonError as refused:
        context = _context(refused.message, confirm_remove=program_id.strip())
        return render(request, "season/couples.html", context, status=400)
    return HttpResponseRedirect(reverse("season:couples") + "#partner-programs")


@require_POST
def add_pair(request: HttpRequest) -> HttpResponse:
    post = request.POST
    mine, partner = post.get("mine", ""), side(post.get("partner", ""))
    reason = post.get("reason", "")
    return _done_or_refused(
        request,
        lambda: couples.add_pair(couples.pair_of_application(mine, partner, reason)),
        "#pairs",
    )


ACTIONS: dict[str, Callable[[int], object]] = {
    "up": lambda position: couples.move_pair(position, -1),
    "down": lambda position: couples.move_pair(position, +1),
    "remove": couples.remove_pair,
}


@require_POST
def change_pair(request: HttpRequest, position: int) -> HttpResponse:
    action = ACTIONS.get(request.POST.get("action", ""))
    if action is None:
        return render(request, "season/couples.html", _context("Unknown action."), status=400)
    target = position - 1 if request.POST["action"] == "up" else position + 1
    anchor = f"#pair-{max(target, 1)}" if request.POST["action"] != "remove" else "#pairs"
    return _done_or_refused(request, lambda: action(position), anchor)
