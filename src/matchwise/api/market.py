"""The market model over JSON: how hard each specialty of the user's fitted table is."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema

from matchwise.api.errors import BUSY
from matchwise.programs.market_fits import difficulty

router = Router(tags=["market"])


class PredictionOut(Schema):
    specialty: str
    img_match_rate: float
    low: float
    high: float
    published: float | None


class PredictionsOut(Schema):
    model: str
    fit: str
    citation: str
    held_out_error: float
    predictions: list[PredictionOut]


@router.get(
    "/market/predictions",
    response={200: PredictionsOut} | BUSY,
    summary="The predicted non-US IMG match rate of each specialty of your fitted table",
    description="Fractions, with the 10–90% band and the published rate; an empty list until "
    "`matchwise market fit` has fitted a table.",
)
def predictions(request: HttpRequest) -> dict[str, object]:
    used, rows = difficulty()
    return {
        "model": used.fit.chosen,
        "fit": used.label,
        "citation": used.citation,
        "held_out_error": used.fit.errors[used.fit.chosen][0],
        "predictions": [
            {
                "specialty": r.prediction.specialty,
                "img_match_rate": r.prediction.img_match_rate,
                "low": r.prediction.low,
                "high": r.prediction.high,
                "published": r.published,
            }
            for r in rows
        ],
    }
