"""The rank list page: move programs up and down with buttons (keyboard-reachable, no
dragging), a supplemental list for advanced programs, the deadline, and the exports."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from matchwise.network import clock
from matchwise.season import rank_list, season_dates, zones
from matchwise.season.models import Application
from matchwise.season.services import SeasonError
from matchwise.season.vocabulary import ListKind


def _context(problem: str = "") -> dict[str, object]:
    now = clock.now()
    dates = season_dates.next_deadline(now)
    zone = clock.user_zone().key
    return {
        "nav": "season",
        "primary": rank_list.ranked(ListKind.PRIMARY),
        "supplemental": rank_list.ranked(ListKind.SUPPLEMENTAL),
        "unranked": rank_list.unranked(),
        "dates": dates,
        "deadline_yours": zones.shown(dates.rank_deadline, zone) if dates else "",
        "deadline_eastern": zones.shown(dates.rank_deadline, zones.EASTERN) if dates else "",
        "problem": problem,
    }


def rank_page(request: HttpRequest) -> HttpResponse:
    return render(request, "season/rank_list.html", _context())


def print_view(request: HttpRequest) -> HttpResponse:
    return render(request, "season/rank_list_print.html", _context())


def download(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(rank_list.rank_list_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="rank-list.csv"'
    return response


ACTIONS = {
    "up": lambda a, today: rank_list.move(a, -1, today),
    "down": lambda a, today: rank_list.move(a, +1, today),
    "add": rank_list.add_to_list,
    "remove": rank_list.remove_from_list,
}


@require_POST
def change(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=pk)
    action = ACTIONS.get(request.POST.get("action", ""))
    if action is None:
        return render(request, "season/rank_list.html", _context("Unknown action."), status=400)
    try:
        action(application, clock.today())
    except SeasonError as refused:
        return render(request, "season/rank_list.html", _context(refused.message), status=400)
    return HttpResponseRedirect(reverse("season:rank_list") + f"#rank-{pk}")
