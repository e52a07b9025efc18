"""The shortlist's reasons for one application's program, for its interview-day page.

The program's chance of an interview, with its range, tier and reasons, is what the selection
engine gives it on a shortlist for the saved profile and the catalogue the application came
from: `selection.chances.chance_at`, with the other programs of its specialty in that catalogue
as peers (they set the base rates of unknown policies and where the program's evidence sits),
and the same network ties. No list is optimised for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from matchwise.programs.calibrations import model_for
from matchwise.programs.catalogues import find_catalogue, programs_of
from matchwise.programs.forms import profile_mapping
from matchwise.programs.models import SavedProfile
from matchwise.programs.network_ties import network_ties_at
from matchwise.season.models import Application
from matchwise.selection.chances import chance_at
from matchwise.selection.profile import ProfileError, profile_from_mapping
from matchwise.selection.shortlist_result import tier


@dataclass(frozen=True)
class ProgramReasons:
    """What the shortlist says of the program; `missing` says why nothing can be said."""

    missing: str = ""
    needs_profile: bool = False  # nothing can be said until a profile is saved
    profile: str = ""
    catalogue: str = ""
    p_interview: float = 0.0
    p_interview_low: float = 0.0
    p_interview_high: float = 0.0
    tier: str = ""
    excluded: str = ""  # a hard rule that rules the applicant out there
    reasons: tuple[str, ...] = ()
    unknowns: tuple[str, ...] = ()
    model: str = ""
    citation: str = ""
    label: str | None = None  # the sample catalogue's "fictional" label


def shortlist_reasons(application: Application) -> ProgramReasons:
    """The program's chance and reasons for the saved profile, or why they cannot be given."""
    saved = SavedProfile.objects.first()
    if saved is None:
        return ProgramReasons(
            missing="Save a profile on the Programs page to see what the shortlist says of "
            "this program.",
            needs_profile=True,
        )
    try:
        profile = profile_from_mapping(profile_mapping(vars(saved)))
    except ProfileError:
        return ProgramReasons(missing=f"The saved profile “{saved.name}” cannot be read.")
    if not application.catalogue:
        return ProgramReasons(
            missing="This application was typed in by hand, so no catalogue describes the program."
        )
    catalogue = find_catalogue(application.catalogue)
    if catalogue is None:
        return ProgramReasons(
            missing=f"The catalogue “{application.catalogue}” this application came from is "
            "gone (deleted or renamed)."
        )
    if not application.specialty:
        return ProgramReasons(
            missing="This application names no specialty, so the shortlist cannot place the "
            "program among its peers."
        )
    peers = programs_of(catalogue, [application.specialty])
    program = next((p for p in peers if p.program_id == application.program_id), None)
    if program is None:
        return ProgramReasons(
            missing=f"The program {application.program_id} is no longer in the catalogue "
            f"“{catalogue.name}”."
        )
    model = model_for(profile)
    ties = network_ties_at(program)
    others = [p for p in peers if p.program_id != program.program_id]
    chance = chance_at(profile, program, ties, model, others)
    return ProgramReasons(
        profile=saved.name,
        catalogue=catalogue.name,
        p_interview=chance.p,
        p_interview_low=chance.low,
        p_interview_high=chance.high,
        tier=tier(chance.p) if chance.excluded is None else "",
        excluded=chance.excluded or "",
        reasons=chance.reasons,
        unknowns=chance.unknowns,
        model=model.description,
        citation=model.citation,
        label=catalogue.label,
    )
