"""The market model as the app uses it: the shipped fit, or the user's own, and what it says.

Out of the box `matchwise market predict` uses the fit that ships with matchwise (NRMP's 2026
table). `matchwise market fit` (or the specialties page) fits the user's own Charting Outcomes
table instead and keeps it, with the markets of that table, in their database; the latest fit
is used from then on and every answer says which fit it came from.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction

from matchwise.market.inputs import SpecialtyMarket, markets_from_outcomes
from matchwise.market.model import MarketFit, Prediction, fit_market_model
from matchwise.market.runs import OutcomeSpread, simulate_runs
from matchwise.market.shipped import CITATION, shipped_market_fit
from matchwise.programs import models
from matchwise.programs.calibrations import current_calibration, outcomes_from_bytes
from matchwise.selection.outcomes import outcomes_from_json

Progress = Callable[[int, int], None]


class MarketFitRefusedError(ValueError):
    """The table cannot be fitted; nothing was stored."""


class UnknownSpecialtyError(LookupError):
    """The specialty is in no stored table."""


@dataclass(frozen=True)
class FitInUse:
    fit: MarketFit
    label: str  # "shipped: …" or "fitted to FILE on DATE"
    citation: str
    markets: list[SpecialtyMarket]  # the table's markets: the user's fit's, or calibration's


@dataclass(frozen=True)
class Difficulty:
    """One row of the specialties page: the prediction and, where known, the published rate."""

    prediction: Prediction
    published: float | None


def fit_market(data: bytes, file_name: str, progress: Progress | None = None) -> models.MarketFit:
    """Fit the user's table and keep it; OutcomesError or MarketFitRefusedError store nothing."""
    outcomes = outcomes_from_bytes(data, file_name)
    markets = markets_from_outcomes(outcomes)
    if len(markets) < 3:
        raise MarketFitRefusedError(
            f"{file_name}: {len(markets)} specialties give positions and all_applicants; "
            "at least 3 are needed to fit the market model and check it"
        )
    citation = f"fitted by you to {file_name}; method as for the shipped fit ({CITATION})"
    fit = fit_market_model(markets, f"fitted to {file_name}", citation, progress)
    with transaction.atomic():
        return models.MarketFit.objects.create(
            file_name=file_name,
            fit=fit.to_dict(),
            markets=[dataclasses.asdict(m) for m in markets],
        )


def fit_in_use() -> FitInUse:
    """The user's latest market fit; else the shipped fit, on the specialties of the user's
    calibration table when there is one (so its figures can be shown beside the predictions)."""
    stored = models.MarketFit.objects.first()
    if stored is None:
        fit = shipped_market_fit()
        calibration = current_calibration()
        if calibration is None or not calibration.outcomes:
            return FitInUse(fit, fit.description, fit.citation, [])
        markets = markets_from_outcomes(outcomes_from_json(calibration.outcomes))
        label = f"{fit.description}, on the specialties of {calibration.file_name}"
        return FitInUse(fit, label, fit.citation, markets)
    fit = MarketFit.from_dict(stored.fit)
    markets = [SpecialtyMarket(**m) for m in stored.markets]
    return FitInUse(fit, stored.description, fit.citation, markets)


def predict(markets: list[SpecialtyMarket]) -> tuple[FitInUse, list[Prediction]]:
    used = fit_in_use()
    return used, [used.fit.predict(m) for m in markets]


def difficulty() -> tuple[FitInUse, list[Difficulty]]:
    """Every specialty of the user's fitted table, easiest first (none without a fit)."""
    used = fit_in_use()
    rows = [Difficulty(used.fit.predict(m), m.published_rate) for m in used.markets]
    rows.sort(key=lambda r: (-r.prediction.img_match_rate, r.prediction.specialty))
    return used, rows


def find_market(name: str, extra: list[SpecialtyMarket] | None = None) -> SpecialtyMarket:
    """A specialty by name (any case) from the given markets, else from the user's fit."""
    used = fit_in_use()
    for market in (extra or []) + used.markets:
        if market.specialty.casefold() == name.strip().casefold():
            return market
    known = sorted(m.specialty for m in (extra or []) + used.markets)
    where = ", ".join(known) if known else "none yet: run `matchwise market fit` on your table"
    raise UnknownSpecialtyError(f"no market for {name!r}; known specialties: {where}")


def simulate_specialty(
    market: SpecialtyMarket, runs: int, progress: Progress | None = None
) -> tuple[FitInUse, list[OutcomeSpread]]:
    used = fit_in_use()
    return used, simulate_runs(market, used.fit.parameters, runs, progress)
