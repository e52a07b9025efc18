"""Goals: progress counted from the data where it can be, by hand where not; monthly review."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import icalendar
import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import MentorRole
from matchwise.network.models import Contact
from matchwise.outreach import goal_rules, goals, mentors
from matchwise.outreach.goal_rules import Measure
from matchwise.outreach.models import Conference, Goal, LetterRequest
from matchwise.site.calendar import calendar_bytes

pytestmark = pytest.mark.django_db
TODAY = date.today()


def test_it_counts_mentors_letters_and_presentations_from_the_data(
    make_contact: Callable[..., Contact],
) -> None:
    a, b, c = (make_contact(name) for name in ("A", "B", "C"))
    mentors.assign_role(a, MentorRole.CAREER)
    mentors.assign_role(a, MentorRole.RESEARCH)  # one person, two roles: one mentor
    mentors.assign_role(b, MentorRole.PEER)
    c.country = "Canada"
    c.save()
    LetterRequest.objects.create(contact=a, stage="agreed")
    LetterRequest.objects.create(contact=b, stage="asked")  # not yet secured
    LetterRequest.objects.create(contact=c, stage="uploaded")  # not in the US
    Conference.objects.create(
        name="Past",
        starts_on=TODAY,
        ends_on=TODAY,
        presenting="poster",
        presentation_title="Falls audit",
    )
    Conference.objects.create(
        name="Later",
        starts_on=TODAY + timedelta(days=9),
        ends_on=TODAY + timedelta(days=10),
        presenting="talk",
        presentation_title="Sepsis",
    )
    Conference.objects.create(name="Listener", starts_on=TODAY, ends_on=TODAY)
    assert goals.counted(TODAY) == {
        Measure.MENTORS: 2,
        Measure.US_LETTERS: 1,
        Measure.PRESENTATIONS: 1,
    }


def test_it_takes_other_progress_by_hand(client: Client) -> None:
    goal = Goal.objects.create(horizon="short", measure="observerships", target=2)
    response = client.post(
        reverse("outreach:goal_progress", args=[goal.pk]),
        {"done_by_hand": "1"},
        headers={"HX-Request": "true"},
    )
    assert "1 of 2" in response.content.decode()
    [row] = goals.rows(TODAY)
    assert (row.progress.done, row.progress.met) == (1, False)
    assert row.deadline == goal_rules.add_months(TODAY, 12)


def test_it_refuses_a_goal_it_cannot_measure(client: Client) -> None:
    response = client.post(
        reverse("outreach:goals"), {"horizon": "medium", "measure": "other", "target": "0"}
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Say what you will count." in page and "Aim for at least one." in page


def test_it_plans_a_monthly_review_from_the_first_goal_then_from_each_review() -> None:
    assert goals.next_review(TODAY) is None
    Goal.objects.create(
        horizon="short", measure="mentors", target=3, created_on=TODAY - timedelta(days=40)
    )
    review = goals.next_review(TODAY)
    assert review is not None
    assert review.on == goal_rules.add_months(TODAY - timedelta(days=40), 1)
    assert review.state is goal_rules.ReviewState.DUE
    goals.record_review(TODAY)
    later = goals.next_review(TODAY)
    assert later is not None and later.on == goal_rules.add_months(TODAY, 1)
    assert later.state is goal_rules.ReviewState.LATER


def test_it_puts_the_monthly_review_in_the_calendar_feed() -> None:
    def reviews() -> list[icalendar.cal.Component]:
        feed = icalendar.Calendar.from_ical(calendar_bytes(TODAY))
        return [e for e in feed.walk("VEVENT") if str(e["summary"]) == "Monthly goal review"]

    assert reviews() == []
    Goal.objects.create(horizon="medium", measure="presentations", target=2, created_on=TODAY)
    [event] = reviews()
    assert event.decoded("dtstart") == goal_rules.add_months(TODAY, 1)
    rule = event["rrule"]
    assert isinstance(rule, icalendar.vRecur) and rule["FREQ"] == ["MONTHLY"]
    assert "goals" in str(event["description"])


def test_it_shows_the_review_on_this_week_until_it_is_done(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    make_contact("Someone")  # This week shows the welcome page to an empty tracker
    Goal.objects.create(
        horizon="short", measure="mentors", target=3, created_on=TODAY - timedelta(days=31)
    )
    page = client.get(reverse("network:this_week")).content.decode()
    assert "Monthly goal review" in page
    response = client.post(
        reverse("outreach:review_goals"), {"where": "week"}, headers={"HX-Request": "true"}
    )
    assert "Goals reviewed" in response.content.decode()
    assert "Monthly goal review" not in client.get(reverse("network:this_week")).content.decode()
