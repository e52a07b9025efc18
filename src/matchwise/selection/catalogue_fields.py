"""Column-by-column rules of the catalogue format, shared by the CSV and JSON readers."""

import itertools
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from matchwise.selection.catalogue import Program, RowProblem, ScoreBox
from matchwise.selection.catalogue_limits import (
    BadNumber,
    count_limit_problem,
    finite,
    shown,
    text_problem,
)
from matchwise.selection.states import state_code
from matchwise.selection.vocabulary import Setting

BOX_PARTS = ("lower", "q1", "median", "q3", "upper")
STEP2_COLUMNS = tuple(f"step2_invited_{p}" for p in BOX_PARTS)
STEP2_IMG_COLUMNS = tuple(f"step2_img_invited_{p}" for p in BOX_PARTS)

COLUMNS: tuple[str, ...] = (
    "program_id",
    "name",
    "institution",
    "specialty",
    "track",
    "city",
    "state",
    "zip",
    "setting",
    "positions",
    "filled",
    "applicants",
    "invited",
    "interview_rate_us_md",
    "interview_rate_us_do",
    "interview_rate_us_img",
    "interview_rate_non_us_img",
    *STEP2_COLUMNS,
    *STEP2_IMG_COLUMNS,
    "step2_minimum",
    "residents_non_us_img_pct",
    "residents_us_img_pct",
    "visa_j1",
    "visa_h1b",
    "yog_max_years",
    "max_attempts",
    "usce_required_months",
    "prior_gme_required",
    "source",
    "as_of",
)

REQUIRED = frozenset({"program_id", "name", "specialty", "source", "as_of"})
# Columns a CSV file may leave out altogether (added after files were written without them).
OPTIONAL_COLUMNS = frozenset({"step2_minimum"})


def _is_empty(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and raw.strip() == "")


def _text(raw: object) -> str:
    if not isinstance(raw, str):
        raise ValueError(f"expected text, got {shown(raw)}")
    problem = text_problem(raw)
    if problem is not None:
        raise ValueError(problem)
    return raw.strip()


def _number(raw: object) -> float:
    if isinstance(raw, str):
        text = _text(raw)
        try:
            value = float(text)
        except ValueError:
            raise ValueError(f"expected a number, got {shown(raw)}") from None
    elif isinstance(raw, int | float) and not isinstance(raw, bool):
        try:
            value = float(raw)
        except OverflowError:
            raise ValueError(f"expected a number in range, got {shown(raw)}") from None
    elif isinstance(raw, BadNumber):
        raise ValueError(raw.problem)
    else:
        raise ValueError(f"expected a number, got {shown(raw)}")
    return finite(value, raw)


def _count_up_to(column: str) -> Callable[[object], int]:
    def count(raw: object) -> int:
        value = _number(raw)
        if value != int(value) or value < 0:
            raise ValueError(f"expected a whole number 0 or more, got {shown(raw)}")
        problem = count_limit_problem(column, int(value))
        if problem is not None:
            raise ValueError(problem)
        return int(value)

    return count


def _percent(raw: object) -> float:
    value = _number(raw)
    if not 0 <= value <= 100:
        raise ValueError(f"expected a percentage between 0 and 100, got {shown(raw)}")
    return value


def _score(raw: object) -> float:
    value = _number(raw)
    if not 1 <= value <= 300:
        raise ValueError(f"expected a Step 2 CK score between 1 and 300, got {shown(raw)}")
    return value


