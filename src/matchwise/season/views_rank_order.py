"""The rank-order demonstration page: the Match run around your own list, in your order and
reordered (`matchwise.season.rank_order` does the work)."""

from __future__ import annotations

import math

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from matchwise.season.rank_order import demonstrate_my_list
from matchwise.season.services import SeasonError


def demonstration_page(request: HttpRequest) -> HttpResponse:
    try:
        shown = demonstrate_my_list()
    except SeasonError as refused:
        context: dict[str, object] = {"nav": "season", "problem": refused.message}
        return render(request, "season/rank_order.html", context)
    context = {
        "nav": "season",
        "problem": "",
        "shown": shown,
        "orders": shown.demonstration.orders,
        "rows": shown.rows(),
        "runs": shown.demonstration.runs,
        "margin": f"±{1.96 * math.sqrt(0.25 / shown.demonstration.runs):.2f}",
    }
    return render(request, "season/rank_order.html", context)
