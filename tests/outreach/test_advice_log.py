"""Advice received → action taken → reported back; unreported actions come up on This week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import MentorRole
from matchwise.network.models import Contact
from matchwise.outreach import compose, mentors
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import Advice
from tests.outreach import messages

pytestmark = pytest.mark.django_db
TODAY = date.today()


@pytest.fixture
def baptiste(make_contact: Callable[..., Contact]) -> Contact:
    contact = make_contact("Marc Baptiste", honorific="Dr.")
    mentors.assign_role(contact, MentorRole.CAREER)
    return contact


def test_it_lists_advice_acted_on_but_not_yet_reported(baptiste: Contact) -> None:
    noted = mentors.add_advice(baptiste, "Submit the falls audit as a poster", TODAY)
    acted = mentors.add_advice(baptiste, "Ask the chief for feedback on my CV", TODAY)
    mentors.record_action(acted, "Met the chief; rewrote the experience section", TODAY)
    assert list(mentors.advice_to_report()) == [acted]
    assert not noted.to_report and acted.to_report
    mentors.record_reported(acted, TODAY)
    assert list(mentors.advice_to_report()) == []


def test_it_marks_advice_reported_when_the_update_is_sent(baptiste: Contact) -> None:
    advice = mentors.add_advice(baptiste, "present the audit", TODAY)
    mentors.record_action(advice, "the poster was accepted", TODAY)
    compose.mark_sent(
        baptiste, MessageKind.UPDATE, "An update", messages.GOOD_UPDATE, advice=advice
    )
    advice.refresh_from_db()
    assert advice.reported_on == TODAY


def test_it_shows_this_weeks_advice_to_report_with_a_way_to_write(
    client: Client, baptiste: Contact
) -> None:
    advice = mentors.add_advice(baptiste, "present the audit", TODAY)
    mentors.record_action(advice, "the poster was accepted", TODAY)
    page = client.get(reverse("network:this_week")).content.decode()
    assert "Tell Dr. Marc Baptiste what came of their advice" in page
    assert f"advice={advice.pk}" in page
    response = client.post(
        reverse("outreach:advice_reported", args=[advice.pk]),
        {"where": "week"},
        headers={"HX-Request": "true"},
    )
    assert "knows" in response.content.decode()
    assert (
        "what came of their advice" not in client.get(reverse("network:this_week")).content.decode()
    )


def test_it_logs_advice_and_the_action_from_the_mentors_page(
    client: Client, baptiste: Contact
) -> None:
    client.post(
        reverse("outreach:add_advice", args=[baptiste.pk]),
        {"suggestion": "Join the QI meeting", "received_on": TODAY.isoformat()},
    )
    advice = Advice.objects.get()
    response = client.post(
        reverse("outreach:advice_acted", args=[advice.pk]),
        {"action": "Went on Tuesday; took the minutes", "acted_on": TODAY.isoformat()},
        headers={"HX-Request": "true"},
    )
    assert "tell them" in response.content.decode()
    assert "Write to them" in response.content.decode()
    advice.refresh_from_db()
    assert advice.acted_on == TODAY
