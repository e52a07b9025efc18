"""Contacts, due items, logging a touch and closing a follow-up, as JSON. Each route calls the
tracker's services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Router, Schema, Status
from pydantic import field_validator

from matchwise.api.errors import BUSY, INVALID, MISSING, WRITE, problem
from matchwise.api.fields import BodyIn, Day, Flag, Id
from matchwise.network import clock, due, listing, queries, rules, services
from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact, FollowUp
from matchwise.network.records_json import contact_json

router = Router(tags=["network"])


class ContactOut(Schema):
    id: int
    name: str
    honorific: str
    role: str
    position: str
    specialty: str
    institution: str
    email: str
    phone: str
    linkedin_url: str
    country: str
    source: str
    tags: list[str]
    last_contacted: date | None
    next_due: date
    keep_in_touch: rules.CadenceStatus
    dormant: bool


class DueItemOut(Schema):
    kind: str
    contact_id: int
    contact: str
    state: str
    due_on: date
    reason: str
    follow_up_id: int | None


class TouchIn(BodyIn):
    occurred_on: Day = Field(default_factory=clock.today)
    channel: Channel
    direction: Direction = Direction.OUTBOUND
    topic: str = Field(min_length=1, max_length=200)
    notes: str = ""
    reply_received: Flag = False

    @field_validator("occurred_on")
    @classmethod
    def not_in_the_future(cls, on: date) -> date:
        if problem := rules.touch_date_problem(on, clock.today()):
            raise ValueError(problem)
        return on


class TouchOut(Schema):
    id: int
    contact_id: int
    follow_up_due_on: date | None


@router.get(
    "/contacts",
    response={200: list[ContactOut]} | INVALID | BUSY,
    summary="Contacts, filtered and sorted like the contacts page",
)
def list_contacts(
    request: HttpRequest,
    q: str = "",
    role: str = "",
    source: str = "",
    tag: str = "",
    state: str = "",
    sort: str = "name",
) -> list[dict[str, object]]:
    today = clock.today()
    filters = {"q": q, "role": role, "source": source, "tag": tag, "state": state, "sort": sort}
    contacts = listing.search(filters, today).prefetch_related("tags")
    return [contact_json(c, queries.status_of(c, today)) for c in contacts]


@router.get(
    "/due", response={200: list[DueItemOut]} | BUSY, summary="Overdue and due-this-week items"
)
def list_due(request: HttpRequest) -> list[dict[str, object]]:
    return [item.as_json() for item in due.all_due(clock.today())]


@router.post(
    "/contacts/{contact_id}/interactions",
    response={201: TouchOut} | MISSING | WRITE,
    summary="Log a touch; the follow-up rules apply",
)
def log_touch(request: HttpRequest, contact_id: Path[Id], touch: TouchIn) -> Status[TouchOut]:
    contact = get_object_or_404(Contact, pk=contact_id)
    interaction = services.log_interaction(contact, services.NewInteraction(**touch.dict()))
    follow_up = interaction.follow_ups.first()
    return Status(
        201,
        TouchOut(
            id=interaction.pk,
            contact_id=contact.pk,
            follow_up_due_on=follow_up.due_on if follow_up else None,
        ),
    )


class FollowUpOut(Schema):
    id: int
    contact_id: int
    state: str = Field(description="open, snoozed, done or dismissed")
    due_on: date
    closed_on: date | None


class SnoozeIn(BodyIn):
    until: Day | None = Field(description="A day after today, or null for a week from today")


def _follow_up_json(follow_up: FollowUp) -> dict[str, object]:
    return {
        "id": follow_up.pk,
        "contact_id": follow_up.contact_id,
        "state": follow_up.state,
        "due_on": follow_up.due_on,
        "closed_on": follow_up.closed_on,
    }


def _close(follow_up_id: int, close: Callable[[FollowUp, date], None]) -> Status[Any]:
    try:
        follow_up = services.open_follow_up(follow_up_id)
    except services.NoOpenFollowUpError as missing:
        return Status(404, {"detail": missing.message})
    close(follow_up, clock.today())
    return Status(200, _follow_up_json(follow_up))


@router.post(
    "/follow-ups/{follow_up_id}/done",
    response={200: FollowUpOut} | MISSING | INVALID | WRITE,
    summary="Mark an open follow-up done",
)
def follow_up_done(request: HttpRequest, follow_up_id: Path[Id]) -> Status[Any]:
    return _close(follow_up_id, services.complete_follow_up)


@router.post(
    "/follow-ups/{follow_up_id}/dismiss",
    response={200: FollowUpOut} | MISSING | INVALID | WRITE,
    summary="Dismiss an open follow-up: it will not come back",
)
def follow_up_dismiss(request: HttpRequest, follow_up_id: Path[Id]) -> Status[Any]:
    return _close(follow_up_id, services.dismiss_follow_up)


@router.post(
    "/follow-ups/{follow_up_id}/snooze",
    response={200: FollowUpOut} | MISSING | WRITE,
    summary="Snooze an open follow-up to a later day",
)
def follow_up_snooze(request: HttpRequest, follow_up_id: Path[Id], data: SnoozeIn) -> Status[Any]:
    try:
        follow_up = services.open_follow_up(follow_up_id)
    except services.NoOpenFollowUpError as missing:
        return Status(404, {"detail": missing.message})
    try:
        until = rules.snooze_day(data.until, clock.today())
    except ValueError as error:
        return Status(422, {"detail": [problem(["body", "data", "until"], str(error))]})
    services.snooze_follow_up(follow_up, until)
    return Status(200, _follow_up_json(follow_up))
