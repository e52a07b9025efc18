"""The application season as JSON: applications, their status, invitations, interviews and
the rank list. Each route calls one service of `matchwise.season`."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Router, Schema, Status

from matchwise.api.errors import BUSY, GUARDED, INVALID, MISSING, WRITE, ErrorOut, problem
from matchwise.api.fields import BodyId, BodyIn, Day, Flag, Id, Whole
from matchwise.network import clock
from matchwise.season import records, services, zones
from matchwise.season.models import Application, Invitation, InvitationSlot
from matchwise.season.programs import UnknownProgramError, find_program
from matchwise.season.rank_list import rank_programs, ranked
from matchwise.season.vocabulary import InterviewMode, ListKind
from matchwise.season.vocabulary import Status as AppStatus

router = Router(tags=["season"])
WALL_CLOCK = "The program's own wall-clock time, YYYY-MM-DD HH:MM"


class ApplicationIn(BodyIn):
    program_id: str = Field(min_length=1, max_length=100)
    catalogue: str | None = Field(None, max_length=100, description="Default: the sample")
    applied_on: Day | None = Field(None, description="Default: today")
    fees_usd: Whole | None = Field(None, ge=0, le=100_000)
    time_zone: str = Field("", max_length=64, description="Default: from the ZIP code or state")


class ApplicationOut(Schema):
    id: int
    program_id: str
    catalogue: str
    name: str
    institution: str
    specialty: str
    city: str
    state: str
    time_zone: str
    advanced: bool
    applied_on: date
    fees_usd: int | None
    status: AppStatus
    status_on: date
    interview_at: str | None = Field(description="ISO 8601 with the program's offset")
    interview_mode: InterviewMode
    platform: str
    rank: int | None
    rank_list: ListKind


class StatusIn(BodyIn):
    status: AppStatus
    changed_on: Day | None = Field(None, description="Default: today")
    reason: str = Field("", max_length=300, description="Forces a step out of the usual order")


class InvitationIn(BodyIn):
    slots: list[str] = Field(
        max_length=50, description=f"The dates offered (may be none): {WALL_CLOCK}"
    )


class SlotOut(Schema):
    id: int
    starts_at: str | None
    chosen: bool


class InvitationOut(Schema):
    id: int
    application_id: int
    received_at: str
    answered_at: str | None
    slots: list[SlotOut]


class ScheduleIn(BodyIn):
    at: str | None = Field(None, max_length=16, description=WALL_CLOCK)
    slot_id: BodyId | None = None
    mode: InterviewMode = Field(description="virtual or in_person")
    platform: str = Field("", max_length=80)


class RankListIn(BodyIn):
    program_ids: list[str] = Field(max_length=999)
    supplemental: Flag = False
    catalogue: str | None = Field(
        None,
        max_length=100,
        description='The catalogue of every id ("" for typed in by hand); needed when two '
        "applications share an id",
    )


def _refused(field: str, message: str) -> Status[dict[str, Any]]:
    where: list[str | int] = ["body", "data", field]
    return Status(422, {"detail": [problem(where, message)]})


@router.get(
    "/season/applications",
    response={200: list[ApplicationOut]} | BUSY,
    summary="Every application and where it stands",
)
def list_applications(request: HttpRequest) -> list[dict[str, Any]]:
    return [records.application_json(a) for a in Application.objects.all()]


@router.post(
    "/season/applications",
    response={201: ApplicationOut} | WRITE,
    summary="Record an application to a program of a catalogue",
)
def add_application(request: HttpRequest, data: ApplicationIn) -> Status[dict[str, Any]]:
    try:
        facts = find_program(data.program_id, data.catalogue)
        submission = services.Submission(
            data.applied_on or clock.today(), data.fees_usd, data.time_zone
        )
        application = services.add_application(facts, submission)
    except UnknownProgramError as error:
        return _refused("program_id", str(error))
    except services.SeasonError as refused:
        return _refused(refused.field, refused.message)
    return Status(201, records.application_json(application))


@router.get(
    "/season/applications/{application_id}",
    response={200: ApplicationOut} | MISSING | INVALID | BUSY,
    summary="One application",
)
def get_application(request: HttpRequest, application_id: Path[Id]) -> dict[str, Any]:
    return records.application_json(get_object_or_404(Application, pk=application_id))


@router.post(
    "/season/applications/{application_id}/status",
    response={200: ApplicationOut} | MISSING | WRITE,
    summary="Move an application to another status (a reason forces a skip)",
)
def change_status(
    request: HttpRequest, application_id: Path[Id], data: StatusIn
) -> Status[dict[str, Any]]:
    application = get_object_or_404(Application, pk=application_id)
    on = data.changed_on or clock.today()
    try:
        services.change_status(application, data.status, on, data.reason)
    except services.SeasonError as refused:
        return _refused(refused.field, refused.message)
    return Status(200, records.application_json(application))


@router.post(
    "/season/applications/{application_id}/invitation",
    response={201: InvitationOut} | MISSING | WRITE,
    summary="Record an invitation, with the dates offered in the program's own time",
)
def invite(
    request: HttpRequest, application_id: Path[Id], data: InvitationIn
) -> Status[dict[str, Any]]:
    application = get_object_or_404(Application, pk=application_id)
    try:
        slots = [zones.parse_local(text) for text in data.slots]
        invitation = services.record_invitation(application, slots)
    except zones.ZoneError as error:
        return _refused("slots", str(error))
    except services.SeasonError as refused:
        return _refused("slots", refused.message)
    return Status(201, records.invitation_json(invitation))


@router.get(
    "/season/invitations",
    response={200: list[InvitationOut]} | BUSY,
    summary="Invitations not answered yet, oldest first",
)
def waiting_invitations(request: HttpRequest) -> list[dict[str, Any]]:
    waiting = (
        Invitation.objects.filter(answered_at__isnull=True, application__status=AppStatus.INVITED)
        .select_related("application")
        .prefetch_related("slots")
        .order_by("received_at", "pk")
    )
    return [records.invitation_json(i) for i in waiting]


@router.post(
    "/season/applications/{application_id}/schedule",
    response={200: ApplicationOut} | MISSING | WRITE,
    summary="Book the interview: a time in the program's own zone, or an offered slot",
)
def schedule(
    request: HttpRequest, application_id: Path[Id], data: ScheduleIn
) -> Status[dict[str, Any]]:
    application = get_object_or_404(Application, pk=application_id)
    slot = None
    if data.slot_id is not None:
        slot = InvitationSlot.objects.filter(
            pk=data.slot_id, invitation__application=application
        ).first()
        if slot is None:
            return _refused("slot_id", "no date of that id was offered by this program.")
    try:
        wall_clock = zones.parse_local(data.at) if data.at is not None else None
    except zones.ZoneError as error:
        return _refused("at", str(error))
    interview = services.Interview(wall_clock, slot, data.mode, data.platform)
    try:
        services.schedule(application, interview, clock.today())
    except services.SeasonError as refused:
        return _refused(refused.field, refused.message)
    return Status(200, records.application_json(application))


@router.get(
    "/season/rank-list",
    response={200: list[ApplicationOut]} | INVALID | BUSY,
    summary="The rank list in its order",
)
def get_rank_list(request: HttpRequest, supplemental: bool = False) -> list[dict[str, Any]]:
    kind = ListKind.SUPPLEMENTAL if supplemental else ListKind.PRIMARY
    return [records.application_json(a) for a in ranked(kind)]


@router.put(
    "/season/rank-list",
    response={200: list[ApplicationOut]} | WRITE,
    summary="Set the rank list in the order given (interviewed programs only)",
)
def put_rank_list(request: HttpRequest, data: RankListIn) -> Status[Any]:
    kind = ListKind.SUPPLEMENTAL if data.supplemental else ListKind.PRIMARY
    try:
        order = rank_programs(data.program_ids, data.catalogue, kind, clock.today())
    except services.SeasonError as refused:
        return _refused("program_ids", refused.message)
    return Status(200, [records.application_json(a) for a in order])


# Couples mode: the partner, their programs, and the couple's list of ordered pairs.
from matchwise.season import couples  # noqa: E402
from matchwise.season.couple_rules import PairChoice, side  # noqa: E402


def _side(text: str | None) -> str | None:
    return None if text is None else side(text)


class PartnerIn(BodyIn):
    name: str = Field(min_length=1, max_length=200)
    specialty: str = Field("", max_length=120)


class PartnerProgramIn(BodyIn):
    program_id: str = Field(min_length=1, max_length=100, description="Its NRMP code")
    name: str = Field("", max_length=300, description="Empty: copied from the catalogue")
    catalogue: str | None = Field(None, max_length=100, description="Default: the sample")


ProgramId = Annotated[str, Field(min_length=1, max_length=100)]


class PartnerProgramOut(Schema):
    program_id: str
    name: str
    catalogue: str
    city: str
    state: str


class PartnerOut(Schema):
    name: str
    specialty: str
    programs: list[PartnerProgramOut]


class PairIn(BodyIn):
    mine: str | None = Field(max_length=100, description="Your program's id; null: no match")
    partner: str | None = Field(max_length=100, description="Your partner's; null: no match")
    reason: str = Field("", max_length=300, description="Ranks a program not interviewed at")
    catalogue: str | None = Field(
        None,
        max_length=100,
        description="The catalogue of your program, when two of your applications share its id "
        '("" for one typed in by hand)',
    )


class CoupleListIn(BodyIn):
    pairs: list[PairIn] = Field(max_length=999)


class SideOut(Schema):
    program_id: str
    name: str
    catalogue: str = Field(description='Where the program comes from ("": typed in by hand)')


class PairOut(Schema):
    rank: int
    mine: SideOut | None
    partner: SideOut | None
    reason: str


@router.get(
    "/season/partner",
    response={200: PartnerOut} | MISSING | BUSY,
    summary="Your partner in couples mode, and their programs",
)
def get_partner(request: HttpRequest) -> Status[dict[str, Any]]:
    found = couples.partner()
    if found is None:
        return Status(404, {"detail": "no partner yet"})
    return Status(200, couples.partner_json(found))


@router.put(
    "/season/partner",
    response={200: PartnerOut} | WRITE,
    summary="Name your partner (one per season)",
)
def put_partner(request: HttpRequest, data: PartnerIn) -> Status[dict[str, Any]]:
    try:
        found = couples.set_partner(data.name, data.specialty)
    except services.SeasonError as refused:
        return _refused(refused.field, refused.message)
    return Status(200, couples.partner_json(found))


@router.post(
    "/season/partner/programs",
    response={201: PartnerProgramOut} | WRITE,
    summary="Add a program your partner may rank: typed in, or from a catalogue",
)
def add_partner_program(request: HttpRequest, data: PartnerProgramIn) -> Status[dict[str, Any]]:
    try:
        added = couples.add_partner_program(data.program_id, data.name, data.catalogue)
    except services.SeasonError as refused:
        return _refused(refused.field, refused.message)
    return Status(201, couples.partner_program_json(added))


@router.delete(
    "/season/partner/programs/{program_id}",
    response={204: None, 409: ErrorOut} | MISSING | GUARDED | INVALID,
    summary="Remove a program of your partner's (`?with_pairs=true` to remove the pairs naming "
    "it too; without, refused while a pair names it)",
)
def remove_partner_program(
    request: HttpRequest, program_id: Path[ProgramId], with_pairs: bool = False
) -> Status[Any]:
    try:
        couples.remove_partner_program(program_id, with_pairs)
    except services.SeasonError as refused:
        if refused.field == "with_pairs":
            return Status(409, {"detail": refused.message})
        return Status(404, {"detail": refused.message})
    return Status(204, None)


@router.get(
    "/season/couple-list",
    response={200: list[PairOut]} | BUSY,
    summary="The couple's list of pairs, in order",
)
def get_couple_list(request: HttpRequest) -> list[dict[str, Any]]:
    return [couples.pair_json(pair) for pair in couples.couple_list()]


@router.put(
    "/season/couple-list",
    response={200: list[PairOut]} | WRITE,
    summary="Set the couple's list in the order given (null on one side: no match)",
)
def put_couple_list(request: HttpRequest, data: CoupleListIn) -> Status[Any]:
    pairs = [PairChoice(_side(p.mine), _side(p.partner), p.reason, p.catalogue) for p in data.pairs]
    try:
        stored = couples.set_couple_list(pairs)
    except services.SeasonError as refused:
        return _refused(refused.field, refused.message)
    return Status(200, [couples.pair_json(pair) for pair in stored])
