"""Counts read as English: "if the one scheduled happens", "1 date offered"."""

from __future__ import annotations

import pytest

from matchwise.cli import main
from matchwise.programs.catalogues import sample_programs
from matchwise.season.odds import Figure, SpecialtyOdds


def odds_with(scheduled: int) -> SpecialtyOdds:
    figure = Figure(3, 0.5, 0.4, 0.6, None)
    return SpecialtyOdds("Internal Medicine", 3, scheduled, figure, figure, (), "fitted", "")


@pytest.mark.parametrize(
    ("scheduled", "words"),
    [
        (0, "with none scheduled"),
        (1, "if the one scheduled happens"),
        (2, "if all 2 scheduled happen"),
        (7, "if all 7 scheduled happen"),
    ],
)
def test_it_names_what_the_second_figure_assumes(scheduled: int, words: str) -> None:
    assert odds_with(scheduled).scheduled_words == words


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("slots", "said"), [(["2026-11-02 08:00"], "1 date offered"), ([], "0 dates offered")]
)
def test_it_counts_the_dates_offered_in_words(
    capsys: pytest.CaptureFixture[str], slots: list[str], said: str
) -> None:
    pid = next(p for p in sample_programs() if p.state == "CA").program_id
    assert main(["season", "add", pid, "--on", "2026-09-24"]) == 0
    assert main(["season", "invite", pid, *(["--slots", *slots] if slots else [])]) == 0
    out = capsys.readouterr().out
    assert said in out
