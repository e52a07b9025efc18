"""The stored last-contacted and keep-in-touch dates always equal a fresh computation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from matchwise.network import services
from matchwise.network.choices import Channel, Direction, MentorRole
from matchwise.network.derived import refresh_dates
from matchwise.network.models import Contact, Interaction
from matchwise.outreach import mentors

pytestmark = pytest.mark.django_db
DAY = date(2026, 10, 1)


def stored(contact: Contact) -> tuple[date | None, date | None, date | None]:
    contact.refresh_from_db()
    return contact.last_contacted, contact.keep_in_touch_on, contact.keep_in_touch_by


def test_it_keeps_derived_dates_in_step_with_every_change(
    make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    contact = make_contact(role="program_director")
    created = contact.created_at.date()
    assert stored(contact) == (None, created + timedelta(days=60), created + timedelta(days=90))

    call = log(contact, DAY, Channel.CALL, Direction.INBOUND)
    assert stored(contact) == (DAY, DAY + timedelta(days=60), DAY + timedelta(days=90))

    log(contact, DAY - timedelta(days=30), Channel.EMAIL)  # back-dated: last stays
    assert stored(contact)[0] == DAY

    mentors.assign_role(contact, MentorRole.CAREER)  # mentors: monthly
    assert stored(contact) == (DAY, DAY + timedelta(days=30), DAY + timedelta(days=45))

    contact.cadence_ideal_days, contact.cadence_max_days = 7, 14
    services.save_contact(contact)
    assert stored(contact) == (DAY, DAY + timedelta(days=7), DAY + timedelta(days=14))

    services.delete_interaction(call)
    earlier = DAY - timedelta(days=30)
    assert stored(contact) == (earlier, earlier + timedelta(days=7), earlier + timedelta(days=14))

    assert refresh_dates() == 0  # nothing was stale


def test_it_recomputes_what_a_bulk_write_left_stale(make_contact: Callable[..., Contact]) -> None:
    contact = make_contact()
    Interaction.objects.bulk_create(
        [Interaction(contact=contact, occurred_on=DAY, channel="call", topic="Call")]
    )  # written around the services
    assert stored(contact)[0] is None
    assert refresh_dates([contact.pk]) == 1
    assert stored(contact)[0] == DAY
