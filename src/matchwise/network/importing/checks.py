"""The checks a row must pass before it is written, taken from the models themselves.

Bulk inserts skip model validation, and PostgreSQL refuses an over-long value where SQLite would
store it; so each record is checked here against the fields' own limits and validators, and a
failing one becomes a rejected row instead of failing the whole import.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db.models import CharField, Field

from matchwise.network.models import Contact, Interaction, Tag
from matchwise.network.plain_text import control_character_problem
from matchwise.network.records import ContactRecord, RejectedRow

TEXT_FIELDS = (
    "name",
    "honorific",
    "position",
    "specialty",
    "institution",
    "email",
    "phone",
    "linkedin_url",
    "country",
)


def _max_length(model: type[Contact | Interaction | Tag], name: str) -> int:
    field = model._meta.get_field(name)
    assert isinstance(field, CharField) and field.max_length is not None
    return field.max_length


def _label(name: str) -> str:
    field = Contact._meta.get_field(name)
    assert isinstance(field, Field)
    label = str(field.verbose_name)
    return label[:1].upper() + label[1:]


LIMITS = {name: _max_length(Contact, name) for name in TEXT_FIELDS}
TOPIC_LIMIT = _max_length(Interaction, "topic")
TAG_LIMIT = _max_length(Tag, "name")
# LinkedIn's own profile addresses pass URLValidator; recognising them first saves its costly
# pattern on each of the thousands of rows of an export.
PROFILE_URL = re.compile(r"https://(www\.)?linkedin\.com/in/[\w%-]+/?", re.ASCII)
VALIDATORS: dict[str, tuple[Callable[[str], None], str]] = {
    "email": (EmailValidator(), "is not an email address"),
    "linkedin_url": (URLValidator(), "is not a web address"),
}


def problem_with(record: ContactRecord) -> RejectedRow | None:
    """Why the record cannot be stored, naming the field; None when it can."""
    for name in (*TEXT_FIELDS, "notes", "touch_topic"):
        trouble = control_character_problem(getattr(record, name))
        if trouble:
            label = "Topic" if name == "touch_topic" else _label(name)
            return RejectedRow(record.line, f"{label}: {trouble}")
    if trouble := control_character_problem(record.met_through):
        _, header = record.sources.get("met_through", (record.line, _label("met_through")))
        return RejectedRow(record.line, f"{header}: {trouble}")
    for tag in record.tags:
        trouble = control_character_problem(tag)
        if trouble:
            return RejectedRow(record.line, f"Tags: {trouble}")
    for name, limit in LIMITS.items():
        value: str = getattr(record, name)
        if len(value) > limit:
            return RejectedRow(record.line, f"{_label(name)}: longer than {limit} characters")
    for name, (validator, complaint) in VALIDATORS.items():
        value = getattr(record, name)
        if not value or (name == "linkedin_url" and PROFILE_URL.fullmatch(value)):
            continue
        try:
            validator(value)
        except ValidationError:
            return RejectedRow(record.line, f"{_label(name)}: {value!r} {complaint}")
    if len(record.touch_topic) > TOPIC_LIMIT:
        return RejectedRow(record.line, f"Topic: longer than {TOPIC_LIMIT} characters")
    for tag in record.tags:
        if len(tag) > TAG_LIMIT:
            return RejectedRow(record.line, f"Tags: {tag[:20]!r}… is longer than {TAG_LIMIT}")
    return None


def split_valid(records: list[ContactRecord]) -> tuple[list[ContactRecord], list[RejectedRow]]:
    valid: list[ContactRecord] = []
    rejected: list[RejectedRow] = []
    for record in records:
        problem = without_bad_fields(record) if record.drop_bad_fields else problem_with(record)
        if problem is None:
            valid.append(record)
        else:
            rejected.append(problem)
    return valid, rejected


def without_bad_fields(record: ContactRecord) -> RejectedRow | None:
    """Blank each field (or drop each tag) the record cannot store, with a warning naming where
    it was read; then only what is left, a bad name, rejects the record."""
    for name in (*TEXT_FIELDS[1:], "notes"):
        value: str = getattr(record, name)
        probe = ContactRecord(record.line, "-")
        setattr(probe, name, value)
        if value and (problem := problem_with(probe)):
            setattr(record, name, "")
            record.warn_dropped(name, _label(name), problem.reason)
    for tag in list(record.tags):
        if problem := problem_with(ContactRecord(record.line, "-", tags=[tag])):
            record.tags.remove(tag)
            record.warn_dropped("tags", "Tags", problem.reason)
    return problem_with(record)
