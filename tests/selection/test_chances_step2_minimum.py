"""A stated Step 2 CK minimum screens out a lower score, with the reason; a favourite keeps
the program, at the floor; at or above the minimum nothing else changes."""

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from matchwise.selection.catalogue import Program
from matchwise.selection.chances import chance_at
from matchwise.selection.exclusions import LOWEST_SCORE, step2_minimum_gate

from .conftest import make_profile

PLAIN = Program(
    program_id="X-1",
    name="Invented Test Hospital",
    specialty="Internal Medicine",
    source="test",
    as_of=date(2025, 1, 1),
    interview_rate_non_us_img=8.0,
)
STATED = replace(PLAIN, step2_minimum=240.0)


@pytest.mark.parametrize(
    ("score", "excluded"),
    [
        (220, "your Step 2 CK 220 is below the 240 minimum this program states"),
        (239, "your Step 2 CK 239 is below the 240 minimum this program states"),
        (240, None),
        (241, None),
        (270, None),
        (None, f"no Step 2 CK yet, so counted as {LOWEST_SCORE}: below the 240 minimum"),
    ],
)
def test_it_screens_a_score_below_the_minimum(score: int | None, excluded: str | None) -> None:
    chance = chance_at(make_profile(step2_score=score), STATED)
    if excluded is None:
        assert chance.excluded is None and chance.p > 0
    else:
        assert chance.excluded is not None and chance.excluded.startswith(excluded)
        assert (chance.p, chance.low, chance.high) == (0, 0, 0)


@pytest.mark.parametrize("score", [240, 255, 280])
def test_it_changes_nothing_else_at_or_above_the_minimum(score: int) -> None:
    profile = make_profile(step2_score=score)
    stated, plain = chance_at(profile, STATED), chance_at(profile, PLAIN)
    assert (stated.p, stated.low, stated.high) == (plain.p, plain.low, plain.high)
    assert stated.unknowns == plain.unknowns  # no box: the score against it stays unknown
    assert "your Step 2 CK meets the 240 minimum they state" in stated.reasons


def test_it_lets_no_score_through_a_minimum_at_the_lowest_score() -> None:
    at_lowest = replace(PLAIN, step2_minimum=float(LOWEST_SCORE))
    assert chance_at(make_profile(step2_score=None), at_lowest).excluded is None


def test_it_ignores_a_program_that_states_no_minimum() -> None:
    assert step2_minimum_gate(make_profile(step2_score=None), PLAIN).excluded is None
    assert step2_minimum_gate(make_profile(step2_score=201), PLAIN).excluded is None


@pytest.mark.parametrize("score", [220, None])
def test_it_keeps_a_favourite_below_the_minimum_at_the_floor(score: int | None) -> None:
    profile = make_profile(step2_score=score)
    kept = chance_at(profile, STATED, favourite=True)
    assert kept.excluded is None and kept.p > 0
    assert kept.reasons[0].startswith("kept as a favourite, although ")
    assert "240 minimum" in kept.reasons[0]
    at_minimum = chance_at(make_profile(step2_score=240), STATED, favourite=True)
    assert kept.p < at_minimum.p / 10  # screened: far below the same program at its minimum


def test_it_cites_where_the_minimum_comes_from() -> None:
    cited = replace(STATED, citations=(("step2_minimum", "Step 2 min 240, sheet.csv"),))
    chance = chance_at(make_profile(step2_score=230), cited)
    assert chance.excluded is not None
    assert chance.excluded.endswith("states: Step 2 min 240, sheet.csv")


@pytest.mark.parametrize(
    "program_changes",
    [{}, {"interview_rate_non_us_img": None}, {"interview_rate_non_us_img": 0.0}],
)
def test_a_favourite_never_gains_by_a_lower_score(program_changes: dict[str, Any]) -> None:
    program = replace(STATED, **program_changes)
    chances = [
        chance_at(make_profile(step2_score=s), program, favourite=True).p
        for s in (None, 200, 220, 239, 240, 260)
    ]
    assert chances == sorted(chances)
