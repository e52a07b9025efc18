"""After a conference, one screen logs everyone met; each gets the 48–72 hour follow-up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel, FollowUpRule, FollowUpState, Role, Source
from matchwise.network.models import Contact, FollowUp
from matchwise.outreach import conferences
from matchwise.outreach.models import Conference, ConferenceTarget

pytestmark = pytest.mark.django_db
TODAY = date.today()


def test_it_creates_contacts_and_logs_each_meeting_in_person(
    conference: Conference, make_contact: Callable[..., Contact]
) -> None:
    known = make_contact("Lena Park", honorific="Dr.")
    ConferenceTarget.objects.create(conference=conference, kind="person", contact=known)
    logged = conferences.record_met(
        conference,
        [
            conferences.Met(topic="Her poster on sepsis", contact=known),
            conferences.Met(
                topic="",
                name="Omar Haddad",
                honorific="Dr.",
                role=Role.FELLOW,
                institution="Lakeside",
            ),
        ],
        TODAY,
    )
    new = Contact.objects.get(name="Omar Haddad")
    assert (new.source, new.role, new.institution) == (Source.CONFERENCE, Role.FELLOW, "Lakeside")
    assert [i.channel for i in logged] == [Channel.CONFERENCE, Channel.CONFERENCE]
    assert logged[1].topic == "Met at Midwest Internal Medicine Meeting"
    follow_ups = FollowUp.objects.filter(rule=FollowUpRule.MET_IN_PERSON, state=FollowUpState.OPEN)
    assert sorted((f.contact.name, f.due_on, f.overdue_after) for f in follow_ups) == [
        ("Lena Park", TODAY + timedelta(days=2), TODAY + timedelta(days=3)),
        ("Omar Haddad", TODAY + timedelta(days=2), TODAY + timedelta(days=3)),
    ]
    assert conference.targets.filter(met=True).count() == 2  # the planned one, and the new one


@pytest.mark.parametrize(
    ("today_offset", "expected_offset"),
    [(-5, 0), (0, 0), (1, 1), (2, 2), (9, 2)],  # before, during and after a 3-day meeting
)
def test_it_suggests_the_day_you_met(today_offset: int, expected_offset: int) -> None:
    start = date(2026, 4, 10)
    meeting = Conference(name="x", starts_on=start, ends_on=start + timedelta(days=2))
    today = start + timedelta(days=today_offset)
    assert conferences.meeting_day(meeting, today) == start + timedelta(days=expected_offset)


def met_post(
    conference: Conference, rows: list[dict[str, str]], on: date = TODAY
) -> dict[str, str]:
    data = {
        "met_on": on.isoformat(),
        "met-TOTAL_FORMS": str(len(rows)),
        "met-INITIAL_FORMS": str(len(rows)),
        "met-MIN_NUM_FORMS": "0",
        "met-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for key, value in {"role": "other", **row}.items():
            data[f"met-{index}-{key}"] = value
    return data


def test_it_records_the_met_list_in_one_post(client: Client, conference: Conference) -> None:
    rows = [
        {"honorific": "Dr.", "name": "Lena Park", "topic": "Telehealth follow-up"},
        {},
        {"name": "Sam Lee", "role": "resident", "email": "sam@example.org"},
    ]
    response = client.post(
        reverse("outreach:record_met", args=[conference.pk]), met_post(conference, rows)
    )
    assert response.status_code == 302
    assert sorted(Contact.objects.values_list("name", flat=True)) == ["Lena Park", "Sam Lee"]
    page = client.get(response["Location"]).content.decode()
    assert page.count("Write the follow-up") == 2
    assert f"due {(TODAY + timedelta(days=2)):%a} {(TODAY + timedelta(days=2)).day}" in page


def test_it_refuses_a_row_without_a_name_and_a_day_to_come(
    client: Client, conference: Conference
) -> None:
    url = reverse("outreach:record_met", args=[conference.pk])
    nameless = client.post(url, met_post(conference, [{"topic": "Something"}]))
    assert "Give their name" in nameless.content.decode()
    empty = client.post(url, met_post(conference, [{}]))
    assert "Fill in at least one person" in empty.content.decode()
    future = client.post(url, met_post(conference, [{"name": "A"}], TODAY + timedelta(days=1)))
    assert "has not come yet" in future.content.decode()
    assert not Contact.objects.exists()


def test_it_plans_sessions_events_and_people(
    client: Client, conference: Conference, make_contact: Callable[..., Contact]
) -> None:
    url = reverse("outreach:add_conference_target", args=[conference.pk])
    client.post(
        url,
        {
            "kind": "session",
            "title": "IMG pathways panel",
            "when": "Sat 9:00",
            "reason": "img_panel",
            "new_role": "other",
        },
    )
    client.post(
        url,
        {
            "kind": "person",
            "new_contact": "Ravi Menon",
            "new_role": "program_director",
            "program": "Lakeside IM",
            "reason": "program_director",
            "notes": "Recent paper on handoffs",
        },
    )
    refused = client.post(url, {"kind": "person", "new_role": "other"})
    assert refused.status_code == 400
    ravi = Contact.objects.get(name="Ravi Menon")
    assert (ravi.role, ravi.source) == (Role.PROGRAM_DIRECTOR, Source.CONFERENCE)
    page = client.get(reverse("outreach:conference", args=[conference.pk])).content.decode()
    assert "IMG pathways panel" in page and "Ravi Menon" in page and "Lakeside IM" in page
