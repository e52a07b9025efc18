"""The season's live odds as JSON: P(match) from the interviews completed and scheduled."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Field, Router, Schema

from matchwise.api.errors import BUSY
from matchwise.season.odds import odds_json, season_odds

router = Router(tags=["season"])


class FigureOut(Schema):
    interviews: int
    p_match: float = Field(description="The model's P(match | this many interviews)")
    p_match_low: float = Field(description="10th percentile")
    p_match_high: float = Field(description="90th percentile")
    published: float | None = Field(
        description="NRMP's published P(match | this many contiguous ranks), from your "
        "calibration table; null when it does not have the specialty"
    )


class SpecialtyOddsOut(Schema):
    specialty: str
    interviews_completed: int
    interviews_scheduled: int
    completed: FigureOut = Field(description="With the interviews done")
    with_scheduled: FigureOut = Field(description="If all the scheduled interviews happen")
    applicant_type: str
    parameters: str = Field(description="How the model's parameters for it were obtained")
    published_note: str = Field(description="The published figure's source, or how to add it")
    model: str
    citation: str


@router.get(
    "/season/odds",
    response={200: list[SpecialtyOddsOut]} | BUSY,
    summary="P(match) from the interviews completed and scheduled, per specialty",
)
def get_odds(request: HttpRequest) -> list[dict[str, Any]]:
    return odds_json(season_odds())
