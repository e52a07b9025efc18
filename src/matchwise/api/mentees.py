"""Giving back, as JSON: the juniors you mentor, adding one and no longer mentoring one.
Each route calls the same service as the Giving back page and `matchwise mentee`."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import HttpRequest
from ninja import Field, Path, Router, Schema, Status

from matchwise.api.errors import BUSY, INVALID, MISSING, WRITE, ErrorOut, problem
from matchwise.api.fields import BodyId, BodyIn, Day, Id
from matchwise.network import clock
from matchwise.network.rules import CadenceStatus
from matchwise.rotations import mentees
from matchwise.rotations.records import mentee_json

router = Router(tags=["rotations"])


class MenteeIn(BodyIn):
    contact_id: BodyId = Field(description="The contact you mentor (each contact once)")
    since: Day | None = Field(None, description="Default: today")
    notes: str = Field("", description="Where they are, and what they asked you")


class MenteeOut(Schema):
    id: int
    contact_id: int
    name: str
    since: date
    notes: str
    keep_in_touch_on: date | None = Field(description="When keeping in touch falls due")
    keep_in_touch_by: date | None = Field(description="The last day before it is overdue")
    status: CadenceStatus | None = Field(description="Where keeping in touch stands today")


@router.get("/mentees", response={200: list[MenteeOut]} | BUSY, summary="The juniors you mentor")
def list_mentees(request: HttpRequest) -> list[dict[str, Any]]:
    return [mentee_json(row) for row in mentees.rows(clock.today())]


@router.post(
    "/mentees",
    response={201: MenteeOut, 409: ErrorOut} | MISSING | WRITE,
    summary="Mark a contact as someone you mentor (404: no such contact; 409: already one)",
)
def add_mentee(request: HttpRequest, data: MenteeIn) -> Status[Any]:
    values = {"contact": data.contact_id, "since": data.since, "notes": data.notes}
    try:
        added = mentees.add(values)
    except mentees.UnknownContactError as missing:
        return Status(404, {"detail": missing.message})
    except mentees.AlreadyMentoringError as twice:
        return Status(409, {"detail": twice.message})
    except mentees.MenteeRefusedError as refused:
        field = "contact_id" if refused.field == "contact" else refused.field
        return Status(422, {"detail": [problem(["body", "data", field], refused.message)]})
    return Status(201, mentee_json(mentees.row(added, clock.today())))


@router.post(
    "/mentees/{mentee_id}/stop",
    response={200: MenteeOut} | MISSING | INVALID | WRITE,
    summary="No longer mentoring them: the contact and their history stay",
)
def stop_mentee(request: HttpRequest, mentee_id: Path[Id]) -> Status[Any]:
    try:
        stopped = mentees.stop(mentee_id)
    except mentees.UnknownMenteeError as missing:
        return Status(404, {"detail": missing.message})
    return Status(200, mentee_json(mentees.row(stopped, clock.today())))
