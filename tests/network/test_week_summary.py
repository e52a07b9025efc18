"""Weekly goals and the streak, counted from the logged interactions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from matchwise.network import weekly_goals
from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact, Interaction, Preferences

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 26)  # a Thursday; the week began on Monday 23 Nov
MONDAY = date(2026, 11, 23)


def meet_goals(contacts: list[Contact], log: Callable[..., Interaction], monday: date) -> None:
    """Three outbound touches, one of them to a contact quiet for 90+ days."""
    for contact in contacts[:3]:
        log(contact, monday, Channel.EMAIL, topic="Update")


def test_it_counts_reach_outs_and_reactivations_this_week(
    make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    quiet = make_contact("Quiet")
    log(quiet, MONDAY - timedelta(days=120), Channel.CALL, Direction.INBOUND)
    log(quiet, MONDAY + timedelta(days=1), Channel.EMAIL, topic="It has been a while")
    recent = make_contact("Recent")
    log(recent, MONDAY - timedelta(days=10), Channel.CALL, Direction.INBOUND)
    log(recent, MONDAY, Channel.EMAIL)
    log(recent, MONDAY + timedelta(days=2), Channel.LINKEDIN)  # same person counts once
    log(make_contact("They wrote"), MONDAY, Channel.EMAIL, Direction.INBOUND)
    log(make_contact("Last week"), MONDAY - timedelta(days=1), Channel.EMAIL)
    summary = weekly_goals.summary(TODAY)
    assert [(g.done, g.target) for g in summary.goals] == [(2, 3), (1, 1)]
    assert summary.streak == 0


def test_it_counts_the_streak_of_weeks_with_goals_met(
    make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    Preferences.objects.create(pk=1, reach_out_target=2, reactivate_target=0)
    people = [make_contact(f"Person {i}") for i in range(3)]
    for weeks_back in (1, 2, 3, 5):  # week 4 was missed
        meet_goals(people, log, MONDAY - timedelta(weeks=weeks_back))
    assert weekly_goals.summary(TODAY).streak == 3
    meet_goals(people, log, MONDAY)
    assert weekly_goals.summary(TODAY).streak == 4


def test_it_follows_a_long_streak_past_one_chunk(
    make_contact: Callable[..., Contact], log: Callable[..., Interaction]
) -> None:
    Preferences.objects.create(pk=1, reach_out_target=1, reactivate_target=0)
    person = make_contact()
    for weeks_back in range(1, 21):
        log(person, MONDAY - timedelta(weeks=weeks_back), Channel.EMAIL)
    assert weekly_goals.summary(TODAY).streak == 20


def test_it_does_not_count_imported_history_as_this_weeks_outreach(
    make_contact: Callable[..., Contact],
) -> None:
    from matchwise.network.importing.linkedin import parse_linkedin
    from matchwise.network.importing.service import commit

    rows = "".join(
        f"Given{i},Family{i},https://www.linkedin.com/in/gf{i},,Clinic,Resident,"
        f"{MONDAY + timedelta(days=1):%d %b %Y}\n"
        for i in range(3)
    )
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    commit(parse_linkedin("Connections.csv", (header + rows).encode()))
    assert Interaction.objects.filter(imported=True).count() == 3
    assert [g.done for g in weekly_goals.summary(TODAY).goals] == [0, 0]
