"""Calibrating the model to a published outcomes table, with checks that can fail.

Every specialty is fitted (specialty_fit.py); the report then says, per specialty, the
published match rate, the rate the fit reproduces, and the rate predicted for it with the
specialty left out (validation.py) — only the last is a test of the model. Given next year's
table too, each specialty's fitted rate is compared with next year's published one.
A table in which any specialty cannot be fitted is refused whole, with the reasons.
"""

from dataclasses import dataclass

from matchwise.selection.model import CITATION, MatchModel
from matchwise.selection.outcomes import SpecialtyOutcome
from matchwise.selection.specialty_fit import SpecialtyFit, fit_specialties
from matchwise.selection.validation import (
    HeldOut,
    leave_one_specialty_out,
    mean_error,
    year_to_year,
)


class CalibrationRefusedError(ValueError):
    """Some specialty cannot be fitted; nothing should be stored."""

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = reasons
        super().__init__("; ".join(reasons))


@dataclass(frozen=True)
class CalibrationResult:
    fits: dict[str, SpecialtyFit]
    held_out: list[HeldOut]
    next_year: list[HeldOut]

    @property
    def held_out_error(self) -> float | None:
        return mean_error(self.held_out)

    @property
    def next_year_error(self) -> float | None:
        return mean_error(self.next_year)

    def model(self, description: str) -> MatchModel:
        citation = (
            f"fitted by you to {description}; method as for the shipped parameters ({CITATION})"
        )
        return MatchModel.from_fits(self.fits, description, citation)

    def report(self) -> list[dict[str, object]]:
        held = {h.specialty: h for h in self.held_out}
        following = {h.specialty: h for h in self.next_year}
        rows: list[dict[str, object]] = []
        for name, fit in sorted(self.fits.items()):
            row: dict[str, object] = {
                "specialty": name,
                "method": fit.method,
                "published_rate": fit.published_rate,
                "fitted_rate": fit.fitted_rate,
                "held_out_rate": held[name].predicted if name in held else None,
                "next_year_rate": following[name].published if name in following else None,
            }
            rows.append(row)
        return rows


def calibrate_outcomes(
    outcomes: dict[str, SpecialtyOutcome], next_year: dict[str, SpecialtyOutcome] | None = None
) -> CalibrationResult:
    """Fit and check; CalibrationRefusedError when any specialty cannot be fitted."""
    fits, refused = fit_specialties(outcomes)
    if refused:
        raise CalibrationRefusedError(sorted(refused.values()))
    held_out = leave_one_specialty_out(outcomes)
    following = year_to_year(fits, next_year) if next_year else []
    return CalibrationResult(fits, held_out, following)
