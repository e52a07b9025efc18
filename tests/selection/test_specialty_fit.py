"""Fitting a specialty's five parameters: recovering a known truth, refusing at a bound,
pooling where figures are suppressed, and the shipped parameters reproducible from the data."""

import json
from dataclasses import replace
from importlib import resources

import numpy as np
import pytest

from matchwise.selection.calibrate import CalibrationRefusedError, calibrate_outcomes
from matchwise.selection.outcomes import read_outcomes
from matchwise.selection.specialty_fit import (
    FULL,
    POOLED,
    FitRefusedError,
    Published,
    _fit,
    fit_specialties,
)
from matchwise.selection.specialty_model import (
    Figures,
    ScoreMix,
    SpecialtyParameters,
    predict,
)

from .conftest import FIXTURES, shared_file

TRUTH = SpecialtyParameters(-3.4, 0.45, 0.7, 0.22, 0.92)
SCORES = ScoreMix(249.0, 14.0, 242.0, 14.0, 0.5)
ERRORS = Figures(0.01, 0.15, 0.15, 0.15, 0.15, 0.5, 0.5)


def test_it_recovers_the_parameters_that_made_the_figures() -> None:
    figures = predict(TRUTH, SCORES)
    scores = replace(SCORES, matched_share=figures.rate)
    figures = predict(TRUTH, scores)
    fit = _fit(Published("Made up", figures, ERRORS, scores, 5000), None)
    assert fit.method == FULL
    assert fit.fitted_rate == pytest.approx(figures.rate, abs=0.005)
    assert fit.parameters.vector() == pytest.approx(TRUTH.vector(), abs=0.08)


def test_it_refuses_a_fit_that_ends_at_a_search_bound() -> None:
    # Everyone who matched ranked exactly one program: conversion runs to its upper bound.
    figures = Figures(0.33, 1.0, 0.2, 1.3, 0.8, 242.0, 244.0)
    data = Published("Tiny", figures, ERRORS, ScoreMix(242, 16, 244, 15, 0.33), 20)
    with pytest.raises(FitRefusedError, match=r"Tiny: .*conversion at its upper search bound"):
        _fit(data, None)


def test_it_pools_a_specialty_whose_figures_are_suppressed() -> None:
    fits, refused = fit_specialties(read_outcomes(FIXTURES / "outcomes_fictional.csv"))
    assert not refused
    assert fits["Internal Medicine"].method == FULL
    assert fits["Invented Surgery"].method == POOLED
    assert fits["Invented Surgery"].fitted_rate < fits["Internal Medicine"].fitted_rate


def test_it_refuses_a_table_in_which_nothing_can_be_fully_fitted() -> None:
    outcomes = read_outcomes(FIXTURES / "outcomes_fictional.csv")
    with pytest.raises(CalibrationRefusedError, match="Invented Surgery"):
        calibrate_outcomes({"Invented Surgery": outcomes["Invented Surgery"]})


def test_the_shipped_parameters_are_the_fit_of_the_published_table() -> None:
    table = shared_file("nrmp_charting_outcomes_2026_nonus_img.csv")
    fits, refused = fit_specialties(read_outcomes(table))
    assert not refused
    shipped = json.loads(
        resources.files("matchwise.selection")
        .joinpath("nrmp_2026_non_us_img.json")
        .read_text("utf-8")
    )["specialties"]
    assert set(shipped) == set(fits)
    for name, fit in fits.items():
        values = shipped[name]["parameters"]
        assert shipped[name]["method"] == fit.method, name
        refit = [getattr(fit.parameters, k) for k in ("level", "score_weight", "spread")]
        stored = [values[k] for k in ("level", "score_weight", "spread")]
        assert np.allclose(refit, stored, atol=2e-3), name
        assert fit.parameters.conversion == pytest.approx(values["conversion"], abs=1e-3)
        assert fit.parameters.ceiling == pytest.approx(values["ceiling"], abs=1e-3)
