"""Changes to the season, each in one transaction; pages, the API and the CLI all call these."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from matchwise.season import status_rules, zones
from matchwise.season.models import Application, Invitation, InvitationSlot, StatusChange
from matchwise.season.programs import ProgramFacts
from matchwise.season.vocabulary import InterviewMode, Status


class SeasonError(ValueError):
    """A change that cannot be made, with the field it concerns."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


@dataclass(frozen=True)
class Submission:
    """When an application went out, and what it cost."""

    applied_on: date
    fees_usd: int | None = None
    time_zone: str = ""  # empty: from the program's ZIP code or state


def _validated(application: Application) -> Application:
    try:
        application.full_clean(validate_constraints=False)
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise SeasonError(field, " ".join(messages)) from error
    return application


def _zone_for(facts: ProgramFacts, chosen: str) -> str:
    if chosen:
        if not zones.is_zone(chosen):
            raise SeasonError(
                "time_zone", f"“{chosen}” is not a time zone such as America/Chicago."
            )
        return chosen
    zone = zones.program_zone(facts.state, facts.zip)
    if zone is None:
        raise SeasonError(
            "time_zone",
            f"the time zone of {facts.name} is unknown (no US state or ZIP code): give it.",
        )
    return zone


def store_application(facts: ProgramFacts, submission: Submission) -> Application:
    if Application.objects.filter(catalogue=facts.catalogue, program_id=facts.program_id).exists():
        raise SeasonError(
            "program_id", f"you already applied to {facts.name} ({facts.program_id})."
        )
    application = _validated(
        Application(
            program_id=facts.program_id,
            catalogue=facts.catalogue,
            name=facts.name,
            institution=facts.institution,
            specialty=facts.specialty,
            track=facts.track,
            city=facts.city,
            state=facts.state,
            zip=facts.zip,
            time_zone=_zone_for(facts, submission.time_zone),
            advanced=facts.advanced,
            applied_on=submission.applied_on,
            fees_usd=submission.fees_usd,
            status=Status.APPLIED,
            status_on=submission.applied_on,
        )
    )
    application.save()
    StatusChange.objects.create(
        application=application, status=Status.APPLIED, changed_on=submission.applied_on
    )
    return application


@transaction.atomic
def add_application(facts: ProgramFacts, submission: Submission) -> Application:
    """One program applied to, with its first dated status."""
    return store_application(facts, submission)


@transaction.atomic
def add_applications(programs: Sequence[ProgramFacts], submission: Submission) -> list[Application]:
    """Several programs applied to at once (from a shortlist): all of them, or none."""
    return [store_application(facts, submission) for facts in programs]


def move_status(application: Application, new: Status, on: date, reason: str = "") -> None:
    current = Status(application.status)
    if problem := status_rules.change_problem(current, new, forced_reason=reason):
        raise SeasonError("status", problem)
    if on < application.status_on:
        raise SeasonError(
            "changed_on", f"the last change was on {application.status_on}; give a later date."
        )
    application.status = new
    application.status_on = on
    if not status_rules.is_interviewed(new):
        application.rank = None
    application.save(update_fields=["status", "status_on", "rank"])
    StatusChange.objects.create(
        application=application, status=new, changed_on=on, reason=reason.strip()
    )


@transaction.atomic
def change_status(application: Application, new: Status, on: date, reason: str = "") -> None:
    """Move the application on, by the rules of `status_rules`; a reason forces a skip."""
    move_status(application, new, on, reason)


@transaction.atomic
def record_invitation(
    application: Application,
    slots: Sequence[datetime],
    received_at: datetime | None = None,
) -> Invitation:
    """An invitation with the dates offered, typed as the program's wall-clock times."""
    received_at = received_at or timezone.now()
    instants = []
    for wall_clock in slots:
        try:
            instants.append(zones.local_to_instant(wall_clock, application.time_zone))
        except zones.ZoneError as error:
            raise SeasonError("slots", str(error)) from error
    on = timezone.localtime(received_at, ZoneInfo(application.time_zone)).date()
    if application.status != Status.INVITED:
        move_status(application, Status.INVITED, max(on, application.status_on))
    invitation = Invitation.objects.create(application=application, received_at=received_at)
    InvitationSlot.objects.bulk_create(
        InvitationSlot(invitation=invitation, starts_at=instant) for instant in sorted(instants)
    )
    return invitation


@dataclass(frozen=True)
class Interview:
    """When and how: a wall-clock time in the program's zone, or one of the offered slots."""

    wall_clock: datetime | None = None
    slot: InvitationSlot | None = None
    mode: InterviewMode = InterviewMode.VIRTUAL
    platform: str = ""


@transaction.atomic
def schedule(application: Application, interview: Interview, today: date) -> Application:
    """Book the interview (answering the open invitation, if any). An application still
    "applied" or "waitlisted" passes through "invited" on the way: a date was offered."""
    if interview.slot is not None:
        if interview.slot.invitation.application_id != application.pk:
            raise SeasonError("slot", "that date was offered by another program.")
        starts_at = interview.slot.starts_at
    elif interview.wall_clock is not None:
        try:
            starts_at = zones.local_to_instant(interview.wall_clock, application.time_zone)
        except zones.ZoneError as error:
            raise SeasonError("at", str(error)) from error
    else:
        raise SeasonError("at", "give the interview's date and time, or choose an offered slot.")
    on = max(today, application.status_on)
    if application.status in (Status.APPLIED, Status.WAITLISTED):
        move_status(application, Status.INVITED, on)  # a date given is an invitation taken
    if application.status != Status.SCHEDULED:
        move_status(application, Status.SCHEDULED, on)
    application.interview_at = starts_at
    application.interview_mode = interview.mode
    application.platform = interview.platform.strip()
    _validated(application).save()
    now = timezone.now()
    open_invitations = application.invitations.filter(answered_at__isnull=True)
    InvitationSlot.objects.filter(invitation__application=application).update(chosen=False)
    if interview.slot is not None:
        InvitationSlot.objects.filter(pk=interview.slot.pk).update(chosen=True)
    open_invitations.update(answered_at=now)
    return application


@transaction.atomic
def delete_application(application: Application) -> None:
    application.delete()
