"""SOAP, each change in one transaction: the list of unfilled programs, the applications sent
in SOAP (up to the cap), the offers of each round and their answers. Pages, the API and the
CLI all call these; the rules are in `soap_rules`, the calendar in `soap_calendar`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from django.db import transaction
from django.db.models.functions import Lower

from matchwise import selection
from matchwise.programs import records
from matchwise.programs.catalogues import SAMPLE_NAME, sample_programs
from matchwise.programs.forms import profile_mapping
from matchwise.programs.models import Program, SavedProfile
from matchwise.season import soap_calendar, soap_rules
from matchwise.season.application_rows import RowProblem
from matchwise.season.models import SoapOffer, SoapProgram, SoapStep
from matchwise.season.services import SeasonError
from matchwise.season.soap_rules import OfferState, SoapStepKind
from matchwise.season.unfilled_rows import UnfilledListError, UnfilledRow
from matchwise.selection.exclusions import check_gates
from matchwise.selection.profile import ProfileError, profile_from_mapping

ANSWER_STEPS = {
    OfferState.ACCEPTED: SoapStepKind.ACCEPTED,
    OfferState.REJECTED: SoapStepKind.REJECTED,
    OfferState.EXPIRED: SoapStepKind.EXPIRED,
}


def _catalogue_matches(rows: Sequence[UnfilledRow]) -> dict[int, tuple[str, str]]:
    """(catalogue, program id) per row line: the program of the same NRMP code in a stored
    catalogue or the sample, else the one of the same name (letter case aside)."""
    codes = {r.nrmp_code for r in rows if r.nrmp_code}
    names = {r.name.casefold() for r in rows}
    by_code: dict[str, tuple[str, str]] = {}
    by_name: dict[str, tuple[str, str]] = {}
    for program in sample_programs():
        by_code.setdefault(program.program_id.upper(), (SAMPLE_NAME, program.program_id))
        by_name.setdefault(program.name.casefold(), (SAMPLE_NAME, program.program_id))
    stored = Program.objects.order_by("-catalogue_id", "-pk")  # earlier ones win below
    for program_id, catalogue in stored.filter(program_id__in=codes).values_list(
        "program_id", "catalogue__name"
    ):
        by_code[program_id.upper()] = (catalogue, program_id)
    named = stored.annotate(lowered=Lower("name")).filter(lowered__in=names)
    for name, program_id, catalogue in named.values_list("name", "program_id", "catalogue__name"):
        by_name[name.casefold()] = (catalogue, program_id)
    found = {}
    for row in rows:
        match = by_code.get(row.nrmp_code) if row.nrmp_code else None
        match = match or by_name.get(row.name.casefold())
        if match:
            found[row.line] = match
    return found


@transaction.atomic
def import_unfilled(rows: Sequence[UnfilledRow], file_name: str, today: date) -> list[SoapProgram]:
    """Store every program of the list, or none: a program already listed (same NRMP code)
    is refused with its line."""
    taken = set(SoapProgram.objects.exclude(nrmp_code="").values_list("nrmp_code", flat=True))
    problems = [
        RowProblem(file_name, r.line, "nrmp_code", f"{r.nrmp_code} is already in your SOAP list")
        for r in rows
        if r.nrmp_code and r.nrmp_code in taken
    ]
    if problems:
        raise UnfilledListError(problems)
    matches = _catalogue_matches(rows)
    programs = [
        SoapProgram(
            nrmp_code=r.nrmp_code,
            name=r.name,
            institution=r.institution,
            specialty=r.specialty,
            city=r.city,
            state=r.state,
            positions=r.positions,
            catalogue=matches.get(r.line, ("", ""))[0],
            program_id=matches.get(r.line, ("", ""))[1],
            listed_on=today,
        )
        for r in rows
    ]
    return SoapProgram.objects.bulk_create(programs)


def accepted_program() -> str:
    """The program whose offer was accepted, or '' while SOAP goes on."""
    accepted = SoapOffer.objects.filter(state=OfferState.ACCEPTED).select_related("program")
    first = accepted.first()
    return first.program.name if first else ""


@transaction.atomic
def apply(program: SoapProgram, at: datetime) -> SoapProgram:
    """Record a SOAP application to the program, within the cap of that Match."""
    program = SoapProgram.objects.select_for_update().get(pk=program.pk)
    if program.applied_at is not None:
        raise SeasonError("program", f"you already applied to {program.name} in SOAP.")
    cap = soap_calendar.for_day(at.date()).application_cap
    applied = SoapProgram.objects.filter(applied_at__isnull=False).count()
    if problem := soap_rules.cap_problem(applied, cap):
        raise SeasonError("program", problem)
    program.applied_at = at
    program.save(update_fields=["applied_at"])
    SoapStep.objects.create(program=program, step=SoapStepKind.APPLIED, at=at)
    return program


@transaction.atomic
def record_offer(program: SoapProgram, round_number: int, at: datetime) -> SoapOffer:
    """An offer received from the program in that round."""
    rounds = soap_calendar.for_day(at.date()).offer_rounds
    applied = SoapProgram.objects.filter(pk=program.pk, applied_at__isnull=False).exists()
    problem = soap_rules.offer_problem(
        round_number, rounds, applied=applied, accepted=accepted_program()
    )
    if problem:
        raise SeasonError("round", problem)
    offer = SoapOffer.objects.create(program=program, round=round_number, received_at=at)
    SoapStep.objects.create(program=program, step=SoapStepKind.OFFER, round=round_number, at=at)
    return offer


@transaction.atomic
def answer_offer(offer: SoapOffer, answer: OfferState, at: datetime) -> SoapOffer:
    """Accept, reject or let expire; accepting ends SOAP (one acceptance, ever)."""
    offer = SoapOffer.objects.select_for_update().select_related("program").get(pk=offer.pk)
    problem = soap_rules.answer_problem(
        OfferState(offer.state), answer, accepted=accepted_program()
    )
    if problem:
        raise SeasonError("state", problem)
    offer.state = answer
    offer.answered_at = at
    offer.save(update_fields=["state", "answered_at"])
    SoapStep.objects.create(
        program=offer.program, step=ANSWER_STEPS[answer], round=offer.round, at=at
    )
    return offer


def open_offer(program: SoapProgram) -> SoapOffer:
    """The program's offer still waiting for an answer."""
    offer = program.offers.filter(state=OfferState.RECEIVED).order_by("-round", "-pk").first()
    if offer is None:
        raise SeasonError("state", f"no offer from {program.name} is waiting for an answer.")
    return offer


