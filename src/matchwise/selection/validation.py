"""Out-of-sample checks: leave one specialty out, and one year's model against the next."""

from dataclasses import dataclass

from matchwise.selection.outcomes import SpecialtyOutcome
from matchwise.selection.specialty_fit import SpecialtyFit
from matchwise.selection.structure import fit_rates, market, predict_rate


@dataclass(frozen=True)
class HeldOut:
    specialty: str
    published: float
    predicted: float

    @property
    def error(self) -> float:
        return abs(self.predicted - self.published)


def leave_one_specialty_out(outcomes: dict[str, SpecialtyOutcome]) -> list[HeldOut]:
    """Each specialty's rate predicted from a model fitted to the others only."""
    markets = [m for m in (market(o) for o in outcomes.values()) if m is not None]
    if len(markets) < 3:
        return []
    results = []
    for held in markets:
        beta = fit_rates([m for m in markets if m is not held])
        results.append(HeldOut(held.specialty, held.rate, predict_rate(beta, held)))
    return results


def year_to_year(
    fits: dict[str, SpecialtyFit], next_year: dict[str, SpecialtyOutcome]
) -> list[HeldOut]:
    """This year's fitted rate for each specialty against the next year's published rate."""
    return [
        HeldOut(name, o.matched / (o.matched + o.not_matched), fits[name].fitted_rate)
        for name, o in next_year.items()
        if name in fits and o.matched + o.not_matched > 0
    ]


def mean_error(results: list[HeldOut]) -> float | None:
    return sum(r.error for r in results) / len(results) if results else None
