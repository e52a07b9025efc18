"""The rank list: the order given, checked by `rank_rules`, stored on the applications."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.db import transaction

from matchwise.season import rank_rules
from matchwise.season.models import Application
from matchwise.season.services import SeasonError, move_status
from matchwise.season.vocabulary import ListKind, Status
from matchwise.spreadsheets import csv_bytes


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


def order_of(kind: ListKind) -> list[str]:
    return [a.program_id for a in ranked(kind)]


@transaction.atomic
def move(application: Application, step: int, today: date) -> list[Application]:
    """Move a ranked program up (step -1) or down (+1) one place; at either end it stays."""
    kind = ListKind(application.rank_list)
    order = order_of(kind)
    at = order.index(application.program_id)
    to = min(max(at + step, 0), len(order) - 1)
    order.insert(to, order.pop(at))
    return set_rank_list(order, kind, today)


@transaction.atomic
def add_to_list(application: Application, today: date) -> list[Application]:
    """Put an interviewed program at the bottom of its list (supplemental when advanced)."""
    kind = ListKind.SUPPLEMENTAL if application.advanced else ListKind.PRIMARY
    order = [p for p in order_of(kind) if p != application.program_id]
    return set_rank_list([*order, application.program_id], kind, today)


@transaction.atomic
def remove_from_list(application: Application, today: date) -> list[Application]:
    kind = ListKind(application.rank_list)
    return set_rank_list([p for p in order_of(kind) if p != application.program_id], kind, today)


def unranked() -> list[Application]:
    """Programs interviewed at and not on a list yet."""
    return list(Application.objects.filter(status=Status.INTERVIEWED, rank__isnull=True))


def rank_list_csv(kinds: tuple[ListKind, ...] = tuple(ListKind)) -> bytes:
    """The lists as CSV, to enter into NRMP's system: list, rank, program code, name (cells
    that would read as a formula are neutralised, as in every export)."""
    rows = [
        [kind.value, a.rank, a.program_id, a.name, a.city, a.state]
        for kind in kinds
        for a in ranked(kind)
    ]
    return csv_bytes(["list", "rank", "program_id", "program", "city", "state"], rows)