def program_for(identifier: str) -> SoapProgram:
    """The SOAP program of that NRMP code, or of that number (as `list` shows it)."""
    text = identifier.strip().removeprefix("#")
    found = SoapProgram.objects.filter(nrmp_code__iexact=text).first() if text else None
    if found is None and text.isdigit() and len(text) < 10:
        found = SoapProgram.objects.filter(pk=int(text)).first()
    if found is None:
        raise SeasonError("program", f"no program “{identifier}” in your SOAP list.")
    return found


@dataclass(frozen=True)
class SoapState:
    calendar: soap_calendar.SoapCalendar
    applied: int
    accepted: str

    @property
    def remaining(self) -> int:
        return max(self.calendar.application_cap - self.applied, 0)


def state(today: date) -> SoapState:
    applied = SoapProgram.objects.filter(applied_at__isnull=False).count()
    return SoapState(soap_calendar.for_day(today), applied, accepted_program())


def catalogue_program(program: SoapProgram) -> selection.Program | None:
    """The catalogue's program matched on import, for its facts; None when none matched or
    the catalogue was deleted since."""
    if not program.catalogue:
        return None
    if program.catalogue == SAMPLE_NAME:
        return next((p for p in sample_programs() if p.program_id == program.program_id), None)
    rows = Program.objects.filter(
        catalogue__name=program.catalogue, program_id=program.program_id
    ).values_list(*records.COLUMNS)
    found = records.programs_from_rows(rows[:1])
    return found[0] if found else None


@dataclass(frozen=True)
class Reasons:
    """What the shortlist's gates say of the program for the latest saved profile."""

    profile: str
    excluded: list[str]
    unknown: list[str]
    reasons: list[str]


def reasons_for(facts: selection.Program) -> Reasons | None:
    """The gates of the shortlist (visa, graduation year, attempts, experience...) for the
    profile saved last; None when no profile is saved or it cannot be read."""
    saved = SavedProfile.objects.first()
    if saved is None:
        return None
    try:
        profile = profile_from_mapping(profile_mapping(vars(saved)))
    except ProfileError:
        return None
    gates = check_gates(profile, facts)
    return Reasons(
        saved.name,
        [g.excluded for g in gates if g.excluded],
        [g.unknown for g in gates if g.unknown],
        [g.reason for g in gates if g.reason],
    )
