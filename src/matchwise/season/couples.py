"""Couples mode: the partner, their programs, and the couple's rank list of ordered pairs.
Each change runs in one transaction and is checked by `couple_rules`; the page, the API and
the CLI all call these."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from matchwise.season import couple_rules
from matchwise.season.couple_rules import PairChoice
from matchwise.season.models import Application, CouplePair, Partner, PartnerProgram
from matchwise.season.program_ids import application_for
from matchwise.season.programs import UnknownProgramError, find_program
from matchwise.season.rank_list import candidate_of
from matchwise.season.services import SeasonError
from matchwise.spreadsheets import csv_bytes

NO_MATCH_LABEL = "No match"


def _checked(row: Partner | PartnerProgram) -> None:
    try:
        row.full_clean(validate_constraints=False)
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise SeasonError(field, " ".join(messages)) from error


def partner() -> Partner | None:
    return Partner.objects.order_by("pk").first()


def _partner_or_refuse() -> Partner:
    found = partner()
    if found is None:
        raise SeasonError("partner", "name your partner first.")
    return found


@transaction.atomic
def set_partner(name: str, specialty: str = "") -> Partner:
    """Name the partner (or rename them); there is one per season."""
    found = partner() or Partner()
    found.name, found.specialty = name.strip(), specialty.strip()
    _checked(found)
    found.save()
    return found


@transaction.atomic
def add_partner_program(
    program_id: str, name: str = "", catalogue: str | None = None
) -> PartnerProgram:
    """Add a program your partner may rank: with its name typed in, or, without a name,
    copied from a catalogue (the sample when none is named)."""
    owner = _partner_or_refuse()
    program_id = program_id.strip()
    if owner.programs.filter(program_id=program_id).exists():
        raise SeasonError("program_id", f"{program_id} is already one of {owner.name}'s programs.")
    row = PartnerProgram(partner=owner, program_id=program_id, name=name.strip())
    if not row.name:
        try:
            facts = find_program(program_id, catalogue)
        except UnknownProgramError as error:
            raise SeasonError("program_id", f"{error}; or give the program's name.") from error
        row.name, row.catalogue, row.city, row.state = (
            facts.name,
            facts.catalogue,
            facts.city,
            facts.state,
        )
    _checked(row)
    row.save()
    return row


@transaction.atomic
def remove_partner_program(program_id: str, with_pairs: bool = False) -> PartnerProgram:
    """Take the program of that id off your partner's list. While pairs of the couple's list
    name it, it is refused (naming them) unless `with_pairs`: then those pairs go too and the
    pairs left are numbered afresh."""
    owner = _partner_or_refuse()
    program = owner.programs.filter(program_id=program_id.strip()).first()
    if program is None:
        raise SeasonError("program_id", f"{program_id} is not one of {owner.name}'s programs.")
    using = sorted(pair.position for pair in program.pairs.all())
    if using and not with_pairs:
        ranks = ", ".join(str(p) for p in using)
        raise SeasonError(
            "with_pairs",
            f"{program.name} ({program.program_id}) is in pair{'s' if len(using) > 1 else ''} "
            f"{ranks} of your couple's list: change or remove "
            f"{'those pairs' if len(using) > 1 else 'that pair'} first, or remove the program "
            "with its pairs.",
        )
    program.delete()  # and its pairs with it
    for position, pair in enumerate(couple_list(), start=1):
        if pair.position != position:  # ascending, so each number is free when taken
            pair.position = position
            pair.save(update_fields=["position"])
    return program


def couple_list() -> list[CouplePair]:
    return list(CouplePair.objects.select_related("mine", "partner_program").order_by("position"))


def choices_of(pairs: Sequence[CouplePair]) -> list[PairChoice]:
    """The stored pairs as given again, each side of yours naming its application exactly."""
    return [
        PairChoice(
            pair.mine.program_id if pair.mine else None,
            pair.partner_program.program_id if pair.partner_program else None,
            pair.reason,
            pair.mine.catalogue if pair.mine else None,
        )
        for pair in pairs
    ]


def _my_sides(pairs: Sequence[PairChoice]) -> list[Application | str | None]:
    """The application each pair names on your side (by `program_ids`), or why it names none."""
    found: list[Application | str | None] = []
    for pair in pairs:
        try:
            found.append(application_for(pair.mine, pair.catalogue) if pair.mine else None)
        except SeasonError as refused:
            found.append(refused.message)
    return found


@transaction.atomic
def set_couple_list(pairs: Sequence[PairChoice]) -> list[CouplePair]:
    """The couple's list, in the order given, replacing the one before; all or nothing."""
    owner = _partner_or_refuse()
    theirs = {p.program_id: p for p in owner.programs.all()}
    names = {program_id: p.name for program_id, p in theirs.items()}
    mine = _my_sides(pairs)
    checked = [candidate_of(a) if isinstance(a, Application) else a for a in mine]
    if problems := couple_rules.pair_problems(pairs, checked, names, owner.name):
        raise SeasonError("pairs", " ".join(problems))
    CouplePair.objects.all().delete()
    CouplePair.objects.bulk_create(
        CouplePair(
            position=position,
            mine=application if isinstance(application, Application) else None,
            partner_program=theirs[pair.partner] if pair.partner else None,
            reason=pair.reason.strip(),
        )
        for position, (pair, application) in enumerate(zip(pairs, mine, strict=True), start=1)
    )
    return couple_list()


