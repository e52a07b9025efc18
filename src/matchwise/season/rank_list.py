"""The rank list: the order given, checked by `rank_rules`, stored on the applications."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.db import transaction

from matchwise.season import rank_rules
from matchwise.season.models import Application
from matchwise.season.services import SeasonError, move_status
from matchwise.season.vocabulary import ListKind, Status


def ranked(kind: ListKind = ListKind.PRIMARY) -> list[Application]:
    """The list in its order."""
    return list(
        Application.objects.filter(rank__isnull=False, rank_list=kind).order_by("rank", "pk")
    )


def candidates() -> dict[str, rank_rules.Candidate]:
    rows = Application.objects.values_list("program_id", "name", "status", "advanced")
    return {
        program_id: rank_rules.Candidate(program_id, name, Status(status), advanced)
        for program_id, name, status, advanced in rows
    }


@transaction.atomic
def set_rank_list(order: Sequence[str], kind: ListKind, today: date) -> list[Application]:
    """Rank these programs in this order on the list `kind`; programs of that list left out
    are no longer ranked (back to "interviewed")."""
    if problems := rank_rules.list_problems(order, candidates(), kind):
        raise SeasonError("rank", " ".join(problems))
    by_id = {a.program_id: a for a in Application.objects.filter(program_id__in=list(order))}
    for dropped in Application.objects.filter(rank_list=kind, rank__isnull=False).exclude(
        program_id__in=list(order)
    ):
        if dropped.status == Status.RANKED:
            move_status(dropped, Status.INTERVIEWED, max(today, dropped.status_on))
        dropped.rank = None
        dropped.save(update_fields=["rank"])
    for position, program_id in enumerate(order, start=1):
        application = by_id[program_id]
        if application.status == Status.INTERVIEWED:
            move_status(application, Status.RANKED, max(today, application.status_on))
        application.rank = position
        application.rank_list = kind
        application.save(update_fields=["rank", "rank_list"])
    return ranked(kind)
