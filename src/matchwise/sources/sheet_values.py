"""Reading one program-sheet cell as the facts it states (the forms are in `sheet_vocabulary`).

`read_value(field, raw)` returns a `Reading`: the facts (attribute -> value; none when the
cell says it is not known) and whether the text is worth keeping in the notes (a "no cutoff"
or a USCE "required" without months). A cell that cannot be read raises ValueError with a
message for the user.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from matchwise.sources.rows import FactValue
from matchwise.sources.sheet_vocabulary import BY_FIELD, NO, NO_LIMIT, UNKNOWN, YES, words

VISAS = {"j1": "visa_j1", "h1b": "visa_h1b", "h1": "visa_h1b"}
NEGATIONS = frozenset({"no", "not", "non", "without"})
BOTH = frozenset({"both", "j1 h1b", "h1b j1", "j1 and h1b", "h1b and j1", "j1 & h1b", "all"})
NUMBER = r"(\d+(?:\.\d+)?)"
AT_MOST = re.compile(
    r"^(≤|<=|<|up to|within|max|maximum|at most)?\s*" + NUMBER + r"\s*([a-z]*?)\s*"
    r"(or less|or fewer|max|maximum|only)?$"
)
AT_LEAST = re.compile(
    r"^(≥|>=|>|min|minimum|at least)?\s*"
    + NUMBER
    + r"\s*(\+|min|minimum|or higher|or above|and above)?$"
)
PERCENT = re.compile(r"^~?\s*" + NUMBER + r"\s*(percent)?$")
LEADING_ANSWER = re.compile(r"^\s*(yes|no|y|n)\s*[(,;:/-]", re.IGNORECASE)
ONE_ATTEMPT = frozenset(
    {"first attempt", "first attempt only", "1st attempt", "1st attempt only", "no fails"}
    | {"no failures", "no fail", "first time pass", "first try"}
)
NOT_COUNTED = frozenset({"yes", "y", "required", "preferred", "✓", "✔", "x", "recommended"})
YEAR_UNITS = frozenset({"", "y", "yr", "yrs", "year", "years"})
MONTH_UNITS = {"": 1, "m": 1, "mo": 1, "mos": 1, "month": 1, "months": 1}
MONTH_UNITS |= {"y": 12, "yr": 12, "yrs": 12, "year": 12, "years": 12}
ATTEMPT_UNITS = frozenset({"", "attempt", "attempts", "tries", "try", "times"})
LIMITS = {"years": (0, 60), "attempts": (0, 10), "months": (0, 120), "score": (1, 300)}


@dataclass(frozen=True)
class Reading:
    facts: Mapping[str, FactValue] = field(default_factory=dict)
    keep_as_note: bool = False


NOTHING = Reading()
AS_NOTE = Reading(keep_as_note=True)


def read_value(column: str, raw: str | float | bool) -> Reading:
    """The facts one cell of the column (a field of `sheet_vocabulary.COLUMNS`) states."""
    kind = BY_FIELD[column].kind
    if isinstance(raw, bool):
        if kind == "yes/no" or (kind == "visa" and column != "visa"):
            return Reading({column: raw})
        raise ValueError(f"expected {_expected(kind)}, got {'TRUE' if raw else 'FALSE'}")
    text = words(f"{raw:g}" if isinstance(raw, float) else raw)
    if text in UNKNOWN:
        return NOTHING
    answer = LEADING_ANSWER.match(raw) if isinstance(raw, str) and kind == "visa" else None
    if answer and column != "visa":  # "No (J1 only)": the answer, then which visas
        said = Reading({column: words(answer.group(1)) in YES})
        rest = words(answer.string[answer.end() :])
        if rest in UNKNOWN:
            return said
        try:
            return Reading({**_visa(column, rest).facts, **said.facts})
        except ValueError:
            return Reading(said.facts, keep_as_note=True)  # "Yes (case by case)"
    try:
        if isinstance(raw, float) and kind == "percent":
            return Reading({column: _percent_number(raw)})
        return READERS[kind](column, text)
    except ValueError as error:
        shown = (f"{raw:g}" if isinstance(raw, float) else raw.strip())[:60]
        raise ValueError(f"expected {str(error) or _expected(kind)}, got {shown!r}") from None


def _expected(kind: str) -> str:
    return {
        "yes/no": "yes or no (Yes, Y, ✓, x; No, N, ✗)",
        "visa": "yes, no, or the visas (J1, H1B, J1 only, J1/H1B, none)",
        "years": "a number of years since graduation (5, ≤5 yrs, < 5 years)",
        "months": "months of US clinical experience (6 months, 1 yr, none)",
        "attempts": "a number of attempts (1, first attempt only, max 2)",
        "percent": "a percentage (40%, 40, 0.4)",
        "score": "a Step 2 CK score (230, 230+, ≥ 230)",
    }.get(kind, "a value")


def _yes_no(column: str, text: str) -> Reading:
    if text in YES:
        return Reading({column: True})
    if text in NO:
        return Reading({column: False})
    raise ValueError("")


def _visa(column: str, text: str) -> Reading:
    if column != "visa" and text in YES:
        return Reading({column: True})
    if text in NO or text in ("no visa", "no visas"):
        if column == "visa":
            return Reading({"visa_j1": False, "visa_h1b": False})
        return Reading({column: False})
    if text in BOTH:
        return Reading({"visa_j1": True, "visa_h1b": True})
    tokens = text.split()
    facts: dict[str, FactValue] = {}
    for index, token in enumerate(tokens):
        attribute = VISAS.get(token.strip(".?-~"))
        if attribute is not None:
            negated = index > 0 and tokens[index - 1].strip("-(") in NEGATIONS
            facts.setdefault(attribute, not negated)
    if not facts:
        raise ValueError(
            "the visas sponsored (J1, H1B, both, J1 only, none)" if column == "visa" else ""
        )
    named = [attribute for attribute, sponsored in facts.items() if sponsored]
    if "only" in tokens and len(named) == 1:
        for attribute in set(VISAS.values()) - set(named):
            facts.setdefault(attribute, False)
    return Reading(facts)


def _whole(value: float, kind: str) -> int:
    low, high = LIMITS[kind]
    if value != int(value) or not low <= value <= high:
        raise ValueError(f"a whole number from {low} to {high}")
    return int(value)


def _years(column: str, text: str) -> Reading:
    if text in NO_LIMIT:
        return AS_NOTE
    match = AT_MOST.match(text)
    if match is None or match.group(3) not in YEAR_UNITS:
        raise ValueError("")
    value = float(match.group(2))
    if value >= 1900:
        raise ValueError("the number of years since graduation, not a graduation year")
    strict = match.group(1) == "<"
    return Reading({column: _whole(value, "years") - (1 if strict else 0)})


def _months(column: str, text: str) -> Reading:
    if text in NO or text == "0":
        return Reading({column: 0})
    if text in NOT_COUNTED:
        return AS_NOTE
    match = AT_MOST.match(text)
    if match is None or not MONTH_UNITS.get(match.group(3)):
        raise ValueError("")
    months = float(match.group(2)) * MONTH_UNITS[match.group(3)]
    return Reading({column: _whole(months, "months")})


def _attempts(column: str, text: str) -> Reading:
    if text in ONE_ATTEMPT:
        return Reading({column: 1})
    if text in NO_LIMIT:
        return AS_NOTE
    match = AT_MOST.match(text)
    if match is None or match.group(3) not in ATTEMPT_UNITS:
        raise ValueError("")
    strict = match.group(1) == "<"
    return Reading({column: _whole(float(match.group(2)), "attempts") - (1 if strict else 0)})


def _percent(column: str, text: str) -> Reading:
    match = PERCENT.match(text)
    if match is None:
        raise ValueError("")
    value = float(match.group(1))
    if match.group(2):
        if value > 100:
            raise ValueError("a percentage from 0 to 100")
        return Reading({column: value})
    return Reading({column: _percent_number(value)})


def _percent_number(value: float) -> float:
    if 0 < value < 1:
        return round(value * 100, 6)
    if not 0 <= value <= 100:
        raise ValueError("a percentage from 0 to 100")
    return value


def _score(column: str, text: str) -> Reading:
    match = AT_LEAST.match(text)
    if match is None:
        raise ValueError("")
    value = _whole(float(match.group(2)), "score") + (1 if match.group(1) == ">" else 0)
    return Reading({column: value})


READERS = {
    "yes/no": _yes_no,
    "visa": _visa,
    "years": _years,
    "months": _months,
    "attempts": _attempts,
    "percent": _percent,
    "score": _score,
}
