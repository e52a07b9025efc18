"""How numbers read on the pages, in the exports and on the command line (no Django here)."""

from __future__ import annotations

from matchwise.selection.shortlist_result import LIKELY_FROM, REACH_BELOW


def percent(p: float) -> str:
    """A chance as people read it: one decimal below 10%, none above; never a false 0 or 100."""
    if p <= 0:
        return "0%"
    if p >= 1:
        return "100%"
    if p < 0.001:
        return "<0.1%"
    if p > 0.995:
        return ">99%"
    return f"{p * 100:.1f}%" if p < 0.1 else f"{p * 100:.0f}%"


def chance_range(p: float, low: float, high: float) -> str:
    """ "12%", or "12% (3–40%)" when unknowns leave a range."""
    if high - low < 0.005:
        return percent(p)
    return f"{percent(p)} ({percent(low).rstrip('%')}–{percent(high)})"


def dollars(amount: int) -> str:
    return f"${amount:,}"


TIER_MEANINGS = {
    "reach": f"under {REACH_BELOW:.0%} chance of an interview",
    "target": f"{REACH_BELOW:.0%} to {LIKELY_FROM:.0%} chance of an interview",
    "likely": f"{LIKELY_FROM:.0%} or more chance of an interview",
}
