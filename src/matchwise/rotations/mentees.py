"""Giving back: the juniors you mentor, kept in touch with by the same cadence rules as
everyone (their role's rhythm, or the one you set on their contact).

The page, the API and the CLI list, add and stop through these functions alone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from django.db import transaction

from matchwise.network import clock, rules
from matchwise.network.models import Contact
from matchwise.rotations.forms_results import MenteeForm
from matchwise.rotations.models import Mentee

LARGEST_ID = 2**63 - 1  # what the database can store: a larger number names no row


class MenteeError(ValueError):
    """A change to the people you mentor that cannot be made: the field it concerns and why."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class UnknownContactError(MenteeError):
    """The contact named does not exist."""


class AlreadyMentoringError(MenteeError):
    """The contact named is already someone you mentor."""


class UnknownMenteeError(MenteeError):
    """No mentee has the id given."""


class MenteeRefusedError(MenteeError):
    """What the form refused, field by field (the same messages as the page)."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        self.errors = errors
        field, messages = next(iter(errors.items()))
        super().__init__(field, " ".join(messages))


@dataclass(frozen=True)
class MenteeRow:
    mentee: Mentee
    status: rules.CadenceStatus | None  # None: no keep-in-touch date yet


def row(mentee: Mentee, today: date) -> MenteeRow:
    contact = mentee.contact
    status = None
    if contact.keep_in_touch_on and contact.keep_in_touch_by:
        status = rules.window_status(contact.keep_in_touch_on, contact.keep_in_touch_by, today)
    return MenteeRow(mentee, status)


def rows(today: date) -> list[MenteeRow]:
    return [row(mentee, today) for mentee in Mentee.objects.select_related("contact")]


def count() -> int:
    return Mentee.objects.count()


def _contact_named(value: object) -> Contact:
    text = str(value).strip() if value is not None else ""
    if not text:
        raise MenteeRefusedError({"contact": ["Choose the contact you mentor."]})
    found = None
    if text.isdigit() and 1 <= int(text) <= LARGEST_ID:
        found = Contact.objects.filter(pk=int(text)).first()
    if found is None:
        raise UnknownContactError("contact", f"no contact with id {text}")
    return found


@transaction.atomic
def add(values: Mapping[str, object]) -> Mentee:
    """Mark a contact as someone you mentor, checked by the same form as the page.

    `values` holds `contact` (its id), and optionally `since` (default today) and `notes`.
    UnknownContactError, AlreadyMentoringError or MenteeRefusedError if it cannot be done;
    then nothing is written."""
    contact = _contact_named(values.get("contact"))
    if Mentee.objects.filter(contact=contact).exists():
        raise AlreadyMentoringError(
            "contact", f"you already mentor {contact.display_name} (contact {contact.pk})"
        )
    data = {key: value for key, value in values.items() if value not in (None, "")}
    data.setdefault("since", clock.today())
    form = MenteeForm(data | {"contact": contact.pk})
    if not form.is_valid():
        raise MenteeRefusedError({f: [str(e) for e in errs] for f, errs in form.errors.items()})
    return form.save()


@transaction.atomic
def stop(mentee_id: int) -> Mentee:
    """No longer mentoring them: the mark goes, the contact and their history stay.
    Returns what was removed (with its id); UnknownMenteeError if there is no such mentee."""
    found = None
    if 1 <= mentee_id <= LARGEST_ID:
        found = Mentee.objects.select_related("contact").filter(pk=mentee_id).first()
    if found is None:
        raise UnknownMenteeError("id", f"no mentee with id {mentee_id}")
    pk = found.pk
    found.delete()
    found.pk = pk
    return found