def pair_of_application(application_id: str, partner: str | None, reason: str = "") -> PairChoice:
    """A pair whose side of yours is one application, named by its id in the database (as the
    page's list offers them), or "no match" (`couple_rules.side` of the text is None)."""
    if couple_rules.side(application_id) is None:
        return PairChoice(None, partner, reason)
    text = application_id.strip()
    is_id = text.isascii() and text.isdecimal() and len(text) < 10
    found = Application.objects.filter(pk=int(text)).first() if is_id else None
    if found is None:
        raise SeasonError("mine", "choose one of your applications from the list.")
    return PairChoice(found.program_id, partner, reason, found.catalogue)


@transaction.atomic
def add_pair(pair: PairChoice) -> list[CouplePair]:
    """Put a pair at the bottom of the list."""
    return set_couple_list([*choices_of(couple_list()), pair])


@transaction.atomic
def move_pair(position: int, step: int) -> list[CouplePair]:
    """Move the pair at `position` up (step -1) or down (+1) one place; at either end it stays."""
    stored = couple_list()
    pairs = choices_of(stored)
    at = _index(stored, position)
    to = min(max(at + step, 0), len(pairs) - 1)
    pairs.insert(to, pairs.pop(at))
    return set_couple_list(pairs)


@transaction.atomic
def remove_pair(position: int) -> list[CouplePair]:
    stored = couple_list()
    pairs = choices_of(stored)
    pairs.pop(_index(stored, position))
    return set_couple_list(pairs)


def _index(pairs: list[CouplePair], position: int) -> int:
    """Where the pair ranked `position` is (ranks may skip a number once an application a
    pair named was deleted with it; setting the list numbers them afresh)."""
    for at, pair in enumerate(pairs):
        if pair.position == position:
            return at
    raise SeasonError("position", f"there is no pair {position} on the list.")


def pair_json(pair: CouplePair) -> dict[str, Any]:
    return {
        "rank": pair.position,
        "mine": _side_json(pair.mine),
        "partner": _side_json(pair.partner_program),
        "reason": pair.reason,
    }


def _side_json(program: Application | PartnerProgram | None) -> dict[str, Any] | None:
    if program is None:
        return None
    return {"program_id": program.program_id, "name": program.name, "catalogue": program.catalogue}


def partner_json(found: Partner) -> dict[str, Any]:
    return {
        "name": found.name,
        "specialty": found.specialty,
        "programs": [partner_program_json(p) for p in found.programs.all()],
    }


def partner_program_json(program: PartnerProgram) -> dict[str, Any]:
    return {
        "program_id": program.program_id,
        "name": program.name,
        "catalogue": program.catalogue,
        "city": program.city,
        "state": program.state,
    }


def couple_list_csv() -> bytes:
    """The pairs in order, to enter into NRMP's system: each side's code and name, "No match"
    where one partner goes unmatched (cells that would read as a formula are neutralised)."""
    rows: list[list[str | int]] = []
    for pair in couple_list():
        mine, theirs = pair.mine, pair.partner_program
        rows.append(
            [
                pair.position,
                mine.program_id if mine else "",
                mine.name if mine else NO_MATCH_LABEL,
                theirs.program_id if theirs else "",
                theirs.name if theirs else NO_MATCH_LABEL,
            ]
        )
    header = ["rank", "my_program_id", "my_program", "partner_program_id", "partner_program"]
    return csv_bytes(header, rows)
