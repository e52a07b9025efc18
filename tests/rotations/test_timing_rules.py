"""The rotation's prompts, dated by plain rules with `today` passed in (2026-03-02 is a Monday)."""

from __future__ import annotations

from datetime import date

import pytest

from matchwise.network.rules import Cadence
from matchwise.rotations.timing import (
    Phase,
    PromptState,
    Span,
    cadence_after_end,
    feedback_prompt,
    letter_check_shown,
    on_track,
    span_problem,
    target_progress,
    thanks_prompt,
    working_day_number,
)


def d(day: int, month: int = 3) -> date:
    return date(2026, month, day)


FOUR_WEEKS = Span(d(2), d(27))  # Monday to Friday, four weeks


@pytest.mark.parametrize(
    ("span", "feedback_from", "overdue_after"),
    [
        (FOUR_WEEKS, d(4), d(6)),  # Wednesday; overdue after Friday
        (Span(d(6), d(31)), d(10), d(12)),  # starts on a Friday: the weekend does not count
        (Span(d(7), d(31)), d(11), d(13)),  # starts on a Saturday: Monday is day one
        (Span(d(8), d(31)), d(11), d(13)),  # starts on a Sunday
        (Span(d(2), d(6)), d(4), d(6)),  # one working week
        (Span(d(5), d(6)), d(6), d(6)),  # two working days: ask on the last one
        (Span(d(6), d(9)), d(9), d(9)),  # Friday to Monday: two working days
        (Span(d(4), d(4)), d(4), d(4)),  # a single day
        (Span(d(7), d(8)), d(8), d(8)),  # a weekend only: its last day
        (Span(d(2), d(5)), d(4), d(5)),  # four days: overdue after the end, not day five
    ],
)
def test_it_dates_the_feedback_meeting_by_working_days(
    span: Span, feedback_from: date, overdue_after: date
) -> None:
    assert span.feedback_from == feedback_from
    assert span.feedback_overdue_after == overdue_after


@pytest.mark.parametrize(
    ("today", "asked", "expected"),
    [
        (d(1), False, None),  # before the rotation
        (d(3), False, None),  # second working day: too early
        (d(4), False, PromptState.DUE),  # third working day
        (d(6), False, PromptState.DUE),  # fifth working day: still in time
        (d(7), False, PromptState.OVERDUE),  # the weekend after
        (d(20), False, PromptState.OVERDUE),
        (d(27), False, PromptState.OVERDUE),  # last day
        (d(28), False, None),  # the rotation is over: nobody to ask in the corridor
        (d(4), True, None),  # asked: the prompt goes
    ],
)
def test_it_prompts_for_feedback_from_the_third_working_day(
    today: date, asked: bool, expected: PromptState | None
) -> None:
    prompt = feedback_prompt(FOUR_WEEKS, today, asked=asked)
    assert (prompt.state if prompt else None) == expected


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (d(7), None),  # a weekend day before the third working day of a Saturday start
        (d(10), None),  # Tuesday is the second working day
        (d(11), PromptState.DUE),
        (d(14), PromptState.OVERDUE),  # Saturday after the fifth working day
    ],
)
def test_it_counts_no_weekend_day_as_a_working_day(
    today: date, expected: PromptState | None
) -> None:
    prompt = feedback_prompt(Span(d(7), d(31)), today, asked=False)
    assert (prompt.state if prompt else None) == expected


@pytest.mark.parametrize(
    ("span", "thanks_from", "overdue_after"),
    [
        (FOUR_WEEKS, d(21), d(30)),  # the last seven days, from a Saturday
        (Span(d(2), d(9)), d(3), d(12)),  # eight days: the last seven
        (Span(d(2), d(8)), d(6), d(11)),  # a week or less: its last working day
        (Span(d(5), d(6)), d(6), d(9)),
        (Span(d(7), d(8)), d(8), d(11)),  # a weekend only: its last day
    ],
)
def test_it_dates_the_thank_yous_in_the_last_week(
    span: Span, thanks_from: date, overdue_after: date
) -> None:
    assert span.thanks_from == thanks_from
    assert span.thanks_overdue_after == overdue_after


