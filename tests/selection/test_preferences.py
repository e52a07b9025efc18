"""The expected-utility objective: what a program is worth, and the list it makes."""

import dataclasses

import pytest

from matchwise.selection.catalogue import Program
from matchwise.selection.preferences import (
    BASE,
    FAVOURITE_BONUS,
    FAVOURITE_ORDER_BONUS,
    SETTING_BONUS,
    STATE_BONUS,
    program_utility,
)
from matchwise.selection.shortlist import build_shortlist
from matchwise.selection.shortlist_result import Objective, ShortlistedProgram
from matchwise.selection.vocabulary import Setting

from .conftest import make_profile


def im(sample: list[Program]) -> list[Program]:
    return [p for p in sample if p.specialty == "Internal Medicine"]


@pytest.mark.parametrize(
    ("state", "setting", "favourites", "expected"),
    [
        ("OH", Setting.COMMUNITY, (), BASE),
        ("NJ", Setting.COMMUNITY, (), BASE + STATE_BONUS),
        ("NY", Setting.COMMUNITY, (), BASE + STATE_BONUS),  # home state
        ("OH", Setting.UNIVERSITY, (), BASE + SETTING_BONUS),
        ("OH", Setting.COMMUNITY, ("X-1",), BASE + FAVOURITE_BONUS + FAVOURITE_ORDER_BONUS),
        ("OH", Setting.COMMUNITY, ("A", "X-1"), BASE + FAVOURITE_BONUS + FAVOURITE_ORDER_BONUS / 2),
    ],
)
def test_it_values_a_program_by_the_stated_preferences(
    sample: list[Program],
    state: str,
    setting: Setting,
    favourites: tuple[str, ...],
    expected: float,
) -> None:
    profile = make_profile(
        home_state="NY", preferred_states=["NJ"], setting_preference="university"
    )
    program = dataclasses.replace(sample[0], program_id="X-1", state=state, setting=setting)
    assert program_utility(profile, program, favourites) == pytest.approx(expected)


def test_it_leans_the_list_towards_the_preferred_states(sample: list[Program]) -> None:
    profile = make_profile(preferred_states=["TX", "CA"], visa="none")
    chance = build_shortlist(profile, im(sample), max_n=20)
    wanted = build_shortlist(profile, im(sample), max_n=20, objective=Objective.EXPECTED_UTILITY)

    def in_states(programs: tuple[ShortlistedProgram, ...]) -> int:
        by_id = {p.program_id: p for p in sample}
        return sum(by_id[s.program_id].state in ("TX", "CA") for s in programs)

    assert in_states(wanted.programs) > in_states(chance.programs)
    assert wanted.p_match <= chance.p_match + 1e-12  # the price of the preference
    assert wanted.objective is Objective.EXPECTED_UTILITY and wanted.expected_utility


def test_it_puts_a_favourite_on_the_list(sample: list[Program]) -> None:
    profile = make_profile(visa="none")
    chance = build_shortlist(profile, im(sample), max_n=10)
    listed = {s.program_id for s in chance.programs}
    outsider = next(p.program_id for p in reversed(im(sample)) if p.program_id not in listed)
    wanted = build_shortlist(
        profile,
        im(sample),
        max_n=10,
        objective=Objective.EXPECTED_UTILITY,
        favourites=(outsider,),
    )
    assert outsider not in listed and outsider in {s.program_id for s in wanted.programs}
