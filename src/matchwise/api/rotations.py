"""Rotations, the Match result and who helped, as JSON. Each route calls the rotations'
services; what is created is validated by the same forms as the pages."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Router, Schema, Status

from matchwise.api.errors import BUSY, INVALID, MISSING, WRITE, ProblemsOut, problem
from matchwise.api.fields import BodyId, BodyIn, Day, Flag, Id, Whole
from matchwise.network import clock
from matchwise.network.models import Contact
from matchwise.rotations import records, results, services
from matchwise.rotations.models import MatchResult, Rotation, RotationTask
from matchwise.rotations.plan import plan
from matchwise.rotations.timing import Phase, PromptState
from matchwise.rotations.vocabulary import MemberRole, Outcome, RotationKind

router = Router(tags=["rotations"])


class FieldProblemsOut(Schema):
    """What the form refused, field by field (the same messages as the page)."""

    detail: dict[str, list[str]]


REFUSED: dict[int, Any] = {422: ProblemsOut | FieldProblemsOut}
Season = Annotated[int, Field(ge=2000, le=2100)]


class RotationIn(BodyIn):
    kind: RotationKind = RotationKind.OBSERVERSHIP
    institution: str = Field(min_length=1, max_length=200)
    service: str = Field("", max_length=120)
    program_id: str = Field("", max_length=40)
    starts_on: Day
    ends_on: Day
    attending_target: Whole = Field(2, ge=0, le=10)
    resident_target: Whole = Field(3, ge=0, le=10)


class RotationOut(Schema):
    id: int
    kind: RotationKind
    institution: str
    service: str
    program_id: str
    starts_on: date
    ends_on: date
    attending_target: int
    resident_target: int
    feedback_asked_on: date | None
    title: str


class PromptOut(Schema):
    due_on: date
    overdue_after: date
    state: PromptState


class PersonOut(Schema):
    id: int
    contact_id: int
    name: str
    role: MemberRole
    chosen: bool
    saw_work: bool
    exchanges: int
    on_track: bool
    thank_you: PromptOut | None
    letter: str | None = Field(description="Where their letter stands, if in the pipeline")


class TaskOut(Schema):
    id: int
    description: str
    contact_id: int
    due_on: date
    state: str
    follow_up_id: int


class RotationPlanOut(RotationOut):
    phase: Phase
    working_day: int
    feedback: PromptOut | None
    attendings_on_track: int
    residents_on_track: int
    people: list[PersonOut]
    letters_to_consider: list[int] = Field(description="Contact ids of attendings to ask")
    tasks: list[TaskOut]


class MemberIn(BodyIn):
    contact_id: BodyId
    role: MemberRole
    chosen: Flag = True
    saw_work: Flag = False


class MemberOut(Schema):
    id: int
    contact_id: int
    role: MemberRole
    chosen: bool
    saw_work: bool


class TaskIn(BodyIn):
    contact_id: BodyId
    description: str = Field(min_length=1, max_length=200)
    due_on: Day


class ResultIn(BodyIn):
    season: Whole = Field(ge=2000, le=2100)
    outcome: Outcome
    matched_at: str = Field("", max_length=200)
    season_started_on: Day | None = Field(None, description="Default: 1 January of the year before")
    recorded_on: Day = Field(default_factory=clock.today)


class ResultOut(Schema):
    id: int
    season: int
    outcome: Outcome
    matched_at: str
    season_started_on: date
    recorded_on: date
    next_cycle_started_on: date | None


class HelperOut(Schema):
    contact_id: int
    name: str
    reasons: list[str] = Field(description="mentor, letter_writer, season_exchanges")
    template: str = Field(description="The short name of the template to write with")
    sent_on: date | None


@router.get("/rotations", response={200: list[RotationOut]} | BUSY, summary="Your rotations")
def list_rotations(request: HttpRequest) -> list[dict[str, Any]]:
    return [records.rotation_json(r) for r in Rotation.objects.all()]


@router.post(
    "/rotations",
    response={201: RotationOut} | WRITE | REFUSED,
    summary="Add a rotation (checked like the form)",
)
def add_rotation(
    request: HttpRequest, data: RotationIn
) -> Status[dict[str, Any]] | Status[FieldProblemsOut]:
    try:
        saved = services.save_rotation(data.dict())
    except services.RotationRefusedError as refused:
        return Status(422, FieldProblemsOut(detail=refused.errors))
    return Status(201, records.rotation_json(saved))


@router.get(
    "/rotations/{rotation_id}",
    response={200: RotationPlanOut} | MISSING | INVALID | BUSY,
    summary="What a rotation calls for today",
)
def get_rotation(request: HttpRequest, rotation_id: Path[Id]) -> dict[str, Any]:
    today = clock.today()
    services.settle_cadences(today)
    return records.plan_json(plan(get_object_or_404(Rotation, pk=rotation_id), today))


@router.post(
    "/rotations/{rotation_id}/people",
    response={201: MemberOut} | MISSING | WRITE,
    summary="Record a contact met on the rotation",
)
def add_member(
    request: HttpRequest, rotation_id: Path[Id], data: MemberIn
) -> Status[dict[str, Any]]:
    rotation = get_object_or_404(Rotation, pk=rotation_id)
    contact = get_object_or_404(Contact, pk=data.contact_id)
    member = services.add_member(
        rotation, contact, data.role, chosen=data.chosen, saw_work=data.saw_work
    )
    return Status(201, records.member_json(member))


@router.post(
    "/rotations/{rotation_id}/tasks",
    response={201: TaskOut} | MISSING | WRITE,
    summary="Record a small promise to someone met there, kept as a follow-up",
)
def add_task(request: HttpRequest, rotation_id: Path[Id], data: TaskIn) -> Status[dict[str, Any]]:
    rotation = get_object_or_404(Rotation, pk=rotation_id)
    contact = get_object_or_404(Contact, pk=data.contact_id)
    try:
        task = services.add_task(rotation, contact, data.description, data.due_on)
    except services.RotationError as refused:
        field = "contact_id" if refused.field == "contact" else refused.field
        where: list[str | int] = ["body", "data", field]
        return Status(422, {"detail": [problem(where, refused.message)]})
    return Status(201, records.task_json(task))


@router.post(
    "/rotation-tasks/{task_id}/done",
    response={200: TaskOut} | MISSING | INVALID | WRITE,
    summary="Mark a promise kept",
)
def complete_task(request: HttpRequest, task_id: Path[Id]) -> dict[str, Any]:
    task = get_object_or_404(RotationTask.objects.select_related("follow_up"), pk=task_id)
    services.complete_task(task, clock.today())
    return records.task_json(task)


@router.get("/match-results", response={200: list[ResultOut]} | BUSY, summary="Your Match results")
def list_results(request: HttpRequest) -> list[dict[str, Any]]:
    return [records.result_json(r) for r in MatchResult.objects.all()]


@router.post(
    "/match-results",
    response={201: ResultOut} | WRITE | REFUSED,
    summary="Record a season's Match result (checked like the form)",
)
def add_result(
    request: HttpRequest, data: ResultIn
) -> Status[dict[str, Any]] | Status[FieldProblemsOut]:
    values = data.dict()
    values["season_started_on"] = values["season_started_on"] or ""
    try:
        saved = results.record(values)
    except results.ResultRefusedError as refused:
        return Status(422, FieldProblemsOut(detail=refused.errors))
    return Status(201, records.result_json(saved))


@router.get(
    "/match-results/{season}/helpers",
    response={200: list[HelperOut]} | MISSING | INVALID | BUSY,
    summary="Everyone who helped that season, with the template for each",
)
def list_helpers(request: HttpRequest, season: Path[Season]) -> list[dict[str, Any]]:
    result = get_object_or_404(MatchResult, season=season)
    return [records.helper_json(row) for row in results.helpers(result)]
