"""Calibrating the model to the user's own copy of a published outcomes table, and using it.

Nothing derived from such a table ships with matchwise: the user runs `matchwise calibrate`
on their file, the fitted parameters are kept in their database, and every list of the
applicant type it covers uses the latest calibration.
"""

from __future__ import annotations

from matchwise.programs.catalogues import SAMPLE_NAME, find_catalogue, programs_of
from matchwise.programs.models import Calibration
from matchwise.selection import DEFAULT_MODEL, MatchModel, Profile, fit_all
from matchwise.selection.calibrated import (
    CALIBRATED_TYPE,
    fit_report,
    fitted_parameters,
    model_from_parameters,
)
from matchwise.selection.catalogue import RowProblem
from matchwise.selection.outcomes import OutcomesError, parse_outcomes


class NothingFittedError(ValueError):
    """No specialty of the file could be fitted against the catalogue."""


def calibrate(data: bytes, file_name: str, catalogue: str | None = None) -> Calibration:
    """Fit every specialty the file and the catalogue share, and keep the result.

    Raises OutcomesError for a malformed file, LookupError for an unknown catalogue and
    NothingFittedError when no specialty could be fitted; nothing is stored then.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise OutcomesError([RowProblem(file_name, 1, "-", "not UTF-8 text")]) from None
    outcomes = parse_outcomes(text, file_name)
    choice = find_catalogue(catalogue or SAMPLE_NAME)
    if choice is None:
        raise LookupError(catalogue)
    fits = fit_all(outcomes, programs_of(choice, list(outcomes)), DEFAULT_MODEL)
    if not fits:
        raise NothingFittedError(
            f"no specialty of {file_name} could be fitted: the catalogue “{choice.name}” has "
            "none of them, or their figures are suppressed"
        )
    return Calibration.objects.create(
        file_name=file_name,
        catalogue=choice.name,
        applicant_type=CALIBRATED_TYPE.value,
        parameters=fitted_parameters(fits),
        report=fit_report(fits),
    )


def current_calibration() -> Calibration | None:
    return Calibration.objects.first()  # the latest, by the model's ordering


def model_for(profile: Profile) -> MatchModel:
    """The latest calibration for this applicant, or the defaults; its description says which."""
    calibration = current_calibration()
    if calibration is None:
        return DEFAULT_MODEL
    description = calibration.description
    left_out = [s for s in profile.specialties if s not in calibration.parameters]
    if left_out and profile.applicant_type is CALIBRATED_TYPE:
        description += "; defaults for " + ", ".join(left_out)
    return model_from_parameters(calibration.parameters, description, profile.applicant_type)
