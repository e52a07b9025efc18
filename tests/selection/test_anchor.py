"""The specialty anchor read straight off the published distributions by Bayes' rule."""

import numpy as np
import pytest

from matchwise.selection.anchor import p_match_given_ranks, p_match_given_step2, rank_distribution
from matchwise.selection.outcomes import read_outcomes

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def im():  # type: ignore[no-untyped-def]
    return read_outcomes(FIXTURES / "outcomes_fictional.csv")["Internal Medicine"]


def test_it_rises_with_the_score_and_is_the_match_rate_midway(im) -> None:  # type: ignore[no-untyped-def]
    m, u = im.spread("step2ck", "matched"), im.spread("step2ck", "not_matched")
    middle = (m.mean + u.mean) / 2
    rate = im.matched / (im.matched + im.not_matched)
    assert p_match_given_step2(im, middle) == pytest.approx(rate)
    chances = [p_match_given_step2(im, s) or 0.0 for s in (220, 235, 250, 265)]
    assert chances == sorted(chances) and chances[0] < rate < chances[-1]


@pytest.mark.parametrize(("mean", "sd"), [(6.1, 4.5), (2.5, 2.2), (1.7, 0.5)])
def test_the_ranks_distribution_has_the_published_mean(mean: float, sd: float) -> None:
    dist = rank_distribution(mean, sd)
    k = np.arange(1, len(dist) + 1)
    assert dist.sum() == pytest.approx(1.0)
    assert float(dist @ k) == pytest.approx(mean, abs=0.05)


def test_more_ranks_mean_a_better_chance(im) -> None:  # type: ignore[no-untyped-def]
    chances = [p_match_given_ranks(im, k) or 0.0 for k in (1, 2, 4, 8, 12)]
    assert chances == sorted(chances)
    assert p_match_given_ranks(im, 0) is None


def test_it_says_nothing_when_a_distribution_is_suppressed() -> None:
    surgery = read_outcomes(FIXTURES / "outcomes_fictional.csv")["Invented Surgery"]
    assert p_match_given_ranks(surgery, 3) is None
