"""The playbook's follow-up rules, as tables."""

from __future__ import annotations

from datetime import date

import pytest

from matchwise.network import rules
from matchwise.network.choices import Channel, Direction, FollowUpRule, Role

MET = date(2026, 11, 2)  # a Monday


@pytest.mark.parametrize(
    ("channel", "direction", "replied", "nudged", "expected"),
    [
        # Met in person or at a conference: due at +2 days, overdue after +3.
        (Channel.IN_PERSON, Direction.OUTBOUND, False, False, (FollowUpRule.MET_IN_PERSON, 2, 3)),
        (Channel.CONFERENCE, Direction.INBOUND, False, False, (FollowUpRule.MET_IN_PERSON, 2, 3)),
        (Channel.CONFERENCE, Direction.OUTBOUND, True, True, (FollowUpRule.MET_IN_PERSON, 2, 3)),
        # An unanswered message: one polite follow-up after 10 days…
        (Channel.EMAIL, Direction.OUTBOUND, False, False, (FollowUpRule.NO_REPLY, 10, 14)),
        (Channel.LINKEDIN, Direction.OUTBOUND, False, False, (FollowUpRule.NO_REPLY, 10, 14)),
        # …then no more nagging.
        (Channel.EMAIL, Direction.OUTBOUND, False, True, None),
        # Answered, or they wrote to us: nothing to chase.
        (Channel.EMAIL, Direction.OUTBOUND, True, False, None),
        (Channel.EMAIL, Direction.INBOUND, False, False, None),
        (Channel.CALL, Direction.INBOUND, False, False, None),
        # A call or video call is answered on the spot: nothing to wait for.
        (Channel.CALL, Direction.OUTBOUND, False, False, None),
        (Channel.VIDEO, Direction.OUTBOUND, False, False, None),
    ],
)
def test_it_plans_the_follow_up_a_touch_calls_for(
    channel: Channel,
    direction: Direction,
    replied: bool,
    nudged: bool,
    expected: tuple[FollowUpRule, int, int] | None,
) -> None:
    plan = rules.plan_follow_up(
        rules.Touch(MET, channel, direction, replied), nudged_since_last_reply=nudged
    )
    if expected is None:
        assert plan is None
    else:
        rule, due, overdue = expected
        assert plan == rules.FollowUpPlan(
            rule, date(2026, 11, 2 + due), date(2026, 11, 2 + overdue)
        )


@pytest.mark.parametrize("days", [3, 10, 21])
def test_it_waits_the_configured_number_of_days_for_a_reply(days: int) -> None:
    touch = rules.Touch(MET, Channel.EMAIL, Direction.OUTBOUND)
    plan = rules.plan_follow_up(touch, nudged_since_last_reply=False, no_reply_days=days)
    assert plan is not None
    assert (plan.due_on - MET).days == days


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 2), rules.Urgency.THIS_WEEK),  # the day we met
        (date(2026, 11, 3), rules.Urgency.THIS_WEEK),
        (date(2026, 11, 4), rules.Urgency.DUE),  # +2 days: 48 hours
        (date(2026, 11, 5), rules.Urgency.DUE),  # +3 days: 72 hours, the last good day
        (date(2026, 11, 6), rules.Urgency.OVERDUE),
    ],
)
def test_it_says_when_a_meeting_follow_up_is_due_and_overdue(
    today: date, expected: rules.Urgency
) -> None:
    assert rules.urgency(date(2026, 11, 4), date(2026, 11, 5), today) is expected


def test_it_leaves_far_away_follow_ups_for_later() -> None:
    assert rules.urgency(date(2026, 11, 20), date(2026, 11, 24), MET) is rules.Urgency.LATER
    assert rules.urgency(date(2026, 11, 8), date(2026, 11, 9), MET) is rules.Urgency.THIS_WEEK
    assert rules.urgency(date(2026, 11, 9), date(2026, 11, 9), MET) is rules.Urgency.LATER


def test_it_keeps_the_grace_period_when_snoozed() -> None:
    window = rules.snoozed_window(date(2026, 11, 4), date(2026, 11, 5), date(2026, 11, 20))
    assert window == (date(2026, 11, 20), date(2026, 11, 21))


@pytest.mark.parametrize(
    ("role", "mentor", "ideal", "maximum", "expected"),
    [
        (Role.OTHER, True, None, None, rules.Cadence(30, 45)),  # mentors: monthly
        (Role.PROGRAM_DIRECTOR, True, None, None, rules.Cadence(30, 45)),
        (Role.PROGRAM_DIRECTOR, False, None, None, rules.Cadence(60, 90)),
        (Role.OTHER, False, None, None, rules.Cadence(90, 180)),
        (Role.RESIDENT, False, 14, 21, rules.Cadence(14, 21)),  # the contact's own rhythm
        (Role.RESIDENT, False, 14, None, rules.Cadence(14, 60)),
        (Role.OTHER, False, 200, None, rules.Cadence(200, 200)),  # max never below ideal
        (Role.OTHER, False, None, 20, rules.Cadence(20, 20)),  # ideal never above max
        (Role.RESIDENT, False, None, 90, rules.Cadence(30, 90)),
    ],
)
def test_it_picks_the_keep_in_touch_cadence(
    role: Role, mentor: bool, ideal: int | None, maximum: int | None, expected: rules.Cadence
) -> None:
    assert rules.cadence_for(role, is_mentor=mentor, ideal_days=ideal, max_days=maximum) == expected


@pytest.mark.parametrize(
    ("elapsed", "expected"),
    [
        (0, rules.CadenceStatus.FINE),
        (29, rules.CadenceStatus.FINE),
        (30, rules.CadenceStatus.DUE),
        (45, rules.CadenceStatus.DUE),
        (46, rules.CadenceStatus.OVERDUE),
    ],
)
def test_it_grades_the_cadence_fine_due_overdue(
    elapsed: int, expected: rules.CadenceStatus
) -> None:
    last = date(2026, 1, 1)
    today = date.fromordinal(last.toordinal() + elapsed)
    assert rules.cadence_status(last, today, rules.Cadence(30, 45)) is expected


@pytest.mark.parametrize(("elapsed", "dormant"), [(0, False), (89, False), (90, True), (400, True)])
def test_it_calls_a_contact_dormant_after_90_quiet_days(elapsed: int, dormant: bool) -> None:
    last = date(2026, 1, 1)
    assert rules.is_dormant(last, date.fromordinal(last.toordinal() + elapsed)) is dormant


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        (None, False),
        (date(2026, 8, 4), True),
        (date(2026, 8, 5), False),
        (date(2026, 11, 1), False),
    ],
)
def test_it_counts_a_touch_after_90_days_as_a_reactivation(
    previous: date | None, expected: bool
) -> None:
    assert rules.is_reactivation(previous, MET) is expected


@pytest.mark.parametrize(
    ("day", "monday"),
    [
        (date(2026, 11, 2), date(2026, 11, 2)),
        (date(2026, 11, 8), date(2026, 11, 2)),
        (date(2026, 11, 9), date(2026, 11, 9)),
    ],
)
def test_it_starts_weeks_on_monday(day: date, monday: date) -> None:
    assert rules.week_start(day) == monday


@pytest.mark.parametrize(
    ("on", "problem"), [(MET, False), (date(2026, 11, 1), False), (date(2026, 11, 3), True)]
)
def test_it_refuses_a_touch_dated_in_the_future(on: date, problem: bool) -> None:
    assert (rules.touch_date_problem(on, MET) is not None) is problem
