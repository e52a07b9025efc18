"""Changes to rotations, each in one transaction; pages, the API and the CLI all call these."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Min

from matchwise.network import services as tracker
from matchwise.network.choices import FollowUpState, Role, Source
from matchwise.network.derived import refresh_dates
from matchwise.network.models import Contact
from matchwise.outreach.models import LetterRequest
from matchwise.programs.models import Program
from matchwise.rotations import timing
from matchwise.rotations.forms import RotationForm
from matchwise.rotations.models import Rotation, RotationMember, RotationTask
from matchwise.rotations.vocabulary import MemberRole


class RotationError(ValueError):
    """A change that cannot be made, with the field it concerns."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class RotationRefusedError(ValueError):
    """What the rotation form refused, field by field (the same messages as the page)."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        self.errors = errors
        field, messages = next(iter(errors.items()))
        super().__init__(f"{field}: {' '.join(messages)}")


def save_rotation(values: Mapping[str, object], instance: Rotation | None = None) -> Rotation:
    """A rotation validated by the same form as the page; RotationRefusedError if wrong.
    Fields left out take the form's defaults (the targets: 2 attendings, 3 residents)."""
    data: dict[str, object] = {
        "kind": "observership",
        "attending_target": timing.ATTENDING_TARGET,
        "resident_target": timing.RESIDENT_TARGET,
    }
    data |= {key: value for key, value in values.items() if value is not None}
    form = RotationForm(data, instance=instance)
    if not form.is_valid():
        raise RotationRefusedError({f: [str(e) for e in errs] for f, errs in form.errors.items()})
    return form.save()


def program_named(rotation: Rotation) -> Program | None:
    """The program of an imported catalogue that the rotation names by its id, if any."""
    if not rotation.program_id:
        return None
    return Program.objects.filter(program_id=rotation.program_id).order_by("-pk").first()


@transaction.atomic
def delete_rotation(rotation: Rotation) -> None:
    """The rotation, its people and its promises; the contacts and their follow-ups stay."""
    rotation.delete()


CONTACT_ROLE = {
    MemberRole.ATTENDING: Role.ATTENDING,
    MemberRole.RESIDENT: Role.RESIDENT,
    MemberRole.OTHER: Role.OTHER,
}


@dataclass(frozen=True)
class NewPerson:
    """Someone met on the rotation who is not a contact yet."""

    name: str
    role: MemberRole
    honorific: str = ""
    email: str = ""
    chosen: bool = True


@transaction.atomic
def add_member(
    rotation: Rotation,
    contact: Contact,
    role: MemberRole,
    *,
    chosen: bool = True,
    saw_work: bool = False,
) -> RotationMember:
    """Record that you met this contact on the rotation (again: their role is updated)."""
    member, _ = RotationMember.objects.update_or_create(
        rotation=rotation,
        contact=contact,
        defaults={"role": role, "chosen": chosen, "saw_work": saw_work},
    )
    return member


@transaction.atomic
def add_person(rotation: Rotation, person: NewPerson) -> RotationMember:
    """A new contact, met at the rotation's institution, and their place on it."""
    contact = Contact(
        name=person.name.strip(),
        honorific=person.honorific.strip(),
        email=person.email.strip(),
        role=CONTACT_ROLE[person.role],
        institution=rotation.institution,
        specialty=rotation.service,
        source=Source.USCE,
    )
    contact.full_clean()
    tracker.save_contact(contact)
    return add_member(rotation, contact, person.role, chosen=person.chosen)


@transaction.atomic
def add_task(rotation: Rotation, contact: Contact, description: str, due_on: date) -> RotationTask:
    """A promise to someone met there, kept as a follow-up due on `due_on`."""
    if problem := timing.day_problem(due_on):
        raise RotationError("due_on", problem)
    if not rotation.members.filter(contact=contact).exists():
        raise RotationError("contact", f"{contact.display_name} is not one of the people met here.")
    follow_up = tracker.add_manual_follow_up(contact, due_on)
    return RotationTask.objects.create(
        rotation=rotation, follow_up=follow_up, description=description.strip()
    )


def complete_task(task: RotationTask, today: date) -> None:
    tracker.complete_follow_up(task.follow_up, today)


def task_done(task: RotationTask) -> bool:
    return task.follow_up.state in (FollowUpState.DONE, FollowUpState.DISMISSED)


def record_feedback_asked(rotation: Rotation, on: date) -> None:
    rotation.feedback_asked_on = on
    rotation.save(update_fields=["feedback_asked_on"])


@transaction.atomic
def start_letter(member: RotationMember) -> LetterRequest:
    """Put an attending met on the rotation into the letter pipeline (once): known since the
    rotation began or your first touch, whichever came first. The pipeline's rule then says
    whether they are ready to be asked."""
    existing = LetterRequest.objects.filter(contact=member.contact).first()
    if existing is not None:
        return existing
    first_touch = member.contact.interactions.aggregate(first=Min("occurred_on"))["first"]
    starts_on = member.rotation.starts_on
    return LetterRequest.objects.create(
        contact=member.contact,
        supervised=member.member_role is MemberRole.ATTENDING,
        saw_work=member.saw_work,
        known_since=min(starts_on, first_touch) if first_touch else starts_on,
    )


@transaction.atomic
def settle_cadences(today: date) -> int:
    """Once a rotation has ended, move the attendings and residents met there to the
    keep-in-touch rhythm of `timing.cadence_after_end`, once; a rhythm you set yourself is
    kept. Returns how many people were moved. Called whenever a page or command shows
    rotations, so that nothing depends on a scheduler."""
    waiting = RotationMember.objects.filter(
        cadence_set_on__isnull=True, rotation__ends_on__lt=today
    ).select_related("rotation", "contact")
    moved: list[int] = []
    for member in waiting:
        cadence = timing.cadence_after_end(
            member.rotation.span, today, key_person=member.member_role.is_key_person
        )
        contact = member.contact
        if cadence is not None and contact.cadence_ideal_days is None:
            contact.cadence_ideal_days = cadence.ideal_days
            contact.cadence_max_days = max(contact.cadence_max_days or 0, cadence.max_days)
            contact.save(update_fields=["cadence_ideal_days", "cadence_max_days"])
            moved.append(contact.pk)
        member.cadence_set_on = today
        member.save(update_fields=["cadence_set_on"])
    refresh_dates(moved)  # their keep-in-touch dates follow the new rhythm
    return len(moved)
