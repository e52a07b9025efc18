"""Program ids as the user gives them (command line, API), resolved to applications: the one
place that does.

Applications are unique per (catalogue, program id): the same NRMP code may be applied to from
two catalogues (an imported list and a merged one, or typed in by hand). An id two
applications share then needs its catalogue (`--catalogue NAME`, `--catalogue ""` for one
typed in by hand); without it, it is refused with both catalogues named.
"""

from __future__ import annotations

from collections.abc import Sequence

from matchwise.season.models import Application
from matchwise.season.rank_rules import where_from
from matchwise.season.services import SeasonError


def application_for(program_id: str, catalogue: str | None = None) -> Application:
    """The application to the program of that id (in that catalogue, when named)."""
    program_id = program_id.strip()
    found = Application.objects.filter(program_id=program_id)
    if catalogue is not None:
        found = found.filter(catalogue=catalogue)
    rows = list(found.order_by("catalogue", "pk"))
    if not rows:
        where = f" of the catalogue “{catalogue}”" if catalogue is not None else ""
        raise SeasonError("program_id", f"no application to a program “{program_id}”{where}.")
    if len(rows) > 1:
        named = " and ".join(where_from(a.catalogue) for a in rows)
        raise SeasonError(
            "program_id",
            f"“{program_id}” is the id of {len(rows)} applications ({named}): name the catalogue.",
        )
    return rows[0]


def applications_for(program_ids: Sequence[str], catalogue: str | None) -> list[Application]:
    """The application each id names, in the order given (each of `catalogue` when named);
    every id that names none, or more than one, is reported at once."""
    found: list[Application] = []
    problems: list[str] = []
    for program_id in program_ids:
        try:
            found.append(application_for(program_id, catalogue))
        except SeasonError as refused:
            problems.append(refused.message)
    if problems:
        raise SeasonError("program_id", " ".join(problems))
    return found
