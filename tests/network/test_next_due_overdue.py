"""A next-due date in the past says "overdue" (or "due"), dormant contacts included."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.network import rules
from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact, Interaction
from matchwise.network.queries import ContactStatus

TODAY = date(2026, 3, 10)
CADENCE = rules.Cadence(30, 60)


def status(
    *, last_days_ago: int, follow_up_in: int | None = None, follow_up_overdue: bool = False
) -> ContactStatus:
    last = TODAY - timedelta(days=last_days_ago)
    keep_on, keep_by = rules.cadence_window(last, CADENCE)
    return ContactStatus(
        last_contacted=last,
        next_follow_up=None if follow_up_in is None else TODAY + timedelta(days=follow_up_in),
        follow_up_overdue=follow_up_overdue,
        cadence=CADENCE,
        keep_in_touch_on=keep_on,
        keep_in_touch_by=keep_by,
        today=TODAY,
    )


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (status(last_days_ago=5), rules.Urgency.LATER),
        (status(last_days_ago=26), rules.Urgency.THIS_WEEK),
        (status(last_days_ago=30), rules.Urgency.DUE),
        (status(last_days_ago=45), rules.Urgency.DUE),  # past the ideal, within the maximum
        (status(last_days_ago=61), rules.Urgency.OVERDUE),
        (status(last_days_ago=200), rules.Urgency.OVERDUE),  # dormant
        (status(last_days_ago=5, follow_up_in=2), rules.Urgency.THIS_WEEK),
        (status(last_days_ago=5, follow_up_in=-1), rules.Urgency.DUE),  # in its grace days
        (status(last_days_ago=5, follow_up_in=-4, follow_up_overdue=True), rules.Urgency.OVERDUE),
    ],
)
def test_it_says_where_the_next_due_date_stands(
    case: ContactStatus, expected: rules.Urgency
) -> None:
    assert case.next_due_urgency is expected


@pytest.mark.django_db
def test_it_marks_a_dormant_contacts_next_due_overdue_on_their_page_and_in_the_list(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    quiet = make_contact("Sofia Rossi", role="program_director")
    log(quiet, date.today() - timedelta(days=200), Channel.CALL, Direction.INBOUND)

    page = client.get(reverse("network:contact", args=[quiet.pk])).content.decode()
    next_due = page[page.index("Next due:") :].split("</p>")[0]
    assert '<span class="badge overdue">overdue</span>' in next_due

    listing = client.get(reverse("network:contacts")).content.decode()
    row = listing[listing.index('id="contact-row-') :].split("</tr>")[0]
    assert "dormant" in row and '<span class="badge overdue">overdue</span>' in row


@pytest.mark.django_db
def test_it_keeps_a_date_far_ahead_plain(
    client: Client, make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    recent = make_contact("Omar Haddad", role="alumni")
    log(recent, date.today(), Channel.CALL, Direction.INBOUND)
    page = client.get(reverse("network:contact", args=[recent.pk])).content.decode()
    next_due = page[page.index("Next due:") :].split("</p>")[0]
    assert "badge" not in next_due