@pytest.mark.parametrize(
    ("today", "thanked", "expected"),
    [
        (d(20), False, None),
        (d(21), False, PromptState.DUE),
        (d(27), False, PromptState.DUE),
        (d(30), False, PromptState.DUE),  # three days after the end
        (d(31), False, PromptState.OVERDUE),
        (d(10, 4), False, PromptState.OVERDUE),  # two weeks after the end
        (d(11, 4), False, None),  # then keeping in touch takes over
        (d(23), True, None),
    ],
)
def test_it_prompts_thank_yous_until_sent(
    today: date, thanked: bool, expected: PromptState | None
) -> None:
    prompt = thanks_prompt(FOUR_WEEKS, today, thanked=thanked)
    assert (prompt.state if prompt else None) == expected


@pytest.mark.parametrize(
    ("today", "phase", "letters"),
    [
        (d(1), Phase.UPCOMING, False),
        (d(2), Phase.RUNNING, False),
        (d(20), Phase.RUNNING, False),
        (d(21), Phase.LAST_WEEK, True),
        (d(27), Phase.LAST_WEEK, True),
        (d(28), Phase.ENDED, True),
    ],
)
def test_it_names_the_phase_and_shows_letters_from_the_last_week(
    today: date, phase: Phase, letters: bool
) -> None:
    assert FOUR_WEEKS.phase(today) is phase
    assert letter_check_shown(FOUR_WEEKS, today) is letters


def test_it_makes_a_rotation_of_a_week_or_less_a_last_week_from_its_last_working_day() -> None:
    short = Span(d(2), d(4))
    assert short.phase(d(3)) is Phase.RUNNING
    assert short.phase(d(4)) is Phase.LAST_WEEK


@pytest.mark.parametrize(
    ("today", "key_person", "expected"),
    [
        (d(27), True, None),  # still running
        (d(28), True, Cadence(30, 45)),
        (d(28, 6), True, Cadence(30, 45)),
        (d(28), False, None),  # a coordinator or a nurse keeps their role's rhythm
    ],
)
def test_it_moves_the_people_met_to_a_keep_in_touch_rhythm_after_the_end(
    today: date, key_person: bool, expected: Cadence | None
) -> None:
    assert cadence_after_end(FOUR_WEEKS, today, key_person=key_person) == expected


@pytest.mark.parametrize(
    ("today", "number"),
    [(d(1), 0), (d(2), 1), (d(6), 5), (d(8), 5), (d(9), 6), (d(30), 20)],
)
def test_it_counts_the_working_days_gone(today: date, number: int) -> None:
    assert working_day_number(FOUR_WEEKS.starts_on, FOUR_WEEKS.ends_on, today) == number


@pytest.mark.parametrize(
    ("exchanges", "wanted", "chosen", "tracked", "met"),
    [
        ([], 2, 0, 0, False),
        ([3, 1], 2, 2, 1, False),
        ([3, 5], 2, 2, 2, True),
        ([4, 3, 0], 3, 3, 2, False),
        ([], 0, 0, 0, True),
    ],
)
def test_it_counts_who_is_on_track(
    exchanges: list[int], wanted: int, chosen: int, tracked: int, met: bool
) -> None:
    progress = target_progress(wanted, exchanges)
    assert (progress.chosen, progress.on_track, progress.met) == (chosen, tracked, met)
    assert on_track(3) and not on_track(2)


@pytest.mark.parametrize(
    ("starts_on", "ends_on", "problem"),
    [
        (d(2), d(27), None),
        (d(2), d(2), None),
        (d(2), d(1), "The rotation cannot end before it starts."),
        (d(2), date(2027, 3, 3), "A rotation lasts at most 366 days"),
        (date(9999, 12, 30), date(9999, 12, 31), "Pick a day between 1990 and 2100."),
        (date(1, 1, 1), d(2), "Pick a day between 1990 and 2100."),
    ],
)
def test_it_refuses_dates_that_cannot_be_a_rotation(
    starts_on: date, ends_on: date, problem: str | None
) -> None:
    found = span_problem(starts_on, ends_on)
    if problem is None:
        assert found is None
    else:
        assert found is not None and found.startswith(problem)
