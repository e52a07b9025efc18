"""The chart on the specialties page: one row per specialty, drawn as server-side SVG.

A bar for the predicted non-US IMG match rate, a line for its 10–90% band and a diamond for
the published rate where the table has one. Plain geometry, no Django: the template only
places what this computes.
"""

from __future__ import annotations

from dataclasses import dataclass

LABEL_WIDTH = 260
PLOT_WIDTH = 400
ROW_HEIGHT = 24
TOP = 24
TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)


@dataclass(frozen=True)
class ChartRow:
    label: str
    y: int  # the row's centre line
    bar_width: float
    band_from: float
    band_to: float
    published_x: float | None


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    rows: list[ChartRow]
    ticks: list[tuple[float, str]]  # x, label


def _x(rate: float) -> float:
    return round(LABEL_WIDTH + PLOT_WIDTH * min(max(rate, 0.0), 1.0), 1)


def chart(rows: list[tuple[str, float, float, float, float | None]]) -> Chart:
    """rows: (specialty, predicted, low, high, published or None), drawn in that order."""
    drawn = [
        ChartRow(
            label,
            TOP + ROW_HEIGHT * i + ROW_HEIGHT // 2,
            round(_x(rate) - LABEL_WIDTH, 1),
            _x(low),
            _x(high),
            _x(published) if published is not None else None,
        )
        for i, (label, rate, low, high, published) in enumerate(rows)
    ]
    return Chart(
        LABEL_WIDTH + PLOT_WIDTH + 20,
        TOP + ROW_HEIGHT * len(rows) + 8,
        LABEL_WIDTH,
        drawn,
        [(_x(t), f"{100 * t:.0f}%") for t in TICKS],
    )
