from __future__ import annotations

from datetime import date

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from matchwise.network import due, week
from matchwise.network.models import Contact, Preferences

KEEP_IN_TOUCH_SHOWN = 12


def this_week(request: HttpRequest) -> HttpResponse:
    today = date.today()
    if not Contact.objects.exists():
        return render(request, "network/welcome.html", {"nav": "week"})
    preferences = Preferences.load()
    items = due.due_list(today, dormant_limit=max(3, preferences.reactivate_target * 3))
    return render(
        request,
        "network/this_week.html",
        {
            "nav": "week",
            "today": today,
            "follow_ups": items.follow_ups,
            "keep_in_touch": items.keep_in_touch[:KEEP_IN_TOUCH_SHOWN],
            "keep_in_touch_more": max(0, len(items.keep_in_touch) - KEEP_IN_TOUCH_SHOWN),
            "dormant": items.dormant,
            "summary": week.summary(today),
        },
    )
