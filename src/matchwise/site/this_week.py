"""This week: the page that joins the tracker, the playbook, the rotations and the season."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from matchwise.network import clock, due, weekly_goals
from matchwise.network.models import Contact, Preferences
from matchwise.outreach.this_week import this_week as playbook_week
from matchwise.rotations.this_week import this_week as rotations_week
from matchwise.season.this_week import this_week as season_week

KEEP_IN_TOUCH_SHOWN = 12


def this_week(request: HttpRequest) -> HttpResponse:
    # The settings are read once, for the zone (today and now) and the weekly targets alike.
    preferences = Preferences.load()
    zone = clock.zone_named(preferences.time_zone)
    now = clock.now(zone)
    today = now.date()
    joined = {
        "playbook": playbook_week(today),
        "rotations": rotations_week(today),
        "season": season_week(today, now, zone.key),
    }
    if not Contact.objects.exists():
        # A new user is welcomed, and still sees the rotations and the season they entered.
        return render(request, "welcome.html", {"nav": "week", **joined})
    keep = due.keep_in_touch_due(today, zone)
    shown = [due.keep_in_touch_item(c, today) for c in keep[:KEEP_IN_TOUCH_SHOWN]]
    more = keep.count() - len(shown) if len(shown) == KEEP_IN_TOUCH_SHOWN else 0
    dormant = due.dormant_contacts(today, zone)[: max(3, preferences.reactivate_target * 3)]
    return render(
        request,
        "this_week.html",
        {
            "nav": "week",
            "today": today,
            "follow_ups": due.follow_up_items(today),
            "keep_in_touch": shown,
            "keep_in_touch_more": more,
            "dormant": dormant,
            "summary": weekly_goals.summary(today, preferences),
            **joined,
        },
    )
