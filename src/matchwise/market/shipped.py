"""The market model that ships: fitted to NRMP's published 2026 table for non-US IMGs.

Only the fitted figures ship (the grid point, the logistic coefficients, the held-out error
summary and the band), never the table or anything per specialty; bench/market_model.py refits
them from the table and a test checks that the refit finds the shipped values.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from matchwise.market.inputs import markets_from_outcomes
from matchwise.market.model import MarketFit, Progress, fit_market_model
from matchwise.selection.outcomes import SpecialtyOutcome

SHIPPED_FILE = "nrmp_2026_non_us_img_market.json"
DESCRIPTION = "shipped: NRMP Charting Outcomes 2026, non-US IMGs"
CITATION = (
    "National Resident Matching Program, Charting Outcomes in the Match: International "
    "Medical Graduates, 2026 (non-US IMGs): market model fitted to its published figures"
)


def fit_outcomes(
    outcomes: dict[str, SpecialtyOutcome],
    description: str = DESCRIPTION,
    citation: str = CITATION,
    progress: Progress | None = None,
) -> MarketFit:
    """The market model fitted to a Charting Outcomes table (the shipped one is this, on 2026)."""
    return fit_market_model(markets_from_outcomes(outcomes), description, citation, progress)


def shipped_json(fit: MarketFit) -> str:
    """What the package file holds: the fit without any per-specialty row."""
    return json.dumps(fit.to_dict(with_rows=False), indent=1, ensure_ascii=False) + "\n"


@cache
def shipped_market_fit() -> MarketFit:
    text = resources.files("matchwise.market").joinpath(SHIPPED_FILE).read_text("utf-8")
    return MarketFit.from_dict(json.loads(text))
