"""Interview day: the people already known there, then who was met, as contacts with a
thank-you due within 48 hours and overdue after 72 (the tracker's in-person rule)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel, FollowUpRule
from matchwise.network.models import Contact, FollowUp, Interaction
from matchwise.network.rules import IN_PERSON_DUE_DAYS, IN_PERSON_OVERDUE_DAYS
from matchwise.season import interview_day
from matchwise.season.models import Application

pytestmark = pytest.mark.django_db
DAY = date(2026, 11, 2)


def test_it_finds_the_people_known_at_the_program(
    make_application: Callable[..., Application],
    make_contact: Callable[..., Contact],
    log: Callable[..., Interaction],
) -> None:
    application = make_application(institution="Lakeside General Hospital")
    lena = make_contact("Lena Park", institution="Lakeside General")
    make_contact("Omar Haddad", institution="Riverside Community Hospital")
    make_contact("Priya Raman", institution="General Hospital")  # generic words only
    log(lena, date(2026, 9, 1), topic="Sepsis audit")
    prep = interview_day.prep(application)
    assert prep.people == [lena]
    assert [i.topic for i in prep.interactions] == ["Sepsis audit"]


@pytest.mark.parametrize("mode", ["virtual", "in_person"])
def test_it_turns_the_people_met_into_thank_you_follow_ups(
    make_application: Callable[..., Application], make_contact: Callable[..., Contact], mode: str
) -> None:
    application = make_application(institution="Lakeside General Hospital")
    application.interview_mode = mode
    application.save()
    known = make_contact("Lena Park", institution="Lakeside General Hospital")
    people = [interview_day.PersonMet("Lena Park"), interview_day.PersonMet("Sam Ortiz")]
    follow_ups = interview_day.record_people_met(application, people, DAY)
    assert Contact.objects.count() == 2 and follow_ups[0].contact == known
    assert {(f.rule, f.due_on, f.overdue_after) for f in follow_ups} == {
        (
            FollowUpRule.MET_IN_PERSON,
            DAY + timedelta(days=IN_PERSON_DUE_DAYS),
            DAY + timedelta(days=IN_PERSON_OVERDUE_DAYS),
        )
    }
    channel = Channel.IN_PERSON if mode == "in_person" else Channel.VIDEO
    assert set(Interaction.objects.values_list("channel", flat=True)) == {channel}
    assert (IN_PERSON_DUE_DAYS, IN_PERSON_OVERDUE_DAYS) == (2, 3)


def test_it_records_who_i_met_on_the_page(
    client: Client, make_application: Callable[..., Application]
) -> None:
    application = make_application("Desert IM", institution="Desert Medical Center", state="AZ")
    url = reverse("season:people_met", args=[application.pk])
    bad = client.post(url, {"people": "Sam <not an email>", "role": "faculty", "met_on": DAY})
    assert bad.status_code == 400 and not Contact.objects.exists()
    form = {"people": "Dr. Ana Ruiz <ana@example.org>\n\nSam Ortiz", "role": "program_director"}
    response = client.post(url, form | {"met_on": DAY.isoformat()})
    assert response.status_code == 302
    ana = Contact.objects.get(email="ana@example.org")
    assert ana.institution == "Desert Medical Center" and ana.role == "program_director"
    assert FollowUp.objects.filter(contact=ana, due_on=DAY + timedelta(days=2)).exists()
    page = client.get(reverse("season:prep", args=[application.pk])).content.decode()
    assert "Sam Ortiz" in page and "template=interview-thank-you" in page
