"""The mentor team: roles held and empty, and each mentor's last and next contact."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.choices import Channel, Direction, MentorRole, Role
from matchwise.network.models import Contact, Interaction
from matchwise.outreach import mentors

pytestmark = pytest.mark.django_db
TODAY = date.today()


def test_it_shows_the_team_by_role_and_the_roles_nobody_holds(
    make_contact: Callable[..., Contact],
) -> None:
    novak = make_contact("Ana Novak", honorific="Dr.", role=Role.ATTENDING)
    peer = make_contact("Tunde Bello", role=Role.RESIDENT)
    mentors.assign_role(novak, MentorRole.CAREER)
    mentors.assign_role(novak, MentorRole.RESEARCH)
    mentors.assign_role(peer, MentorRole.PEER)
    make_contact("Not A Mentor")

    team = mentors.team(TODAY)

    assert [m.contact.name for m in team.mentors] == ["Ana Novak", "Tunde Bello"]
    assert team.mentors[0].roles == [MentorRole.CAREER, MentorRole.RESEARCH]
    assert team.by_role[MentorRole.CAREER] == [novak]
    assert team.empty_roles == [MentorRole.PROCESS]
    assert mentors.mentor_count() == 2


def test_it_keeps_mentors_on_a_monthly_rhythm(
    make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    attending = make_contact("Ana Novak", role=Role.ATTENDING)
    log(attending, TODAY - timedelta(days=10), Channel.VIDEO, Direction.INBOUND)
    mentors.assign_role(attending, MentorRole.CAREER)
    [mentor] = mentors.team(TODAY).mentors
    assert mentor.status.last_contacted == TODAY - timedelta(days=10)
    assert mentor.status.next_due == TODAY + timedelta(days=20)  # 30 days after the last

    mentors.remove_role(attending, MentorRole.CAREER)
    attending.refresh_from_db()
    assert attending.keep_in_touch_on == TODAY + timedelta(days=35)  # back to 45 for the role
    assert mentors.team(TODAY).mentors == []


def test_it_adds_and_removes_roles_from_the_page(
    client: Client, make_contact: Callable[..., Contact]
) -> None:
    novak = make_contact("Ana Novak", honorific="Dr.")
    response = client.post(
        reverse("outreach:assign_role"), {"contact": novak.pk, "role": "process"}
    )
    assert response.status_code == 302
    page = client.get(reverse("outreach:mentors")).content.decode()
    assert "Dr. Ana Novak" in page and "Nobody yet." in page
    client.post(reverse("outreach:remove_role", args=[novak.pk, "process"]))
    assert not novak.mentor_roles.exists()
    refused = client.post(reverse("outreach:assign_role"), {"contact": novak.pk, "role": "boss"})
    assert refused.status_code == 400
