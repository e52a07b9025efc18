"""The shipped market fit is what a refit of NRMP's 2026 table finds (skipped without it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from matchwise.market.model import LOGISTIC, SIMULATION
from matchwise.market.shipped import (
    CITATION,
    SHIPPED_FILE,
    fit_outcomes,
    shipped_json,
    shipped_market_fit,
)
from matchwise.selection.outcomes import read_outcomes

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
TABLE = SHARED / "nrmp_charting_outcomes_2026_nonus_img.csv"
PACKAGE = Path(__file__).resolve().parents[2] / "src" / "matchwise" / "market"


def test_it_ships_a_cited_fit_with_both_models_errors_and_no_table() -> None:
    fit = shipped_market_fit()
    assert fit.citation == CITATION and fit.chosen in (SIMULATION, LOGISTIC)
    assert set(fit.errors) == {SIMULATION, LOGISTIC}
    assert fit.held_out == ()  # nothing per specialty ships
    assert fit.band[0] < 0 < fit.band[1]


def test_it_finds_the_shipped_values_when_refitted() -> None:
    if not TABLE.exists():
        pytest.skip(f"reference data {TABLE.name} is not in {SHARED} (not ours to ship)")
    refit = fit_outcomes(read_outcomes(TABLE))
    shipped = json.loads((PACKAGE / SHIPPED_FILE).read_text(encoding="utf-8"))
    assert json.loads(shipped_json(refit)) == shipped
