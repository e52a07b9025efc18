"""What a rank list may hold (no Django import).

Only programs the applicant interviewed at may be ranked, each once, and an advanced (PGY-2)
program goes on the supplemental list, a categorical or preliminary one on the primary list.
A list names each program by its code, as NRMP's does: two applications sharing a code (the
same program from two catalogues) cannot both be on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matchwise.season.status_rules import is_interviewed
from matchwise.season.vocabulary import ListKind, Status


@dataclass(frozen=True)
class Candidate:
    program_id: str
    name: str
    status: Status
    advanced: bool
    catalogue: str = ""  # empty: typed in by hand


def where_from(catalogue: str) -> str:
    """A catalogue as named in a message."""
    return f"“{catalogue}”" if catalogue else "typed in by hand"


def list_problems(order: Sequence[Candidate], kind: ListKind) -> list[str]:
    """Every reason the applications in this order cannot be this list, in the order given;
    empty when they can."""
    problems: list[str] = []
    seen: dict[str, Candidate] = {}
    for candidate in order:
        program_id = candidate.program_id
        if (before := seen.get(program_id)) is not None:
            if before.catalogue == candidate.catalogue:
                problems.append(f"{program_id} is given twice; rank each program once.")
            else:
                problems.append(
                    f"{program_id} is given twice ({where_from(before.catalogue)} and "
                    f"{where_from(candidate.catalogue)}); a rank list names a program by its "
                    "code, so rank it once."
                )
            continue
        seen[program_id] = candidate
        if not is_interviewed(candidate.status):
            problems.append(
                f"{candidate.name} ({program_id}) is “{candidate.status.label}”: "
                "only programs you interviewed at can be ranked."
            )
        elif candidate.advanced and kind is ListKind.PRIMARY:
            problems.append(
                f"{candidate.name} ({program_id}) is an advanced (PGY-2) program: "
                "it goes on a supplemental list."
            )
        elif not candidate.advanced and kind is ListKind.SUPPLEMENTAL:
            problems.append(
                f"{candidate.name} ({program_id}) is not an advanced program: "
                "it goes on the primary list."
            )
    return problems
