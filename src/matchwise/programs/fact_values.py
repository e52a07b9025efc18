"""Which attributes a merge may set, and whether a fact's value fits its column (no Django)."""

from __future__ import annotations

from collections.abc import Callable

from matchwise.selection.catalogue_fields import PARSERS
from matchwise.sources.from_programs import ATTRIBUTES
from matchwise.sources.rows import FactValue

FILL_HISTORY = ("fill_years_reported", "fill_years_unfilled", "fill_rate", "fill_last_year")
MERGEABLE: tuple[str, ...] = ATTRIBUTES + FILL_HISTORY


def _years(raw: object) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= 100:
        raise ValueError(f"expected a number of years from 0 to 100, got {raw!r}")
    return raw


def _share(raw: object) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 <= raw <= 1:
        raise ValueError(f"expected a share from 0 to 1, got {raw!r}")
    return float(raw)


def _year(raw: object) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1950 <= raw <= 2100:
        raise ValueError(f"expected a year, got {raw!r}")
    return raw


_FILL: dict[str, Callable[[object], object]] = {
    "fill_years_reported": _years,
    "fill_years_unfilled": _years,
    "fill_rate": _share,
    "fill_last_year": _year,
}


def checked(attribute: str, value: FactValue) -> FactValue:
    """The value as its column stores it, or ValueError saying why it does not fit."""
    if attribute not in MERGEABLE:
        raise ValueError(f"{attribute!r} is not an attribute a merge can set")
    parse = _FILL.get(attribute) or PARSERS[attribute]
    parsed = parse(value)
    if hasattr(parsed, "value"):  # Setting
        return str(parsed.value)
    assert isinstance(parsed, bool | int | float | str)
    return parsed
