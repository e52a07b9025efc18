"""What a rank list may hold (no Django import).

Only programs the applicant interviewed at may be ranked, each once, and an advanced (PGY-2)
program goes on the supplemental list, a categorical or preliminary one on the primary list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from matchwise.season.status_rules import is_interviewed
from matchwise.season.vocabulary import ListKind, Status


@dataclass(frozen=True)
class Candidate:
    program_id: str
    name: str
    status: Status
    advanced: bool


def list_problems(
    order: Sequence[str], candidates: Mapping[str, Candidate], kind: ListKind
) -> list[str]:
    """Every reason the order cannot be this list, in the order given; empty when it can."""
    problems: list[str] = []
    seen: set[str] = set()
    for program_id in order:
        if program_id in seen:
            problems.append(f"{program_id} is given twice; rank each program once.")
            continue
        seen.add(program_id)
        candidate = candidates.get(program_id)
        if candidate is None:
            problems.append(f"{program_id} is not one of your applications.")
        elif not is_interviewed(candidate.status):
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
