"""Reader for the NRMP Charting Outcomes table layout (one row per specialty, measure, cohort).

The file is the user's (or the test machine's): nothing read from it is stored by the project.
"""

import csv
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Spread:
    """A published distribution; figures are None where the publisher suppressed small groups."""

    n: int
    minimum: float | None
    q1: float | None
    median: float | None
    q3: float | None
    maximum: float | None
    mean: float | None
    sd: float | None

    @property
    def complete(self) -> bool:
        figures = (self.minimum, self.q1, self.median, self.q3, self.maximum, self.mean, self.sd)
        return all(f is not None for f in figures)


@dataclass(frozen=True)
class SpecialtyOutcome:
    specialty: str
    matched: int
    not_matched: int
    match_rate_pct: float
    spreads: dict[tuple[str, str], Spread] = field(default_factory=dict)  # (measure, cohort)

    def spread(self, measure: str, cohort: str) -> Spread | None:
        return self.spreads.get((measure, cohort))


def _figure(text: str) -> float | None:
    return float(text) if text.strip() else None


def read_outcomes(path: Path) -> dict[str, SpecialtyOutcome]:
    """Specialty -> outcome, with each (measure, cohort) distribution as published."""
    outcomes: dict[str, SpecialtyOutcome] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = row["specialty"].strip()
            if name not in outcomes:
                outcomes[name] = SpecialtyOutcome(
                    name,
                    int(row["img_matched"]),
                    int(row["img_not_matched"]),
                    float(row["img_match_rate_pct"]),
                )
            outcomes[name].spreads[(row["measure"].strip(), row["cohort"].strip())] = Spread(
                int(row["n"]),
                *(_figure(row[k]) for k in ("min", "q1", "median", "q3", "max", "mean", "sd")),
            )
    return outcomes
