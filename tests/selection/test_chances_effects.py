"""Soft effects on P(interview): direction, bounds, unknowns and plain-words reasons."""

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from matchwise.selection.catalogue import Program, ScoreBox
from matchwise.selection.chances import chance_at as assess
from matchwise.selection.effects import TIE_CAP
from matchwise.selection.ties import NetworkTies

from .conftest import make_profile

BOX = ScoreBox(220, 235, 245, 255, 265)
PROGRAM = Program(
    program_id="X-1",
    name="Invented Test Hospital",
    specialty="Internal Medicine",
    source="test",
    as_of=date(2025, 1, 1),
    state="OH",
    interview_rate_us_md=50.0,
    interview_rate_non_us_img=8.0,
    step2_invited=BOX,
    step2_img_invited=replace(BOX, median=250),
    visa_j1=True,
    yog_max_years=10,
    max_attempts=3,
    usce_required_months=0,
)


def p(
    profile_changes: dict[str, Any] | None = None,
    program_changes: dict[str, Any] | None = None,
    ties: NetworkTies | None = None,
) -> float:
    profile = make_profile(**(profile_changes or {}))
    return assess(profile, replace(PROGRAM, **(program_changes or {})), ties or NetworkTies()).p


def test_it_starts_from_the_rate_for_the_applicants_type() -> None:
    assert p({"applicant_type": "us_md"}) > 3 * p({"applicant_type": "non_us_img"})


@pytest.mark.parametrize(
    ("worse", "better"),
    [
        ({"step2_score": 230}, {"step2_score": 260}),
        ({"step2_attempts": 2}, {"step2_attempts": 1}),
        ({"years_since_graduation": 9}, {"years_since_graduation": 1}),
        ({"usce_months": 0}, {"usce_months": 6}),
        ({"us_letters": 0}, {"us_letters": 4}),
        ({"publications": 0, "presentations": 0}, {"publications": 6}),
        ({"home_state": "CA"}, {"home_state": "OH"}),
        ({"preferred_states": []}, {"preferred_states": ["OH"]}),
    ],
)
def test_it_moves_the_chance_the_right_way(worse: dict[str, Any], better: dict[str, Any]) -> None:
    assert p(worse) < p(better)


def test_it_compares_an_img_with_the_imgs_they_invited() -> None:
    chance = assess(make_profile(step2_score=250), PROGRAM)
    assert any(
        "your Step 2 CK is near the middle of the IMGs they invited" in r for r in chance.reasons
    )
    us = assess(make_profile(step2_score=250, applicant_type="us_md"), PROGRAM)
    assert any("the applicants they invited" in r for r in us.reasons)


def test_it_caps_the_network_effect() -> None:
    crowd = NetworkTies(
        contacts=tuple(f"Dr. {i}" for i in range(30)),
        rotations=5,
        letter_writers=("Dr. A", "Dr. B"),
    )
    alone, known = assess(make_profile(), PROGRAM), assess(make_profile(), PROGRAM, crowd)
    assert known.log_odds - alone.log_odds == pytest.approx(TIE_CAP)
    assert known.p > alone.p


def test_it_explains_network_ties_by_name() -> None:
    chance = assess(make_profile(), PROGRAM, NetworkTies(contacts=("Dr. Osei",), rotations=1))
    text = " ".join(chance.reasons)
    assert "you know Dr. Osei there" in text and "you rotated there" in text


@pytest.mark.parametrize(
    ("program_changes", "unknown_words"),
    [
        ({"interview_rate_non_us_img": None}, "interview rate"),
        ({"state": None}, "state"),
    ],
)
def test_it_widens_the_range_for_an_unknown_attribute_without_moving_the_estimate(
    program_changes: dict[str, Any], unknown_words: str
) -> None:
    profile = make_profile(home_state="OH")
    known = assess(profile, PROGRAM)
    chance = assess(profile, replace(PROGRAM, **program_changes))
    assert known.low == pytest.approx(known.p) == known.high
    assert chance.low < chance.high and chance.low <= chance.p <= chance.high
    assert any(unknown_words in u for u in chance.unknowns), chance.unknowns


def test_it_never_invents_a_rate_it_does_not_know_without_saying_so() -> None:
    chance = assess(make_profile(), replace(PROGRAM, interview_rate_non_us_img=None))
    assert any("assumed" in u for u in chance.unknowns)


def test_it_leaves_out_a_program_that_invited_no_one_like_you() -> None:
    closed = replace(PROGRAM, interview_rate_non_us_img=0.0)
    chance = assess(make_profile(), closed)
    assert chance.p == 0 and chance.excluded == (
        "they invited none of the non-US IMGs who applied last season"
    )
    forced = assess(make_profile(), closed, favourite=True)
    assert forced.excluded is None and 0 < forced.p < 0.01


def test_a_missing_score_is_never_better_than_any_entered_one() -> None:
    missing = p({"step2_score": None})
    assert all(missing <= p({"step2_score": s}) for s in (180, 200, 220, 260))
    chance = assess(make_profile(step2_score=None), PROGRAM)
    assert any("to be safe" in r for r in chance.reasons)
