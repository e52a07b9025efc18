"""The program an application is for: looked up in a catalogue (the sample or an imported
one), or typed in by hand."""

from __future__ import annotations

from dataclasses import dataclass

from matchwise import selection
from matchwise.programs.catalogues import SAMPLE_NAME, find_catalogue, sample_programs
from matchwise.programs.models import Program


@dataclass(frozen=True)
class ProgramFacts:
    """What an application copies from its program."""

    program_id: str
    name: str
    catalogue: str = ""
    institution: str = ""
    specialty: str = ""
    track: str = ""
    city: str = ""
    state: str = ""
    zip: str = ""

    @property
    def advanced(self) -> bool:
        """An advanced (PGY-2) position, ranked on a supplemental list."""
        return "advanced" in self.track.casefold()


class UnknownProgramError(LookupError):
    """No program of that id in that catalogue; the message says which."""


def facts_of(program: selection.Program, catalogue: str) -> ProgramFacts:
    return ProgramFacts(
        program_id=program.program_id,
        name=program.name,
        catalogue=catalogue,
        institution=program.institution or "",
        specialty=program.specialty,
        track=program.track or "",
        city=program.city or "",
        state=program.state or "",
        zip=program.zip or "",
    )


def find_program(program_id: str, catalogue_name: str | None = None) -> ProgramFacts:
    """The program of that id in the named catalogue (the sample when none is named)."""
    catalogue = find_catalogue(catalogue_name or SAMPLE_NAME)
    if catalogue is None:
        raise UnknownProgramError(f"no catalogue named “{catalogue_name}”")
    if catalogue.pk is None:
        found = next((p for p in sample_programs() if p.program_id == program_id), None)
        if found is None:
            raise UnknownProgramError(f"no program “{program_id}” in the {SAMPLE_NAME} catalogue")
        return facts_of(found, catalogue.name)
    row = Program.objects.filter(catalogue_id=catalogue.pk, program_id=program_id).first()
    if row is None:
        raise UnknownProgramError(f"no program “{program_id}” in the catalogue “{catalogue.name}”")
    return ProgramFacts(
        program_id=row.program_id,
        name=row.name,
        catalogue=catalogue.name,
        institution=row.institution,
        specialty=row.specialty,
        track=row.track,
        city=row.city,
        state=row.state,
        zip=row.zip,
    )
