"""Calibration against NRMP Charting Outcomes (non-US IMGs), read from ../shared/data."""

from pathlib import Path

import pytest

from matchwise.selection.calibration import conversions, fit_conversion
from matchwise.selection.catalogue import Program
from matchwise.selection.cohort import CohortFit, fit_all
from matchwise.selection.match_model import DEFAULT_MODEL
from matchwise.selection.outcomes import Spread, read_outcomes

from .conftest import shared_file

RATE_TOLERANCE = 0.03
MEAN_TOLERANCE = 3.0


@pytest.fixture(scope="module")
def fits(sample: list[Program]) -> list[CohortFit]:
    outcomes = read_outcomes(shared_file("nrmp_charting_outcomes_2026_nonus_img.csv"))
    return fit_all(outcomes, sample, DEFAULT_MODEL)


def test_it_fits_a_specialty_wherever_the_catalogue_and_the_figures_allow(
    fits: list[CohortFit], sample: list[Program]
) -> None:
    outcomes = read_outcomes(Path(shared_file("nrmp_charting_outcomes_2026_nonus_img.csv")))
    in_catalogue = {p.specialty for p in sample}
    expected = {
        name
        for name, o in outcomes.items()
        if name in in_catalogue
        and all(
            (s := o.spread(m, c)) is not None and s.complete
            for m in ("step2ck", "contiguous_ranks")
            for c in ("matched", "not_matched")
        )
    }
    assert expected and {f.specialty for f in fits} == expected


def test_it_predicts_the_published_match_rate(fits: list[CohortFit]) -> None:
    misses = [
        f"{f.specialty}: predicted {f.predicted_rate:.3f}, published {f.published_rate:.3f}"
        for f in fits
        if abs(f.predicted_rate - f.published_rate) > RATE_TOLERANCE
    ]
    assert not misses, misses


def test_it_reproduces_the_step2_means_of_matched_and_unmatched(fits: list[CohortFit]) -> None:
    for f in fits:
        assert abs(f.predicted_mean_matched - f.published_mean_matched) <= MEAN_TOLERANCE, f
        assert abs(f.predicted_mean_unmatched - f.published_mean_unmatched) <= MEAN_TOLERANCE, f


def test_it_fits_conversion_from_ranks_alone() -> None:
    many = Spread(500, 1, 4, 7, 11, 30, 8.0, 5.0)
    few = Spread(500, 1, 1, 2, 3, 10, 2.2, 1.6)
    sure = fit_conversion(many, few)
    assert sure is not None and 0 < sure < 1
    # More interviews among the unmatched means each interview converts less often.
    weaker = fit_conversion(many, Spread(500, 1, 2, 4, 6, 20, 4.5, 3.0))
    assert weaker is not None and weaker < sure


def test_it_skips_specialties_whose_figures_are_suppressed() -> None:
    outcomes = read_outcomes(shared_file("nrmp_charting_outcomes_2026_nonus_img.csv"))
    fitted = {name for name, _ in conversions(outcomes)}
    assert "Thoracic Surgery (Integrated)" not in fitted and "Internal Medicine" in fitted
