"""What `due` and This week list: follow-ups with reasons, keep-in-touch, dormant contacts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from matchwise.network import due
from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact, Interaction, MentorAssignment

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 26)


def test_it_lists_follow_ups_due_within_a_week_with_their_reason(
    make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    met = make_contact("Lena Park")
    log(
        met, TODAY - timedelta(days=5), Channel.CONFERENCE, topic="IMG panel at the chapter meeting"
    )
    emailed = make_contact("Omar Haddad")
    log(emailed, TODAY - timedelta(days=2), Channel.EMAIL, topic="Research position")  # due +10
    items = due.follow_up_items(TODAY)
    assert [(i.contact_name, i.urgency.value) for i in items] == [("Lena Park", "overdue")]
    assert items[0].reason == (
        "Met at a conference on Sat 21 Nov (IMG panel at the chapter meeting): "
        "follow up by Tue 24 Nov"
    )


def test_it_lists_mentors_past_their_monthly_rhythm(
    make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    mentor = make_contact("Dr Ruth Mensah")
    MentorAssignment.objects.create(contact=mentor, role="career")
    log(mentor, TODAY - timedelta(days=50), Channel.VIDEO, Direction.INBOUND, topic="Monthly call")
    peer = make_contact("Sami Aziz", role="img_peer")
    log(peer, TODAY - timedelta(days=10), Channel.VIDEO, Direction.INBOUND, topic="Study plan")
    listed = [due.keep_in_touch_item(c, TODAY) for c in due.keep_in_touch_due(TODAY)]
    assert [(i.contact_name, i.urgency.value) for i in listed] == [("Dr Ruth Mensah", "overdue")]
    assert "aim for every 30 days" in listed[0].reason


def test_it_suggests_dormant_contacts_most_recently_active_first(
    make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    for name, days in [("Old", 400), ("Older", 900), ("Recent", 95), ("Active", 5)]:
        contact = make_contact(name)
        log(contact, TODAY - timedelta(days=days), Channel.CALL, Direction.INBOUND)
    dormant = due.dormant_contacts(TODAY)[:2]
    assert [contact.name for contact in dormant] == ["Recent", "Old"]
