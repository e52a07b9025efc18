"""Logging a touch applies the rules, and what is derived moves with it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from matchwise.network import queries, services
from matchwise.network.choices import OPEN_STATES, Channel, Direction, FollowUpRule, FollowUpState
from matchwise.network.models import Contact, FollowUp, Interaction, Preferences

pytestmark = pytest.mark.django_db
MakeContact = Callable[..., Contact]
Log = Callable[..., Interaction]
DAY = date(2026, 11, 2)


def open_rules(contact: Contact) -> list[str]:
    return list(contact.follow_ups.filter(state__in=OPEN_STATES).values_list("rule", flat=True))


def test_it_schedules_a_48_to_72_hour_follow_up_after_meeting_in_person(
    make_contact: MakeContact, log: Log
) -> None:
    contact = make_contact()
    log(contact, DAY, Channel.CONFERENCE, topic="Poster on heart failure")
    follow_up = contact.follow_ups.get()
    assert (follow_up.rule, follow_up.due_on, follow_up.overdue_after) == (
        FollowUpRule.MET_IN_PERSON,
        DAY + timedelta(days=2),
        DAY + timedelta(days=3),
    )


def test_it_settles_the_meeting_follow_up_when_you_write_to_them(
    make_contact: MakeContact, log: Log
) -> None:
    contact = make_contact()
    log(contact, DAY, Channel.IN_PERSON)
    log(contact, DAY + timedelta(days=1), Channel.EMAIL, topic="Thank you for your time")
    assert open_rules(contact) == [FollowUpRule.NO_REPLY]
    met = contact.follow_ups.get(rule=FollowUpRule.MET_IN_PERSON)
    assert met.state == FollowUpState.DONE


def test_it_nudges_once_for_an_unanswered_message_then_stops(
    make_contact: MakeContact, log: Log
) -> None:
    contact = make_contact()
    log(contact, DAY)
    assert contact.follow_ups.get().due_on == DAY + timedelta(days=10)
    log(contact, DAY + timedelta(days=10), topic="Gentle follow-up")  # the polite nudge
    log(contact, DAY + timedelta(days=30), topic="Another try")
    assert contact.follow_ups.filter(rule=FollowUpRule.NO_REPLY).count() == 1
    assert open_rules(contact) == []


def test_it_nudges_again_after_they_have_answered(make_contact: MakeContact, log: Log) -> None:
    contact = make_contact()
    log(contact, DAY)
    log(contact, DAY + timedelta(days=3), direction=Direction.INBOUND, topic="Their answer")
    assert open_rules(contact) == []
    assert contact.interactions.get(topic="Research question").reply_received
    log(contact, DAY + timedelta(days=20), topic="New question")
    assert open_rules(contact) == [FollowUpRule.NO_REPLY]


def test_it_uses_the_configured_reply_wait(make_contact: MakeContact, log: Log) -> None:
    Preferences.objects.create(pk=1, no_reply_days=7)
    contact = make_contact()
    log(contact, DAY)
    assert contact.follow_ups.get().due_on == DAY + timedelta(days=7)


def test_it_closes_the_nudge_when_a_reply_is_recorded(make_contact: MakeContact, log: Log) -> None:
    contact = make_contact()
    message = log(contact, DAY)
    services.record_reply(message, DAY + timedelta(days=4))
    assert open_rules(contact) == []


def test_it_never_brings_back_a_done_follow_up(make_contact: MakeContact, log: Log) -> None:
    contact = make_contact()
    log(contact, DAY, Channel.IN_PERSON)
    follow_up = contact.follow_ups.get()
    services.complete_follow_up(follow_up, DAY + timedelta(days=2))
    # Logging an unrelated inbound touch and recomputing does not reopen it.
    log(contact, DAY + timedelta(days=5), Channel.CALL, Direction.INBOUND, topic="They called")
    queries.contact_status(contact, DAY + timedelta(days=30))
    follow_up.refresh_from_db()
    assert follow_up.state == FollowUpState.DONE
    assert open_rules(contact) == []


def test_it_snoozes_and_dismisses(make_contact: MakeContact, log: Log) -> None:
    contact = make_contact()
    log(contact, DAY, Channel.IN_PERSON)
    follow_up = contact.follow_ups.get()
    services.snooze_follow_up(follow_up, DAY + timedelta(days=9))
    follow_up.refresh_from_db()
    assert (follow_up.state, follow_up.due_on, follow_up.overdue_after) == (
        FollowUpState.SNOOZED,
        DAY + timedelta(days=9),
        DAY + timedelta(days=10),
    )
    services.dismiss_follow_up(follow_up, DAY + timedelta(days=9))
    assert not FollowUp.objects.filter(state__in=OPEN_STATES).exists()


def test_it_derives_last_contacted_from_the_newest_interaction(
    make_contact: MakeContact, log: Log
) -> None:
    contact = make_contact(role="program_director")
    today = DAY + timedelta(days=100)
    assert queries.contact_status(contact, today).last_contacted is None
    log(contact, DAY, Channel.CALL, Direction.INBOUND)
    log(contact, DAY - timedelta(days=40), Channel.EMAIL, Direction.INBOUND)  # back-dated
    status = queries.contact_status(contact, today)
    assert status.last_contacted == DAY
    assert status.dormant  # 100 quiet days
    log(contact, today, Channel.VIDEO, Direction.INBOUND, topic="Catch-up call")
    status = queries.contact_status(contact, today)
    assert (status.last_contacted, status.dormant, status.cadence_status.value) == (
        today,
        False,
        "fine",
    )
    assert status.next_due == today + timedelta(days=60)
