"""A calibration as data: the fitted parameters per specialty, and the model they make.

The fit itself is cohort.fit_all; this module turns its result into plain JSON-ready values
(to keep in the user's database) and back into a MatchModel. Calibrations come from the
non-US IMG outcomes tables, so they cover that applicant type only.
"""

from collections.abc import Mapping
from dataclasses import asdict

from matchwise.selection.cohort import CohortFit
from matchwise.selection.match_model import NOT_CALIBRATED, MatchModel
from matchwise.selection.vocabulary import ApplicantType

CALIBRATED_TYPE = ApplicantType.NON_US_IMG

Parameters = Mapping[str, Mapping[str, float]]  # specialty -> {"conversion", "score_weight"}


def fitted_parameters(fits: list[CohortFit]) -> dict[str, dict[str, float]]:
    return {f.specialty: {"conversion": f.conversion, "score_weight": f.score_weight} for f in fits}


def fit_report(fits: list[CohortFit]) -> list[dict[str, object]]:
    """Every fitted and predicted figure, per specialty, as the fit left them."""
    return [asdict(f) for f in fits]


def model_from_parameters(
    parameters: Parameters, description: str, applicant_type: ApplicantType
) -> MatchModel:
    """The calibrated model for an applicant of the type it covers; the defaults otherwise."""
    if applicant_type is not CALIBRATED_TYPE:
        return MatchModel(description=f"{NOT_CALIBRATED} (the calibration covers non-US IMGs)")
    return MatchModel(
        {(s, CALIBRATED_TYPE): float(p["conversion"]) for s, p in parameters.items()},
        {s: float(p["score_weight"]) for s, p in parameters.items()},
        description,
    )
