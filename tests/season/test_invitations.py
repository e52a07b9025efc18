"""An invitation in two clicks, its offered dates in the program's time, a date chosen to
schedule the interview, and This week listing the unanswered ones oldest first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network.models import Contact
from matchwise.season import services
from matchwise.season.models import Application, Invitation, InvitationSlot
from matchwise.season.this_week import this_week

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 10, 20, 15, 0, tzinfo=UTC)


def test_it_records_an_invitation_with_its_dates(
    make_application: Callable[..., Application],
) -> None:
    application = make_application(state="IL")
    invitation = services.record_invitation(
        application, [datetime(2026, 11, 9, 8, 0), datetime(2026, 11, 2, 8, 0)], NOW
    )
    application.refresh_from_db()
    assert application.status == "invited" and application.status_on == date(2026, 10, 20)
    # 08:00 in Chicago, standard time (-6) on both days
    assert [s.starts_at for s in invitation.slots.all()] == [
        datetime(2026, 11, 2, 14, 0, tzinfo=UTC),
        datetime(2026, 11, 9, 14, 0, tzinfo=UTC),
    ]


def test_it_refuses_a_date_the_clocks_skip(make_application: Callable[..., Application]) -> None:
    application = make_application(state="NY")
    with pytest.raises(services.SeasonError, match="does not exist"):
        services.record_invitation(application, [datetime(2027, 3, 14, 2, 30)], NOW)
    assert not Invitation.objects.exists()


def test_it_schedules_the_chosen_date(make_application: Callable[..., Application]) -> None:
    application = make_application(state="IL")
    invitation = services.record_invitation(application, [datetime(2026, 11, 2, 8, 0)], NOW)
    slot = invitation.slots.get()
    services.schedule(application, services.Interview(slot=slot), date(2026, 10, 21))
    application.refresh_from_db()
    invitation.refresh_from_db()
    assert application.status == "scheduled" and application.interview_at == slot.starts_at
    assert invitation.answered_at is not None and InvitationSlot.objects.get().chosen


def test_it_lists_unanswered_invitations_oldest_first(
    make_application: Callable[..., Application],
) -> None:
    older, newer, answered = (make_application(state="OH") for _ in range(3))
    services.record_invitation(newer, [], datetime(2026, 10, 20, 12, 0, tzinfo=UTC))
    services.record_invitation(older, [], datetime(2026, 10, 19, 15, 0, tzinfo=UTC))
    services.record_invitation(answered, [], datetime(2026, 10, 18, 9, 0, tzinfo=UTC))
    services.schedule(
        answered, services.Interview(wall_clock=datetime(2026, 10, 22, 9, 0)), date(2026, 10, 20)
    )
    week = this_week(date(2026, 10, 20), NOW, "Asia/Kolkata")
    assert [(w.invitation.application, w.hours) for w in week.invitations] == [
        (older, 24),
        (newer, 3),
    ]
    assert [c.application for c in week.interviews] == [answered]
    assert week.interviews[0].yours.endswith("18:30 IST")  # 09:00 EDT is 13:00 UTC


def test_it_takes_two_clicks_on_the_pages(
    client: Client, make_application: Callable[..., Application]
) -> None:
    Contact.objects.create(name="Someone")  # This week shows the welcome page to a new user
    application = make_application("Desert IM", state="AZ")
    response = client.post(reverse("season:invite", args=[application.pk]), {"slots": ""})
    assert response.status_code == 302
    week = client.get(reverse("network:this_week")).content.decode()
    assert "Desert IM" in week and "invited 0 hours ago" in week
    bad = client.post(reverse("season:invite", args=[application.pk]), {"slots": "soon"})
    assert bad.status_code == 400 and "YYYY-MM-DD HH:MM" in bad.content.decode()
    form = {"at": "2026-11-02T08:00", "mode": "virtual", "platform": "Zoom"}
    assert client.post(reverse("season:schedule", args=[application.pk]), form).status_code == 302
    application.refresh_from_db()
    assert application.interview_at == datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
    assert "invited 0 hours ago" not in client.get(reverse("network:this_week")).content.decode()
