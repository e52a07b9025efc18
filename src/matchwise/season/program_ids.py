"""Program ids given on the command line, checked against the applications (and a catalogue).

Two applications may share a program id when they come from different catalogues (the same
NRMP code in an imported list and in a merged one, or typed in by hand). Every season command
that takes a PROGRAM_ID then needs `--catalogue`; `services.application_for` is that rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Count

from matchwise.season.models import Application
from matchwise.season.services import SeasonError, application_for


def rank_list_ids(program_ids: Sequence[str], catalogue: str | None) -> list[str]:
    """The ids to rank, each naming exactly one application (of `catalogue` when given).

    The rank list, like NRMP's, names each program by its code alone, so an id shared by two
    applications cannot go on it, catalogue named or not: the duplicate must go first. With a
    catalogue, every id must be an application of that catalogue.
    """
    shared = (
        Application.objects.filter(program_id__in=[p.strip() for p in program_ids])
        .values("program_id")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .order_by("program_id")
    )
    for row in shared:
        catalogues = Application.objects.filter(program_id=row["program_id"]).values_list(
            "catalogue", flat=True
        )
        named = " and ".join(f"“{c}”" if c else "typed in by hand" for c in sorted(catalogues))
        raise SeasonError(
            "program_id",
            f"“{row['program_id']}” is the id of {row['n']} applications ({named}); the rank "
            "list names a program by its code alone, as NRMP does: delete the application you "
            "do not mean, then rank.",
        )
    for program_id in program_ids:
        application_for(program_id, catalogue)
    return [p.strip() for p in program_ids]
