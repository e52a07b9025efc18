"""Calibrating the model to the user's own copy of a published outcomes table, and using it.

Out of the box every list uses the parameters that ship with matchwise (fitted to NRMP's 2026
table). `matchwise calibrate` or the Model page fits the user's own table instead; the fit is
kept in their database and the latest one is used from then on.
"""

from __future__ import annotations

import json

from matchwise.programs.models import Calibration
from matchwise.selection import MatchModel, Profile, shipped_model
from matchwise.selection.calibrate import CalibrationRefusedError, calibrate_outcomes
from matchwise.selection.catalogue import RowProblem
from matchwise.selection.model import FITTED_TYPE
from matchwise.selection.outcomes import (
    OutcomesError,
    SpecialtyOutcome,
    outcomes_to_json,
    parse_outcomes,
)

MODEL_VERSION = 2

__all__ = ["CalibrationRefusedError", "OutcomesError", "calibrate", "current_model", "model_for"]


def outcomes_from_bytes(data: bytes, file_name: str) -> dict[str, SpecialtyOutcome]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise OutcomesError([RowProblem(file_name, 1, "-", "not UTF-8 text")]) from None
    return parse_outcomes(text, file_name)


def calibrate(data: bytes, file_name: str, holdout: tuple[bytes, str] | None = None) -> Calibration:
    """Fit every specialty of the file, check it, and keep the result.

    `holdout` is next year's table, to check this year's fit against. Raises OutcomesError for
    a malformed file and CalibrationRefusedError when a specialty cannot be fitted; nothing is
    stored then.
    """
    outcomes = outcomes_from_bytes(data, file_name)
    following = outcomes_from_bytes(*holdout) if holdout is not None else None
    result = calibrate_outcomes(outcomes, following)
    model = result.model(file_name)
    return Calibration.objects.create(
        file_name=file_name,
        applicant_type=FITTED_TYPE.value,
        model_version=MODEL_VERSION,
        parameters=json.loads(model.to_json()),
        report=result.report(),
        held_out_error=result.held_out_error,
        holdout_file=holdout[1] if holdout is not None else "",
        next_year_error=result.next_year_error,
        outcomes=outcomes_to_json(outcomes),
    )


def current_calibration() -> Calibration | None:
    """The latest calibration made with the current model (older ones are kept, unused)."""
    return Calibration.objects.filter(model_version=MODEL_VERSION).first()


def current_model() -> MatchModel:
    return model_of(current_calibration())


def model_of(calibration: Calibration | None) -> MatchModel:
    """The model a calibration holds (the shipped one for None)."""
    if calibration is None:
        return shipped_model()
    model = MatchModel.from_dict(calibration.parameters)
    return MatchModel(
        model.fitted, model.covariances, model.methods, calibration.description, model.citation
    )


def model_for(profile: Profile) -> MatchModel:
    """The model every list for this applicant uses (the profile does not change it yet)."""
    del profile
    return current_model()
