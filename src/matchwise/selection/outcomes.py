"""Reader for the NRMP Charting Outcomes table layout (one row per specialty, measure, cohort).

The file is the user's (or the test machine's): nothing read from it is shipped by the project.
A malformed file is refused whole, every problem naming its file, line and column.
"""

import csv
import io
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from matchwise.selection.catalogue import RowProblem

COUNT_COLUMNS = ("img_matched", "img_not_matched", "n")
FIGURE_COLUMNS = ("min", "q1", "median", "q3", "max", "mean", "sd")
COLUMNS: tuple[str, ...] = (
    "specialty",
    *COUNT_COLUMNS[:2],
    "img_match_rate_pct",
    "measure",
    "cohort",
    "n",
    *FIGURE_COLUMNS,
)


class OutcomesError(ValueError):
    """Every problem found in an outcomes file."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


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
    positions: int | None = None  # the market: all positions and all applicants, when given
    all_applicants: int | None = None
    spreads: dict[tuple[str, str], Spread] = field(default_factory=dict)  # (measure, cohort)

    def spread(self, measure: str, cohort: str) -> Spread | None:
        return self.spreads.get((measure, cohort))


def _number(text: str | None, whole: bool) -> float | None:
    """The figure in a cell (None when empty); ValueError when it is not a number >= 0."""
    text = (text or "").strip()
    if not text:
        return None
    value = float(int(text)) if whole else float(text)
    if value != value or value < 0:  # NaN or negative
        raise ValueError
    return value


def _row(
    row: dict[str, str | None], file_name: str, line: int, problems: list[RowProblem]
) -> dict[str, float | None]:
    values: dict[str, float | None] = {}
    for column in COLUMNS[1:]:
        if column in ("measure", "cohort"):
            if not (row.get(column) or "").strip():
                problems.append(RowProblem(file_name, line, column, "empty"))
            continue
        whole = column in COUNT_COLUMNS
        try:
            values[column] = _number(row.get(column), whole)
        except ValueError:
            kind = "a whole number" if whole else "a number"
            problems.append(RowProblem(file_name, line, column, f"{row[column]!r} is not {kind}"))
            continue
        required = column in (*COUNT_COLUMNS, "img_match_rate_pct")
        if required and values[column] is None:
            problems.append(RowProblem(file_name, line, column, "empty"))
    if not (row.get("specialty") or "").strip():
        problems.append(RowProblem(file_name, line, "specialty", "empty"))
    matched, unmatched = values.get("img_matched"), values.get("img_not_matched")
    if matched is not None and unmatched is not None and matched + unmatched == 0:
        problems.append(RowProblem(file_name, line, "img_not_matched", "no applicants at all"))
    return values


def _market(row: dict[str, str | None], column: str) -> int | None:
    """An optional market count; absent or unreadable counts are simply unknown."""
    text = (row.get(column) or "").strip()
    return int(text) if text.isdigit() and int(text) > 0 else None


def parse_outcomes(text: str, file_name: str) -> dict[str, SpecialtyOutcome]:
    """Specialty -> outcome, with each (measure, cohort) distribution as published."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise OutcomesError([RowProblem(file_name, 1, c, "column missing") for c in missing])
    outcomes: dict[str, SpecialtyOutcome] = {}
    problems: list[RowProblem] = []
    for row in reader:
        line = reader.line_num
        values = _row(row, file_name, line, problems)
        if problems:
            continue
        name = (row["specialty"] or "").strip()
        if name not in outcomes:
            outcomes[name] = SpecialtyOutcome(
                name,
                int(values["img_matched"] or 0),
                int(values["img_not_matched"] or 0),
                float(values["img_match_rate_pct"] or 0),
                _market(row, "positions"),
                _market(row, "all_applicants"),
            )
        key = ((row["measure"] or "").strip(), (row["cohort"] or "").strip())
        outcomes[name].spreads[key] = Spread(
            int(values["n"] or 0), *(values[k] for k in FIGURE_COLUMNS)
        )
    if not problems and not outcomes:
        problems.append(RowProblem(file_name, 1, "-", "no rows"))
    if problems:
        raise OutcomesError(problems)
    return outcomes


def read_outcomes(path: Path) -> dict[str, SpecialtyOutcome]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise OutcomesError([RowProblem(path.name, 1, "-", "not UTF-8 text")]) from None
    return parse_outcomes(text, path.name)


def outcomes_to_json(outcomes: dict[str, SpecialtyOutcome]) -> dict[str, object]:
    """The table as plain JSON (kept with a calibration, in the user's own database)."""
    return {
        name: {
            "matched": o.matched,
            "not_matched": o.not_matched,
            "match_rate_pct": o.match_rate_pct,
            "positions": o.positions,
            "all_applicants": o.all_applicants,
            "spreads": [
                {"measure": measure, "cohort": cohort, **asdict(spread)}
                for (measure, cohort), spread in sorted(o.spreads.items())
            ],
        }
        for name, o in sorted(outcomes.items())
    }


def outcomes_from_json(data: dict[str, Any]) -> dict[str, SpecialtyOutcome]:
    """outcomes_to_json() read back."""
    out = {}
    for name, o in data.items():
        spreads = {
            (s["measure"], s["cohort"]): Spread(
                **{k: v for k, v in s.items() if k not in ("measure", "cohort")}
            )
            for s in o["spreads"]
        }
        out[name] = SpecialtyOutcome(
            name,
            int(o["matched"]),
            int(o["not_matched"]),
            float(o["match_rate_pct"]),
            o["positions"],
            o["all_applicants"],
            spreads,
        )
    return out