def _yes_no(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    word = _text(raw).lower()
    if word not in ("yes", "no"):
        raise ValueError(f"expected yes or no, got {shown(raw)}")
    return word == "yes"


def _setting(raw: object) -> Setting:
    word = _text(raw)
    try:
        return Setting(word)
    except ValueError:
        allowed = ", ".join(s.value for s in Setting)
        raise ValueError(f"expected one of {allowed}, got {shown(raw)}") from None


def _iso_date(raw: object) -> date:
    try:
        return date.fromisoformat(_text(raw))
    except ValueError:
        raise ValueError(f"expected an ISO date (YYYY-MM-DD), got {shown(raw)}") from None


def _state(raw: object) -> str:
    code = _text(raw).upper()
    if len(code) != 2 or not code.isalpha():
        raise ValueError(f"expected a two-letter state code, got {shown(raw)}")
    if state_code(code) is None:
        raise ValueError(f"{shown(raw)} is not the code of a US state or territory")
    return code


def _zip(raw: object) -> str:
    code = str(raw).strip() if isinstance(raw, int) and not isinstance(raw, bool) else _text(raw)
    if len(code) == 4 and code.isdigit():  # spreadsheets drop the leading zero
        code = "0" + code
    if not (len(code) == 5 and code.isdigit()):
        raise ValueError(f"expected a five-digit ZIP code, got {shown(raw)}")
    return code


PARSERS: dict[str, Callable[[object], Any]] = {
    "program_id": _text,
    "name": _text,
    "institution": _text,
    "specialty": _text,
    "track": _text,
    "city": _text,
    "state": _state,
    "zip": _zip,
    "setting": _setting,
    "positions": _count_up_to("positions"),
    "filled": _count_up_to("filled"),
    "applicants": _count_up_to("applicants"),
    "invited": _count_up_to("invited"),
    "interview_rate_us_md": _percent,
    "interview_rate_us_do": _percent,
    "interview_rate_us_img": _percent,
    "interview_rate_non_us_img": _percent,
    **dict.fromkeys(STEP2_COLUMNS + STEP2_IMG_COLUMNS, _score),
    "step2_minimum": _score,
    "residents_non_us_img_pct": _percent,
    "residents_us_img_pct": _percent,
    "visa_j1": _yes_no,
    "visa_h1b": _yes_no,
    "yog_max_years": _count_up_to("yog_max_years"),
    "max_attempts": _count_up_to("max_attempts"),
    "usce_required_months": _count_up_to("usce_required_months"),
    "prior_gme_required": _yes_no,
    "source": _text,
    "as_of": _iso_date,
}


def _box(
    values: dict[str, Any], columns: tuple[str, ...], problem: Callable[[str, str], None]
) -> ScoreBox | None:
    given = [values.get(c) for c in columns]
    if all(v is None for v in given):
        return None
    if any(v is None for v in given):
        missing = [c for c, v in zip(columns, given, strict=True) if v is None]
        problem(
            missing[0],
            "give all five Step 2 CK figures or none (missing: " + ", ".join(missing) + ")",
        )
        return None
    figures = [float(v) for v in given if v is not None]
    if any(a > b for a, b in itertools.pairwise(figures)):
        problem(columns[0], "Step 2 CK figures must not decrease from lower to upper")
        return None
    return ScoreBox(*figures)


def program_from_cells(
    cells: Mapping[str, object], file: str, line: int
) -> tuple[Program | None, list[RowProblem]]:
    """Parse one row given as column -> raw cell; return the program or the problems."""
    problems: list[RowProblem] = []

    def problem(column: str, message: str) -> None:
        problems.append(RowProblem(file, line, column, message))

    values: dict[str, Any] = {}
    for column in COLUMNS:
        raw = cells.get(column)
        if _is_empty(raw):
            if column in REQUIRED:
                problem(column, "required, but empty")
            continue
        try:
            values[column] = PARSERS[column](raw)
        except ValueError as error:
            problem(column, str(error))
    step2 = _box(values, STEP2_COLUMNS, problem)
    step2_img = _box(values, STEP2_IMG_COLUMNS, problem)
    positions, filled = values.get("positions"), values.get("filled")
    if positions is not None and filled is not None and filled > positions:
        problem("filled", f"{filled} filled is more than the {positions} positions offered")
    applicants, invited = values.get("applicants"), values.get("invited")
    if applicants is not None and invited is not None and invited > applicants:
        problem("invited", f"{invited} invited is more than the {applicants} applicants")
    if problems:
        return None, problems
    plain = {c: v for c, v in values.items() if c not in STEP2_COLUMNS + STEP2_IMG_COLUMNS}
    return Program(**plain, step2_invited=step2, step2_img_invited=step2_img), []


def _yes_no_cell(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def cells_from_program(program: Program) -> dict[str, str]:
    """The inverse of program_from_cells: every value as the text the CSV format expects."""
    cells: dict[str, str] = {}
    for column in COLUMNS:
        if column in STEP2_COLUMNS or column in STEP2_IMG_COLUMNS:
            continue
        value = getattr(program, column)
        if isinstance(value, bool) or (
            value is None and column in ("visa_j1", "visa_h1b", "prior_gme_required")
        ):
            cells[column] = _yes_no_cell(value)
        elif value is None:
            cells[column] = ""
        elif isinstance(value, float):
            cells[column] = f"{value:g}"
        elif isinstance(value, date):
            cells[column] = value.isoformat()
        else:
            cells[column] = str(value)
    for columns, box in (
        (STEP2_COLUMNS, program.step2_invited),
        (STEP2_IMG_COLUMNS, program.step2_img_invited),
    ):
        for column, figure in zip(columns, box.as_tuple() if box else (None,) * 5, strict=True):
            cells[column] = "" if figure is None else f"{figure:g}"
    return {c: cells[c] for c in COLUMNS}
