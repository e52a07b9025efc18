"""What the market model knows about a specialty: its size, and its non-US IMG applicants.

A specialty is described by six figures: its name (a label only), all positions, all
applicants, the non-US IMG applicants among them and the mean and SD of their Step 2 CK. They
come from a CSV the user writes (`parse_specialties`) or from a Charting Outcomes table
(`markets_from_outcomes`), where the Step 2 CK of all IMG applicants is the mixture of the
published matched and unmatched distributions. A malformed file is refused whole, every problem
naming its file, line and column.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass

from matchwise.selection.catalogue import RowProblem
from matchwise.selection.outcomes import SpecialtyOutcome

COLUMNS = (
    "specialty",
    "positions",
    "all_applicants",
    "img_applicants",
    "img_step2_mean",
    "img_step2_sd",
)
STEP2_RANGE = (150.0, 300.0)
SD_RANGE = (1.0, 40.0)


class SpecialtiesError(ValueError):
    """Every problem found in a specialties file."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


@dataclass(frozen=True)
class SpecialtyMarket:
    """One specialty's market; Step 2 CK figures are None when unknown (suppressed)."""

    specialty: str
    positions: int
    all_applicants: int
    img_applicants: int
    img_step2_mean: float | None
    img_step2_sd: float | None
    published_rate: float | None = None  # the non-US IMG match rate, where a table gives it

    @property
    def img_share(self) -> float:
        return self.img_applicants / self.all_applicants

    @property
    def positions_per_applicant(self) -> float:
        return self.positions / self.all_applicants


def _whole(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError
    return value


def _score(text: str, bounds: tuple[float, float]) -> float | None:
    if not text:
        return None
    value = float(text)
    if not bounds[0] <= value <= bounds[1]:
        raise ValueError
    return value


def _market(
    row: dict[str, str | None], file_name: str, line: int
) -> list[RowProblem] | SpecialtyMarket:
    cell = {c: (row.get(c) or "").strip() for c in COLUMNS}
    problems: list[RowProblem] = []
    counts: dict[str, int] = {}
    for column in ("positions", "all_applicants", "img_applicants"):
        try:
            counts[column] = _whole(cell[column])
        except ValueError:
            problems.append(
                RowProblem(file_name, line, column, f"{cell[column]!r} is not a whole number >= 1")
            )
    scores: dict[str, float | None] = {}
    for column, bounds in (("img_step2_mean", STEP2_RANGE), ("img_step2_sd", SD_RANGE)):
        try:
            scores[column] = _score(cell[column], bounds)
        except ValueError:
            problems.append(
                RowProblem(
                    file_name,
                    line,
                    column,
                    f"{cell[column]!r} is not a number from {bounds[0]:g} to {bounds[1]:g} "
                    "(or empty when unknown)",
                )
            )
    if not cell["specialty"]:
        problems.append(RowProblem(file_name, line, "specialty", "empty"))
    if not problems and counts["img_applicants"] > counts["all_applicants"]:
        problems.append(RowProblem(file_name, line, "img_applicants", "more than all_applicants"))
    if problems:
        return problems
    return SpecialtyMarket(
        cell["specialty"],
        counts["positions"],
        counts["all_applicants"],
        counts["img_applicants"],
        scores["img_step2_mean"],
        scores["img_step2_sd"],
    )


def parse_specialties(text: str, file_name: str) -> list[SpecialtyMarket]:
    """One market per row, in file order; SpecialtiesError naming every problem."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise SpecialtiesError([RowProblem(file_name, 1, c, "column missing") for c in missing])
    markets: list[SpecialtyMarket] = []
    problems: list[RowProblem] = []
    seen: set[str] = set()
    for row in reader:
        found = _market(row, file_name, reader.line_num)
        if isinstance(found, list):
            problems.extend(found)
            continue
        if found.specialty in seen:
            problems.append(RowProblem(file_name, reader.line_num, "specialty", "repeated"))
        seen.add(found.specialty)
        markets.append(found)
    if not problems and not markets:
        problems.append(RowProblem(file_name, 1, "-", "no rows"))
    if problems:
        raise SpecialtiesError(problems)
    return markets


def _pooled_step2(outcome: SpecialtyOutcome) -> tuple[float | None, float | None]:
    """Mean and SD of all applicants' Step 2 CK: the matched and unmatched groups mixed."""
    parts = [
        (s.n, s.mean, s.sd)
        for s in (outcome.spread("step2ck", c) for c in ("matched", "not_matched"))
        if s is not None and s.n > 0 and s.mean is not None and s.sd is not None
    ]
    if not parts:
        return None, None
    n = sum(p[0] for p in parts)
    mean = sum(p[0] * p[1] for p in parts) / n
    variance = sum(p[0] * (p[2] ** 2 + (p[1] - mean) ** 2) for p in parts) / n
    return mean, math.sqrt(variance)


def markets_from_outcomes(outcomes: dict[str, SpecialtyOutcome]) -> list[SpecialtyMarket]:
    """The markets a Charting Outcomes table describes (those giving positions and applicants)."""
    markets = []
    for name, outcome in sorted(outcomes.items()):
        applicants = outcome.matched + outcome.not_matched
        if not outcome.positions or not outcome.all_applicants or applicants < 1:
            continue
        mean, sd = _pooled_step2(outcome)
        markets.append(
            SpecialtyMarket(
                name,
                outcome.positions,
                max(outcome.all_applicants, applicants),
                applicants,
                mean,
                sd,
                outcome.matched / applicants,
            )
        )
    return markets
