from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from matchwise.network import clock
from matchwise.outreach import campaigns, goals, letters, mentors
from matchwise.outreach.models import ApplicantIdentity, Conference, Message, MessageTemplate
from matchwise.outreach.views import page


def home(request: HttpRequest) -> HttpResponse:
    today = clock.today()
    team = mentors.team(today)
    identity = ApplicantIdentity.load()
    return page(
        request,
        "outreach/home.html",
        "home",
        team=team,
        letters=letters.pipeline(today),
        campaigns=campaigns.summaries(),
        conferences=Conference.objects.filter(ends_on__gte=today).order_by("starts_on")[:3],
        goals=goals.rows(today),
        review=goals.next_review(today),
        identity=identity,
        templates=MessageTemplate.objects.count(),
        sent=Message.objects.filter(state=Message.State.SENT).count(),
    )
