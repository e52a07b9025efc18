"""P(match | k interviews) with its band: the shortlist model's own figure, levelling off at
the specialty's ceiling; non-decreasing in k and 0 ≤ low ≤ p ≤ high ≤ 1 for any parameters."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matchwise.selection.interview_odds import match_given_interviews
from matchwise.selection.model import Parameters, shipped_model
from matchwise.selection.specialty_model import SpecialtyParameters
from matchwise.selection.vocabulary import ApplicantType


def parameters(conversion: float, ceiling: float, variance: float = 0.0) -> Parameters:
    values = SpecialtyParameters(-2.0, 0.5, 1.0, conversion, ceiling)
    return Parameters(values, np.eye(5) * variance, "fitted")


@pytest.mark.parametrize(
    ("conversion", "ceiling", "expected"),
    [
        (0.5, 0.8, [0.0, 0.4, 0.6, 0.7, 0.8 * (1 - 0.5**10)]),
        (0.2, 1.0, [0.0, 0.2, 0.36, 0.488, 1 - 0.8**10]),
        (0.9, 0.5, [0.0, 0.45, 0.495, 0.4995, 0.5 * (1 - 0.1**10)]),
    ],
)
def test_it_is_ceiling_times_one_minus_the_chance_no_interview_converts(
    conversion: float, ceiling: float, expected: list[float]
) -> None:
    odds = match_given_interviews(parameters(conversion, ceiling), [0, 1, 2, 3, 10])
    assert [o.interviews for o in odds] == [0, 1, 2, 3, 10]
    assert [o.p_match for o in odds] == pytest.approx(expected)
    # No uncertainty in the fit: the band is the point.
    assert [o.low for o in odds] == pytest.approx(expected)
    assert [o.high for o in odds] == pytest.approx(expected)


def test_the_fits_uncertainty_widens_the_band_around_the_point() -> None:
    [one, ten] = match_given_interviews(parameters(0.3, 0.7, variance=0.004), [1, 10])
    assert one.low < one.p_match < one.high
    assert ten.low < ten.p_match < ten.high
    assert ten.p_match == pytest.approx(0.7 * (1 - 0.7**10))


@pytest.mark.parametrize("specialty", ["Internal Medicine", "Surgery-General", "Not In The Table"])
def test_it_is_the_shortlist_models_figure_and_levels_off(specialty: str) -> None:
    fitted = shipped_model().parameters(specialty, ApplicantType.NON_US_IMG)
    ks = list(range(0, 41))
    odds = match_given_interviews(fitted, ks)
    assert [o.p_match for o in odds] == pytest.approx(
        list(fitted.values.p_match_given_interviews(np.array(ks)))
    )
    assert odds[0].p_match == 0.0
    assert odds[-1].p_match <= fitted.values.ceiling
    assert odds[-1].p_match - odds[30].p_match < 0.01  # flat by 30 interviews


def test_it_refuses_a_negative_number_and_takes_none() -> None:
    with pytest.raises(ValueError, match="never negative"):
        match_given_interviews(parameters(0.5, 0.8), [-1])
    assert match_given_interviews(parameters(0.5, 0.8), []) == ()


@settings(max_examples=60, deadline=None)
@given(
    conversion=st.floats(0.01, 0.95),
    ceiling=st.floats(0.2, 1.0),
    variances=st.lists(st.floats(0.0, 0.5), min_size=5, max_size=5),
    ks=st.lists(st.integers(0, 80), min_size=1, max_size=12),
)
def test_it_never_falls_with_more_interviews_and_stays_bounded(
    conversion: float, ceiling: float, variances: list[float], ks: list[int]
) -> None:
    values = SpecialtyParameters(-2.0, 0.5, 1.0, conversion, ceiling)
    ks = sorted(ks)
    odds = match_given_interviews(Parameters(values, np.diag(variances), "fitted"), ks)
    for o in odds:
        assert 0.0 <= o.low <= o.p_match <= o.high <= 1.0
    for before, after in itertools.pairwise(odds):
        assert before.p_match <= after.p_match + 1e-12
        assert before.low <= after.low + 1e-12
        assert before.high <= after.high + 1e-12
