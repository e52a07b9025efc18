"""What a couple's rank list may hold: a table of pairs and the problems each raises."""

from __future__ import annotations

import pytest

from matchwise.season.couple_rules import MOST_PAIRS, PairChoice, pair_problems, side
from matchwise.season.rank_rules import Candidate
from matchwise.season.vocabulary import Status

MINE = {
    "IM1": Candidate("IM1", "Lakeside IM", Status.INTERVIEWED, advanced=False),
    "IM2": Candidate("IM2", "Hillcrest IM", Status.RANKED, advanced=False),
    "IM3": Candidate("IM3", "Harbor IM", Status.SCHEDULED, advanced=False),
}
PARTNERS = {"PD1": "Lakeside Pediatrics", "PD2": "Harbor Pediatrics"}
P = PairChoice


def problems(*pairs: PairChoice) -> list[str]:
    mine = [MINE.get(p.mine) if p.mine else None for p in pairs]
    return pair_problems(pairs, mine, PARTNERS, "Sam")


@pytest.mark.parametrize(
    "pairs",
    [
        [],
        [P("IM1", "PD1")],
        [P("IM1", "PD1"), P("IM1", "PD2"), P("IM2", "PD1")],
        [P("IM1", "PD1"), P("IM1", None), P(None, "PD1")],  # one partner alone, either one
        [P("IM3", "PD2", reason="Interviewed by phone; not recorded here")],
    ],
)
def test_it_accepts_a_valid_list(pairs: list[PairChoice]) -> None:
    assert problems(*pairs) == []


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([P(None, None)], ["Pair 1 is “no match” on both sides"]),
        ([P("IM1", "PD1"), P("IM1", "PD1")], ["Pair 2 repeats pair 1"]),
        ([P("IM1", None), P("IM2", None), P("IM1", None)], ["Pair 3 repeats pair 1"]),
        ([P("XX9", "PD1")], ["Pair 1: XX9 is not one of your applications."]),
        (
            [P("IM1", "PD1"), P("IM3", "PD1")],
            ["Pair 2: Harbor IM (IM3) is “Interview scheduled”: only programs you interviewed"],
        ),
        ([P("IM1", "PD9")], ["Pair 1: PD9 is not one of Sam's programs; add it first."]),
        ([P(None, "PD9")], ["Pair 1: PD9 is not one of Sam's programs"]),
        ([P("IM3", "PD1", reason="x" * 301)], ["Pair 1: keep the reason under 300 characters."]),
        ([P("IM3", "PD1", reason="   ")], ["Pair 1: Harbor IM (IM3)"]),
        (
            [P("XX9", "PD9"), P(None, None)],
            ["Pair 1: XX9 is not one of your", "Pair 1: PD9 is not one", "Pair 2 is “no match”"],
        ),
    ],
)
def test_it_names_each_problem_with_its_pair(pairs: list[PairChoice], expected: list[str]) -> None:
    found = problems(*pairs)
    assert len(found) == len(expected), found
    for problem, start in zip(found, expected, strict=True):
        assert problem.startswith(start), problem


def test_it_caps_the_length_of_the_list() -> None:
    pairs = [P("IM1", None)] * (MOST_PAIRS + 1)
    assert problems(*pairs) == [f"{MOST_PAIRS + 1} pairs: a couple's list holds at most 999."]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("-", None), ("none", None), ("None", None), ("", None), (" IM1 ", "IM1"), ("0", "0")],
)
def test_it_reads_a_side_as_typed(typed: str, expected: str | None) -> None:
    assert side(typed) == expected
