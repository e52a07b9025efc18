"""Contacts, due items and logging a touch, as JSON. Each route calls the tracker's services."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Router, Schema, Status
from pydantic import field_validator

from matchwise.api.errors import BUSY, INVALID, MISSING, WRITE
from matchwise.api.fields import BodyIn, Day, Flag, Id
from matchwise.network import clock, due, listing, queries, rules, services
from matchwise.network.choices import Channel, Direction
from matchwise.network.models import Contact
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
