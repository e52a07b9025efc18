"""Template filters for chances and dollars, worded as everywhere else (see wording.py)."""

from __future__ import annotations

from django import template

from matchwise.programs import wording

register = template.Library()


@register.filter
def percent(p: float | None) -> str:
    return "—" if p is None else wording.percent(p)


@register.filter
def percent_points(p: float | None) -> str:
    """A difference in probability as percentage points, e.g. 0.0012 -> "0.12 percentage points"."""
    return "—" if p is None else f"{100 * p:.2f} percentage points"


@register.filter
def dollars(amount: int | None) -> str:
    return "—" if amount is None else wording.dollars(amount)


@register.simple_tag
def chance_range(p: float, low: float, high: float) -> str:
    return wording.chance_range(p, low, high)
