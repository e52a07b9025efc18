"""Templates, messages and personalisation checks, as JSON. Each route calls the playbook's
services; templates are validated by the same form as the page."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Router, Schema, Status

from matchwise.api.errors import BUSY, GUARDED, INVALID, MISSING, WRITE, ProblemsOut
from matchwise.api.fields import BodyId, BodyIn, Flag, Id, Whole
from matchwise.network.models import Contact
from matchwise.outreach import compose
from matchwise.outreach.errors import UnconfirmedSendError
from matchwise.outreach.findings import Finding, has_blocking
from matchwise.outreach.forms.messages import PROGRAM_LENGTH, TemplateForm
from matchwise.outreach.kinds import MessageKind
from matchwise.outreach.models import Conference, Message, MessageTemplate

router = Router(tags=["outreach"])


class TemplateIn(BodyIn):
    # Django's rule for a slug, stated here so that the schema publishes it.
    slug: str = Field(min_length=1, max_length=60, pattern=r"^[-a-zA-Z0-9_]+$")
    name: str = Field(min_length=1, max_length=120)
    kind: MessageKind
    subject: str = ""
    body: str = Field(min_length=1)
    # What GET returns may be sent back as it is, edited: these two are read, never written.
    id: Whole | None = Field(None, description="Ignored (as GET returns it)")
    builtin: Flag | None = Field(None, description="Ignored (as GET returns it)")


class TemplateOut(Schema):
    id: int
    slug: str
    name: str
    kind: MessageKind
    subject: str
    body: str
    builtin: bool


class FieldProblemsOut(Schema):
    """What the template form refused, field by field (the same messages as the page)."""

    detail: dict[str, list[str]]


# A template is refused by the schema (ninja's problems) or by the form (its fields' problems).
TEMPLATE_REFUSED: dict[int, Any] = {422: ProblemsOut | FieldProblemsOut}


class FindingOut(Schema):
    rule: str = Field(description="Stable id of the rule, e.g. about-them (docs/playbook.md)")
    check: str = Field(description="The older name of the same rule, e.g. not_specific")
    severity: Literal["block", "advice"] = Field(
        description="block: should not go out as it is; advice: worth a look"
    )
    message: str


class ChecksIn(BodyIn):
    kind: MessageKind
    body: str
    subject: str = ""
    contact_id: BodyId | None = Field(
        default=None, description="Judge with what is known of them, and skip their own messages"
    )


class ChecksOut(Schema):
    findings: list[FindingOut]
    blocking: bool


class ComposeIn(BodyIn):
    contact_id: BodyId
    template: str = Field(description="The template's short name, e.g. follow-up-conference")
    conference_id: BodyId | None = None
    program: str = Field(
        "",
        max_length=PROGRAM_LENGTH,
        description="The program the message is about, for {program.name} (e.g. a SOAP program)",
    )


class ComposedOut(ChecksOut):
    kind: MessageKind
    subject: str
    body: str


class MessageIn(BodyIn):
    contact_id: BodyId
    kind: MessageKind
    subject: str = Field(default="", max_length=200)
    body: str = Field(min_length=1)
    template: str | None = None
    sent: Flag = Field(default=False, description="Log it as sent now; false keeps a draft")
    confirm: Flag = Field(
        default=False, description="Log it as sent even though a check blocks it (see 409)"
    )


class MessageOut(Schema):
    id: int
    contact_id: int
    kind: MessageKind
    subject: str
    body: str
    state: str
    sent_on: date | None
    interaction_id: int | None


class Unconfirmed(Schema):
    detail: str
    findings: list[FindingOut]


def _unconfirmed(error: UnconfirmedSendError) -> Status[Unconfirmed]:
    return Status(409, Unconfirmed(detail=str(error), **_findings(error.findings)))


def _findings(findings: list[Finding]) -> dict[str, Any]:
    return {
        "findings": [{"check": str(f.check), **f.as_json()} for f in findings],
        "blocking": has_blocking(findings),
    }


@router.get("/templates", response={200: list[TemplateOut]} | BUSY, summary="The message templates")
def list_templates(request: HttpRequest) -> list[MessageTemplate]:
    return list(MessageTemplate.objects.all())


@router.get(
    "/templates/{slug}",
    response={200: TemplateOut} | MISSING | INVALID | BUSY,
    summary="One template",
)
def get_template(request: HttpRequest, slug: str) -> MessageTemplate:
    return get_object_or_404(MessageTemplate, slug=slug)


def _save_template(
    data: TemplateIn, instance: MessageTemplate | None, created: int
) -> Status[TemplateOut] | Status[FieldProblemsOut]:
    form = TemplateForm(data.dict(exclude={"id", "builtin"}), instance=instance)
    if not form.is_valid():
        errors = {field: [str(e) for e in errs] for field, errs in form.errors.items()}
        return Status(422, FieldProblemsOut(detail=errors))
    return Status(created, TemplateOut.from_orm(form.save()))


@router.post(
    "/templates",
    response={201: TemplateOut} | WRITE | TEMPLATE_REFUSED,
    summary="Add a template (placeholders are checked)",
)
def add_template(
    request: HttpRequest, data: TemplateIn
) -> Status[TemplateOut] | Status[FieldProblemsOut]:
    return _save_template(data, None, 201)


@router.put(
    "/templates/{slug}",
    response={200: TemplateOut} | MISSING | WRITE | TEMPLATE_REFUSED,
    summary="Edit a template",
)
def edit_template(
    request: HttpRequest, slug: str, data: TemplateIn
) -> Status[TemplateOut] | Status[FieldProblemsOut]:
    return _save_template(data, get_object_or_404(MessageTemplate, slug=slug), 200)


@router.post(
    "/checks",
    response={200: ChecksOut} | MISSING | WRITE,
    summary="Run the personalisation checks on a text",
)
def run_checks(request: HttpRequest, data: ChecksIn) -> dict[str, Any]:
    context = None
    if data.contact_id is not None:
        context = compose.context_for(get_object_or_404(Contact, pk=data.contact_id))
    return _findings(
        compose.check_message(data.kind, data.body, subject=data.subject, context=context)
    )


@router.post(
    "/compose",
    response={200: ComposedOut} | MISSING | WRITE,
    summary="Fill a template for a contact and check it",
)
def compose_message(request: HttpRequest, data: ComposeIn) -> dict[str, Any]:
    contact = get_object_or_404(Contact, pk=data.contact_id)
    template = get_object_or_404(MessageTemplate, slug=data.template)
    conference = (
        get_object_or_404(Conference, pk=data.conference_id) if data.conference_id else None
    )
    context = compose.context_for(contact, conference=conference, program=data.program)
    composed = compose.compose(template, context)
    findings = compose.check_message(
        composed.kind, composed.body, subject=composed.subject, context=context
    )
    return {
        "kind": composed.kind,
        "subject": composed.subject,
        "body": composed.body,
        **_findings(findings),
    }


@router.get(
    "/messages",
    response={200: list[MessageOut]} | INVALID | BUSY,
    summary="Sent messages and drafts",
)
def list_messages(request: HttpRequest, contact_id: Id | None = None) -> list[Message]:
    messages = Message.objects.all()
    if contact_id is not None:
        messages = messages.filter(contact_id=contact_id)
    return list(messages[:500])


@router.post(
    "/messages",
    response={201: MessageOut, 409: Unconfirmed} | MISSING | WRITE,
    summary="Save a draft, or log a message as sent (an outbound touch: the follow-up rules apply)",
    description="A message a check blocks is logged as sent only with `confirm`; without it the "
    "answer is 409 with the blocking findings, and nothing is stored.",
)
def add_message(request: HttpRequest, data: MessageIn) -> Status[Message] | Status[Unconfirmed]:
    contact = get_object_or_404(Contact, pk=data.contact_id)
    template = get_object_or_404(MessageTemplate, slug=data.template) if data.template else None
    if not data.sent:
        return Status(
            201, compose.save_draft(contact, data.kind, data.subject, data.body, template=template)
        )
    try:
        message = compose.mark_sent(
            contact, data.kind, data.subject, data.body, template=template, confirmed=data.confirm
        )
    except UnconfirmedSendError as error:
        return _unconfirmed(error)
    return Status(201, message)


@router.post(
    "/messages/{message_id}/sent",
    response={200: MessageOut, 409: Unconfirmed} | MISSING | GUARDED | INVALID,
    summary="Log a saved draft as sent (`?confirm=true` when a check blocks it)",
)
def send_draft(
    request: HttpRequest, message_id: Path[Id], confirm: bool = False
) -> Status[Message] | Status[Unconfirmed]:
    draft = Message.objects.filter(pk=message_id, state=Message.State.DRAFT).first()
    if draft is None:
        raise Http404(f"no draft with id {message_id}: it does not exist or was sent already")
    try:
        sent = compose.mark_sent(
            draft.contact,
            draft.message_kind,
            draft.subject,
            draft.body,
            draft=draft,
            confirmed=confirm,
        )
    except UnconfirmedSendError as error:
        return _unconfirmed(error)
    return Status(200, sent)
