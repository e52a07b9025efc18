"""SOAP as JSON: the unfilled programs, SOAP applications within the cap, and the offers of
each round. Each route calls one service of `matchwise.season.soap`."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Router, Schema, Status

from matchwise.api.errors import BUSY, MISSING, WRITE, problem
from matchwise.api.fields import BodyIn, Id, Whole
from matchwise.network import clock
from matchwise.season import soap
from matchwise.season.models import SoapOffer, SoapProgram
from matchwise.season.services import SeasonError
from matchwise.season.soap_records import offer_json, program_json
from matchwise.season.soap_rules import OfferState
from matchwise.season.unfilled_rows import UnfilledListError, read_unfilled

router = Router(tags=["season"])
LIST_NAME = "the list"


class Answer(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"


class UnfilledIn(BodyIn):
    text: str = Field(
        min_length=1,
        max_length=2_000_000,
        description="A CSV text with a header naming `name` (and optionally `nrmp_code`, "
        "`institution`, `specialty`, `city`, `state`, `positions`), or one program per line",
    )


class OfferIn(BodyIn):
    round: Whole = Field(ge=1, le=20, description="The offer round, from 1")


class AnswerIn(BodyIn):
    state: Answer


class OfferOut(Schema):
    id: int
    program_id: int
    round: int
    state: OfferState
    received_at: str
    answered_at: str | None


class ProgramOut(Schema):
    id: int
    nrmp_code: str
    name: str
    institution: str
    specialty: str
    city: str
    state: str
    positions: int | None
    catalogue: str
    catalogue_program_id: str
    applied_at: str | None
    offers: list[OfferOut]


class RoundOut(Schema):
    number: int
    opens: str
    closes: str


class SoapOut(Schema):
    match_year: int
    application_cap: int
    applied: int
    remaining: int
    offer_rounds: int
    accepted: str = Field(description="The program whose offer was accepted; empty until then")
    carried_from: int | None = Field(description="The year whose cap applies, when not this one")
    rounds: list[RoundOut]


def _refused(field: str, message: str) -> Status[dict[str, Any]]:
    return Status(422, {"detail": [problem(["body", "data", field], message)]})


@router.get("/season/soap", response={200: SoapOut} | BUSY, summary="Where SOAP stands")
def soap_state(request: HttpRequest) -> dict[str, Any]:
    now = soap.state(clock.today())
    calendar = now.calendar
    return {
        "match_year": calendar.year,
        "application_cap": calendar.application_cap,
        "applied": now.applied,
        "remaining": now.remaining,
        "offer_rounds": calendar.offer_rounds,
        "accepted": now.accepted,
        "carried_from": calendar.carried_from,
        "rounds": [
            {"number": r.number, "opens": r.opens.isoformat(), "closes": r.closes.isoformat()}
            for r in calendar.rounds
        ],
    }


@router.get(
    "/season/soap/programs",
    response={200: list[ProgramOut]} | BUSY,
    summary="The unfilled programs, with your SOAP applications and offers",
)
def list_programs(request: HttpRequest) -> list[dict[str, Any]]:
    return [program_json(p) for p in SoapProgram.objects.prefetch_related("offers")]


@router.post(
    "/season/soap/programs",
    response={201: list[ProgramOut]} | WRITE,
    summary="Add the unfilled programs of a list: all of them, or none",
)
def add_programs(request: HttpRequest, data: UnfilledIn) -> Status[Any]:
    try:
        created = soap.import_unfilled(
            read_unfilled(data.text, LIST_NAME), LIST_NAME, clock.today()
        )
    except UnfilledListError as error:
        detail = [
            problem(["body", "data", "text"], f"line {p.line}, {p.column}: {p.message}")
            for p in error.problems
        ]
        return Status(422, {"detail": detail})
    return Status(201, [program_json(p) for p in created])


@router.post(
    "/season/soap/programs/{soap_program_id}/application",
    response={200: ProgramOut} | MISSING | WRITE,
    summary="Record a SOAP application to the program (refused past the cap)",
)
def apply(request: HttpRequest, soap_program_id: Path[Id]) -> Status[dict[str, Any]]:
    program = get_object_or_404(SoapProgram, pk=soap_program_id)
    try:
        program = soap.apply(program, clock.now())
    except SeasonError as refused:
        return _refused("soap_program_id", refused.message)
    return Status(200, program_json(program))


@router.post(
    "/season/soap/programs/{soap_program_id}/offers",
    response={201: OfferOut} | MISSING | WRITE,
    summary="Record an offer received from the program in a round",
)
def add_offer(
    request: HttpRequest, soap_program_id: Path[Id], data: OfferIn
) -> Status[dict[str, Any]]:
    program = get_object_or_404(SoapProgram, pk=soap_program_id)
    try:
        offer = soap.record_offer(program, data.round, clock.now())
    except SeasonError as refused:
        return _refused("round", refused.message)
    return Status(201, offer_json(offer))


@router.post(
    "/season/soap/offers/{offer_id}/answer",
    response={200: OfferOut} | MISSING | WRITE,
    summary="Accept, reject or let expire an offer (accepting one ends SOAP)",
)
def answer(request: HttpRequest, offer_id: Path[Id], data: AnswerIn) -> Status[dict[str, Any]]:
    offer = get_object_or_404(SoapOffer, pk=offer_id)
    try:
        offer = soap.answer_offer(offer, OfferState(data.state), clock.now())
    except SeasonError as refused:
        return _refused("state", refused.message)
    return Status(200, offer_json(offer))
