"""The rank list: the order given, checked by `rank_rules`, stored on the applications."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.db import transaction

from matchwise.season import rank_rules
from matchwise.season.models import Application
from matchwise.season.program_ids import applications_for
from matchwise.season.services import SeasonError, move_status
from matchwise.season.vocabulary import ListKind, Status
from matchwise.spreadsheets import csv_bytes


def ranked(kind: ListKind = ListKind.PRIMARY) -> list[Application]:
    """The list in its order."""
    return list(
        Application.objects.filter(rank__isnull=False, rank_list=kind).order_by("rank", "pk")
    )


def candidate_of(application: Application) -> rank_rules.Candidate:
    return rank_rules.Candidate(
        application.program_id,
        application.name,
        Status(application.status),
        application.advanced,
        application.catalogue,
    )


@transaction.atomic
def set_rank_list(
    applications: Sequence[Application], kind: ListKind, today: date
) -> list[Application]:
    """Rank these applications in this order on the list `kind`; applications of that list
    left out are no longer ranked (back to "interviewed"). All or nothing."""
    fresh = Application.objects.select_for_update().in_bulk([a.pk for a in applications])
    order = [fresh[a.pk] for a in applications if a.pk in fresh]
    if len(order) < len(applications):
        raise SeasonError("rank", "an application to rank was deleted meanwhile.")
    if problems := rank_rules.list_problems([candidate_of(a) for a in order], kind):
        raise SeasonError("rank", " ".join(problems))
    kept = [a.pk for a in order]
    for dropped in Application.objects.filter(rank_list=kind, rank__isnull=False).exclude(
        pk__in=kept
    ):
        if dropped.status == Status.RANKED:
            move_status(dropped, Status.INTERVIEWED, max(today, dropped.status_on))
        dropped.rank = None
        dropped.save(update_fields=["rank"])
    for position, application in enumerate(order, start=1):
        if application.status == Status.INTERVIEWED:
            move_status(application, Status.RANKED, max(today, application.status_on))
        application.rank = position
        application.rank_list = kind
        application.save(update_fields=["rank", "rank_list"])
    return ranked(kind)


@transaction.atomic
def rank_programs(
    program_ids: Sequence[str], catalogue: str | None, kind: ListKind, today: date
) -> list[Application]:
    """Rank the programs of these ids in this order, each id resolved to one application (of
    `catalogue` when named) by `program_ids`."""
    return set_rank_list(applications_for(program_ids, catalogue), kind, today)


def order_of(kind: ListKind) -> list[str]:
    """The program ids of the list, in order."""
    return [a.program_id for a in ranked(kind)]


@transaction.atomic
def move(application: Application, step: int, today: date) -> list[Application]:
    """Move a ranked program up (step -1) or down (+1) one place; at either end it stays."""
    kind = ListKind(application.rank_list)
    order = ranked(kind)
    if application.rank is None:
        raise SeasonError("rank", f"{application.name} is not on a list: add it first.")
    at = [a.pk for a in order].index(application.pk)
    to = min(max(at + step, 0), len(order) - 1)
    order.insert(to, order.pop(at))
    return set_rank_list(order, kind, today)


@transaction.atomic
def add_to_list(application: Application, today: date) -> list[Application]:
    """Put an interviewed program at the bottom of its list (supplemental when advanced)."""
    kind = ListKind.SUPPLEMENTAL if application.advanced else ListKind.PRIMARY
    order = [a for a in ranked(kind) if a.pk != application.pk]
    return set_rank_list([*order, application], kind, today)


@transaction.atomic
def remove_from_list(application: Application, today: date) -> list[Application]:
    kind = ListKind(application.rank_list)
    return set_rank_list([a for a in ranked(kind) if a.pk != application.pk], kind, today)


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
